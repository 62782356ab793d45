package io.xingzhi.core.record;

import io.xingzhi.core.value.CaseNumber;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One release from prison or a detention center (安置帮教: 刑满释放 or 假释).
 *
 * @param ref where it came from
 * @param identity who
 * @param releasedOn the day of release
 * @param type 刑满释放, 假释 or other
 * @param institution where the term was served
 * @param caseNumber the case, when recorded
 * @param extra unknown columns
 */
public record Release(SourceRef ref, RecordIdentity identity, LocalDate releasedOn, ReleaseType type,
                      String institution, Optional<CaseNumber> caseNumber,
                      Map<String, String> extra) implements AgencyRecord {
    public Release {
        extra = Map.copyOf(extra);
    }
}
