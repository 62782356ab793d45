package io.xingzhi.core.port;

import io.xingzhi.core.run.RunResult;
import java.util.List;
import java.util.Optional;

/**
 * A driven port: where finished runs are kept, and with them the leads they produced. It promises:
 * <ul>
 *   <li><b>Numbered runs.</b> Runs are numbered 1, 2, 3, ... in the order kept, without gaps.</li>
 *   <li><b>Merge by lead id.</b> {@link #saveRun} keeps the run and merges its leads by
 *       {@code lead_id}: a lead already kept keeps its review state, version and history, takes the
 *       fields of this run, and gets this run as its last-seen run; a new one is added as
 *       {@link io.xingzhi.core.review.ReviewState#NEW NEW}; one kept but not produced by this run is
 *       marked "no longer found in run N" (the first such run) and never deleted; a marked lead
 *       that a later run produces again loses the mark.</li>
 *   <li><b>All or nothing.</b> A failed {@link #saveRun} leaves the store as it was.</li>
 *   <li><b>Faithful values.</b> Parameters and counts round-trip exactly; times to the microsecond.</li>
 * </ul>
 * Failures to reach or write the store throw {@link io.xingzhi.core.XingzhiException}.
 */
public interface RunStore {

    /**
     * Keeps a finished run and merges its leads (see above).
     *
     * @return the run's number: 1 for the first run kept, then 2, 3, ...
     */
    long saveRun(RunResult result);

    /** Every run kept, by number. */
    List<StoredRun> runs();

    /** The run with this number, when it is kept. */
    default Optional<StoredRun> run(long number) {
        return runs().stream().filter(r -> r.number() == number).findFirst();
    }
}
