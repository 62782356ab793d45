package io.xingzhi.core.record;

import io.xingzhi.core.value.CaseNumber;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One community-correction term (社区矫正) of one person.
 *
 * @param ref where it came from
 * @param identity who
 * @param type 管制, 缓刑, 假释 or 暂予监外执行, when readable
 * @param caseNumber the case, when recorded
 * @param startOn the first day of correction
 * @param endOn the last day, when recorded
 * @param office the judicial office (司法所)
 * @param reportedOn the day the person reported to community correction (报到日期), when recorded
 * @param prohibitionOrder the prohibition order recorded by the correction agency; empty = none
 * @param prohibitionStart the order's first day, when recorded
 * @param prohibitionEnd the order's last day, when recorded
 * @param extra unknown columns
 */
public record CorrectionTerm(SourceRef ref, RecordIdentity identity, Optional<CorrectionType> type,
                             Optional<CaseNumber> caseNumber, LocalDate startOn, Optional<LocalDate> endOn,
                             String office, Optional<LocalDate> reportedOn, Optional<String> prohibitionOrder,
                             Optional<LocalDate> prohibitionStart, Optional<LocalDate> prohibitionEnd,
                             Map<String, String> extra) implements AgencyRecord {
    public CorrectionTerm {
        java.util.Objects.requireNonNull(reportedOn, "reportedOn");
        extra = Map.copyOf(extra);
    }

    /** A term whose report date is not recorded (the optional {@code reported_on} column absent or blank). */
    public CorrectionTerm(SourceRef ref, RecordIdentity identity, Optional<CorrectionType> type,
                          Optional<CaseNumber> caseNumber, LocalDate startOn, Optional<LocalDate> endOn,
                          String office, Optional<String> prohibitionOrder,
                          Optional<LocalDate> prohibitionStart, Optional<LocalDate> prohibitionEnd,
                          Map<String, String> extra) {
        this(ref, identity, type, caseNumber, startOn, endOn, office, Optional.empty(), prohibitionOrder, prohibitionStart,
                prohibitionEnd, extra);
    }
}
