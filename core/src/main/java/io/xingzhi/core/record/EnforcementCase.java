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
 * @param filedOn the day it was filed
 * @param target the amount to enforce
 * @param executed the amount enforced
 * @param closedOn the day it was closed; empty = open
 * @param closure how it was closed
 * @param extra unknown columns
 */
public record EnforcementCase(SourceRef ref, RecordIdentity identity, Optional<CaseNumber> enforcementNumber,
                              Optional<CaseNumber> sourceCaseNumber, LocalDate filedOn,
                              Optional<Amount> target, Optional<Amount> executed, Optional<LocalDate> closedOn,
                              Optional<Closure> closure, Map<String, String> extra) implements AgencyRecord {
    public EnforcementCase {
        extra = Map.copyOf(extra);
    }
}
