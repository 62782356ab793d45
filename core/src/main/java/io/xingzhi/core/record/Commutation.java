package io.xingzhi.core.record;

import io.xingzhi.core.value.CaseNumber;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One commutation (减刑) or parole (假释) ruling for one person, from the optional
 * {@code commutations} dataset (法院 减刑、假释裁定).
 *
 * @param ref where it came from
 * @param identity who
 * @param caseNumber the criminal case whose sentence the ruling changes (原判案号), when recorded
 * @param rulingNumber the ruling's own number (裁定书文号), when recorded
 * @param rulingType 减刑 or 假释, when recorded
 * @param rulingDate the day of the ruling
 * @param court the court that ruled
 * @param extra unknown columns
 */
public record Commutation(SourceRef ref, RecordIdentity identity, Optional<CaseNumber> caseNumber,
                          Optional<CaseNumber> rulingNumber, Optional<RulingType> rulingType, LocalDate rulingDate,
                          String court, Map<String, String> extra) implements AgencyRecord {
    public Commutation {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(rulingNumber, "rulingNumber");
        Objects.requireNonNull(rulingType, "rulingType");
        Objects.requireNonNull(court, "court");
        extra = Map.copyOf(extra);
    }
}
