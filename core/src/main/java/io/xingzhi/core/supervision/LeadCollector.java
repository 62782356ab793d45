package io.xingzhi.core.supervision;

import io.xingzhi.core.lead.Lead;

/** Where a model puts the leads it finds. The engine de-duplicates by lead id. */
@FunctionalInterface
public interface LeadCollector {
    void add(Lead lead);
}
