package io.xingzhi.adapter.spark;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.engine.DatasetTally;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.engine.PersonAssessment;
import io.xingzhi.core.engine.RunEngine;
import io.xingzhi.core.engine.RunPlan;
import io.xingzhi.core.identity.IdentityResolver;
import io.xingzhi.core.identity.IdentityStats;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.record.UnmatchedRecord;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.run.SourceNote;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.Parameters;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.format.DatasetFiles;
import io.xingzhi.format.Decoding;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Runs the models on Apache Spark, with the same leads (ids, fields, order), report counts,
 * rejections and identity statistics as the single-machine {@link Engine} on the same folder of
 * CSV exports (docs/distributed.md):
 * <ol>
 *   <li>each file of the indexed datasets is read in a task by the formats module's reader, each row
 *       checked and mapped by core as the single-machine engine does it; rejections come to the driver
 *       in reading order (rejections.csv, the report's first 1000, the counts by reason), so do the
 *       files' counts, columns and header notes; from them the driver makes the run's {@link RunPlan};</li>
 *   <li>rows are partitioned by birth date ({@link Routing}): every record of a person meets in one
 *       partition, with the judgments an enforcement case's source case number names; a first pass
 *       gathers each partition's near-miss candidates (records of persons without a judgment,
 *       unresolved records: few), which every partition then sees, as a single index would offer them;</li>
 *   <li>the streamed datasets (activities, business registrations) are read the same way and joined
 *       to the persons by the same key, sorted after them within each partition, and streamed past
 *       the watches: never collected to the driver;</li>
 *   <li>each partition's leads come to the driver, which merges, publishes (the installation's key
 *       stays on the driver) and sorts them, and reports through {@link RunPlan#result}.</li>
 * </ol>
 * It reads a folder of CSV exports ({@code --data}), the files {@link DatasetFiles} lists, the same
 * files in the same order as the CSV adapter's record source; the models are made on
 * every executor from their classes, so each needs a public no-argument constructor. The Spark
 * context is made per run from the master given (or taken from spark-submit's when there is one).
 */
public final class SparkEngine implements RunEngine {
    private final String master;
    private final Engine.Settings settings;
    private final DatasetFiles source;
    private final Decoding decoding;

    /**
     * An engine on the given Spark master ({@code local[2]}, {@code yarn}, …; null: spark-submit's or
     * {@code local[*]}) over the CSV exports in {@code folder}, each file in {@code charset} (null:
     * detected per file), with the settings' aliases, models, rejection sink, clock and lead-id key
     * (their source is not read: the folder is).
     */
    public SparkEngine(String master, Path folder, Charset charset, Engine.Settings settings) {
        this.master = master;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.decoding = new Decoding(Optional.ofNullable(charset));
        this.source = new DatasetFiles(folder, settings.aliases(), decoding);
        for (SupervisionModel m : settings.models()) {
            try {
                m.getClass().getConstructor();
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("the Spark engine makes each model on every executor from its class: "
                        + m.getClass().getName() + " has no public no-argument constructor");
            }
        }
    }

    /**
     * What {@code RunService.Builder.engine} takes: a Spark engine on {@code master} over
     * {@code folder} from the builder's settings. The command line loads this by name, so it needs Spark only when asked.
     */
    public static Function<Engine.Builder, RunEngine> factory(String master, Path folder, Charset charset) {
        return b -> new SparkEngine(master, folder, charset, b.settings());
    }

    @Override
    public List<String> modelNames() {
        return settings.models().stream().map(SupervisionModel::name).toList();
    }

    @Override
    public RunResult run(LocalDate asOf, Collection<String> modelNames, Parameters params) {
        List<SupervisionModel> selected = Engine.select(settings.models(), modelNames);
        SparkConf conf = new SparkConf().setAppName("xingzhi run " + asOf);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.driver.host", "localhost");
        conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        settings.rejections().started();
        try (JavaSparkContext jsc = new JavaSparkContext(conf)) {
            quiet(jsc);
            RunResult result = new Run(jsc, asOf, params, selected).execute();
            settings.rejections().finished();
            return result;
        } catch (RuntimeException | Error e) {
            settings.rejections().abandoned();
            if (e instanceof XingzhiException || e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new XingzhiException("the Spark run failed: " + e, e);
        }
    }

    /** Spark's own logging at warnings only, when Spark logs through Log4j (a program may bind SLF4J otherwise). */
    private static void quiet(JavaSparkContext jsc) {
        try {
            jsc.setLogLevel("WARN");
        } catch (RuntimeException | LinkageError e) {
            // logging is bound elsewhere (the command line binds SLF4J at warnings): nothing to set
        }
    }

    /** One run on one Spark context. */
    private final class Run {
        private final JavaSparkContext jsc;
        private final ModelContext ctx;
        private final List<SupervisionModel> selected;
        private final Instant started = settings.clock().instant();
        private final Set<Dataset> available = source.available();
        private final Map<Dataset, DatasetTally> tallies = new EnumMap<>(Dataset.class);
        private final List<Rejection> rejections = new ArrayList<>();
        private final List<SourceNote> notes = new ArrayList<>();
        private final HashMap<Integer, PartitionWork.FileMeta> files = new HashMap<>();
        private final FileReading reading;
        private int fileIndex;

        Run(JavaSparkContext jsc, LocalDate asOf, Parameters params, List<SupervisionModel> selected) {
            this.jsc = jsc;
            this.ctx = new ModelContext(asOf, params);
            this.selected = selected;
            this.reading = new FileReading(settings.aliases(), decoding);
        }

        RunResult execute() {
            notes.addAll(source.notes());
            ProgressListener progress = settings.progress();
            progress.phase(ProgressListener.Phase.READ, Optional.empty(), bytes(d -> !d.streamed()));
            JavaRDD<ReadItem> indexed = read(d -> !d.streamed());
            RunPlan plan = plan();
            Routing routing = routing(indexed);
            Set<Dataset> wanted = plan.streams();
            for (Dataset d : Dataset.values()) {
                if (d.streamed() && available.contains(d) && !wanted.contains(d)) {
                    tally(d).notRead();
                }
            }
            progress.phase(ProgressListener.Phase.STREAM, Optional.empty(), bytes(d -> d.streamed() && wanted.contains(d)));
            JavaRDD<ReadItem> streamed = read(d -> d.streamed() && wanted.contains(d));
            Broadcast<HashMap<Integer, PartitionWork.FileMeta>> meta = jsc.broadcast(files);
            PartitionWork work = new PartitionWork(selected.stream().map(m -> m.getClass().getName()).toList(),
                    selected.stream().map(SupervisionModel::name).toList(), ordinals(plan.usable()), columns(), rows(), ctx.asOf(),
                    ctx.parameters(), settings.aliases(), meta);

            JavaPairRDD<RowKey, ReadItem> keyedIndexed = indexed.filter(ReadItem::isRow)
                    .mapToPair(r -> new Tuple2<>(new RowKey(routing.partitionOf(r), 0, r.fileIndex, r.rowIndex), r));
            // the persons are linked, assessed and their activities streamed in the partitions, in one pass
            progress.phase(ProgressListener.Phase.INDEX, Optional.empty(), tallies.entrySet().stream()
                    .filter(e -> !e.getKey().streamed()).mapToLong(e -> e.getValue().rows()).sum());
            ArrayList<PartitionWork.Candidate> candidates = new ArrayList<>();
            if (!plan.missingFrom().isEmpty()) {
                candidates.addAll(keyedIndexed.repartitionAndSortWithinPartitions(routing)
                        .mapPartitions(work::candidates).collect());
            }
            Broadcast<ArrayList<PartitionWork.Candidate>> near = jsc.broadcast(candidates);
            // a streamed row without a birth key can match no person (neither by number nor by name + birth date)
            JavaPairRDD<RowKey, ReadItem> keyedStreamed = streamed.filter(r -> r.isRow() && r.birth != ReadItem.NO_BIRTH)
                    .mapToPair(r -> new Tuple2<>(new RowKey(routing.partitionOf(r), 1, r.fileIndex, r.rowIndex), r));
            List<PartitionWork.Result> results = keyedIndexed.union(keyedStreamed).repartitionAndSortWithinPartitions(routing)
                    .mapPartitions(it -> work.assess(it, near)).collect();
            indexed.unpersist();
            streamed.unpersist();
            return result(plan, results);
        }

        /**
         * Reads every file of the datasets chosen, one task per file, in reading order; brings the
         * files' summaries and the rejections to the driver in that order and counts them.
         */
        private JavaRDD<ReadItem> read(java.util.function.Predicate<Dataset> which) {
            List<FileTask> tasks = new ArrayList<>();
            for (Dataset d : Dataset.values()) {
                if (!available.contains(d) || !which.test(d)) {
                    continue;
                }
                tally(d);
                for (Path p : source.files(d)) {
                    tasks.add(new FileTask(d.ordinal(), fileIndex++, p.toUri().toString(), p.getFileName().toString()));
                }
            }
            if (tasks.isEmpty()) {
                return jsc.emptyRDD();
            }
            JavaRDD<ReadItem> items = jsc.parallelize(tasks, tasks.size()).mapPartitions(reading::read)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            List<ReadItem> summaries = new ArrayList<>(items.filter(i -> i.kind == ReadItem.Kind.SUMMARY).collect());
            summaries.sort(java.util.Comparator.comparingInt(i -> i.fileIndex));
            Map<Integer, FileTask> byIndex = new HashMap<>();
            tasks.forEach(t -> byIndex.put(t.fileIndex(), t));
            // as the single engine says them: a dataset's header notes, file by file, then its unread sentence texts
            List<SourceNote> unread = new ArrayList<>();
            Dataset last = null;
            for (ReadItem s : summaries) {
                Dataset d = Dataset.values()[s.dataset];
                if (d != last) {
                    notes.addAll(unread);
                    unread.clear();
                    last = d;
                }
                tally(d).accepted(s.accepted);
                tally(d).columns(Set.of(s.columns));
                files.put(s.fileIndex, new PartitionWork.FileMeta(s.dataset, byIndex.get(s.fileIndex).name(), s.headerSets));
                for (String[] n : s.notes) {
                    SourceNote note = new SourceNote(n[0], Optional.of(d), SourceNote.Kind.valueOf(n[1]), n[2], n[3]);
                    (note.kind() == SourceNote.Kind.TEXT_UNREAD ? unread : notes).add(note);
                }
            }
            notes.addAll(unread);
            // one partition per file, in reading order: the rejections arrive in the order the single engine meets them
            Iterator<ReadItem> rejected = items.filter(i -> i.kind == ReadItem.Kind.REJECTION).toLocalIterator();
            while (rejected.hasNext()) {
                ReadItem r = rejected.next();
                Rejection rejection = new Rejection(new SourceRef(Dataset.values()[r.dataset], r.source, r.line), r.reason);
                settings.rejections().rejected(rejection);
                if (tally(rejection.ref().dataset()).rejected(rejection)) {
                    rejections.add(rejection);
                }
            }
            return items;
        }

        private long bytes(java.util.function.Predicate<Dataset> which) {
            long n = 0;
            for (Dataset d : Dataset.values()) {
                if (available.contains(d) && which.test(d)) {
                    n += source.size(d);
                }
            }
            return n;
        }

        private DatasetTally tally(Dataset d) {
            return tallies.computeIfAbsent(d, DatasetTally::new);
        }

        private RunPlan plan() {
            return RunPlan.of(selected, available, tallies, RunPlan.unusable(available, source::describe, notes));
        }

        private HashMap<Integer, Set<String>> columns() {
            HashMap<Integer, Set<String>> m = new HashMap<>();
            tallies.forEach((d, t) -> m.put(d.ordinal(), new HashSet<>(t.columns())));
            return m;
        }

        private HashMap<Integer, Long> rows() {
            HashMap<Integer, Long> m = new HashMap<>();
            tallies.forEach((d, t) -> {
                if (!d.streamed()) {
                    m.put(d.ordinal(), t.rows());
                }
            });
            return m;
        }

        /**
         * The groups of birth keys an enforcement case may cross by its source case number: for each
         * case number that enforcement cases name, the birth keys of its judgments and of those cases
         * are joined (union-find on the driver over the few keys that cross); an enforcement case
         * without a birth key goes to its judgments' group.
         */
        private Routing routing(JavaRDD<ReadItem> indexed) {
            int judgments = Dataset.JUDGMENTS.ordinal();
            int enforcement = Dataset.ENFORCEMENT.ordinal();
            List<Tuple2<String, long[]>> crossing = indexed
                    .filter(r -> r.isRow() && r.caseNumber != null && (r.dataset == judgments || r.dataset == enforcement))
                    .mapToPair(r -> new Tuple2<>(r.caseNumber, new long[] {r.dataset == enforcement ? 1 : 0, r.birth}))
                    .groupByKey()
                    .flatMapValues(refs -> crossing(refs).iterator())
                    .collect();
            Map<Long, Long> parent = new HashMap<>();
            Map<String, Long> byCase = new HashMap<>();
            for (Tuple2<String, long[]> c : crossing) {
                long[] keys = c._2();
                // keys[0] = 1 when an enforcement case without a birth key names it; then the judgments' keys
                for (int i = 2; i < keys.length; i++) {
                    union(parent, keys[1], keys[i]);
                }
                if (keys[0] == 1) {
                    byCase.put(c._1(), keys[1]);
                }
            }
            Map<Long, Long> groups = new HashMap<>();
            for (Long k : parent.keySet()) {
                groups.put(k, find(parent, k));
            }
            Map<String, Long> caseGroups = new HashMap<>();
            byCase.forEach((c, k) -> caseGroups.put(c, find(parent, k)));
            int partitions = partitions(jsc.getConf(), jsc.defaultParallelism());
            return new Routing(partitions, groups, caseGroups);
        }

        private RunResult result(RunPlan plan, List<PartitionWork.Result> results) {
            Map<String, LeadKind> kinds = new HashMap<>();
            selected.forEach(m -> m.kinds().forEach(k -> kinds.put(k.qualifiedCode(), k)));
            Map<String, Lead> leads = new LinkedHashMap<>();
            List<UnmatchedRecord> unmatched = new ArrayList<>();
            IdentityStats identity = IdentityStats.empty();
            List<PartitionWork.PlacedSample> samples = new ArrayList<>();
            for (PartitionWork.Result r : results) {
                for (LeadMessage m : r.leads) {
                    PersonAssessment.merge(leads, m.lead(kinds));
                }
                for (String[] u : r.unmatched) {
                    unmatched.add(new UnmatchedRecord(new SourceRef(Dataset.valueOf(u[0]), u[1], Long.parseLong(u[2])), u[3]));
                }
                long[] s = r.identity;
                identity = identity.plus(new IdentityStats(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], List.of()));
                samples.addAll(r.samples);
            }
            // each partition kept its first samples in the single engine's order: the first of them all, in that order
            samples.sort(PartitionWork.PlacedSample.ORDER);
            List<String> shown = samples.stream().limit(IdentityResolver.MAX_SAMPLES_KEPT).map(PartitionWork.PlacedSample::text).toList();
            identity = new IdentityStats(identity.persons(), identity.linkedById(), identity.linkedByNameBirth(),
                    identity.linkedByCaseNumber(), identity.unresolved(), identity.invalidIdNumbers(), identity.sharedNumbers(),
                    identity.duplicateRecords(), identity.conflictingRecords(), shown);
            Map<Dataset, DatasetCounts> counts = new EnumMap<>(Dataset.class);
            for (Dataset d : Dataset.values()) {
                DatasetTally t = tallies.get(d);
                counts.put(d, t == null ? new DatasetCounts(d, false, List.of(), 0, 0, 0) : t.counts(source.describe(d)));
            }
            return plan.result(ctx, started, settings.clock().instant(), counts, rejections, identity,
                    leads.values().stream().map(l -> l.publishedUnder(settings.leadIdKey())).toList(), unmatched, notes);
        }
    }

    /** The Spark setting that says into how many partitions persons are routed ({@code --conf spark.xingzhi.partitions=400}). */
    static final String PARTITIONS = "spark.xingzhi.partitions";

    /**
     * How many partitions persons are routed into: {@value #PARTITIONS} when set (a key outside {@code spark.*}
     * reaches no SparkConf from {@code spark-submit --conf} or {@code -D}), else twice the default parallelism,
     * at least 2.
     */
    static int partitions(SparkConf conf, int defaultParallelism) {
        int n = conf.getInt(PARTITIONS, Math.max(2, defaultParallelism * 2));
        if (n < 1) {
            throw new IllegalArgumentException(PARTITIONS + " must be 1 or more, not " + n);
        }
        return n;
    }

    /**
     * For one case number's judgments (birth keys, tagged 0) and enforcement cases (tagged 1): the keys
     * that must meet, when an enforcement case could follow the number to a judgment in another
     * partition: {@code [noBirthCase, first, others…]}; nothing when none could.
     */
    static List<long[]> crossing(Iterable<long[]> refs) {
        Set<Long> judged = new java.util.TreeSet<>();
        Set<Long> naming = new java.util.TreeSet<>();
        boolean unkeyed = false;
        for (long[] r : refs) {
            if (r[0] == 0) {
                if (r[1] != ReadItem.NO_BIRTH) {
                    judged.add(r[1]);
                }
            } else if (r[1] == ReadItem.NO_BIRTH) {
                unkeyed = true;
            } else {
                naming.add(r[1]);
            }
        }
        if (judged.isEmpty() || (naming.isEmpty() && !unkeyed)) {
            return List.of();
        }
        Set<Long> all = new java.util.TreeSet<>(judged);
        all.addAll(naming);
        if (all.size() == 1 && !unkeyed) {
            return List.of(); // every judgment and every case naming it already meet
        }
        long[] keys = new long[all.size() + 1];
        keys[0] = unkeyed ? 1 : 0;
        int i = 1;
        for (long k : all) {
            keys[i++] = k;
        }
        return List.of(keys);
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    private static long find(Map<Long, Long> parent, long k) {
        parent.putIfAbsent(k, k);
        long r = k;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        parent.put(k, r);
        return r;
    }

    private static Set<Integer> ordinals(Set<Dataset> ds) {
        Set<Integer> s = new HashSet<>();
        ds.forEach(d -> s.add(d.ordinal()));
        return s;
    }
}
