package io.xingzhi.core.engine;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.DataNeed;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.UnmatchedRecord;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.run.RunReport;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.run.SourceNote;
import io.xingzhi.core.identity.IdentityStats;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.SupervisionModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the selected models and kinds a run can run, decided once the indexed datasets are read
 * (their presence, the columns their headers named and whether they had rows), and how the run's
 * result is put together at the end. The single-machine {@link Engine} and a distributed engine
 * decide and report through this one class, so both skip the same models and kinds for the same
 * reasons and sort, count and report leads the same way.
 *
 * <p>A model whose required dataset is absent is skipped; a kind of a running model that needs an
 * optional dataset or column the sources lack ({@link LeadKind#needs()}) does not run, and the
 * report says why. Immutable.
 */
public final class RunPlan {
    private final List<SupervisionModel> selected;
    private final List<SupervisionModel> running = new ArrayList<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> kindsNotRun = new LinkedHashMap<>();
    private final Set<String> notRun = new java.util.HashSet<>();
    private final Set<Dataset> available;
    /** Datasets the sources have, none of whose sources could be used (every header unusable): taken as absent. */
    private final Set<Dataset> unusable;

    private RunPlan(List<SupervisionModel> selected, Set<Dataset> given, Map<Dataset, Set<String>> columns,
                    Map<Dataset, Long> rows, Set<Dataset> unusable) {
        this.selected = List.copyOf(selected);
        this.unusable = unusable.isEmpty() ? EnumSet.noneOf(Dataset.class) : EnumSet.copyOf(unusable);
        this.available = given.isEmpty() ? EnumSet.noneOf(Dataset.class) : EnumSet.copyOf(given);
        this.available.removeAll(this.unusable);
        Set<Dataset> available = this.available;
        for (SupervisionModel m : selected) {
            List<String> missing = m.requires().stream().filter(d -> !available.contains(d)).map(this::absent).sorted().toList();
            if (!missing.isEmpty()) {
                skipped.put(m.name(), "缺少数据集 " + String.join("、", missing));
                continue;
            }
            Map<String, String> kinds = new LinkedHashMap<>();
            Set<String> lacking = new TreeSet<>();
            for (LeadKind k : m.kinds()) {
                List<String> unmet = k.needs().stream().filter(n -> !met(n, columns)).map(n -> unmet(n, rows)).toList();
                if (!unmet.isEmpty()) {
                    kinds.put(k.code(), String.join("；", unmet));
                    k.needs().stream().filter(n -> !met(n, columns)).map(DataNeed::describe).forEach(lacking::add);
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
    }

    /**
     * The plan for the {@code selected} models, given the datasets the sources have, the canonical
     * columns each indexed dataset's headers named, and the rows read of each indexed dataset.
     */
    public static RunPlan of(List<SupervisionModel> selected, Set<Dataset> available, Map<Dataset, Set<String>> columns,
                             Map<Dataset, Long> rows) {
        return new RunPlan(selected, available, columns, rows, Set.of());
    }

    /** A dataset's name in a reason it is missing for: said to be unusable when its files are. */
    private String absent(Dataset d) {
        return d.fileStem() + unusableNote(d);
    }

    /** What a reason adds for a dataset taken as absent because none of its files could be used; "" for another. */
    private String unusableNote(Dataset d) {
        return unusable.contains(d) ? "（其文件表头都无法使用，见输入文件说明）" : "";
    }

    /**
     * The indexed datasets among {@code available} none of whose sources ({@code sourcesOf}) could be
     * used: each has a {@link SourceNote.Kind#HEADER_UNUSABLE} note (a header lacking a required field,
     * one that cannot be read). Such a dataset holds no record although it was given, and a model that
     * took it as present would see nobody in it (every person deprived of political rights 漏管 when the
     * police's file was unusable): a plan takes it as absent, and says why. A streamed dataset is read
     * after the plan, and its absence makes no lead: it is never in this set.
     */
    public static Set<Dataset> unusable(Set<Dataset> available, java.util.function.Function<Dataset, List<String>> sourcesOf,
                                        List<io.xingzhi.core.run.SourceNote> notes) {
        Set<Dataset> unusable = EnumSet.noneOf(Dataset.class);
        for (Dataset d : available) {
            if (d.streamed()) {
                continue;
            }
            Set<String> refused = new java.util.HashSet<>();
            for (io.xingzhi.core.run.SourceNote n : notes) {
                if (n.kind() == io.xingzhi.core.run.SourceNote.Kind.HEADER_UNUSABLE && n.dataset().equals(java.util.Optional.of(d))) {
                    refused.add(n.source());
                }
            }
            List<String> sources = sourcesOf.apply(d);
            if (!refused.isEmpty() && !sources.isEmpty() && refused.containsAll(sources)) {
                unusable.add(d);
            }
        }
        return unusable;
    }

    /**
     * The plan for the {@code selected} models from the tallies of the indexed datasets read: the
     * columns their headers named and the rows read of each.
     */
    public static RunPlan of(List<SupervisionModel> selected, Set<Dataset> available,
                             Map<Dataset, DatasetTally> tallies) {
        return of(selected, available, tallies, Set.of());
    }

    /**
     * The plan as {@link #of(List, Set, Map)}, with the given datasets none of whose sources could be
     * used ({@link #unusable}) taken as absent: the models and kinds that need them do not run, and the
     * report says so.
     */
    public static RunPlan of(List<SupervisionModel> selected, Set<Dataset> available,
                             Map<Dataset, DatasetTally> tallies, Set<Dataset> unusable) {
        Map<Dataset, Set<String>> columns = new EnumMap<>(Dataset.class);
        Map<Dataset, Long> rows = new EnumMap<>(Dataset.class);
        tallies.forEach((d, t) -> {
            columns.put(d, t.columns());
            rows.put(d, t.rows());
        });
        return new RunPlan(selected, available, columns, rows, unusable);
    }

    /** The datasets this plan takes as given: the sources' less those none of whose sources could be used. */
    public Set<Dataset> usable() {
        return java.util.Collections.unmodifiableSet(available);
    }

    /**
     * True when the sources had what the need names: the dataset; for a column of an indexed
     * dataset, a header naming it (a streamed dataset is read after the models decide, so only its
     * presence is checked).
     */
    private boolean met(DataNeed n, Map<Dataset, Set<String>> columns) {
        if (!available.contains(n.dataset())) {
            return false;
        }
        if (n.column().isEmpty() || n.dataset().streamed()) {
            return true;
        }
        Set<String> c = columns.get(n.dataset());
        return c != null && c.contains(n.column().get());
    }

    private String unmet(DataNeed n, Map<Dataset, Long> rows) {
        if (!available.contains(n.dataset())) {
            return "缺少数据集 " + n.describe() + unusableNote(n.dataset());
        }
        if (rows.getOrDefault(n.dataset(), 0L) == 0) {
            return "数据集 " + n.dataset().fileStem() + " 没有数据行，无法确认有无列 " + n.describe();
        }
        return "缺少列 " + n.describe();
    }

    /** The selected models that run, in order. */
    public List<SupervisionModel> running() {
        return List.copyOf(running);
    }

    /** Model → why it was skipped. */
    public Map<String, String> skipped() {
        return java.util.Collections.unmodifiableMap(skipped);
    }

    /** Model → kind code → why that kind of a running model could not run. */
    public Map<String, Map<String, String>> kindsNotRun() {
        return java.util.Collections.unmodifiableMap(kindsNotRun);
    }

    /** True when the kind runs (its model runs and it has what it needs). */
    public boolean runs(LeadKind kind) {
        return !notRun.contains(kind.qualifiedCode()) && running.stream().anyMatch(m -> m.name().equals(kind.model()));
    }

    /** True when a lead of this kind is reported: a kind that could not run reports nothing. */
    public boolean reports(Lead lead) {
        return !notRun.contains(lead.kind().qualifiedCode());
    }

    /**
     * The datasets that the running kinds say a record is missing from (the near-miss index covers
     * them), among those available.
     */
    public Set<Dataset> missingFrom() {
        Set<Dataset> d = EnumSet.noneOf(Dataset.class);
        for (SupervisionModel m : running) {
            m.kinds().stream().filter(k -> !notRun.contains(k.qualifiedCode())).forEach(k -> k.missingFrom().ifPresent(d::add));
        }
        d.retainAll(available);
        return d;
    }

    /** The streamed datasets the running models watch. */
    public Set<Dataset> streams() {
        Set<Dataset> wanted = new LinkedHashSet<>();
        running.forEach(m -> wanted.addAll(m.streams()));
        return wanted;
    }

    /** The order leads are published in: model, kind, identity number, case number, id. */
    public static final Comparator<Lead> LEAD_ORDER = RunPlan::compareLeads;

    /** {@link #LEAD_ORDER}, field by field, as a chain of comparators would compare them but with no call per key. */
    private static int compareLeads(Lead a, Lead b) {
        int c = a.model().compareTo(b.model());
        if (c == 0) {
            c = a.kindCode().compareTo(b.kindCode());
        }
        if (c == 0) {
            c = a.idText().compareTo(b.idText());
        }
        if (c == 0) {
            c = a.caseNumber().compareTo(b.caseNumber());
        }
        return c != 0 ? c : a.leadId().compareTo(b.leadId());
    }

    /**
     * The run's result: the published leads sorted ({@link #LEAD_ORDER}), counted per kind of each
     * running model (zero for kinds that ran and found nothing), and the report.
     *
     * @param published the leads under their published ids, merged by id
     * @param unmatched records the models could not match, in any order (sorted here by dataset, source, line)
     */
    public RunResult result(ModelContext ctx, Instant started, Instant finished, Map<Dataset, DatasetCounts> counts,
                            List<Rejection> rejections, IdentityStats identity, Collection<Lead> published,
                            Collection<UnmatchedRecord> unmatched, List<SourceNote> notes) {
        List<Lead> sorted = new ArrayList<>(published);
        sorted.sort(LEAD_ORDER);
        Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
        for (SupervisionModel m : running) {
            Map<String, Long> kinds = new LinkedHashMap<>();
            m.kinds().stream().filter(k -> !notRun.contains(k.qualifiedCode())).forEach(k -> kinds.put(k.code(), 0L));
            byKind.put(m.name(), kinds);
        }
        for (Lead l : sorted) {
            byKind.computeIfAbsent(l.model(), k -> new LinkedHashMap<>()).merge(l.kindCode(), 1L, Long::sum);
        }
        Map<String, String> described = new LinkedHashMap<>(ctx.parameters().describe());
        described.put("models", String.join(",", running.stream().map(SupervisionModel::name).toList()));
        RunReport report = new RunReport(ctx.asOf(), started, finished, counts, rejections, identity,
                byKind, skipped, described, selected.stream().flatMap(m -> m.kinds().stream()).toList(), kindsNotRun,
                unmatched.stream().sorted(Comparator.comparing((UnmatchedRecord u) -> u.ref().dataset())
                        .thenComparing(u -> u.ref().source()).thenComparingLong(u -> u.ref().line())).toList(), notes);
        return new RunResult(sorted, report);
    }
}
