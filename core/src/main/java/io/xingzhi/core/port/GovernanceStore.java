package io.xingzhi.core.port;

import io.xingzhi.core.governance.GovernanceRecord;
import io.xingzhi.core.governance.GovernanceStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A driven port: where source-governance records (诉源治理: 检察建议, 联席会议, 整改措施, 联动协作机制)
 * are kept. It decides nothing: the rules are {@link GovernanceRecord}'s, applied by core's
 * {@code io.xingzhi.core.app.GovernanceService}. It promises:
 * <ul>
 *   <li><b>Numbered records.</b> {@link #keep} numbers records 1, 2, 3, ... in the order kept,
 *       without gaps, also when several keep at once; a record that fails to be kept uses up no
 *       number and leaves nothing.</li>
 *   <li><b>Compare-and-set closing.</b> {@link #close} changes a record's status only when it is
 *       still in the status the caller read; of two closers at once exactly one succeeds.</li>
 *   <li><b>Faithful values.</b> Every text round-trips exactly (any Unicode without NUL, quotes and
 *       SQL included); lists keep their order.</li>
 *   <li><b>Durable</b> as the store's other ports are.</li>
 * </ul>
 * Implementations pass {@code io.xingzhi.testkit.GovernanceStoreContract}. Failures to reach or
 * write the store throw {@link io.xingzhi.core.XingzhiException}.
 */
public interface GovernanceStore {

    /**
     * Keeps a new record under the next number.
     *
     * @param numbered makes the record for the number given (it may throw: then nothing is kept)
     * @return the record as kept
     */
    GovernanceRecord keep(LongFunction<GovernanceRecord> numbered);

    /** Every record kept, by number. */
    List<GovernanceRecord> governanceRecords();

    /** The record with this number, when kept. */
    default Optional<GovernanceRecord> governanceRecord(long number) {
        return governanceRecords().stream().filter(r -> r.number() == number).findFirst();
    }

    /**
     * Closes record {@code closed.number()} to {@code closed.status()} (with its closing date and
     * note), only when it is still {@code from}.
     *
     * @return the record as kept
     * @throws IllegalArgumentException when no such record is kept
     * @throws IllegalStateException when it is no longer {@code from} (someone closed it first)
     */
    GovernanceRecord close(GovernanceRecord closed, GovernanceStatus from);
}
