package io.xingzhi.core.engine;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.identity.IdentityIndex;
import io.xingzhi.core.identity.IdentityResolver;
import io.xingzhi.core.identity.NearMissIndex;
import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.lead.PossibleMatch;
import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RejectionSink;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Activity;
import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.BusinessRole;
import io.xingzhi.core.record.DataNeed;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.record.HeaderCheck;
import io.xingzhi.core.record.MappingResult;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.RecordMapper;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.record.UnmatchedRecord;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.run.RunReport;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.run.SourceNote;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.Parameters;
import io.xingzhi.core.supervision.StreamWatch;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.CaseNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs supervision models over agency data. Build one with {@link #builder()}, giving a
 * {@link RecordSource}; then {@link #run(LocalDate)}. The engine
 * <ol>
 *   <li>reads the small datasets (judgments, custody, corrections, resettlement, dpr_supervision,
 *       enforcement, commutations), maps each row to a record or a rejection, notes the columns
 *       each dataset's headers named, and resolves persons;</li>
 *   <li>runs each model's {@code assess} per person, and collects the watches models ask for; a
 *       lead whose kind says another agency's record is missing ({@link
 *       io.xingzhi.core.lead.LeadKind#missingFrom()}) first offers that agency's near misses
 *       ({@link NearMissIndex}: same name and birth date, a number one edit away, the same case)
 *       as possible matches, and says so first in its summary;</li>
 *   <li>streams activities and business registrations past the person index (never held) and
 *       hands each watched person's records to the watches;</li>
 *   <li>de-duplicates leads by id (merging evidence), publishes each under its keyed id (the
 *       installation's {@link LeadIdKey} over the digest the model's builder computed: the digest
 *       never leaves the engine), sorts them, and reports counts that add up.</li>
 * </ol>
 * A model whose required dataset is absent is skipped and the report says why; so is a kind of a
 * running model that needs an optional dataset or column the sources lack ({@link
 * io.xingzhi.core.lead.LeadKind#needs()}: the engine knows the columns each indexed dataset's
 * headers named): it reports nothing, and the report says it could not run and why. An engine is
 * immutable and may run many times. Models run on the calling thread only; while a dataset is
 * read, one extra thread runs the source (decoding and splitting rows) ahead of it and a small
 * pool maps the rows, whose results reach the engine in source order.
 */
public final class Engine {
    /** At most this many rejections per dataset are kept in the report (counts are always complete). */
    public static final int REJECTIONS_KEPT = 1000;
    /** At most this many distinct reasons are counted per dataset; the others are counted together. */
    public static final int REASONS_COUNTED = 50;
    private static final int EVIDENCE_KEPT = 20;

    private final RecordSource source;
    private final List<SupervisionModel> models;
    private final Parameters parameters;
    private final RecordMapper mapper;
    private final ProgressListener progress;
    private final RejectionSink rejectionSink;
    private final long progressEvery;
    private final Clock clock;
    private final LeadIdKey leadIdKey;

    private Engine(Builder b) {
        this.source = Objects.requireNonNull(b.source, "source");
        this.models = List.copyOf(b.models);
        this.parameters = b.parameters;
        this.mapper = new RecordMapper(b.aliases);
        this.progress = b.progress;
        this.rejectionSink = b.rejections;
        this.progressEvery = b.progressEvery;
        this.clock = b.clock;
        this.leadIdKey = b.leadIdKey;
        Set<String> names = new LinkedHashSet<>();
        for (SupervisionModel m : models) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("two models are named " + m.name());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The names of the models this engine can run, in order. */
    public List<String> modelNames() {
        return models.stream().map(SupervisionModel::name).toList();
    }

    /** Runs every model with the engine's parameters. */
    public RunResult run(LocalDate asOf) {
        return run(asOf, modelNames(), parameters);
    }

    /**
     * Runs the named models with the given parameters.
     *
     * @throws IllegalArgumentException for an unknown model name (the message lists the known ones)
     */
    public RunResult run(LocalDate asOf, Collection<String> modelNames, Parameters params) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(params, "params");
        return new Run(asOf, params, select(modelNames)).execute();
    }

    private List<SupervisionModel> select(Collection<String> names) {
        List<SupervisionModel> selected = new ArrayList<>();
        for (String n : names) {
            SupervisionModel m = models.stream().filter(x -> x.name().equals(n)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown model \"" + n + "\"; known: " + String.join(", ", modelNames())));
            if (!selected.contains(m)) {
                selected.add(m);
            }
        }
        return selected;
    }

    /** One run's state, phase by phase: read and index, assess, stream, report. */
    private final class Run {
        private final Instant started = clock.instant();
        private final ModelContext ctx;
        private final List<SupervisionModel> selected;
        private final Set<Dataset> available = source.available();
        private final Map<Dataset, Counter> counters = new EnumMap<>(Dataset.class);
        private final List<Rejection> rejections = new ArrayList<>();
        /** What the source and the headers had to say about the inputs as a whole. */
        private final List<SourceNote> notes = new ArrayList<>();
        private final Map<String, String> skipped = new LinkedHashMap<>();
        private final Map<String, Lead> leads = new LinkedHashMap<>();
        private final Map<SourceRef, UnmatchedRecord> unmatched = new LinkedHashMap<>();
        /** Model → kind code → why it could not run; and the same kinds as {@code model/CODE}. */
        private final Map<String, Map<String, String>> kindsNotRun = new LinkedHashMap<>();
        private final Set<String> notRun = new java.util.HashSet<>();
        private final LeadCollector out = new LeadCollector() {
            @Override
            public void add(Lead lead) {
                // a kind that could not run reports nothing, whatever its model computed without the data
                if (!notRun.contains(lead.kind().qualifiedCode())) {
                    merge(leads, offerNearMisses(lead));
                }
            }

            @Override
            public void unmatched(AgencyRecord record, String reason) {
                unmatched.putIfAbsent(record.ref(), new UnmatchedRecord(record.ref(), reason));
            }
        };
        /** The person being assessed (null while streaming): the one a lead that says a record is missing is about. */
        private Person assessing;
        private NearMissIndex nearMisses = NearMissIndex.empty();
        /** Person key → the watches models placed on that person's streamed records. */
        private final Map<String, List<StreamWatch>> watches = new HashMap<>();

        Run(LocalDate asOf, Parameters params, List<SupervisionModel> selected) {
            this.ctx = new ModelContext(asOf, params);
            this.selected = selected;
        }

        RunResult execute() {
            rejectionSink.started();
            try {
                notes.addAll(source.notes());
                List<AgencyRecord> records = readIndexedDatasets();
                progress.phase(ProgressListener.Phase.INDEX, java.util.Optional.empty(), records.size());
                IdentityResolver.Resolution resolution = IdentityResolver.resolve(records);
                List<SupervisionModel> running = runnable();
                nearMisses = NearMissIndex.of(resolution.persons(), resolution.unresolved(), missingFrom(running));
                progress.phase(ProgressListener.Phase.ASSESS, java.util.Optional.empty(), resolution.persons().size());
                assess(resolution.persons(), running);
                Set<Dataset> wanted = new LinkedHashSet<>();
                running.forEach(m -> wanted.addAll(m.streams()));
                streamPastTheIndex(resolution.index(), wanted);
                RunResult result = result(running, resolution);
                rejectionSink.finished();
                return result;
            } catch (RuntimeException | Error e) {
                rejectionSink.abandoned();
                throw e;
            }
        }

        /** The small datasets, every row mapped, counted and (when accepted) kept for the index. */
        private List<AgencyRecord> readIndexedDatasets() {
            List<AgencyRecord> records = new ArrayList<>();
            for (Dataset d : Dataset.values()) {
                if (!d.streamed() && available.contains(d)) {
                    progress.phase(ProgressListener.Phase.READ, java.util.Optional.of(d), source.size(d));
                    read(d, counter(counters, d), rejections, records::add, notes, null);
                }
            }
            return records;
        }

        /**
         * The selected models whose required datasets are all present and at least one of whose kinds
         * has what it needs; the others are reported skipped. A kind of a running model that lacks a
         * dataset or column it needs is reported as not run, with what is missing.
         */
        private List<SupervisionModel> runnable() {
            List<SupervisionModel> running = new ArrayList<>();
            for (SupervisionModel m : selected) {
                List<String> missing = m.requires().stream().filter(d -> !available.contains(d)).map(Dataset::fileStem).sorted().toList();
                if (!missing.isEmpty()) {
                    skipped.put(m.name(), "缺少数据集 " + String.join("、", missing));
                    continue;
                }
                Map<String, String> kinds = new LinkedHashMap<>();
                Set<String> lacking = new java.util.TreeSet<>();
                for (LeadKind k : m.kinds()) {
                    List<String> unmet = k.needs().stream().filter(n -> !met(n)).map(this::unmet).toList();
                    if (!unmet.isEmpty()) {
                        kinds.put(k.code(), String.join("；", unmet));
                        k.needs().stream().filter(n -> !met(n)).map(DataNeed::describe).forEach(lacking::add);
                    }
                }
                if (!m.kinds().isEmpty() && kinds.size() == m.kinds().size()) {
                    skipped.put(m.name(), "缺少数据 " + String.join("、", lacking));
                    continue;
                }
                if (!kinds.isEmpty()) {
                    kindsNotRun.put(m.name(), kinds);
                    kinds.keySet().forEach(code -> notRun.add(m.name() + "/" + code));
                }
                running.add(m);
            }
            return running;
        }

        /**
         * True when the sources had what the need names: the dataset; for a column of an indexed
         * dataset, a header naming it (a streamed dataset is read after the models decide, so only
         * its presence is checked).
         */
        private boolean met(DataNeed n) {
            if (!available.contains(n.dataset())) {
                return false;
            }
            if (n.column().isEmpty() || n.dataset().streamed()) {
                return true;
            }
            Counter c = counters.get(n.dataset());
            return c != null && c.columns.contains(n.column().get());
        }

        private String unmet(DataNeed n) {
            if (!available.contains(n.dataset())) {
                return "缺少数据集 " + n.describe();
            }
            Counter c = counters.get(n.dataset());
            if (c == null || c.accepted + c.rejected == 0) {
                return "数据集 " + n.dataset().fileStem() + " 没有数据行，无法确认有无列 " + n.describe();
            }
            return "缺少列 " + n.describe();
        }

        /** The datasets that the running kinds say a record is missing from: the near-miss index covers them. */
        private Set<Dataset> missingFrom(List<SupervisionModel> running) {
            Set<Dataset> d = java.util.EnumSet.noneOf(Dataset.class);
            for (SupervisionModel m : running) {
                m.kinds().stream().filter(k -> !notRun.contains(k.qualifiedCode())).forEach(k -> k.missingFrom().ifPresent(d::add));
            }
            d.retainAll(available);
            return d;
        }

        /**
         * A lead that says a record of another agency is missing first offers that agency's records
         * that nearly match its person or name its case (CONTRACT.md §4): never linked, never dropped.
         */
        private Lead offerNearMisses(Lead lead) {
            if (lead.kind().missingFrom().isEmpty() || assessing == null) {
                return lead;
            }
            Optional<CaseNumber> c = lead.caseNumber().isBlank() ? Optional.empty() : CaseNumber.parse(lead.caseNumber()).toOptional();
            List<PossibleMatch> matches = nearMisses.near(assessing, lead.kind().missingFrom().get(), c).stream()
                    .map(n -> new PossibleMatch(n.record().ref(), n.reason())).toList();
            return lead.offering(matches);
        }

        private void assess(List<Person> persons, List<SupervisionModel> running) {
            for (Person p : persons) {
                assessing = p;
                for (SupervisionModel m : running) {
                    m.assess(p, ctx, out);
                    if (!m.streams().isEmpty()) {
                        m.watch(p, ctx).ifPresent(w -> watches.computeIfAbsent(p.key(), k -> new ArrayList<>(1)).add(w));
                    }
                }
            }
            assessing = null;
        }

        /** The big datasets: every row mapped and counted, only watched persons' records handed on, nothing held. */
        private void streamPastTheIndex(IdentityIndex index, Set<Dataset> wanted) {
            for (Dataset d : Dataset.values()) {
                if (!d.streamed() || !available.contains(d)) {
                    continue;
                }
                Counter c = counter(counters, d);
                if (!wanted.contains(d)) {
                    c.notRead = true;
                    continue;
                }
                progress.phase(ProgressListener.Phase.STREAM, java.util.Optional.of(d), source.size(d));
                // a row about a valid number nobody watches is only checked on the pool, never built
                read(d, c, rejections, rec -> {
                    if (watches.isEmpty()) {
                        return;
                    }
                    // a person with a valid number is keyed by it, so the small map of watched
                    // persons answers directly; only records without a valid number need the index
                    List<StreamWatch> ws = rec.identity().idNumber().isPresent()
                            ? watches.get(rec.identity().idNumber().get().value())
                            : index.find(rec.identity()).map(m -> watches.get(m.personKey())).orElse(null);
                    if (ws != null) {
                        for (StreamWatch w : ws) {
                            if (rec instanceof Activity a) {
                                w.onActivity(a, out);
                            } else if (rec instanceof BusinessRole r) {
                                w.onBusinessRole(r, out);
                            }
                        }
                    }
                }, notes, watches::containsKey);
            }
        }

        private RunResult result(List<SupervisionModel> running, IdentityResolver.Resolution resolution) {
            // the builders' unkeyed digests never leave the engine: every lead is published under its keyed id
            List<Lead> sorted = new ArrayList<>(leads.values().stream().map(Engine.this::published).toList());
            sorted.sort(Comparator.comparing(Lead::model).thenComparing(Lead::kindCode).thenComparing(Lead::idText)
                    .thenComparing(Lead::caseNumber).thenComparing(Lead::leadId));
            Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
            for (SupervisionModel m : running) {
                Map<String, Long> kinds = new LinkedHashMap<>();
                m.kinds().stream().filter(k -> !notRun.contains(k.qualifiedCode())).forEach(k -> kinds.put(k.code(), 0L));
                byKind.put(m.name(), kinds);
            }
            for (Lead l : sorted) {
                byKind.computeIfAbsent(l.model(), k -> new LinkedHashMap<>()).merge(l.kindCode(), 1L, Long::sum);
            }
            Map<Dataset, DatasetCounts> counts = new EnumMap<>(Dataset.class);
            for (Dataset d : Dataset.values()) {
                Counter c = counters.get(d);
                counts.put(d, c == null ? new DatasetCounts(d, false, List.of(), 0, 0, 0)
                        : new DatasetCounts(d, true, source.describe(d), c.accepted + c.rejected, c.accepted, c.rejected, c.notRead,
                                c.byReason));
            }
            Map<String, String> described = new LinkedHashMap<>(ctx.parameters().describe());
            described.put("models", String.join(",", running.stream().map(SupervisionModel::name).toList()));
            RunReport report = new RunReport(ctx.asOf(), started, clock.instant(), counts, rejections, resolution.stats(),
                    byKind, skipped, described, selected.stream().flatMap(m -> m.kinds().stream()).toList(), kindsNotRun,
                    unmatched.values().stream().sorted(Comparator.comparing((UnmatchedRecord u) -> u.ref().dataset())
                            .thenComparing(u -> u.ref().source()).thenComparingLong(u -> u.ref().line())).toList(), notes);
            return new RunResult(sorted, report);
        }
    }

    /** The lead under its published id: the key's HMAC of the digest its builder gave it ({@link LeadIdKey}). */
    private Lead published(Lead l) {
        return new Lead(leadIdKey.keyedId(l.leadId()), l.kind(), l.idNumber(), l.name(), l.caseNumber(),
                l.supervisedAgency(), l.supervisedUnit(), l.dueOn(), l.summary(), l.legalBasis(), l.evidence(),
                l.linkedBy(), l.estimated(), l.boundary(), l.suggestedDocument(), l.facts(), l.possibleMatches());
    }

    private static Counter counter(Map<Dataset, Counter> counters, Dataset d) {
        return counters.computeIfAbsent(d, k -> new Counter());
    }

    /**
     * Reads a dataset through the pipeline. With {@code watched} (a streamed dataset: whether a
     * normalised identity number is watched), rows about a valid number it does not hold are only
     * checked ({@link RecordMapper#mapIfWatched}) and counted, never built or handed to {@code sink}.
     */
    private void read(Dataset d, Counter c, List<Rejection> rejections, java.util.function.Consumer<AgencyRecord> sink,
                      List<SourceNote> notes, java.util.function.Predicate<String> watched) {
        RowHandler handler = new RowHandler(d, c, rejections, sink);
        try {
            c.columns.addAll(readPipelined(d, handler, notes, watched));
        } catch (XingzhiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new XingzhiException("reading " + d.fileStem() + " failed: " + e.getMessage(), e);
        }
    }

    /** Counts mapped rows and rejections, keeps the first rejections and reports progress; on the engine's thread. */
    private final class RowHandler {
        private final Dataset d;
        private final Counter c;
        private final List<Rejection> rejections;
        private final java.util.function.Consumer<AgencyRecord> sink;
        private final long startNanos = System.nanoTime();

        RowHandler(Dataset d, Counter c, List<Rejection> rejections, java.util.function.Consumer<AgencyRecord> sink) {
            this.d = d;
            this.c = c;
            this.rejections = rejections;
            this.sink = sink;
        }

        /** Counts and forwards a row mapped on the pool. */
        void handle(MappingResult r) {
            if (r instanceof MappingResult.Accepted a) {
                c.accepted++;
                sink.accept(a.record());
            } else {
                reject(((MappingResult.Rejected) r).rejection());
            }
            tick();
        }

        /** Counts a row that was accepted and that nobody reads (its record was never built). */
        void counted() {
            c.accepted++;
            tick();
        }

        /** Counts a row the source could not split. */
        void rejected(Rejection rejection) {
            reject(rejection);
            tick();
        }

        private void reject(Rejection rejection) {
            c.rejected++;
            rejectionSink.rejected(rejection);
            String why = Rejection.category(rejection.reason());
            if (c.byReason.size() < REASONS_COUNTED || c.byReason.containsKey(why)) {
                c.byReason.merge(why, 1L, Long::sum);
            } else {
                c.byReason.merge(Rejection.OTHER_REASONS, 1L, Long::sum);
            }
            if (c.rejected <= REJECTIONS_KEPT) {
                rejections.add(rejection);
            }
        }

        private void tick() {
            long n = c.accepted + c.rejected;
            if (n % progressEvery == 0) {
                progress.progress(d, n, System.nanoTime() - startNanos);
            }
        }
    }

    private static final int BATCH = 2048;
    /** A mapped batch's entry for a row that was accepted and that nobody watches (no record built). */
    private static final Object UNWATCHED = new Object();
    private static final java.util.concurrent.Future<Object[]> END =
            java.util.concurrent.CompletableFuture.completedFuture(new Object[0]);

    /**
     * Reading in stages: a reader thread runs the source (decoding, splitting) and hands rows over
     * in batches, a pool maps each batch, and this thread takes the results in source order and
     * counts, indexes or feeds them to the watches, so models still see one person's records in
     * source order on one thread. Memory stays bounded (a few batches in flight).
     */
    private Set<String> readPipelined(Dataset d, RowHandler handler, List<SourceNote> notes,
                                      java.util.function.Predicate<String> watched) {
        Pipe pipe = new Pipe(mapper, d, watched);
        Thread reader = new Thread(() -> pipe.produce(source, d), "xingzhi-read-" + d.fileStem());
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                java.util.concurrent.Future<Object[]> next = pipe.queue.take();
                if (next == END) {
                    break;
                }
                for (Object item : next.get()) {
                    if (item instanceof MappingResult r) {
                        handler.handle(r);
                    } else if (item == UNWATCHED) {
                        handler.counted();
                    } else {
                        handler.rejected((Rejection) item);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XingzhiException("interrupted while reading " + d.fileStem(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new XingzhiException("mapping failed", e.getCause());
        } finally {
            pipe.cancelled = true;
            pipe.queue.clear();
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pipe.mappers.shutdownNow();
        }
        if (pipe.failure != null) {
            throw pipe.failure;
        }
        notes.addAll(pipe.notes);
        return pipe.columns;
    }

    /**
     * The hand-over between the reader thread, the mapping threads and the engine's thread: the
     * reader cuts rows into batches, each batch is mapped on a small pool, and the futures queue
     * in source order, so the engine sees results in order whichever batch finished first.
     */
    private static final class Pipe implements RowVisitor {
        final java.util.concurrent.BlockingQueue<java.util.concurrent.Future<Object[]>> queue =
                new java.util.concurrent.ArrayBlockingQueue<>(8);
        final java.util.concurrent.ExecutorService mappers;
        private final RecordMapper mapper;
        /** For a streamed dataset, whether a normalised identity number is watched; null: map every row. */
        private final java.util.function.Predicate<String> watched;
        volatile boolean cancelled;
        volatile RuntimeException failure;
        private Object[] batch = new Object[BATCH];
        private int n;
        /** The canonical columns the rows' headers named (read by the engine after the reader thread ended). */
        final Set<String> columns = new java.util.HashSet<>();
        private RawRow lastHeaders;

        /** The dataset read. */
        private final Dataset dataset;
        /** Source → why none of its rows can become a record (its header is unusable). */
        private final Map<String, String> unusable = new HashMap<>();
        /** What the sources' headers said (read by the engine after the reader thread ended). */
        final List<SourceNote> notes = new ArrayList<>();

        Pipe(RecordMapper mapper, Dataset dataset, java.util.function.Predicate<String> watched) {
            this.mapper = mapper;
            this.watched = watched;
            this.dataset = dataset;
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
            this.mappers = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "xingzhi-map-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        void produce(RecordSource source, Dataset d) {
            try {
                source.read(d, this);
                if (n > 0) {
                    submit(java.util.Arrays.copyOf(batch, n));
                }
            } catch (Cancelled e) {
                return; // the engine stopped consuming (it failed); it reports its own error
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                put(END);
            } catch (Cancelled e) {
                // the engine is no longer listening
            }
        }

        /**
         * A source's header, on the reader thread before its rows: checked once; an unusable one
         * turns each of the source's rows into a rejection with its one reason, and a header that is
         * data is itself a rejected row (line 1), so nothing vanishes.
         */
        @Override
        public void header(SourceRef ref, List<String> names) {
            HeaderCheck check = mapper.check(dataset, ref.source(), names);
            if (!check.usable()) {
                unusable.put(ref.source(), check.reason());
                notes.add(new SourceNote(ref.source(), java.util.Optional.of(dataset), SourceNote.Kind.HEADER_UNUSABLE,
                        ref.source() + "（" + dataset.fileStem() + "）：" + check.chineseReason()
                                + "；其所有数据行都不予采用",
                        ref.source() + " (" + dataset.fileStem() + "): " + check.englishReason()
                                + "; every row of it is rejected"));
                if (check.looksLikeData()) {
                    add(new Rejection(ref, check.reason()));
                }
            } else if (!check.unknown().isEmpty()) {
                notes.add(new SourceNote(ref.source(), java.util.Optional.of(dataset), SourceNote.Kind.UNKNOWN_COLUMNS,
                        ref.source() + "（" + dataset.fileStem() + "）：未识别的列 " + String.join("、", check.unknown())
                                + "，其值作为原始属性保留，模型不使用",
                        ref.source() + " (" + dataset.fileStem() + "): unknown columns " + String.join(", ", check.unknown())
                                + "; their values are kept as raw attributes, no model reads them"));
            }
        }

        @Override
        public void row(RawRow row) {
            if (!unusable.isEmpty()) {
                String why = unusable.get(row.ref().source());
                if (why != null) {
                    add(new Rejection(row.ref(), why));
                    return;
                }
            }
            if (lastHeaders == null || !row.sameHeaders(lastHeaders)) {
                columns.addAll(mapper.columns(row));
                lastHeaders = row;
            }
            add(row);
        }

        @Override
        public void rejected(Rejection rejection) {
            add(rejection);
        }

        private void add(Object item) {
            batch[n++] = item;
            if (n == BATCH) {
                submit(batch);
                batch = new Object[BATCH];
                n = 0;
            }
        }

        /** Maps a batch in place on the pool: raw rows become mapping results (or UNWATCHED), rejections stay. */
        private void submit(Object[] items) {
            if (cancelled) {
                throw new Cancelled();
            }
            put(mappers.submit(() -> {
                for (int i = 0; i < items.length; i++) {
                    if (items[i] instanceof RawRow row) {
                        items[i] = watched == null ? mapper.map(row)
                                : mapper.mapIfWatched(row, watched).<Object>map(r -> r).orElse(UNWATCHED);
                    }
                }
                return items;
            }));
        }

        private void put(java.util.concurrent.Future<Object[]> f) {
            try {
                while (!queue.offer(f, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new Cancelled();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
        }
    }

    /** Unwinds the reader thread when the engine has stopped consuming. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    private static void merge(Map<String, Lead> leads, Lead lead) {
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

    private static final class Counter {
        long accepted;
        long rejected;
        boolean notRead;
        /** The canonical columns the dataset's sources named in their headers. */
        final Set<String> columns = new java.util.HashSet<>();
        /** Rejections by {@link Rejection#category} (at most {@value #REASONS_COUNTED}, the rest as one). */
        final Map<String, Long> byReason = new LinkedHashMap<>();
    }

    /** Builds an {@link Engine}. Wiring is explicit: nothing is discovered from the classpath. */
    public static final class Builder {
        private RecordSource source;
        private final List<SupervisionModel> models = new ArrayList<>(StandardModels.all());
        private Parameters parameters = Parameters.defaults();
        private HeaderAliases aliases = HeaderAliases.standard();
        private ProgressListener progress = ProgressListener.none();
        private RejectionSink rejections = RejectionSink.none();
        private long progressEvery = 1_000_000;
        private Clock clock = Clock.systemUTC();
        private LeadIdKey leadIdKey = LeadIdKey.ofThisProcess();

        private Builder() {
        }

        /**
         * The installation's key for lead ids: every lead is published as {@link LeadIdKey#keyedId} of
         * the digest its model's builder computed, so the same facts give the same id under the same
         * key and nobody without it can test a guess against an id. Without one, the process's own
         * key ({@link LeadIdKey#ofThisProcess()}): ids are then stable within the process only.
         */
        public Builder leadIdKey(LeadIdKey key) {
            this.leadIdKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** Where the agency data comes from (required). */
        public Builder source(RecordSource s) {
            this.source = s;
            return this;
        }

        /** Replaces the models (the four standard ones by default). */
        public Builder models(List<? extends SupervisionModel> ms) {
            models.clear();
            models.addAll(ms);
            return this;
        }

        /** Adds a model to those already set (an integrator's own model). */
        public Builder addModel(SupervisionModel m) {
            models.add(m);
            return this;
        }

        public Builder parameters(Parameters p) {
            this.parameters = Objects.requireNonNull(p);
            return this;
        }

        /** Header aliases (the standard ones plus any configured). */
        public Builder aliases(HeaderAliases a) {
            this.aliases = Objects.requireNonNull(a);
            return this;
        }

        /** Called every {@code everyRows} rows read of a dataset. */
        public Builder progress(ProgressListener p, long everyRows) {
            if (everyRows <= 0) {
                throw new IllegalArgumentException("everyRows must be positive");
            }
            this.progress = Objects.requireNonNull(p);
            this.progressEvery = everyRows;
            return this;
        }

        /**
         * Where every rejected row goes as it happens (a {@code rejections.csv}); the report keeps only
         * the first {@value Engine#REJECTIONS_KEPT} of each dataset and the counts.
         */
        public Builder rejections(RejectionSink sink) {
            this.rejections = Objects.requireNonNull(sink);
            return this;
        }

        /** The clock used only to time-stamp the report (never by models). */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        public Engine build() {
            return new Engine(this);
        }
    }
}
