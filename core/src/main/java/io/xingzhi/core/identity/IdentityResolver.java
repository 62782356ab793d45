package io.xingzhi.core.identity;

import io.xingzhi.core.SideThread;
import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.Commutation;
import io.xingzhi.core.record.CorrectionTerm;
import io.xingzhi.core.record.CustodyStay;
import io.xingzhi.core.record.DprSupervision;
import io.xingzhi.core.record.EnforcementCase;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.RecordIdentity;
import io.xingzhi.core.record.Release;
import io.xingzhi.core.value.CaseNumber;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.PersonName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links the records of the small datasets to persons (CONTRACT.md §3):
 * <ol>
 *   <li>records with a valid identity number are one person per number;</li>
 *   <li>a record without a valid number but with a name and a birth date joins the one person
 *       with that number-derived birth date and name, or, when there is none, a person keyed by
 *       name + birth date; when several numbered persons share that name and birth date the
 *       record is ambiguous and left unresolved;</li>
 *   <li>a record with a name only is never linked; it is counted and listed as unresolved;</li>
 *   <li>an enforcement case follows its {@code source_case_number} (LAW.md: enforcement cases match a
 *       judgment by it first, whatever the identity columns say): when that case number is a
 *       judgment of another person than the one the case's identity gave (or the case's identity
 *       gave none), the case joins the judgment's person. When several persons have a judgment with
 *       that number (co-defendants), the case joins the one whose judgment has a property penalty,
 *       else the one with the case's name; when that still leaves several, it stays where its
 *       identity put it and the report says so. A case whose identity names one of the
 *       co-defendants stays with them, unless their judgment of that number has no property penalty
 *       and exactly one other defendant's has: then it joins that defendant (fines are individual,
 *       and there is nothing of theirs to enforce).</li>
 * </ol>
 * The same number carried by records with different names is reported (duplicated numbers
 * exist in real registers), and the records still link by number.
 */
public final class IdentityResolver {
    private static final int MAX_SAMPLES = 50;

    private IdentityResolver() {
    }

    /**
     * Persons, the index for streamed records, the statistics, and the records that joined no
     * person (no valid number and no usable name + birth date), in input order.
     */
    public record Resolution(List<Person> persons, IdentityIndex index, IdentityStats stats, List<AgencyRecord> unresolved,
                             List<Sample> samples) {
        public Resolution {
            persons = List.copyOf(persons);
            unresolved = List.copyOf(unresolved);
            samples = List.copyOf(samples);
        }

        /** A resolution whose samples are the statistics' own, each placed by nothing but its order there. */
        public Resolution(List<Person> persons, IdentityIndex index, IdentityStats stats, List<AgencyRecord> unresolved) {
            this(persons, index, stats, unresolved, placedInOrder(stats.samples()));
        }

        /** A resolution in which every record joined a person. */
        public Resolution(List<Person> persons, IdentityIndex index, IdentityStats stats) {
            this(persons, index, stats, List.of());
        }

        private static List<Sample> placedInOrder(List<String> texts) {
            List<Sample> placed = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                placed.add(new Sample(0, i, texts.get(i)));
            }
            return placed;
        }
    }

    /**
     * One of the statistics' samples, with the place it is shown in: samples are shown by their
     * {@code kind} (0: a number that is not valid; 1: a record linked to nobody; 2: an enforcement case
     * whose source case number names several defendants' judgments; 3: a number given several
     * names; 4: a record whose own number (a judgment's case number, an enforcement case's, a ruling's)
     * an earlier record of the same person has, differing from it; 5: a row given twice, merged), then
     * by the input position of the record they are about ({@code record}: an index into
     * the list given to {@link #resolve}; for kind 3, the first record that gave the number with a
     * name). The statistics keep the first {@value IdentityResolver#MAX_SAMPLES_KEPT} in that order, which is the order of
     * the records, not of the persons or of any table: an engine that resolves parts of the input
     * apart (each part in input order) and keeps each part's first {@value IdentityResolver#MAX_SAMPLES_KEPT} finds the
     * same samples by merging the parts' samples in this order.
     *
     * @param kind what the sample says, as above
     * @param record the position of the record it is about in the resolved list
     * @param text the sample as the report shows it ({@code source:line reason}, no identity number)
     */
    public record Sample(int kind, int record, String text) {
        /** Kind, then record: the order samples are shown in. */
        public static final java.util.Comparator<Sample> ORDER =
                java.util.Comparator.comparingInt(Sample::kind).thenComparingInt(Sample::record);

        public Sample {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** The kinds of {@link Sample}, in the order they are shown. */
    private static final int INVALID_NUMBER = 0;
    private static final int LINKED_TO_NOBODY = 1;
    private static final int CASE_NOT_FOLLOWED = 2;
    private static final int SHARED_NUMBER = 3;
    private static final int CONFLICT = 4;
    private static final int REPEATED = 5;

    /** How many samples the statistics keep: the first ones in {@link Sample#ORDER}. */
    public static final int MAX_SAMPLES_KEPT = MAX_SAMPLES;

    /**
     * The birth date resolution files a record's person under: the valid number's, else the
     * record's own birth date; empty for a record that cannot be linked by birth (such a record
     * never joins a person by its identity). Every record that resolution puts into one person has
     * the same birth key - linked by number (the number's date), by name + birth date (the date
     * matched), and a broken number's record by its name and birth date - except an enforcement
     * case that follows its {@code source_case_number} to a judgment of another person. A
     * distributed engine partitions by this key, and brings such cases together with the
     * judgments their case number names.
     */
    public static Optional<LocalDate> birthKey(RecordIdentity id) {
        if (id.idNumber().isPresent()) {
            return Optional.of(id.idNumber().get().birthDate());
        }
        return id.name().isPresent() ? id.birthDate() : Optional.empty();
    }

    /**
     * The system property that sets from how many records the first pass runs on a second thread
     * ahead of the second, and from how many persons they are made on the common pool's threads too
     * (default 20,000 each): for tests that compare both ways on small data.
     */
    public static final String PIPELINED_FROM_PROPERTY = "xingzhi.identity.pipelinedFrom";
    private static final int PIPELINED_FROM = 20_000;

    /**
     * Resolves the given records (any order; the result is deterministic for the same input order).
     * With many records and more than one processor, the first pass (each number's names) runs on a
     * second thread ahead of the second (each record joining its person), which follows it record by
     * record and waits for all of it only at a record without a valid number; each pass still looks
     * at the records in order, so the result is the one a single thread gives.
     */
    public static Resolution resolve(List<? extends AgencyRecord> records) {
        Linking l = new Linking(records.size());
        if (records.size() >= pipelinedFrom()
                && Runtime.getRuntime().availableProcessors() > 1) {
            l.pipelined(records instanceof java.util.RandomAccess ? records : new ArrayList<>(records));
        } else {
            // each record is looked at by a method of its own, not by the body of one long loop: a run of a
            // few tens of thousands of records is over before the interpreter would have compiled such a loop
            int i = 0;
            for (AgencyRecord r : records) {
                l.note(i++, r);
            }
            i = 0;
            for (AgencyRecord r : records) {
                l.link(i++, r);
            }
        }
        // the first pass's samples come before the second's, as when one pass ran after the other; then, in
        // the records' order (Sample), the cases that could not follow their source case and the shared numbers
        List<Sample> sampled = new ArrayList<>(l.noteSamples);
        sampled.addAll(l.linkSamples);
        SourceCases moved = followSourceCases(l.persons, l.sourceCases, l.judgmentsWithCase, l.unlinked, l.unlinkedIndex,
                sampled);
        l.byId -= moved.fromId;
        l.byNameBirth -= moved.fromNameBirth;
        l.unresolved -= moved.fromUnresolved;
        long shared = 0;
        if (l.someShared) {
            List<Numbered> sharedNumbers = new ArrayList<>();
            for (Numbered x : l.numbered.values()) {
                if (x.more != null) {
                    shared++;
                    sharedNumbers.add(x);
                }
            }
            // in the order the numbers were first given (not the table's): the first few only are shown
            sharedNumbers.sort(java.util.Comparator.comparingInt((Numbered x) -> x.slot));
            for (Numbered x : sharedNumbers.subList(0, Math.min(MAX_SAMPLES, sharedNumbers.size()))) {
                Builder b = l.persons.get(x.number.value());
                String where = b == null || b.records.isEmpty() ? "" : b.records.get(0).ref().toString();
                sampled.add(new Sample(SHARED_NUMBER, x.firstRecord, where + " 同一身份证号对应不同姓名: " + String.join("/", x.names())));
            }
        }
        // each person is made from its builder alone: with many, on the common pool's threads too (in order)
        List<Builder> builders = new ArrayList<>(l.persons.values());
        List<Person> result = builders.size() >= pipelinedFrom()
                ? builders.parallelStream().map(Builder::build).toList()
                : builders.stream().map(Builder::build).toList();
        // the rows given twice that building merged, and the records of one person with one number of their own
        // that differ (both kept, for a prosecutor to check): counted, and the first few shown
        List<Duplicate> repeated = mergeRepeated(l.unlinked, l.unlinkedIndex);
        List<Duplicate> conflicting = new ArrayList<>();
        for (Builder b : builders) {
            if (b.duplicates != null) {
                repeated.addAll(b.duplicates);
            }
            if (b.conflicts != null) {
                conflicting.addAll(b.conflicts);
            }
        }
        sampleFirst(sampled, repeated, REPEATED, d -> d.record().ref() + " 与 " + d.original().ref()
                + " 各列相同（同一行给了两次），按一条记录计");
        sampleFirst(sampled, conflicting, CONFLICT, d -> d.record().ref() + " 与 " + d.original().ref() + " 是" + conflictOf(d.record())
                + "，但 " + String.join("、", SameValues.differences(d.original(), d.record())) + " 不同：两条都保留，请核对哪条为准");
        sampled.sort(Sample.ORDER);
        if (sampled.size() > MAX_SAMPLES) {
            sampled.subList(MAX_SAMPLES, sampled.size()).clear();
        }
        List<String> samples = new ArrayList<>(sampled.size());
        for (Sample x : sampled) {
            samples.add(x.text());
        }
        List<Person> unnumbered = new ArrayList<>();
        for (Person p : result) {
            if (p.idNumber().isEmpty() && p.birthDate().isPresent()) {
                unnumbered.add(p);
            }
        }
        IdentityStats stats = new IdentityStats(result.size(), l.byId, l.byNameBirth, moved.total(), l.unresolved, l.invalid, shared,
                repeated.size(), conflicting.size(), samples);
        int capacity = l.capacity;
        // by number: made when a record with a valid number is first looked up (the engine finds such
        // records' persons by the table of watched numbers, and never asks)
        java.util.function.Supplier<Map<String, String>> byNumberIndex = () -> {
            Map<String, String> index = new HashMap<>(capacity);
            for (Person p : result) {
                p.idNumber().ifPresent(n -> index.put(n.value(), p.key()));
            }
            return index;
        };
        // by name + birth date: the persons without a number, then the numbers' unique name + birth dates;
        // made when a streamed record without a valid number first asks (it holds the keys, not the linking)
        com.google.common.base.Supplier<Map<String, String>> keys = l.keys;
        java.util.function.Supplier<Map<String, String>> byNameBirthIndex = () -> {
            Map<String, String> index = new HashMap<>(capacity);
            for (Person p : unnumbered) {
                index.put(IdentityIndex.nameBirth(p.name(), p.birthDate().get()), p.key());
            }
            keys.get().forEach(index::putIfAbsent);
            return index;
        };
        return new Resolution(result, new IdentityIndex(byNumberIndex, byNameBirthIndex), stats, l.unlinked, sampled);
    }

    private static int pipelinedFrom() {
        return Math.max(2, Integer.getInteger(PIPELINED_FROM_PROPERTY, PIPELINED_FROM));
    }

    /** A record merged into an earlier record it repeats ({@link SameValues}), or a judgment of the same case that differs from it, with its place in the input. */
    private record Duplicate(AgencyRecord record, int index, AgencyRecord original) {
    }

    /** A record as it joined a person: its place in the input, the person's builder and the record's place among its records. */
    private record Joined(AgencyRecord record, int index, Builder builder, int position) {
    }

    /** The two passes over the records, one record at a time, and what they count and keep. */
    private static final class Linking {
        final int capacity;
        final Map<String, Builder> persons;
        /** The samples of the first pass, and of the second (each pass writes its own: they may run at once). */
        final List<Sample> noteSamples = new ArrayList<>();
        final List<Sample> linkSamples = new ArrayList<>();
        final List<AgencyRecord> unlinked = new ArrayList<>();
        /** The input places of the unlinked records (for the samples). */
        final Map<AgencyRecord, Integer> unlinkedIndex = new java.util.IdentityHashMap<>();
        /** The names each valid number was given (records with both), and per record its number's entry. */
        final Map<String, Numbered> numbered;
        final Numbered[] entryOf;
        /** Each number's person while linking, by its entry's slot: the linking's, never the entries' (the index keeps those). */
        final Builder[] builderOf;
        /** Whether some number was given more than one name (set by the first pass). */
        boolean someShared;
        /**
         * Name + birth date → the one number with that name and number-derived birth date ("" when
         * several), needed only for records without a valid number: made when the first of them asks.
         */
        final com.google.common.base.Supplier<Map<String, String>> keys;
        long byId;
        long byNameBirth;
        long unresolved;
        long invalid;
        /** The enforcement cases with a source case number, as they joined their persons (for {@link #followSourceCases}). */
        final List<Joined> sourceCases = new ArrayList<>();
        /** The judgments with a case number, as they joined their persons. */
        final List<Joined> judgmentsWithCase = new ArrayList<>();

        /** Notes a record that just joined {@code b} when the following of source case numbers needs it. */
        private void collect(int i, AgencyRecord r, Builder b) {
            if (r instanceof EnforcementCase e && e.sourceCaseNumber().isPresent()) {
                sourceCases.add(new Joined(r, i, b, b.records.size() - 1));
            } else if (r instanceof Judgment j && j.caseNumber().isPresent()) {
                judgmentsWithCase.add(new Joined(r, i, b, b.records.size() - 1));
            }
        }

        /** Record {@code i} joins nobody (for now: an enforcement case may still follow its source case). */
        private void unlink(int i, AgencyRecord r, String why) {
            unlinked.add(r);
            unlinkedIndex.put(r, i);
            if (linkSamples.size() < MAX_SAMPLES) {
                linkSamples.add(new Sample(LINKED_TO_NOBODY, i, r.ref() + why));
            }
        }

        Linking(int records) {
            // sized for the records up front: hundreds of thousands of persons, no rehashing on the way
            int size = records / 2 + 16;
            capacity = size;
            persons = new LinkedHashMap<>(size);
            Map<String, Numbered> names = new HashMap<>(size);
            numbered = names;
            entryOf = new Numbered[records];
            builderOf = new Builder[records];
            // holds the numbers' names only (the index keeps it for the whole run), never this linking
            keys = com.google.common.base.Suppliers.memoize(() -> nameBirthKeys(names, size));
        }

        /** The first pass: record {@code i}'s number and the name it was given. */
        void note(int i, AgencyRecord r) {
            RecordIdentity id = r.identity();
            if (id.idProblem().isPresent()) {
                invalid++;
                if (noteSamples.size() < MAX_SAMPLES) {
                    noteSamples.add(new Sample(INVALID_NUMBER, i, r.ref() + " 身份证号无效: " + id.idProblem().get()));
                }
            }
            if (id.idNumber().isPresent() && id.name().isPresent()) {
                IdNumber n = id.idNumber().get();
                String nm = id.name().get().value();
                Numbered e = numbered.get(n.value());
                if (e == null) {
                    numbered.put(n.value(), e = new Numbered(n, nm, numbered.size(), i)); // the common case: one name per number
                } else if (e.add(nm)) {
                    someShared = true;
                }
                entryOf[i] = e;
            }
        }

        /** The second pass: record {@code i} joins its person, or is left unlinked. */
        void link(int i, AgencyRecord r) {
            RecordIdentity id = r.identity();
            Numbered e = entryOf[i];
            if (id.idNumber().isPresent()) {
                IdNumber n = id.idNumber().get();
                Builder b = e == null ? null : builderOf[e.slot];
                if (b == null) {
                    b = persons.computeIfAbsent(n.value(), k -> new Builder(k, persons.size(), Optional.of(n), id.name(),
                            Optional.of(n.birthDate())));
                    if (e != null) {
                        builderOf[e.slot] = b;
                    }
                }
                b.add(r, i, LinkedBy.ID_NUMBER);
                collect(i, r, b);
                byId++;
            } else if (id.name().isPresent() && id.birthDate().isPresent()) {
                String nb = IdentityIndex.nameBirth(id.name().get(), id.birthDate().get());
                String number = keys.get().get(nb);
                if ("".equals(number)) {
                    unresolved++;
                    unlink(i, r, " 姓名+出生日期对应多个身份证号，未关联");
                    return;
                }
                String key = number != null ? number : "NB:" + nb;
                // a person under a number has that number, whichever of its records comes first
                Optional<IdNumber> itsNumber = number == null ? Optional.empty() : Optional.of(numbered.get(number).number);
                Builder b = persons.computeIfAbsent(key, k -> new Builder(k, persons.size(), itsNumber, id.name(), id.birthDate()));
                b.add(r, i, LinkedBy.NAME_BIRTH_DATE);
                collect(i, r, b);
                byNameBirth++;
            } else {
                unresolved++;
                unlink(i, r, id.name().isPresent() ? " 无有效身份证号且无出生日期，仅有姓名，不自动关联"
                        : " 无有效身份证号且无姓名，仅能按执行依据案号归属判决");
            }
        }

        /** Records noted so far by the first pass, published every {@value #STEP} records and at its end. */
        private final java.util.concurrent.atomic.AtomicInteger noted = new java.util.concurrent.atomic.AtomicInteger();
        private static final int STEP = 1024;

        /**
         * Both passes at once: the first on a thread of its own, the second on this one, each record
         * joining its person once the first pass has noted it, and a record without a valid number
         * (which needs the names of every number) once the first pass has noted them all.
         */
        void pipelined(List<? extends AgencyRecord> records) {
            int n = records.size();
            Thread linker = Thread.currentThread();
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            SideThread<Void> noting = SideThread.start("xingzhi-identity", "resolving identities", () -> {
                try {
                    for (int i = 0; i < n && !stop.get(); i++) {
                        note(i, records.get(i));
                        if (i % STEP == STEP - 1) {
                            noted.set(i + 1);
                            java.util.concurrent.locks.LockSupport.unpark(linker);
                        }
                    }
                    noted.set(n);
                } finally {
                    java.util.concurrent.locks.LockSupport.unpark(linker);
                }
            });
            try {
                for (int i = 0; i < n; i++) {
                    AgencyRecord r = records.get(i);
                    awaitNoted(r.identity().idNumber().isPresent() ? i + 1 : n, noting);
                    link(i, r);
                }
                awaitNoted(n, noting);
                noting.join(); // the first pass's writes happen-before what follows
            } finally {
                stop.set(true);
            }
        }

        /**
         * Waits until the first pass has noted {@code count} records; throws its failure when it failed,
         * and what {@link SideThread#join()} throws for an interrupt when this thread is interrupted.
         */
        private void awaitNoted(int count, SideThread<Void> noting) {
            while (noted.get() < count) {
                if (noting.isDone()) {
                    noting.join(); // threw, or was cancelled: either throws here
                    if (noted.get() < count) {
                        throw new IllegalStateException("the first pass ended early");
                    }
                    return;
                }
                // woken at each step and at the end; a first pass that failed is seen within a few milliseconds
                java.util.concurrent.locks.LockSupport.parkNanos(this, 5_000_000L);
                if (Thread.currentThread().isInterrupted()) {
                    noting.join(); // interrupted: cancels the first pass and throws (or returns, should it have just ended)
                }
            }
        }
    }

    /** A valid number given with a name: the names it was given (in order), and its person while resolving. */
    private static final class Numbered {
        final IdNumber number;
        final String name;
        /** The entry's place among the numbers, in the order first met. */
        final int slot;
        /** The input place of the first record that gave the number with a name. */
        final int firstRecord;
        /** The names after the first, null while there is one. */
        List<String> more;

        Numbered(IdNumber number, String name, int slot, int firstRecord) {
            this.number = number;
            this.name = name;
            this.slot = slot;
            this.firstRecord = firstRecord;
        }

        /** Notes {@code nm} given to this number; true when it is a name not given before. */
        boolean add(String nm) {
            if (!name.equals(nm) && (more == null || !more.contains(nm))) {
                if (more == null) {
                    more = new ArrayList<>(2);
                }
                more.add(nm);
                return true;
            }
            return false;
        }

        List<String> names() {
            List<String> all = new ArrayList<>(1 + (more == null ? 0 : more.size()));
            all.add(name);
            if (more != null) {
                all.addAll(more);
            }
            return all;
        }
    }

    /** Name + birth date → the one number given that name with that birth date, or "" when several. */
    private static Map<String, String> nameBirthKeys(Map<String, Numbered> numbered, int capacity) {
        Map<String, String> k = new HashMap<>(capacity);
        numbered.forEach((number, e) -> {
            LocalDate birth = e.number.birthDate();
            for (String nm : e.names()) {
                // one number: that number; a second, different number: ""
                k.merge(IdentityIndex.nameBirth(nm, birth), number, (a, b) -> a.equals(b) ? a : "");
            }
        });
        return k;
    }

    /** How many enforcement cases moved to a judgment's person, by how they had been linked before. */
    private static final class SourceCases {
        long fromId;
        long fromNameBirth;
        long fromUnresolved;

        long total() {
            return fromId + fromNameBirth + fromUnresolved;
        }
    }

    /**
     * Moves each enforcement case whose {@code source_case_number} is a judgment of another person to
     * that person (see the class comment); drops persons left with no record. Removes moved cases
     * from {@code unlinked}.
     */
    private static SourceCases followSourceCases(Map<String, Builder> persons, List<Joined> sourceCases,
                                                 List<Joined> judgmentsWithCase, List<AgencyRecord> unlinked,
                                                 Map<AgencyRecord, Integer> unlinkedIndex, List<Sample> samples) {
        SourceCases moved = new SourceCases();
        // records are told apart by identity here: each is one row, and hashing a whole record is costly
        Map<AgencyRecord, Builder> ownerOfCase = new java.util.IdentityHashMap<>();
        // the input places of the cases
        Map<AgencyRecord, Integer> indexOf = new java.util.IdentityHashMap<>();
        List<EnforcementCase> cases = new ArrayList<>();
        Set<CaseNumber> sources = new java.util.HashSet<>();
        // the cases in the order of their persons, then of each person's records (as linking noted them,
        // rather than by looking at every record of every person again)
        List<Joined> linked = new ArrayList<>(sourceCases);
        linked.sort(java.util.Comparator.comparingInt((Joined x) -> x.builder().ordinal).thenComparingInt(Joined::position));
        for (Joined x : linked) {
            EnforcementCase e = (EnforcementCase) x.record();
            cases.add(e);
            ownerOfCase.put(e, x.builder());
            indexOf.put(e, x.index());
            sources.add(e.sourceCaseNumber().get());
        }
        for (AgencyRecord r : unlinked) {
            if (r instanceof EnforcementCase e && e.sourceCaseNumber().isPresent()) {
                cases.add(e);
                indexOf.put(e, unlinkedIndex.get(e));
                sources.add(e.sourceCaseNumber().get());
            }
        }
        if (sources.isEmpty()) {
            return moved;
        }
        // the persons of the judgments some case names, in the order of the persons
        Map<CaseNumber, List<Builder>> byCase = new HashMap<>();
        for (Joined x : judgmentsWithCase) {
            CaseNumber c = ((Judgment) x.record()).caseNumber().get();
            if (sources.contains(c)) {
                List<Builder> owners = byCase.computeIfAbsent(c, k -> new ArrayList<>(1));
                if (!owners.contains(x.builder())) {
                    owners.add(x.builder());
                }
            }
        }
        if (byCase.isEmpty()) {
            return moved;
        }
        byCase.values().forEach(owners -> owners.sort(java.util.Comparator.comparingInt((Builder b) -> b.ordinal)));
        Set<AgencyRecord> movedOut = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (EnforcementCase e : cases) {
            CaseNumber source = e.sourceCaseNumber().get();
            List<Builder> owners = byCase.get(source);
            Builder current = ownerOfCase.get(e);
            if (owners == null) {
                continue;
            }
            List<Builder> chosen = owners;
            if (owners.contains(current)) {
                // a defendant's own case stays theirs, unless their judgment of that number has no property penalty to
                // enforce and exactly one co-defendant's has: the case is that judgment's, whatever its identity columns say
                if (owners.size() == 1 || current.judgment(source).map(IdentityResolver::hasPropertyPenalty).orElse(true)) {
                    continue; // no co-defendant, or one with something to enforce: asked only when the case has several
                }
                chosen = narrow(owners, b -> b != current && b.judgment(source).map(IdentityResolver::hasPropertyPenalty).orElse(false));
                if (chosen.isEmpty()) {
                    continue;
                }
            }
            if (chosen.size() > 1) {
                chosen = narrow(chosen, b -> b.judgment(source).map(IdentityResolver::hasPropertyPenalty).orElse(false));
            }
            if (chosen.size() > 1) {
                chosen = narrow(chosen, b -> e.identity().name().isPresent() && b.name.equals(e.identity().name()));
            }
            if (chosen.size() != 1) {
                samples.add(new Sample(CASE_NOT_FOLLOWED, indexOf.get(e), e.ref() + " 执行依据案号对应多名被告人的判决，无法确定归属，按身份信息关联"));
                continue;
            }
            Builder target = chosen.get(0);
            if (current == null) {
                moved.fromUnresolved++;
                movedOut.add(e);
            } else {
                if (current.link(e) == LinkedBy.ID_NUMBER) {
                    moved.fromId++;
                } else {
                    moved.fromNameBirth++;
                }
                current.remove(e);
                if (current.records.isEmpty()) {
                    persons.remove(current.key);
                }
            }
            // the case belongs to the judgment: it is linked as firmly as the judgment is
            target.add(e, indexOf.get(e), target.link(target.judgment(source).orElseThrow()));
        }
        unlinked.removeAll(movedOut);
        return moved;
    }

    /**
     * Merges each unlinked record that repeats an earlier unlinked record ({@link SameValues}) into it, as
     * a person's records are merged: removed from {@code unlinked} (kept in input order), and returned.
     */
    private static List<Duplicate> mergeRepeated(List<AgencyRecord> unlinked, Map<AgencyRecord, Integer> indexOf) {
        if (unlinked.size() < 2) {
            return new ArrayList<>();
        }
        Map<io.xingzhi.core.record.RecordIdentity, List<AgencyRecord>> byIdentity = new HashMap<>();
        List<Duplicate> repeated = new ArrayList<>();
        List<AgencyRecord> kept = new ArrayList<>(unlinked.size());
        for (AgencyRecord r : unlinked) {
            List<AgencyRecord> alike = byIdentity.computeIfAbsent(r.identity(), k -> new ArrayList<>(1));
            AgencyRecord original = null;
            for (AgencyRecord q : alike) {
                if (SameValues.same(q, r)) {
                    original = q;
                    break;
                }
            }
            if (original == null) {
                alike.add(r);
                kept.add(r);
            } else {
                repeated.add(new Duplicate(r, indexOf.get(r), original));
            }
        }
        if (!repeated.isEmpty()) {
            unlinked.clear();
            unlinked.addAll(kept);
        }
        return repeated;
    }

    /** Adds to {@code sampled} the first {@value #MAX_SAMPLES} of {@code found} in input order, as samples of {@code kind}. */
    private static void sampleFirst(List<Sample> sampled, List<Duplicate> found, int kind,
                                    java.util.function.Function<Duplicate, String> text) {
        found.sort(java.util.Comparator.comparingInt(Duplicate::index));
        for (Duplicate d : found.subList(0, Math.min(MAX_SAMPLES, found.size()))) {
            sampled.add(new Sample(kind, d.index(), text.apply(d)));
        }
    }

    /**
     * The number that names a record of its dataset alone: a judgment's case number, an enforcement
     * case's own number, a commutation ruling's number; empty for the other datasets (a stay, a
     * correction term… is named by no number of its own) and when the record gives none.
     */
    static Optional<CaseNumber> numberOf(AgencyRecord r) {
        if (r instanceof Judgment j) {
            return j.caseNumber();
        }
        if (r instanceof EnforcementCase e) {
            return e.enforcementNumber();
        }
        if (r instanceof Commutation c) {
            return c.rulingNumber();
        }
        return Optional.empty();
    }

    /** What a conflict's sample calls the two records: "同一人同一案号的判决", …. */
    private static String conflictOf(AgencyRecord r) {
        if (r instanceof EnforcementCase) {
            return "同一人同一执行案号的执行案件";
        }
        if (r instanceof Commutation) {
            return "同一人同一裁定书文号的减刑假释裁定";
        }
        return "同一人同一案号的判决";
    }

    private static List<Builder> narrow(List<Builder> candidates, java.util.function.Predicate<Builder> test) {
        List<Builder> kept = candidates.stream().filter(test).toList();
        return kept.isEmpty() ? candidates : kept;
    }

    private static boolean hasPropertyPenalty(Judgment j) {
        return j.fine().isPresent() || j.confiscation().isPresent();
    }

    private static final class Builder {
        final String key;
        /** The builder's place among the persons, in the order they were first met. */
        final int ordinal;
        final Optional<IdNumber> number;
        /** The first name a record gave, filled by a later record when the first gave none. */
        Optional<PersonName> name;
        final Optional<LocalDate> birth;
        final List<AgencyRecord> records = new ArrayList<>(4);
        /** Each record's place in the input, in the order of {@link #records}. */
        private int[] indices = new int[4];
        /** How records without a valid number, or linked otherwise than by it, joined; null while there is none. */
        private Map<AgencyRecord, LinkedBy> links;
        /** The records {@link #build} merged into an earlier one they repeat; null while there is none. */
        List<Duplicate> duplicates;
        /** Each record that shares its own number with an earlier record of this person ({@link #numberOf}) but differs from it; null while there is none. */
        List<Duplicate> conflicts;

        Builder(String key, int ordinal, Optional<IdNumber> number, Optional<PersonName> name, Optional<LocalDate> birth) {
            this.key = key;
            this.ordinal = ordinal;
            this.number = number;
            this.name = name;
            this.birth = birth;
        }

        void add(AgencyRecord r, int index, LinkedBy how) {
            if (records.size() == indices.length) {
                indices = java.util.Arrays.copyOf(indices, indices.length * 2);
            }
            indices[records.size()] = index;
            records.add(r);
            // a record without a valid number carries its link explicitly (leads read it from here)
            if (how != LinkedBy.ID_NUMBER || r.identity().idNumber().isEmpty()) {
                if (links == null) {
                    links = new HashMap<>();
                }
                links.put(r, how);
            }
            if (name.isEmpty()) {
                name = r.identity().name();
            }
        }

        LinkedBy link(AgencyRecord r) {
            return links == null ? LinkedBy.ID_NUMBER : links.getOrDefault(r, LinkedBy.ID_NUMBER);
        }

        void remove(AgencyRecord r) {
            for (int k = 0; k < records.size(); k++) {
                if (records.get(k) == r) {
                    removeAt(k);
                    break;
                }
            }
        }

        private void removeAt(int k) {
            AgencyRecord r = records.remove(k);
            System.arraycopy(indices, k + 1, indices, k, records.size() - k);
            if (links != null) {
                links.remove(r);
            }
        }

        /**
         * Merges each record that repeats an earlier record of this person in every value the models
         * read ({@link SameValues}) into that record: it is kept in {@link #duplicates}, not in the person.
         */
        private void mergeRepeated() {
            for (int i = records.size() - 1; i > 0; i--) {
                AgencyRecord r = records.get(i);
                for (int k = 0; k < i; k++) {
                    AgencyRecord q = records.get(k);
                    if (SameValues.same(q, r)) {
                        if (duplicates == null) {
                            duplicates = new ArrayList<>(2);
                        }
                        duplicates.add(new Duplicate(r, indices[i], q));
                        removeAt(i);
                        break;
                    }
                }
            }
        }

        /**
         * Notes each record whose own number an earlier record of this person and dataset has
         * ({@link #numberOf}), the two differing (those alike are merged first): {@link #conflicts}.
         */
        private void noteConflicts() {
            for (int i = 1; i < records.size(); i++) {
                AgencyRecord r = records.get(i);
                Optional<CaseNumber> number = numberOf(r);
                if (number.isEmpty()) {
                    continue;
                }
                for (int k = 0; k < i; k++) {
                    AgencyRecord q = records.get(k);
                    if (q.getClass() == r.getClass() && number.equals(numberOf(q))) {
                        if (conflicts == null) {
                            conflicts = new ArrayList<>(1);
                        }
                        conflicts.add(new Duplicate(r, indices[i], q));
                        break;
                    }
                }
            }
        }

        Optional<Judgment> judgment(CaseNumber c) {
            for (AgencyRecord r : records) {
                if (r instanceof Judgment j && j.caseNumber().isPresent() && j.caseNumber().get().equals(c)) {
                    return Optional.of(j);
                }
            }
            return Optional.empty();
        }

        Person build() {
            if (records.size() > 1) {
                mergeRepeated();
                noteConflicts();
            }
            List<Judgment> j = null;
            List<CustodyStay> c = null;
            List<CorrectionTerm> co = null;
            List<Release> re = null;
            List<DprSupervision> d = null;
            List<EnforcementCase> e = null;
            List<Commutation> cm = null;
            for (AgencyRecord r : records) {
                if (r instanceof Judgment x) {
                    j = add(j, x);
                } else if (r instanceof CustodyStay x) {
                    c = add(c, x);
                } else if (r instanceof CorrectionTerm x) {
                    co = add(co, x);
                } else if (r instanceof Release x) {
                    re = add(re, x);
                } else if (r instanceof DprSupervision x) {
                    d = add(d, x);
                } else if (r instanceof EnforcementCase x) {
                    e = add(e, x);
                } else if (r instanceof Commutation x) {
                    cm = add(cm, x);
                }
            }
            PersonName n = name.orElseGet(() -> new PersonName("(无姓名)"));
            return new Person(key, number, n, birth, orNone(j), orNone(c), orNone(co), orNone(re), orNone(d), orNone(e),
                    orNone(cm), links == null ? Map.of() : links);
        }

        private static <T> List<T> add(List<T> list, T x) {
            List<T> l = list == null ? new ArrayList<>(2) : list;
            l.add(x);
            return l;
        }

        private static <T> List<T> orNone(List<T> list) {
            return list == null ? List.of() : list;
        }
    }
}
