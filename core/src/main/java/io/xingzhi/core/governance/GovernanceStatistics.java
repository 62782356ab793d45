package io.xingzhi.core.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Source governance counted per agency, as of a date: 检察建议 issued and adopted, measures and how
 * many are rectified, what is overdue, meetings held, mechanisms in force - the follow-up of a class
 * case (类案监督) into governance at the source (诉源治理).
 *
 * @param asOf the date overdue is seen from
 * @param byAgency one row per agency named, by agency name
 * @param total every record once (a meeting with three agencies counts once here, once in each of their rows)
 */
public record GovernanceStatistics(LocalDate asOf, List<Row> byAgency, Row total) {
    public GovernanceStatistics {
        Objects.requireNonNull(asOf, "asOf");
        byAgency = List.copyOf(byAgency);
        Objects.requireNonNull(total, "total");
    }

    /**
     * The counts of one agency (or of all).
     *
     * @param agency the agency; {@code 合计} for the total
     * @param recommendations 检察建议 addressed to it
     * @param adopted of those, adopted (已采纳 or 已整改)
     * @param measures 整改措施 it is responsible for
     * @param rectified 检察建议 and measures rectified (已整改)
     * @param overdue 检察建议 and measures pending past their deadline (逾期未落实)
     * @param meetings 联席会议 it took part in
     * @param mechanismsInForce 联动协作机制 it is party to that are in force (运行中)
     */
    public record Row(String agency, long recommendations, long adopted, long measures, long rectified, long overdue,
                      long meetings, long mechanismsInForce) {
        public Row {
            Objects.requireNonNull(agency, "agency");
        }
    }

    /** The label of the total row. */
    public static final String TOTAL = "合计";

    /** Counts {@code records} as of {@code asOf}. */
    public static GovernanceStatistics of(List<GovernanceRecord> records, LocalDate asOf) {
        Map<String, long[]> rows = new TreeMap<>();
        long[] total = new long[7];
        for (GovernanceRecord r : records) {
            GovernanceStatus now = r.status(asOf);
            long[] c = new long[7];
            switch (r.kind()) {
                case RECOMMENDATION -> {
                    c[0] = 1;
                    c[1] = now == GovernanceStatus.ADOPTED || now == GovernanceStatus.RECTIFIED ? 1 : 0;
                    c[3] = now == GovernanceStatus.RECTIFIED ? 1 : 0;
                    c[4] = now == GovernanceStatus.OVERDUE ? 1 : 0;
                }
                case MEASURE -> {
                    c[2] = 1;
                    c[3] = now == GovernanceStatus.RECTIFIED ? 1 : 0;
                    c[4] = now == GovernanceStatus.OVERDUE ? 1 : 0;
                }
                case MEETING -> c[5] = 1;
                case MECHANISM -> c[6] = now == GovernanceStatus.IN_FORCE ? 1 : 0;
            }
            // a 检察建议 and a measure belong to their first agency; a meeting and a mechanism to every one
            boolean shared = r.kind() == GovernanceKind.MEETING || r.kind() == GovernanceKind.MECHANISM;
            Set<String> to = shared ? new LinkedHashSet<>(r.agencies()) : Set.of(r.agency());
            for (String a : to) {
                long[] row = rows.computeIfAbsent(a, k -> new long[7]);
                for (int i = 0; i < 7; i++) {
                    row[i] += c[i];
                }
            }
            for (int i = 0; i < 7; i++) {
                total[i] += c[i];
            }
        }
        List<Row> byAgency = new ArrayList<>();
        rows.forEach((a, c) -> byAgency.add(row(a, c)));
        return new GovernanceStatistics(asOf, byAgency, row(TOTAL, total));
    }

    private static Row row(String agency, long[] c) {
        return new Row(agency, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }
}
