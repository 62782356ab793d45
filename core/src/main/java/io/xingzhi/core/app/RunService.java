package io.xingzhi.core.app;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.engine.RunEngine;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.port.RunJob;
import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RejectionSink;
import io.xingzhi.core.port.RunSink;
import io.xingzhi.core.port.RunStore;
import io.xingzhi.core.port.StoredRun;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.supervision.Parameters;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.PersonalData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Running the models, the one way every door does it: the command line's {@code run}, the
 * server's {@code POST /runs} and {@code serve --data}. It promises:
 * <ul>
 *   <li>one engine per service, built here from the source, the parameters and header aliases (a
 *       configuration file's, when the door read one), the models, the progress listener and the
 *       installation's lead-id key, so every door that was given the same inputs runs the same way
 *       and publishes the same ids;</li>
 *   <li>the key: with a store, the store's ({@link RunStore#leadIdKey}), which keeps the builder's
 *       {@link Builder#leadIdKey key} when it has none yet; without a store, the builder's key
 *       (the process's own when none was given: ids then hold within the process only);</li>
 *   <li>{@link #start} records the run in the store before anything is read ({@link RunStore#startRun}),
 *       so that a run cut short by a crash leaves a trace; {@link StartedRun#execute} runs the
 *       selected models as of a date with those parameters, hands the result to each output in
 *       order (a folder of leads.jsonl, leads.csv and report.md), then keeps it in the store, merged
 *       by lead id, and marks the job finished in the same step ({@link RunStore#finishRun}), or
 *       marks it failed with the reason (identity numbers masked) and rethrows;</li>
 *   <li>an unknown model name is an {@link IllegalArgumentException} naming the known ones, before
 *       anything is read or recorded.</li>
 * </ul>
 * Immutable; runs may follow each other (a door that allows one at a time says so itself).
 */
public final class RunService {
    private final RunEngine engine;
    private final Parameters parameters;
    private final Optional<RunStore> store;
    private final List<RunSink> outputs;
    private final ProgressListener progress;
    private final Clock clock;
    private final LeadIdKey leadIdKey;

    private RunService(Builder b) {
        this.store = b.store;
        Supplier<LeadIdKey> offered = b.leadIdKey.orElse(store.isPresent() ? LeadIdKey::generate : LeadIdKey::ofThisProcess);
        this.leadIdKey = store.map(s -> s.leadIdKey(offered)).orElseGet(offered);
        Engine.Builder e = Engine.builder().source(b.source).parameters(b.parameters).aliases(b.aliases)
                .progress(b.progress, b.progressEvery).rejections(b.rejections).clock(b.clock).leadIdKey(leadIdKey);
        b.models.ifPresent(e::models);
        this.engine = b.engine.apply(e);
        this.parameters = b.parameters;
        this.outputs = List.copyOf(b.outputs);
        this.progress = b.progress;
        this.clock = b.clock;
    }

    /** A builder over the source every run reads. */
    public static Builder builder(RecordSource source) {
        return new Builder(source);
    }

    /** The names of the models this service can run, in order. */
    public List<String> modelNames() {
        return engine.modelNames();
    }

    /** The parameters every run uses. */
    public Parameters parameters() {
        return parameters;
    }

    /** True when runs are kept in a store. */
    public boolean keepsRuns() {
        return store.isPresent();
    }

    /** The lead-id key every run publishes its ids under. */
    public LeadIdKey leadIdKey() {
        return leadIdKey;
    }

    /** Runs every model as of {@code asOf}. */
    public RunOutcome run(LocalDate asOf) {
        return run(asOf, modelNames());
    }

    /**
     * Runs the named models as of {@code asOf}, writes the outputs and keeps the run.
     *
     * @param modelNames the models, in any order; empty for every model
     * @throws IllegalArgumentException for an unknown model name
     */
    public RunOutcome run(LocalDate asOf, Collection<String> modelNames) {
        return start(asOf, modelNames, "").execute();
    }

    /**
     * Records the start of a run of the named models as of {@code asOf} (when runs are kept) and
     * returns it, to be executed by {@link StartedRun#execute} (on this thread or another).
     *
     * @param modelNames the models, in any order; empty for every model
     * @param requestedBy who asks for it (an account, a system user), kept with the job
     * @throws IllegalArgumentException for an unknown model name (nothing is recorded)
     */
    public StartedRun start(LocalDate asOf, Collection<String> modelNames, String requestedBy) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(requestedBy, "requestedBy");
        List<String> selected = modelNames.isEmpty() ? modelNames() : List.copyOf(modelNames);
        for (String m : selected) {
            if (!modelNames().contains(m)) {
                throw new IllegalArgumentException("unknown model \"" + m + "\"; known: " + String.join(", ", modelNames()));
            }
        }
        Optional<RunJob> job = store.map(s -> s.startRun(asOf, requestedBy, clock.instant()));
        return new StartedRun(asOf, selected, job);
    }

    /** A run recorded as started and not yet executed; execute it once. */
    public final class StartedRun {
        private final LocalDate asOf;
        private final List<String> selected;
        private final Optional<RunJob> job;
        private final java.util.concurrent.atomic.AtomicBoolean executed = new java.util.concurrent.atomic.AtomicBoolean();
        private volatile Optional<String> unrecordedFailure = Optional.empty();

        private StartedRun(LocalDate asOf, List<String> selected, Optional<RunJob> job) {
            this.asOf = asOf;
            this.selected = selected;
            this.job = job;
        }

        /** The job as recorded when it started; empty when runs are not kept. */
        public Optional<RunJob> job() {
            return job;
        }

        /**
         * Runs the models, writes the outputs, keeps the run and marks the job finished; on failure
         * marks the job failed and rethrows.
         *
         * @throws IllegalStateException when executed a second time
         */
        public RunOutcome execute() {
            if (!executed.compareAndSet(false, true)) {
                throw new IllegalStateException("a started run executes once");
            }
            try {
                RunResult result = engine.run(asOf, selected, parameters);
                progress.phase(ProgressListener.Phase.WRITE, Optional.empty(), result.leads().size());
                outputs.forEach(o -> o.accept(result));
                Optional<StoredRun> stored = store.map(s -> {
                    long number = job.isPresent() ? s.finishRun(job.get().number(), result, clock.instant()) : s.saveRun(result);
                    return s.run(number).orElseThrow(() -> new XingzhiException("the store did not keep run " + number));
                });
                return new RunOutcome(result, stored);
            } catch (RuntimeException | Error e) {
                job.ifPresent(j -> recordFailure(j, e));
                throw e;
            }
        }

        /**
         * Records that this run was stopped before it ended (its process is ending: Ctrl-C, a termination
         * signal), with when and why, unless it ended already; called from a shutdown hook while
         * {@link #execute} may still be going on.
         *
         * @return the job as it now stands in the store (interrupted, or as it ended: a run kept at the
         *     last moment stays finished); empty when runs are not kept
         */
        public Optional<RunJob> interrupt(String reason) {
            Objects.requireNonNull(reason, "reason");
            if (job.isEmpty()) {
                return Optional.empty();
            }
            RunStore s = store.orElseThrow();
            s.interruptRun(job.get().number(), reason, clock.instant());
            return s.runJob(job.get().number());
        }

        private void recordFailure(RunJob j, Throwable e) {
            String reason = failureReason(e);
            try {
                store.orElseThrow().failRun(j.number(), reason, clock.instant());
            } catch (RuntimeException again) {
                // the store failed too (a full disk): the job stays running in it until recordFailureAgain
                unrecordedFailure = Optional.of(reason);
                e.addSuppressed(again);
            }
        }

        /**
         * True when this run failed and the store could not record it (it failed too, a full disk), so that
         * its job still says running; {@link #recordFailureAgain} records it once the store works again.
         */
        public boolean failureUnrecorded() {
            return unrecordedFailure.isPresent();
        }

        /**
         * Records the failure the store could not record when the run failed ({@link #failureUnrecorded}),
         * with the time it is recorded.
         *
         * @return true when nothing is left to record (recorded now, or nothing was unrecorded); false when
         *     the store still fails
         */
        public boolean recordFailureAgain() {
            Optional<String> reason = unrecordedFailure;
            if (reason.isEmpty() || job.isEmpty()) {
                return true;
            }
            try {
                store.orElseThrow().failRun(job.get().number(), reason.get(), clock.instant());
            } catch (RuntimeException e) {
                return false;
            }
            unrecordedFailure = Optional.empty();
            return true;
        }
    }

    /**
     * Why a run failed, as recorded and reported: the message of an expected failure (identity
     * numbers masked), else only that it failed unexpectedly and how.
     */
    static String failureReason(Throwable e) {
        return e instanceof XingzhiException || e instanceof IllegalArgumentException
                ? PersonalData.maskIdNumbers(String.valueOf(e.getMessage()))
                : "the run failed unexpectedly (" + e.getClass().getSimpleName() + ")";
    }

    /** Settings of a {@link RunService}; every one but the source has a default. */
    public static final class Builder {
        private final RecordSource source;
        private Parameters parameters = Parameters.defaults();
        private HeaderAliases aliases = HeaderAliases.standard();
        private Optional<List<SupervisionModel>> models = Optional.empty();
        private ProgressListener progress = ProgressListener.none();
        private RejectionSink rejections = RejectionSink.none();
        private long progressEvery = 1_000_000;
        private Optional<RunStore> store = Optional.empty();
        private final List<RunSink> outputs = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private Optional<Supplier<LeadIdKey>> leadIdKey = Optional.empty();
        private java.util.function.Function<Engine.Builder, ? extends RunEngine> engine = Engine.Builder::build;

        private Builder(RecordSource source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** The parameters (LAW.md's defaults unless a configuration gives others). */
        public Builder parameters(Parameters p) {
            this.parameters = Objects.requireNonNull(p);
            return this;
        }

        /** The header aliases (the standard ones, plus any a configuration adds). */
        public Builder aliases(HeaderAliases a) {
            this.aliases = Objects.requireNonNull(a);
            return this;
        }

        /** The models (the four standard ones by default). */
        public Builder models(List<? extends SupervisionModel> ms) {
            this.models = Optional.of(List.copyOf(ms));
            return this;
        }

        /** Called every {@code everyRows} rows read of a dataset. */
        public Builder progress(ProgressListener p, long everyRows) {
            this.progress = Objects.requireNonNull(p);
            this.progressEvery = everyRows;
            return this;
        }

        /** Where every rejected row of each run goes as it happens (see {@link Engine.Builder#rejections}). */
        public Builder rejections(RejectionSink sink) {
            this.rejections = Objects.requireNonNull(sink);
            return this;
        }

        /** Where runs are kept; without one they are not kept. */
        public Builder store(RunStore s) {
            this.store = Optional.of(s);
            return this;
        }

        /**
         * The installation's lead-id key: without a store, the key every run uses; with one, the key
         * the store keeps when it has none yet (the store's own key wins). Called at most once,
         * when the service is built. By default a store generates its key, and a run without a
         * store uses the process's own ({@link LeadIdKey#ofThisProcess()}).
         */
        public Builder leadIdKey(Supplier<LeadIdKey> key) {
            this.leadIdKey = Optional.of(Objects.requireNonNull(key, "key"));
            return this;
        }

        /** Adds an output every finished run is handed to, before it is kept. */
        public Builder output(RunSink sink) {
            this.outputs.add(Objects.requireNonNull(sink));
            return this;
        }

        /** The clock that time-stamps run reports (UTC system clock by default). */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /**
         * What runs the models: by default the single-machine {@link Engine}; a distributed engine is
         * made from the same settings ({@link Engine.Builder#settings()}), so it reads the same
         * source with the same parameters, aliases and models and publishes under the same key.
         */
        public Builder engine(java.util.function.Function<Engine.Builder, ? extends RunEngine> factory) {
            this.engine = Objects.requireNonNull(factory, "factory");
            return this;
        }

        public RunService build() {
            return new RunService(this);
        }
    }
}
