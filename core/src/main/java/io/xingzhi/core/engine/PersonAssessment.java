package io.xingzhi.core.engine;

import io.xingzhi.core.SideThread;
import io.xingzhi.core.identity.IdentityIndex;
import io.xingzhi.core.identity.NearMissIndex;
import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.PossibleMatch;
import io.xingzhi.core.record.Activity;
import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.BusinessRole;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.record.UnmatchedRecord;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.StreamWatch;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.CaseNumber;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The models run over some persons: each running model's {@code assess} per person (in the order
 * given), the watches they place, then the streamed records handed to the watched persons' watches.
 * Leads are merged by (unkeyed) id; a lead that says another agency's record is missing first offers
 * the near misses of its person ({@link NearMissIndex}). The persons must be whole: every record
 * that identity resolution gives a person (CONTRACT.md §3) among them. The single-machine {@link
 * Engine} assesses all persons through one of these; a distributed engine assesses each partition's
 * persons through its own and merges their leads with {@link #merge}. Not thread-safe.
 */
public final class PersonAssessment {
    private static final int EVIDENCE_KEPT = 20;

    private final RunPlan plan;
    private final ModelContext ctx;
    private final NearMissIndex nearMisses;
    private final Map<String, Lead> leads = new LinkedHashMap<>();
    private final Map<SourceRef, UnmatchedRecord> unmatched = new LinkedHashMap<>();
    /**
     * Streamed dataset → person key → the watches models placed on that person's records of it: a
     * watch is kept under each dataset its model {@linkplain SupervisionModel#streams() streams}, and
     * handed only those records (a row nobody watches for its own dataset need not be built).
     */
    private final Map<Dataset, Map<String, List<StreamWatch>>> watches = new java.util.EnumMap<>(Dataset.class);
    /** The same watches by number, for persons keyed by a valid number; made per dataset when first asked. */
    private final Map<Dataset, WatchedNumbers> byNumber = new java.util.EnumMap<>(Dataset.class);
    /** Where the watches' leads go while streaming (the models' own go through {@link Findings}). */
    private final LeadCollector out = new LeadCollector() {
        @Override
        public void add(Lead lead) {
            // a kind that could not run reports nothing, whatever its model computed without the data;
            // no person is being assessed while streaming, so no near misses are offered
            if (plan.reports(lead)) {
                merge(leads, lead);
            }
        }

        @Override
        public void unmatched(AgencyRecord record, String reason) {
            unmatched.putIfAbsent(record.ref(), new UnmatchedRecord(record.ref(), reason));
        }
    };

    /** An assessment by the plan's running models, offering near misses from {@code nearMisses}. */
    public PersonAssessment(RunPlan plan, ModelContext ctx, NearMissIndex nearMisses) {
        this.plan = plan;
        this.ctx = ctx;
        this.nearMisses = nearMisses;
    }

    /**
     * The system property that sets from how many persons {@link #assess} uses a second thread
     * (default 20,000): for tests that compare both ways on small data, and for measuring.
     */
    public static final String PARALLEL_FROM_PROPERTY = "xingzhi.assess.parallelFrom";
    /** Below this many persons the models run on the calling thread alone. */
    private static final int PARALLEL_FROM = 20_000;
    /** The system property that sets how many persons make a slice (default {@value #SLICE}): for tests with few persons. */
    public static final String SLICE_PROPERTY = "xingzhi.assess.slice";
    /** Persons per slice taken by one thread at a time. */
    private static final int SLICE = 2_048;

    /**
     * Runs every running model's {@code assess} on each person, in order, and keeps their watches.
     * With many persons and more than one processor, the persons are cut into slices of {@value
     * #SLICE} that this thread and a second one take in turn, whichever is free (one half can cost
     * far more than the other); what each slice found (each lead as offered, each unmatched record,
     * each watch) is then taken in slice by slice, in the persons' order, so leads merge, unmatched
     * records and watches come out exactly as on one thread.
     */
    public void assess(List<Person> persons) {
        int n = persons.size();
        if (n < Math.max(2, Integer.getInteger(PARALLEL_FROM_PROPERTY, PARALLEL_FROM))
                || Runtime.getRuntime().availableProcessors() < 2) {
            Findings all = new Findings();
            all.run(persons);
            all.replay();
            return;
        }
        int slice = Math.max(1, Integer.getInteger(SLICE_PROPERTY, SLICE));
        int slices = (n + slice - 1) / slice;
        Findings[] found = new Findings[slices];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable takeSlices = () -> {
            for (int k = next.getAndIncrement(); k < slices; k = next.getAndIncrement()) {
                Findings f = new Findings();
                f.run(persons.subList(k * slice, Math.min(n, (k + 1) * slice)));
                found[k] = f;
            }
        };
        SideThread<Void> other = SideThread.start("xingzhi-assess", "assessing persons", takeSlices);
        try {
            takeSlices.run();
        } catch (RuntimeException | Error e) {
            next.set(slices);
            other.cancel();
            throw e;
        }
        try {
            other.join();
        } finally {
            next.set(slices); // an interrupted join leaves no slice to take
        }
        for (Findings f : found) {
            f.replay(); // both threads are done (task.get()): every slice's findings are there, in order
        }
    }

    /**
     * What the models found on some persons (all of them, or a slice assessed on either thread):
     * every lead (filtered by the plan, near misses offered), every unmatched record and every
     * watch, in the order found, to be taken in on the engine's thread ({@link #replay}).
     */
    private final class Findings implements LeadCollector {
        /** Leads, unmatched records and watches, in the order the models gave them. */
        private final List<Object> found = new ArrayList<>();
        private Person person;

        void run(List<Person> persons) {
            List<SupervisionModel> running = plan.running();
            for (Person p : persons) {
                person = p;
                for (SupervisionModel m : running) {
                    try {
                        m.assess(p, ctx, this);
                        if (!m.streams().isEmpty()) {
                            Optional<StreamWatch> w = m.watch(p, ctx);
                            if (w.isPresent()) {
                                found.add(new Watch(p.key(), m.streams(), w.get()));
                            }
                        }
                    } catch (ModelFailedException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        throw new ModelFailedException(m.name(), e);
                    }
                }
            }
            person = null;
        }

        @Override
        public void add(Lead lead) {
            if (plan.reports(lead)) {
                found.add(offerNearMisses(lead, person));
            }
        }

        @Override
        public void unmatched(AgencyRecord record, String reason) {
            found.add(new UnmatchedRecord(record.ref(), reason));
        }

        /** Takes the findings in, in order, as the engine's collector and watch list would have. */
        void replay() {
            for (Object f : found) {
                if (f instanceof Lead lead) {
                    merge(leads, lead);
                } else if (f instanceof UnmatchedRecord u) {
                    unmatched.putIfAbsent(u.ref(), u);
                } else {
                    Watch w = (Watch) f;
                    place(watches, w.personKey(), w.streams(), w.watch());
                }
            }
            found.clear();
        }
    }

    /** A watch a model placed on a person's streamed records (those of the datasets its model streams). */
    private record Watch(String personKey, Set<Dataset> streams, StreamWatch watch) {
    }

    /** Keeps {@code watch} on the person {@code key} under each of the datasets {@code streams}. */
    private static void place(Map<Dataset, Map<String, List<StreamWatch>>> into, String key, Set<Dataset> streams,
                              StreamWatch watch) {
        for (Dataset d : streams) {
            into.computeIfAbsent(d, x -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>(1)).add(watch);
        }
    }

    /**
     * The normalised numbers of the watched persons, for the mapping and screening threads, asked once
     * per streamed row (a person with a valid number is keyed by it, so a streamed row about a valid
     * number nobody watches need not be built), from one table of longs ({@link WatchedNumbers})
     * instead of a map of strings. Only the persons watched for {@code streamed}'s records count: a
     * person watched for business registrations alone is nobody's concern in the activities. Take it
     * after {@link #assess}.
     */
    WatchedNumbers watchedNumbers(Dataset streamed) {
        return byNumber.computeIfAbsent(streamed, d -> WatchedNumbers.orBornOnTheDaysOfUnnumbered(watches.getOrDefault(d, Map.of()),
                d == Dataset.ACTIVITIES ? PersonAssessment::activityDays : null));
    }

    /** The days on which some of a person's watches acts on an activity: the span of their days. */
    private static com.google.common.collect.Range<java.time.LocalDate> activityDays(Object watchesOfAPerson) {
        com.google.common.collect.Range<java.time.LocalDate> span = null;
        for (Object w : (List<?>) watchesOfAPerson) {
            com.google.common.collect.Range<java.time.LocalDate> days = ((StreamWatch) w).activityDays();
            span = span == null ? days : span.span(days);
        }
        return span == null ? com.google.common.collect.Range.all() : span;
    }

    /** True when some model watches some person's streamed records. */
    public boolean watching() {
        return !watches.isEmpty();
    }

    /**
     * A streamed record (an activity, a business registration): handed to the watches on its person,
     * found by its valid number, else through {@code index} (name + birth date).
     */
    public void stream(AgencyRecord rec, IdentityIndex index) {
        Dataset d = rec.ref().dataset();
        Map<String, List<StreamWatch>> watching = watches.get(d);
        if (watching == null) {
            return;
        }
        // a person with a valid number is keyed by it, so the table of watched numbers answers
        // directly (a probe of longs, no string hashed); only records without a valid number need the index
        List<StreamWatch> ws;
        if (rec.identity().idNumber().isPresent()) {
            WatchedNumbers numbers = watchedNumbers(d);
            @SuppressWarnings("unchecked")
            List<StreamWatch> byItsNumber = (List<StreamWatch>) numbers.get(rec.identity().idNumber().get().value());
            // a number no person of the indexed datasets has may be the number of a person whose records
            // there carry none: CONTRACT.md §3 links those by name + birth date (the number's)
            ws = byItsNumber != null || !numbers.watchesUnnumbered() ? byItsNumber
                    : index.findUnnumbered(rec.identity()).map(m -> watching.get(m.personKey()) == null ? null
                            : oneNumberEach(m.personKey(), rec) ? watching.get(m.personKey()) : null).orElse(null);
        } else {
            ws = index.find(rec.identity()).map(m -> watching.get(m.personKey())).orElse(null);
        }
        if (ws != null) {
            for (StreamWatch w : ws) {
                try {
                    if (rec instanceof Activity a) {
                        w.onActivity(a, out);
                    } else if (rec instanceof BusinessRole r) {
                        w.onBusinessRole(r, out);
                    }
                } catch (RuntimeException e) {
                    throw new ModelFailedException("(its watch " + w.getClass().getName() + ")", e);
                }
            }
        }
    }

    /**
     * Whether the streamed record's number may join the person without a number {@code key} by name +
     * birth date: the first number that does is that person's; a record of another number with the same
     * name and birth date is someone else's as much as theirs (two numbers are two persons), so it joins
     * nobody and the run report lists it (never with its number).
     */
    private boolean oneNumberEach(String key, AgencyRecord rec) {
        String number = rec.identity().idNumber().orElseThrow().value();
        String first = numberOfUnnumbered.putIfAbsent(key, number);
        if (first == null || first.equals(number)) {
            return true;
        }
        out.unmatched(rec, "该记录的身份证号与此前按姓名+出生日期归于同一无身份证号人员的记录的身份证号不同（同名同出生日期的两人），"
                + "未关联，请核对");
        return false;
    }

    /** The person without a number → the first valid number a streamed record joined them with by name + birth date. */
    private final Map<String, String> numberOfUnnumbered = new HashMap<>();

    /** The leads found so far, under their builders' (unkeyed) ids, merged by id, in the order first found. */
    public Collection<Lead> leads() {
        return Collections.unmodifiableCollection(leads.values());
    }

    /** The records the models could not match, in the order reported. */
    public Collection<UnmatchedRecord> unmatched() {
        return Collections.unmodifiableCollection(unmatched.values());
    }

    /**
     * A lead that says a record of another agency is missing first offers that agency's records
     * that nearly match its person or name its case (CONTRACT.md §4): never linked, never dropped.
     */
    private Lead offerNearMisses(Lead lead, Person assessing) {
        if (lead.kind().missingFrom().isEmpty()) {
            return lead;
        }
        Optional<CaseNumber> c = lead.caseNumber().isBlank() ? Optional.empty() : CaseNumber.parse(lead.caseNumber()).toOptional();
        List<PossibleMatch> matches = nearMisses.near(assessing, lead.kind().missingFrom().get(), c).stream()
                .map(n -> new PossibleMatch(n.record().ref(), n.reason())).toList();
        return lead.offering(matches);
    }

    /**
     * Adds {@code lead} to {@code leads}, keyed by id: a lead found again adds its evidence (at most
     * 20 records kept), and keeps the weaker link and either's estimated and boundary flags.
     */
    public static void merge(Map<String, Lead> leads, Lead lead) {
        Lead known = leads.get(lead.leadId());
        if (known == null) {
            leads.put(lead.leadId(), lead);
            return;
        }
        if (known.evidence().size() >= EVIDENCE_KEPT) {
            return;
        }
        List<Evidence> ev = new ArrayList<>(known.evidence());
        for (Evidence e : lead.evidence()) {
            if (!ev.contains(e) && ev.size() < EVIDENCE_KEPT) {
                ev.add(e);
            }
        }
        leads.put(known.leadId(), known.withEvidence(ev, known.linkedBy().weakest(lead.linkedBy()),
                known.estimated() || lead.estimated(), known.boundary() || lead.boundary()));
    }
}
