package io.xingzhi.core.record;

import java.time.LocalDate;
import java.util.Map;

/**
 * One dated event involving one person: entering a venue, a hotel registration, an administrative
 * penalty (公安/文旅/环保 records).
 *
 * @param ref where it came from
 * @param identity who
 * @param occurredOn the day it happened (a time of day is dropped)
 * @param category the kind of record (场所出入, 住宿登记, 行政处罚 …)
 * @param venueType the venue's type (网吧, 酒吧, 小学 …)
 * @param venueName the venue's name
 * @param description free text (事由, 违法事实)
 * @param agency the agency that recorded it
 * @param extra unknown columns
 */
public record Activity(SourceRef ref, RecordIdentity identity, LocalDate occurredOn, String category,
                       String venueType, String venueName, String description, String agency,
                       Map<String, String> extra) implements AgencyRecord {
    public Activity {
        extra = Map.copyOf(extra);
    }
}
