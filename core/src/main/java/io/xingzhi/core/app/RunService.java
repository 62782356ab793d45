package io.xingzhi.core.app;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.engine.Engine;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Running the models, the one way every door does it: the command line's {@code run}, the
 * server's {@code POST /runs} and {@code serve --data}. It promises:
 * <ul>
 *   <li>one engine per service, built here from the source, the parameters and header aliases (a
 *       configuration file's, when the door read one), the models and the progress listener, so
 *       every door that was given the same inputs runs the same way;</li>
 *   <li>{@link #run} runs the selected models as of a date with those parameters, hands the result
 *       to each output in order (a folder of leads.jsonl, leads.csv and report.md), then keeps it
 *       in the store when there is one, merged by lead id ({@link RunStore#saveRun}), and returns
 *       the stored run;</li>
 *   <li>an unknown model name is an {@link IllegalArgumentException} naming the known ones, before
 *       anything is read.</li>
 * </ul>
 * Immutable; runs may follow each other (a door that allows one at a time says so itself).
 */
public final class RunService {
    private final Engine engine;
    private final Parameters parameters;
    private final Optional<RunStore> store;
    private final List<RunSink> outputs;
    private final ProgressListener progress;

    private RunService(Builder b) {
        Engine.Builder e = Engine.builder().source(b.source).parameters(b.parameters).aliases(b.aliases)
                .progress(b.progress, b.progressEvery).rejections(b.rejections).clock(b.clock);
        b.models.ifPresent(e::models);
        this.engine = e.build();
        this.parameters = b.parameters;
        this.store = b.store;
        this.outputs = List.copyOf(b.outputs);
        this.progress = b.progress;
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
        Objects.requireNonNull(asOf, "asOf");
        List<String> selected = modelNames.isEmpty() ? modelNames() : List.copyOf(modelNames);
        for (String m : selected) {
            if (!modelNames().contains(m)) {
                throw new IllegalArgumentException("unknown model \"" + m + "\"; known: " + String.join(", ", modelNames()));
            }
        }
        RunResult result = engine.run(asOf, selected, parameters);
        progress.phase(ProgressListener.Phase.WRITE, Optional.empty(), result.leads().size());
        outputs.forEach(o -> o.accept(result));
        Optional<StoredRun> stored = store.map(s -> {
            long number = s.saveRun(result);
            return s.run(number).orElseThrow(() -> new XingzhiException("the store did not keep run " + number));
        });
        return new RunOutcome(result, stored);
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

        public RunService build() {
            return new RunService(this);
        }
    }
}
