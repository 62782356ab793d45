package io.xingzhi.core.app;

import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.LeadRepository;
import io.xingzhi.core.port.RunChanges;
import io.xingzhi.core.port.RunJob;
import io.xingzhi.core.port.RunStore;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.port.StoredRun;
import io.xingzhi.core.port.UnknownLeadException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
        StoredLead lead = leads.lead(leadId).orElseThrow(() -> new UnknownLeadException(leadId));
        // an old id (an alias) finds the lead under its current id, whose history it reads
        return new LeadDetail(lead, leads.history(lead.leadId()));
    }

    /** The lead kept under {@code leadId} (or an old id of it), when there is one; no history. */
    public Optional<StoredLead> lead(String leadId) {
        return leads.lead(leadId);
    }

    /**
     * The leads kept under {@code leadIds} (or old ids of them), id as asked → lead, in one read of the
     * store ({@link LeadRepository#leadsById}); ids not held are absent. No history.
     */
    public Map<String, StoredLead> leads(Collection<String> leadIds) {
        return leadIds.isEmpty() ? Map.of() : leads.leadsById(leadIds);
    }

    /** Every run kept, by number. */
    public List<StoredRun> runs() {
        return runs.runs();
    }

    /** The run kept with this number, when there is one. */
    public Optional<StoredRun> run(long number) {
        return runs.run(number);
    }

    /** Every run recorded from its start (running, finished, failed or interrupted), by number. */
    public List<RunJob> runJobs() {
        return runs.runJobs();
    }

    /** The run recorded with this number, when there is one. */
    public Optional<RunJob> runJob(long number) {
        return runs.runJob(number);
    }

    /**
     * What changed from the run before run {@code number} to it, lead by lead (new, gone, changed,
     * unchanged); empty when the run is not kept or the store kept no digests for it or the one before.
     */
    public Optional<RunChanges> changes(long number) {
        return number < 1 ? Optional.empty() : runs.runChanges(number);
    }
}
