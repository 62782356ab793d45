package io.xingzhi.testkit;

import io.xingzhi.core.governance.GovernanceRecord;
import io.xingzhi.core.governance.GovernanceStatus;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadFacts;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.ConcurrentReviewException;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.GovernanceStore;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.core.port.RunChanges;
import io.xingzhi.core.port.RunJob;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.port.StoredRun;
import io.xingzhi.core.port.UnknownLeadException;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.run.RunResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A {@link LeadStore} in memory, for tests and for embedding without a database; it keeps
 * source-governance records too ({@link GovernanceStore}). It keeps every promise of the ports (it
 * passes {@link LeadStoreContract} and {@link GovernanceStoreContract}) except durability: everything,
 * its lead-id key included, is gone with the object. It never holds leads under unkeyed ids, so it
 * has no aliases. All methods are synchronized.
 */
public final class InMemoryLeadStore implements LeadStore, GovernanceStore {
    private final Map<String, StoredLead> leads = new LinkedHashMap<>();
    private final List<StoredRun> runs = new ArrayList<>();
    private final Map<String, List<ReviewEvent>> events = new HashMap<>();
    private final Map<String, StoredDocument> documents = new LinkedHashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<RunJob> jobs = new ArrayList<>();
    /** Per run (index = number - 1): lead id → the digest of its facts, as the run produced it. */
    private final List<Map<String, String>> runFacts = new ArrayList<>();
    private LeadIdKey leadIdKey;
    private final List<GovernanceRecord> governance = new ArrayList<>();

    @Override
    public synchronized long saveRun(RunResult result) {
        long n = runs.size() + 1L;
        Map<String, Lead> produced = new LinkedHashMap<>();
        for (Lead l : result.leads()) {
            produced.putIfAbsent(l.leadId(), l);
        }
        long added = 0;
        long reappeared = 0;
        for (Lead l : produced.values()) {
            StoredLead known = leads.get(l.leadId());
            if (known == null) {
                leads.put(l.leadId(), new StoredLead(l, ReviewState.NEW, 0, n, n, Optional.empty(), Optional.empty()));
                added++;
            } else {
                if (!known.stillFound()) {
                    reappeared++;
                }
                leads.put(l.leadId(), new StoredLead(l, known.state(), known.version(), known.firstSeenRun(), n,
                        Optional.empty(), known.replyDeadline()));
            }
        }
        long missing = 0;
        for (Map.Entry<String, StoredLead> e : leads.entrySet()) {
            StoredLead s = e.getValue();
            if (s.lastSeenRun() < n && s.stillFound()) {
                e.setValue(new StoredLead(s.lead(), s.state(), s.version(), s.firstSeenRun(), s.lastSeenRun(),
                        Optional.of(n), s.replyDeadline()));
                missing++;
            }
        }
        Map<String, String> facts = new HashMap<>();
        produced.values().forEach(l -> facts.put(l.leadId(), LeadFacts.digest(l)));
        runFacts.add(facts);
        var report = result.report();
        runs.add(new StoredRun(n, report.asOf(), micros(report.startedAt()), micros(report.finishedAt()),
                report.parameters(), produced.size(), added, reappeared, missing,
                report.datasets().values().stream().mapToLong(DatasetCounts::read).sum(),
                report.datasets().values().stream().mapToLong(DatasetCounts::rejected).sum(),
                report.leadsByModelAndKind()));
        return n;
    }

    @Override
    public synchronized List<StoredRun> runs() {
        return List.copyOf(runs);
    }

    @Override
    public synchronized Optional<RunChanges> runChanges(long since, long run) {
        if (since < 0 || run <= since) {
            throw new IllegalArgumentException("changes from run " + since + " to run " + run);
        }
        if (run > runs.size()) {
            return Optional.empty();
        }
        Map<String, String> before = since == 0 ? Map.of() : runFacts.get((int) since - 1);
        Map<String, String> after = runFacts.get((int) run - 1);
        return Optional.of(RunChanges.between(since, run, leads.keySet(), before::get, after::get));
    }

    @Override
    public synchronized LeadIdKey leadIdKey(Supplier<LeadIdKey> ifNone) {
        if (leadIdKey == null) {
            leadIdKey = Objects.requireNonNull(ifNone.get(), "the offered lead-id key");
        }
        return leadIdKey;
    }

    @Override
    public synchronized RunJob startRun(LocalDate asOf, String requestedBy, Instant at) {
        RunJob j = new RunJob(jobs.size() + 1L, RunJob.State.RUNNING, asOf, requestedBy, micros(at), Optional.empty(),
                Optional.empty(), Optional.empty());
        jobs.add(j);
        return j;
    }

    @Override
    public synchronized long finishRun(long job, RunResult result, Instant at) {
        RunJob j = job(job);
        long n = saveRun(result);
        jobs.set((int) job - 1, new RunJob(job, RunJob.State.FINISHED, j.asOf(), j.requestedBy(), j.startedAt(),
                Optional.of(micros(at)), Optional.of(n), Optional.empty()));
        return n;
    }

    @Override
    public synchronized void failRun(long job, String error, Instant at) {
        RunJob j = job(job);
        jobs.set((int) job - 1, new RunJob(job, RunJob.State.FAILED, j.asOf(), j.requestedBy(), j.startedAt(),
                Optional.of(micros(at)), Optional.empty(), Optional.of(error)));
    }

    @Override
    public synchronized boolean interruptRun(long job, String reason, Instant at) {
        Objects.requireNonNull(reason, "reason");
        RunJob j = job(job);
        if (j.state() != RunJob.State.RUNNING) {
            return false;
        }
        jobs.set((int) job - 1, new RunJob(job, RunJob.State.INTERRUPTED, j.asOf(), j.requestedBy(), j.startedAt(),
                Optional.of(micros(at)), Optional.empty(), Optional.of(reason)));
        return true;
    }

    @Override
    public synchronized int interruptRuns(Instant at) {
        int n = 0;
        for (int i = 0; i < jobs.size(); i++) {
            RunJob j = jobs.get(i);
            if (j.state() == RunJob.State.RUNNING) {
                jobs.set(i, new RunJob(j.number(), RunJob.State.INTERRUPTED, j.asOf(), j.requestedBy(), j.startedAt(),
                        Optional.of(micros(at)), Optional.empty(), Optional.of(RunJob.INTERRUPTED_REASON)));
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized List<RunJob> runJobs() {
        return List.copyOf(jobs);
    }

    private RunJob job(long number) {
        if (number < 1 || number > jobs.size()) {
            throw new IllegalArgumentException("no run job " + number);
        }
        return jobs.get((int) number - 1);
    }

    @Override
    public synchronized Optional<StoredLead> lead(String leadId) {
        return Optional.ofNullable(leads.get(leadId));
    }

    /** The leads held under the ids asked for, read under one lock (this store keeps no aliases). */
    @Override
    public synchronized Map<String, StoredLead> leadsById(java.util.Collection<String> leadIds) {
        Map<String, StoredLead> m = new LinkedHashMap<>();
        for (String id : leadIds) {
            StoredLead l = leads.get(java.util.Objects.requireNonNull(id, "lead id"));
            if (l != null) {
                m.putIfAbsent(id, l);
            }
        }
        return m;
    }

    @Override
    public synchronized List<StoredLead> leads(LeadFilter filter) {
        return leads.values().stream().filter(l -> matches(filter, l)).skip(filter.offset()).limit(filter.limit()).toList();
    }

    @Override
    public synchronized long count(LeadFilter filter) {
        return leads.values().stream().filter(l -> matches(filter, l)).count();
    }

    private boolean matches(LeadFilter filter, StoredLead l) {
        LocalDate firstSeen = runs.get((int) l.firstSeenRun() - 1).asOf();
        return filter.matches(l, firstSeen);
    }

    @Override
    public synchronized ReviewEvent recordTransition(ReviewEvent event, Optional<LocalDate> replyDeadline) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(replyDeadline, "replyDeadline");
        String leadId = event.leadId();
        StoredLead s = leads.get(leadId);
        if (s == null) {
            throw new UnknownLeadException(leadId);
        }
        if (s.version() != event.seq() - 1) {
            throw new ConcurrentReviewException(leadId, event.seq() - 1, s.version());
        }
        if (s.state() != event.from()) {
            throw new IllegalArgumentException("lead " + leadId + " is " + s.state() + " at version " + s.version()
                    + ", not " + event.from());
        }
        ReviewEvent kept = new ReviewEvent(leadId, event.seq(), event.actor(), micros(event.at()), event.from(), event.to(),
                event.action(), event.note(), event.details());
        leads.put(leadId, new StoredLead(s.lead(), event.to(), event.seq(), s.firstSeenRun(), s.lastSeenRun(),
                s.noLongerFoundInRun(), replyDeadline));
        events.computeIfAbsent(leadId, k -> new ArrayList<>()).add(kept);
        return kept;
    }

    @Override
    public synchronized List<ReviewEvent> history(String leadId) {
        return List.copyOf(events.getOrDefault(leadId, List.of()));
    }

    @Override
    public synchronized StoredDocument file(DocumentType type, int year, LongFunction<StoredDocument> numbered) {
        String series = type.name() + "/" + year;
        long next = sequences.getOrDefault(series, 0L) + 1;
        StoredDocument d = Objects.requireNonNull(numbered.apply(next), "numbered document");
        documents.put(d.id(), d);
        sequences.put(series, next);
        return d;
    }

    @Override
    public synchronized void saveDocument(StoredDocument document) {
        documents.put(document.id(), document);
    }

    @Override
    public synchronized List<StoredDocument> documents() {
        return List.copyOf(documents.values());
    }

    @Override
    public synchronized void audit(AuditEntry entry) {
        audit.add(new AuditEntry(micros(entry.at()), entry.actor(), entry.origin(), entry.action(), entry.leadIds(),
                entry.detail()));
    }

    @Override
    public synchronized List<AuditEntry> auditTrail(long offset, int limit) {
        return audit.stream().skip(offset).limit(limit).toList();
    }

    private static Instant micros(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public synchronized GovernanceRecord keep(LongFunction<GovernanceRecord> numbered) {
        long n = governance.size() + 1L;
        GovernanceRecord r = Objects.requireNonNull(numbered.apply(n), "numbered record");
        if (r.number() != n) {
            throw new IllegalArgumentException("record numbered " + r.number() + ", not " + n);
        }
        governance.add(r);
        return r;
    }

    @Override
    public synchronized List<GovernanceRecord> governanceRecords() {
        return List.copyOf(governance);
    }

    @Override
    public synchronized GovernanceRecord close(GovernanceRecord closed, GovernanceStatus from) {
        long n = closed.number();
        if (n < 1 || n > governance.size()) {
            throw new IllegalArgumentException("no governance record g" + n + " is kept");
        }
        GovernanceRecord now = governance.get((int) n - 1);
        if (now.status() != from) {
            throw new IllegalStateException(now.id() + " is " + now.status().label() + ", no longer " + from.label());
        }
        GovernanceRecord kept = new GovernanceRecord(n, now.kind(), now.title(), now.agencies(), now.date(), now.deadline(),
                now.documentNumber(), now.content(), now.leadIds(), now.parent(), closed.status(), closed.closedOn(),
                closed.closingNote(), closed.adoptedOn(), closed.adoptionNote(), now.recordedBy());
        governance.set((int) n - 1, kept);
        return kept;
    }
}
