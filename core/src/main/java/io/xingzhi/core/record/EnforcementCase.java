package io.xingzhi.core.record;

import io.xingzhi.core.value.Amount;
import io.xingzhi.core.value.CaseNumber;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One court enforcement case of a property penalty (刑事财产刑执行案件).
 *
 * @param ref where it came from
 * @param identity who
 * @param enforcementNumber the enforcement case number (执行案号)
 * @param sourceCaseNumber the criminal case it enforces (执行依据), when recorded
 * @param transferredOn the day the trial division transferred it for enforcement (移送执行日期), when recorded
 * @param filedOn the day it was filed
 * @param target the amount to enforce
 * @param executed the amount enforced
 * @param closedOn the day it was closed; empty = open
 * @param closure how it was closed
 * @param extra unknown columns
 */
public record EnforcementCase(SourceRef ref, RecordIdentity identity, Optional<CaseNumber> enforcementNumber,
                              Optional<CaseNumber> sourceCaseNumber, Optional<LocalDate> transferredOn, LocalDate filedOn,
                              Optional<Amount> target, Optional<Amount> executed, Optional<LocalDate> closedOn,
                              Optional<Closure> closure, Map<String, String> extra) implements AgencyRecord {
    public EnforcementCase {
        java.util.Objects.requireNonNull(transferredOn, "transferredOn");
        extra = Map.copyOf(extra);
    }

    /** A case whose transfer date is not recorded (the optional {@code transferred_on} column absent or blank). */
    public EnforcementCase(SourceRef ref, RecordIdentity identity, Optional<CaseNumber> enforcementNumber,
                           Optional<CaseNumber> sourceCaseNumber, LocalDate filedOn,
                           Optional<Amount> target, Optional<Amount> executed, Optional<LocalDate> closedOn,
                           Optional<Closure> closure, Map<String, String> extra) {
        this(ref, identity, enforcementNumber, sourceCaseNumber, Optional.empty(), filedOn, target, executed, closedOn, closure,
                extra);
    }

    /** True when it was closed as 执行完毕 with at least the target executed, on or before {@code day}. */
    public boolean paidInFullBy(LocalDate day) {
        return closure.orElse(null) == Closure.COMPLETED && closedOn.map(c -> !c.isAfter(day)).orElse(false)
                && target.isPresent() && !target.get().allProperty() && executed.isPresent()
                && executed.get().yuan().compareTo(target.get().yuan()) >= 0;
    }

    /** True when it was closed by 终结本次执行程序 or 终结执行 on or before {@code day}. */
    public boolean terminatedBy(LocalDate day) {
        return closure.map(Closure::terminates).orElse(false) && closedOn.map(c -> !c.isAfter(day)).orElse(false);
    }
}
