package io.xingzhi.core.app;

import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.LeadRepository;
import io.xingzhi.core.port.RunStore;
import io.xingzhi.core.port.StoredRun;
import io.xingzhi.core.port.UnknownLeadException;
import java.util.List;
import java.util.Objects;

/**
 * Reading what the store keeps, the one way every door does it: a page of leads with the total,
 * one lead with its history, the runs. It changes nothing and audits nothing (a door that shows
 * personal data records who saw it, see {@link io.xingzhi.core.port.AuditLog}).
 */
public final class LeadQueryService {
    private final LeadRepository leads;
    private final RunStore runs;

    public LeadQueryService(LeadRepository leads, RunStore runs) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    /** The page of leads {@code filter} selects, with how many it selects in all. */
    public LeadPage find(LeadFilter filter) {
        return new LeadPage(leads.count(filter), filter.offset(), filter.limit(), leads.leads(filter));
    }

    /**
     * One lead with its history.
     *
     * @throws UnknownLeadException when the store does not hold it
     */
    public LeadDetail detail(String leadId) {
        return new LeadDetail(leads.lead(leadId).orElseThrow(() -> new UnknownLeadException(leadId)), leads.history(leadId));
    }

    /** Every run kept, by number. */
    public List<StoredRun> runs() {
        return runs.runs();
    }
}
