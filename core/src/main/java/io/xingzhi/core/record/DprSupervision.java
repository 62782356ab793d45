package io.xingzhi.core.record;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One police supervision term of a person deprived of political rights (公安机关 剥夺政治权利执行).
 *
 * @param ref where it came from
 * @param identity who
 * @param startOn the first day of supervision
 * @param endOn the last day; empty = still supervised
 * @param policeStation the police station executing it
 * @param extra unknown columns
 */
public record DprSupervision(SourceRef ref, RecordIdentity identity, LocalDate startOn,
                             Optional<LocalDate> endOn, String policeStation,
                             Map<String, String> extra) implements AgencyRecord {
    public DprSupervision {
        extra = Map.copyOf(extra);
    }

    /** True when the term overlaps [from, to] (to empty = open). */
    public boolean overlaps(LocalDate from, Optional<LocalDate> to) {
        boolean startsInTime = to.map(t -> !startOn.isAfter(t)).orElse(true);
        boolean endsInTime = endOn.map(e -> !e.isBefore(from)).orElse(true);
        return startsInTime && endsInTime;
    }

    /** True when it covers {@code day}. */
    public boolean covers(LocalDate day) {
        return !startOn.isAfter(day) && endOn.map(e -> !e.isBefore(day)).orElse(true);
    }
}
