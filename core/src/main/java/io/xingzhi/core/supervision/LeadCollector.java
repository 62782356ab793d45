package io.xingzhi.core.supervision;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.record.AgencyRecord;

/** Where a model puts the leads it finds. The engine de-duplicates by lead id. */
@FunctionalInterface
public interface LeadCollector {
    void add(Lead lead);

    /**
     * Says that {@code record} could not be matched to what it is about (for example an enforcement
     * case to a judgment), so no rule of the model looked at it; the engine lists it once in the run
     * report. Ignored by default.
     */
    default void unmatched(AgencyRecord record, String reason) {
    }
}
