package io.xingzhi.core.app;

import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.port.AuditLog;
import io.xingzhi.core.port.GovernanceStore;
import io.xingzhi.core.port.LeadStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every application service over one store, with one clock and one set of document settings: what
 * a door is built from (the REST server takes one; the command line makes one per command). It
 * promises that the services share the store, so a document filed through one door is numbered
 * after those filed through another, and a review through either is one more event of the same
 * history; and that the store's lead-id key is settled when the services are built ({@link
 * io.xingzhi.core.port.RunStore#leadIdKey}, with {@link Builder#leadIdKey} offered when the store has
 * none), so a store that kept leads under unkeyed ids has renamed them before any door shows one.
 */
public final class ApplicationServices {
    private final LeadStore store;
    private final Clock clock;
    private final LeadQueryService leads;
    private final ReviewService reviews;
    private final DocumentService documents;
    private final StatisticsService statistics;
    private final Optional<RunService> runs;
    private final Optional<GovernanceService> governance;
    private final RunGate runGate = new RunGate();

    private ApplicationServices(Builder b) {
        this.store = b.store;
        this.clock = b.clock;
        LeadIdKey key;
        try {
            key = store.leadIdKey(b.leadIdKey);
        } catch (UnsupportedOperationException e) {
            key = null; // a store of its own that keeps no key: it has no old ids to rename either
        }
        LeadIdKey settled = key;
        this.leads = new LeadQueryService(store, store);
        this.reviews = new ReviewService(store, store, store, b.documents, clock);
        this.documents = new DocumentService(store, store, store, b.documents, clock);
        this.statistics = new StatisticsService(store, clock.getZone(), Optional.of(store));
        this.governance = b.governance.or(() -> store instanceof GovernanceStore g ? Optional.of(g) : Optional.empty())
                .map(g -> new GovernanceService(g, store, store, clock));
        this.runs = b.runs.map(r -> (settled == null ? r : r.leadIdKey(() -> settled)).store(store).build());
    }

    /** A builder over the store every service uses. */
    public static Builder over(LeadStore store) {
        return new Builder(store);
    }

    /** Reading leads, their history and the runs. */
    public LeadQueryService leads() {
        return leads;
    }

    /** Reviewing leads. */
    public ReviewService reviews() {
        return reviews;
    }

    /** Drafting and filing documents. */
    public DocumentService documents() {
        return documents;
    }

    /** Review statistics and the 类案 report. */
    public StatisticsService statistics() {
        return statistics;
    }

    /**
     * Source governance (诉源治理); empty when the store keeps no governance records (a store that is
     * a {@link GovernanceStore} keeps them, unless {@link Builder#governance} names another).
     */
    public Optional<GovernanceService> governance() {
        return governance;
    }

    /** Running the models into the store; empty when no source was given. */
    public Optional<RunService> runs() {
        return runs;
    }

    /**
     * The one gate every door that starts runs on this store passes ({@code POST /runs}, the
     * schedule), so that runs never overlap.
     */
    public RunGate runGate() {
        return runGate;
    }

    /**
     * Model name → its kind codes, as far as these services know them: the standard models'
     * ({@link io.xingzhi.core.engine.StandardModels}), the models the run service runs (by name only:
     * their set of kinds is empty, meaning any kind may be theirs) and every model and kind a kept run
     * reported. A door refuses a {@code model} or {@code kind} filter outside it, so that a misspelt filter
     * is not taken for "none found". Sorted by model, each model's kinds sorted.
     */
    public java.util.SortedMap<String, java.util.SortedSet<String>> knownKinds() {
        java.util.SortedMap<String, java.util.SortedSet<String>> m = new java.util.TreeMap<>();
        for (io.xingzhi.core.supervision.SupervisionModel model : io.xingzhi.core.engine.StandardModels.all()) {
            model.kinds().forEach(k -> m.computeIfAbsent(k.model(), x -> new java.util.TreeSet<>()).add(k.code()));
        }
        runs.ifPresent(r -> r.modelNames().forEach(n -> m.computeIfAbsent(n, x -> new java.util.TreeSet<>())));
        for (io.xingzhi.core.port.StoredRun run : leads.runs()) {
            run.leadsByModelAndKind().forEach((model, kinds) -> m.computeIfAbsent(model, x -> new java.util.TreeSet<>())
                    .addAll(kinds.keySet()));
        }
        return m;
    }

    /**
     * A {@code model} or {@code kind} filter these services do not know: the field, the value given and the
     * values they know for it (for a kind, those of the model given, or of every model).
     *
     * @param field {@code model} or {@code kind}
     * @param value the value given
     * @param known the values known
     */
    public record UnknownFilter(String field, String value, java.util.SortedSet<String> known) {
    }

    /**
     * Why a filter by {@code model} and {@code kind} would select nothing because these services do not
     * know it ({@link #knownKinds}): a model not known, or a kind that is not one of the model's (of any
     * model's when none is given). A model known only by its name takes any kind. Empty when it is known.
     */
    public Optional<UnknownFilter> unknownFilter(Optional<String> model, Optional<String> kind) {
        java.util.SortedMap<String, java.util.SortedSet<String>> known = knownKinds();
        if (model.isPresent() && !known.containsKey(model.get())) {
            return Optional.of(new UnknownFilter("model", model.get(), new java.util.TreeSet<>(known.keySet())));
        }
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        java.util.Collection<java.util.SortedSet<String>> candidates = model.map(m -> List.of(known.get(m)))
                .orElse(List.copyOf(known.values()));
        if (candidates.stream().anyMatch(k -> k.isEmpty() || k.contains(kind.get()))) {
            return Optional.empty();
        }
        java.util.SortedSet<String> kinds = new java.util.TreeSet<>();
        candidates.forEach(kinds::addAll);
        return Optional.of(new UnknownFilter("kind", kind.get(), kinds));
    }

    /** The audit trail, for a door that records who saw what. */
    public AuditLog audit() {
        return store;
    }

    /**
     * Marks every run the store still records as running as interrupted: what a server does when it
     * starts, since a run its predecessor left running (a crash, a kill) can no longer end.
     *
     * @return how many runs were marked
     */
    public int markInterruptedRuns() {
        return store.interruptRuns(clock.instant());
    }

    /** The clock every service reads. */
    public Clock clock() {
        return clock;
    }

    /** Settings of {@link ApplicationServices}; every one but the store has a default. */
    public static final class Builder {
        private final LeadStore store;
        private Clock clock = Clock.systemDefaultZone();
        private DocumentSettings documents = DocumentSettings.defaults();
        private Optional<RunService.Builder> runs = Optional.empty();
        private Supplier<LeadIdKey> leadIdKey = LeadIdKey::generate;
        private Optional<GovernanceStore> governance = Optional.empty();

        private Builder(LeadStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** Today's date and the times of events and audit entries (the system clock in its zone by default). */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /** How documents are drafted and numbered ({@link DocumentSettings#defaults()} by default). */
        public Builder documents(DocumentSettings settings) {
            this.documents = Objects.requireNonNull(settings);
            return this;
        }

        /**
         * The lead-id key the store keeps when it has none yet (a key file's, the command line's
         * {@code --lead-id-key}); by default a new random key. The store's own key always wins.
         */
        public Builder leadIdKey(Supplier<LeadIdKey> ifStoreHasNone) {
            this.leadIdKey = Objects.requireNonNull(ifStoreHasNone);
            return this;
        }

        /** Where governance records are kept, when not in the store itself (by default: the store, when it keeps them). */
        public Builder governance(GovernanceStore g) {
            this.governance = Optional.of(g);
            return this;
        }

        /** How runs are made; they are kept in this store. Without it there is no {@link #runs()}. */
        public Builder runs(RunService.Builder run) {
            this.runs = Optional.of(run);
            return this;
        }

        public ApplicationServices build() {
            return new ApplicationServices(this);
        }
    }
}
