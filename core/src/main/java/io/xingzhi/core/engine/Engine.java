package io.xingzhi.core.engine;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.identity.IdentityIndex;
import io.xingzhi.core.identity.IdentityResolver;
import io.xingzhi.core.identity.NearMissIndex;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RejectionSink;
import io.xingzhi.core.port.RowScreen;
import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.record.MappingResult;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.RecordMapper;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.run.SourceNote;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.Parameters;
import io.xingzhi.core.supervision.SupervisionModel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
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
 * immutable and may run many times, also from several threads at once (each run reads the source
 * itself; {@link RecordSource} says what that asks of a source); its {@link RejectionSink} and
 * {@link ProgressListener} are shared by those runs, so runs at the same time that stream their
 * rejections to a file each take an engine of their own. A run's work is on the calling thread and threads it starts and
 * ends itself: while a dataset is read, one thread runs the source (decoding and splitting rows)
 * ahead of it and a small pool maps the rows, whose results reach the engine in source order; with
 * many records, persons or leads, identity resolution's first pass, half of the persons' assessment
 * ({@link PersonAssessment#assess}: a model's {@code assess} may be called from two threads at once,
 * for different persons) and half of the leads' publishing run on a second thread. Whatever runs
 * where, a run's result is the one a single thread gives.
 */
public final class Engine implements RunEngine {
    /** At most this many rejections per dataset are kept in the report (counts are always complete). */
    public static final int REJECTIONS_KEPT = 1000;
    /** At most this many distinct reasons are counted per dataset; the others are counted together. */
    public static final int REASONS_COUNTED = 50;

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

    @Override
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
    @Override
    public RunResult run(LocalDate asOf, Collection<String> modelNames, Parameters params) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(params, "params");
        return new Run(asOf, params, select(modelNames)).execute();
    }

    /**
     * The named models among {@code models}, in the order named, each once.
     *
     * @throws IllegalArgumentException for an unknown model name (the message lists the known ones)
     */
    public static List<SupervisionModel> select(List<SupervisionModel> models, Collection<String> names) {
        List<String> known = models.stream().map(SupervisionModel::name).toList();
        List<SupervisionModel> selected = new ArrayList<>();
        for (String n : names) {
            SupervisionModel m = models.stream().filter(x -> x.name().equals(n)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown model \"" + n + "\"; known: " + String.join(", ", known)));
            if (!selected.contains(m)) {
                selected.add(m);
            }
        }
        return selected;
    }

    private List<SupervisionModel> select(Collection<String> names) {
        return select(models, names);
    }

    /** One run's state, phase by phase: read and index, assess, stream, report. */
    private final class Run {
        private final Instant started = clock.instant();
        private final ModelContext ctx;
        private final List<SupervisionModel> selected;
        private final Set<Dataset> available = source.available();
        private final Map<Dataset, DatasetTally> counters = new EnumMap<>(Dataset.class);
        private final List<Rejection> rejections = new ArrayList<>();
        /** What the source and the headers had to say about the inputs as a whole. */
        private final List<SourceNote> notes = new ArrayList<>();

        Run(LocalDate asOf, Parameters params, List<SupervisionModel> selected) {
            this.ctx = new ModelContext(asOf, params);
            this.selected = selected;
        }

        RunResult execute() {
            rejectionSink.started();
            try {
                notes.addAll(source.notes());
                List<AgencyRecord> records = readIndexedDatasets();
                progress.phase(ProgressListener.Phase.INDEX, Optional.empty(), records.size());
                IdentityResolver.Resolution resolution = IdentityResolver.resolve(records);
                RunPlan plan = plan();
                NearMissIndex nearMisses = NearMissIndex.of(resolution.persons(), resolution.unresolved(), plan.missingFrom());
                progress.phase(ProgressListener.Phase.ASSESS, Optional.empty(), resolution.persons().size());
                PersonAssessment assessment = new PersonAssessment(plan, ctx, nearMisses);
                assessment.assess(resolution.persons());
                streamPastTheIndex(assessment, resolution.index(), plan.streams());
                // the builders' unkeyed digests never leave the engine: every lead is published under its keyed id
                RunResult result = plan.result(ctx, started, clock.instant(), counts(), rejections, resolution.stats(),
                        PublishedLeads.of(assessment.leads(), leadIdKey), assessment.unmatched(), notes);
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
            long bytes = 0;
            for (Dataset d : Dataset.values()) {
                if (!d.streamed() && available.contains(d)) {
                    bytes += Math.max(0, source.size(d));
                }
            }
            // the records of one person carry equal identities: made once, shared for the whole run (memory)
            IdentityInterner identities = new IdentityInterner(bytes);
            for (Dataset d : Dataset.values()) {
                if (!d.streamed() && available.contains(d)) {
                    progress.phase(ProgressListener.Phase.READ, Optional.of(d), source.size(d));
                    int first = records.size();
                    read(d, counter(counters, d), rejections, records::add, notes, null, identities);
                    if (d == Dataset.JUDGMENTS) {
                        // judgments kept although their text could not be read: said right after the dataset's own notes
                        notes.addAll(UnreadSentenceTexts.notes(records.subList(first, records.size())));
                    }
                }
            }
            return records;
        }

        /** What runs, decided from the indexed datasets read: their presence, columns and rows. */
        private RunPlan plan() {
            return RunPlan.of(selected, available, counters, RunPlan.unusable(available, source::describe, notes));
        }

        /** The big datasets: every row mapped and counted, only watched persons' records handed on, nothing held. */
        private void streamPastTheIndex(PersonAssessment assessment, IdentityIndex index, Set<Dataset> wanted) {
            for (Dataset d : Dataset.values()) {
                if (!d.streamed() || !available.contains(d)) {
                    continue;
                }
                DatasetTally c = counter(counters, d);
                if (!wanted.contains(d)) {
                    c.notRead();
                    continue;
                }
                progress.phase(ProgressListener.Phase.STREAM, Optional.of(d), source.size(d));
                // a row about a valid number nobody watches is only checked on the pool, never built
                // a person with a valid number is keyed by it: the numbers a row of d can be watched under
                read(d, c, rejections, rec -> assessment.stream(rec, index), notes, assessment.watchedNumbers(d),
                        java.util.function.UnaryOperator.identity());
            }
        }

        private Map<Dataset, DatasetCounts> counts() {
            Map<Dataset, DatasetCounts> counts = new EnumMap<>(Dataset.class);
            for (Dataset d : Dataset.values()) {
                DatasetTally c = counters.get(d);
                counts.put(d, c == null ? new DatasetCounts(d, false, List.of(), 0, 0, 0) : c.counts(source.describe(d)));
            }
            return counts;
        }
    }

    private static DatasetTally counter(Map<Dataset, DatasetTally> counters, Dataset d) {
        return counters.computeIfAbsent(d, DatasetTally::new);
    }

    /**
     * Reads a dataset through the pipeline. With {@code watched} (a streamed dataset: whether a
     * normalised identity number is watched), rows about a valid number it does not hold are only
     * checked ({@link RecordMapper#mapIfWatched}) and counted, never built or handed to {@code sink}.
     */
    private void read(Dataset d, DatasetTally c, List<Rejection> rejections, java.util.function.Consumer<AgencyRecord> sink,
                      List<SourceNote> notes, WatchedNumbers watched,
                      java.util.function.UnaryOperator<io.xingzhi.core.record.RecordIdentity> identities) {
        RowHandler handler = new RowHandler(d, c, rejections, sink);
        try {
            c.columns(readPipelined(d, handler, notes, watched, identities));
        } catch (XingzhiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new XingzhiException("reading " + d.fileStem() + " failed: " + e.getMessage(), e);
        }
    }

    /** Counts mapped rows and rejections, keeps the first rejections and reports progress; on the engine's thread. */
    private final class RowHandler {
        private final Dataset d;
        private final DatasetTally c;
        private final List<Rejection> rejections;
        private final java.util.function.Consumer<AgencyRecord> sink;
        private final long startNanos = System.nanoTime();

        RowHandler(Dataset d, DatasetTally c, List<Rejection> rejections, java.util.function.Consumer<AgencyRecord> sink) {
            this.d = d;
            this.c = c;
            this.rejections = rejections;
            this.sink = sink;
        }

        /** Counts and forwards a row mapped on the pool. */
        void handle(MappingResult r) {
            if (r instanceof MappingResult.Accepted a) {
                c.accepted(1);
                sink.accept(a.record());
            } else {
                reject(((MappingResult.Rejected) r).rejection());
            }
            tick();
        }

        /**
         * Counts {@code n} rows accepted whose records were never built: nobody watches them (checked on
         * the pool, or settled by the source's screen from their bytes).
         */
        void unbuilt(int n) {
            long before = c.rows();
            c.accepted(n);
            if (before / progressEvery != c.rows() / progressEvery) {
                progress.progress(d, c.rows(), System.nanoTime() - startNanos);
            }
        }

        /** Counts a row the source could not split. */
        void rejected(Rejection rejection) {
            reject(rejection);
            tick();
        }

        private void reject(Rejection rejection) {
            rejectionSink.rejected(rejection);
            if (c.rejected(rejection)) {
                rejections.add(rejection);
            }
        }

        private void tick() {
            long n = c.rows();
            if (n % progressEvery == 0) {
                progress.progress(d, n, System.nanoTime() - startNanos);
            }
        }
    }
    private static final int BATCH = 2048;
    /** A mapped batch's entry for a row that was accepted and that nobody watches (no record built). */
    private static final Object UNWATCHED = new Object();

    /** A batch's entry for rows the source's screen settled, one after another ({@link RowScreen}). */
    private record Settled(int rows) {
    }

    /** Settled rows are passed on in runs of at most this many (so progress keeps moving). */
    private static final int SETTLED_RUN = 4096;
    private static final java.util.concurrent.Future<Object[]> END =
            java.util.concurrent.CompletableFuture.completedFuture(new Object[0]);

    /**
     * Reading in stages: a reader thread runs the source (decoding, splitting) and hands rows over
     * in batches, a pool maps each batch, and this thread takes the results in source order and
     * counts, indexes or feeds them to the watches, so models still see one person's records in
     * source order on one thread. Memory stays bounded (a few batches in flight).
     */
    private Set<String> readPipelined(Dataset d, RowHandler handler, List<SourceNote> notes,
                                      WatchedNumbers watched,
                                      java.util.function.UnaryOperator<io.xingzhi.core.record.RecordIdentity> identities) {
        Pipe pipe = new Pipe(mapper, d, watched, identities);
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
                        handler.unbuilt(1);
                    } else if (item instanceof Settled s) {
                        handler.unbuilt(s.rows());
                    } else {
                        handler.rejected((Rejection) item);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XingzhiException("interrupted while reading " + d.fileStem(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw io.xingzhi.core.SideThread.failure("mapping " + d.fileStem(), e);
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
        if (pipe.failure instanceof Error err) {
            throw err; // an OutOfMemoryError of the reader thread: the command line says what to do about it
        }
        if (pipe.failure != null) {
            throw (RuntimeException) pipe.failure;
        }
        notes.addAll(pipe.gate.notes());
        return pipe.gate.columns();
    }

    /**
     * The hand-over between the reader thread, the mapping threads and the engine's thread: the
     * reader cuts rows into batches, each batch is mapped on a small pool, and the futures queue
     * in source order, so the engine sees results in order whichever batch finished first.
     */
    private static final class Pipe extends GatedRowVisitor {
        final java.util.concurrent.BlockingQueue<java.util.concurrent.Future<Object[]>> queue =
                new java.util.concurrent.ArrayBlockingQueue<>(8);
        final java.util.concurrent.ExecutorService mappers;
        private final RecordMapper mapper;
        /**
         * For a streamed dataset, the normalised identity numbers watched (a table of longs, so rows can
         * also be screened from their bytes); null: map every row.
         */
        private final WatchedNumbers watched;
        /** Where a mapped row's identity goes (an interner for the small datasets, whose records stay). */
        private final java.util.function.UnaryOperator<io.xingzhi.core.record.RecordIdentity> identities;
        /** Rows settled by the screen since the last item added (passed on as one {@link Settled}). */
        private int settledRun;
        /** A row of the current header with no values, handed to the gate at the first settled row (its columns). */
        private RawRow settledHeader;
        volatile boolean cancelled;
        /**
         * What ended the reader thread early: a {@link RuntimeException} or an {@link Error} (an
         * {@link OutOfMemoryError} while decoding a long line); thrown on the engine's thread, which
         * always gets the end of the queue, so that it never waits for rows that will not come.
         */
        volatile Throwable failure;
        private Object[] batch = new Object[BATCH];
        private int n;

        Pipe(RecordMapper mapper, Dataset dataset, WatchedNumbers watched,
             java.util.function.UnaryOperator<io.xingzhi.core.record.RecordIdentity> identities) {
            super(new HeaderGate(mapper, dataset)); // its notes and columns are read by the engine after the reader thread ended
            this.mapper = mapper;
            this.watched = watched;
            this.identities = identities;
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
                flushSettled();
                if (n > 0) {
                    submit(java.util.Arrays.copyOf(batch, n));
                }
            } catch (Cancelled e) {
                return; // the engine stopped consuming (it failed); it reports its own error
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            try {
                put(END);
            } catch (Cancelled e) {
                // the engine is no longer listening
            }
        }

        /** A row whose source's header is usable, on the reader thread: batched for the mapping threads. */
        @Override
        protected void accepted(RawRow row) {
            add(row);
        }

        @Override
        public void rejected(Rejection rejection) {
            add(rejection);
        }

        /**
         * A screen for a streamed dataset's rows about numbers nobody watches, when the header is usable
         * and names the columns it checks ({@link StreamedRowScreen}); null otherwise (every row comes as a row).
         */
        @Override
        public RowScreen screen(SourceRef ref, List<String> names) {
            if (watched == null || !gate.usable(ref.source())) {
                return null;
            }
            Optional<RowScreen> screen = StreamedRowScreen.bind(ref.dataset(), names, mapper.aliases(), watched);
            if (screen.isPresent()) {
                String[] header = names.toArray(String[]::new);
                settledHeader = RawRow.of(ref, header, new String[header.length], header.length);
            }
            return screen.orElse(null);
        }

        @Override
        public void settled() {
            settled(1);
        }

        @Override
        public void settled(int rows) {
            if (settledHeader != null) {
                // the gate gathers the columns of the headers of accepted rows: this header's, as a row would
                gate.row(settledHeader);
                settledHeader = null;
            }
            settledRun += rows;
            if (settledRun >= SETTLED_RUN) {
                flushSettled();
            }
        }

        private void flushSettled() {
            if (settledRun > 0) {
                Settled s = new Settled(settledRun);
                settledRun = 0;
                append(s);
            }
        }

        private void add(Object item) {
            flushSettled();
            append(item);
        }

        private void append(Object item) {
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
                        items[i] = watched == null ? mapper.map(row, identities)
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

    /**
     * An engine's settings as its {@link Builder} was given them: what another {@link RunEngine} (a
     * distributed one) needs to run the same way and publish the same ids.
     *
     * @param source where the agency data comes from
     * @param models the models it can run
     * @param parameters the default parameters
     * @param aliases the header aliases
     * @param progress the progress listener
     * @param progressEvery rows between progress reports
     * @param rejections where every rejected row goes
     * @param clock the clock that time-stamps reports
     * @param leadIdKey the key leads are published under
     */
    public record Settings(RecordSource source, List<SupervisionModel> models, Parameters parameters, HeaderAliases aliases,
                           ProgressListener progress, long progressEvery, RejectionSink rejections, Clock clock,
                           LeadIdKey leadIdKey) {
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
         * key ({@link LeadIdKey#ofThisProcess()}): ids are then stable within the process only. An
         * engine whose runs a store keeps ({@link io.xingzhi.core.port.RunStore#saveRun}) takes the
         * store's key, {@code store.leadIdKey(LeadIdKey::generate)}, or the next process's run would
         * find every lead under a new id.
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
            List<SupervisionModel> given = new ArrayList<>();
            for (SupervisionModel m : ms) {
                given.add(Objects.requireNonNull(m, "model"));
            }
            models.clear();
            models.addAll(given);
            return this;
        }

        /** Adds a model to those already set (an integrator's own model). */
        public Builder addModel(SupervisionModel m) {
            models.add(Objects.requireNonNull(m, "model"));
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

        /** What this builder was given, for another {@link RunEngine} made from the same settings. */
        public Settings settings() {
            return new Settings(source, List.copyOf(models), parameters, aliases, progress, progressEvery, rejections, clock,
                    leadIdKey);
        }
    }
}
