package io.xingzhi.adapter.spark;

import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.engine.PersonAssessment;
import io.xingzhi.core.engine.RunPlan;
import io.xingzhi.core.identity.IdentityResolver;
import io.xingzhi.core.identity.IdentityStats;
import io.xingzhi.core.identity.NearMissIndex;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.record.MappingResult;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.RecordMapper;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.record.UnmatchedRecord;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.Parameters;
import io.xingzhi.core.supervision.SupervisionModel;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * What a partition does, on an executor: its rows mapped again into records (the same mapping the
 * reading task did), its persons resolved, assessed by the models and their watched records streamed
 * past them - all through core ({@link IdentityResolver}, {@link PersonAssessment}), none of it
 * rewritten here. The run's plan is made again on the executor from what the driver learnt while
 * reading (which datasets, columns and rows there were), so it decides as the driver does.
 */
final class PartitionWork implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The near-miss index last built on this executor, and the run and broadcast it was built from. */
    private static String nearMissesOf;
    private static NearMissIndex nearMisses;

    /** A file's dataset, name and header arrays. */
    record FileMeta(int dataset, String name, List<String[]> headerSets) implements Serializable {
    }

    /** A record that may be offered as a near miss: its row and its person's key (null: none). */
    record Candidate(ReadItem row, String owner) implements Serializable {
    }

    /** What one partition found. */
    static final class Result implements Serializable {
        private static final long serialVersionUID = 1L;
        final ArrayList<LeadMessage> leads = new ArrayList<>();
        final ArrayList<String[]> unmatched = new ArrayList<>();
        long[] identity = new long[9];
        /** The partition's first identity samples, each placed among every partition's by its row. */
        ArrayList<PlacedSample> samples = new ArrayList<>();
    }

    /**
     * An identity sample and the place it is shown in among all partitions' ({@link IdentityResolver.Sample}):
     * its kind, then its record's file and row, which is the single-machine engine's order of the records.
     */
    record PlacedSample(int kind, int fileIndex, long rowIndex, String text) implements Serializable {
        static final java.util.Comparator<PlacedSample> ORDER = java.util.Comparator.comparingInt(PlacedSample::kind)
                .thenComparingInt(PlacedSample::fileIndex).thenComparingLong(PlacedSample::rowIndex);
    }

    private final List<String> modelClasses;
    private final List<String> selected;
    private final Set<Integer> available;
    private final HashMap<Integer, Set<String>> columns;
    private final HashMap<Integer, Long> rows;
    private final LocalDate asOf;
    private final ParametersMessage parameters;
    private final HeaderAliases aliases;
    private final Broadcast<HashMap<Integer, FileMeta>> files;
    /** Tells this run's broadcasts from another run's in the same executor (broadcast ids restart per context). */
    private final String run = java.util.UUID.randomUUID().toString();

    PartitionWork(List<String> modelClasses, List<String> selected, Set<Integer> available, HashMap<Integer, Set<String>> columns,
                  HashMap<Integer, Long> rows, LocalDate asOf, Parameters parameters, HeaderAliases aliases,
                  Broadcast<HashMap<Integer, FileMeta>> files) {
        this.modelClasses = List.copyOf(modelClasses);
        this.selected = List.copyOf(selected);
        this.available = Set.copyOf(available);
        this.columns = columns;
        this.rows = rows;
        this.asOf = asOf;
        this.parameters = new ParametersMessage(parameters);
        this.aliases = aliases;
        this.files = files;
    }

    /** The models, made from their classes (each has a public no-argument constructor). */
    static List<SupervisionModel> models(List<String> classes) {
        List<SupervisionModel> models = new ArrayList<>(classes.size());
        for (String c : classes) {
            try {
                models.add((SupervisionModel) Class.forName(c).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make model " + c + " on this executor: " + e, e);
            }
        }
        return models;
    }

    RunPlan plan() {
        Set<Dataset> av = EnumSet.noneOf(Dataset.class);
        available.forEach(i -> av.add(Dataset.values()[i]));
        Map<Dataset, Set<String>> cols = new HashMap<>();
        columns.forEach((i, c) -> cols.put(Dataset.values()[i], c));
        Map<Dataset, Long> rs = new HashMap<>();
        rows.forEach((i, n) -> rs.put(Dataset.values()[i], n));
        return RunPlan.of(Engine.select(models(modelClasses), selected), av, cols, rs);
    }

    /** A row as a record again: the same raw row, mapped by the same mapper. */
    AgencyRecord record(RecordMapper mapper, ReadItem row) {
        FileMeta f = files.value().get(row.fileIndex);
        String[] headers = f.headerSets().get(row.headerSet);
        RawRow raw = RawRow.of(new SourceRef(Dataset.values()[f.dataset()], f.name(), row.line), headers, row.values,
                row.values.length);
        MappingResult m = mapper.map(raw);
        if (m instanceof MappingResult.Accepted a) {
            return a.record();
        }
        throw new IllegalStateException("a row accepted when read was rejected when mapped again: " + raw.ref());
    }

    /** The index of every partition's near-miss candidates, built once per executor and run. */
    private NearMissIndex nearMisses(RecordMapper mapper, RunPlan plan, Broadcast<ArrayList<Candidate>> candidates) {
        String key = run + "/" + candidates.id();
        synchronized (PartitionWork.class) {
            if (!key.equals(nearMissesOf)) {
                List<NearMissIndex.Candidate> cs = new ArrayList<>();
                for (Candidate c : candidates.value()) {
                    cs.add(new NearMissIndex.Candidate(record(mapper, c.row()), c.owner()));
                }
                nearMisses = NearMissIndex.of(cs, plan.missingFrom());
                nearMissesOf = key;
            }
            return nearMisses;
        }
    }

    /** Pass one: the partition's persons resolved, and the records they offer as near misses. */
    Iterator<Candidate> candidates(Iterator<Tuple2<RowKey, ReadItem>> sorted) {
        RecordMapper mapper = new RecordMapper(aliases);
        Map<AgencyRecord, ReadItem> rowOf = new IdentityHashMap<>();
        List<AgencyRecord> records = new ArrayList<>();
        while (sorted.hasNext()) {
            ReadItem row = sorted.next()._2();
            AgencyRecord r = record(mapper, row);
            rowOf.put(r, row);
            records.add(r);
        }
        IdentityResolver.Resolution res = IdentityResolver.resolve(records);
        List<Candidate> out = new ArrayList<>();
        for (NearMissIndex.Candidate c : NearMissIndex.candidates(res.persons(), res.unresolved(), plan().missingFrom())) {
            out.add(new Candidate(rowOf.get(c.record()), c.owner()));
        }
        return out.iterator();
    }

    /**
     * Pass two: the partition's indexed rows (first, in reading order) resolved into persons and
     * assessed, then its streamed rows handed to the watches as they come.
     */
    Iterator<Result> assess(Iterator<Tuple2<RowKey, ReadItem>> sorted, Broadcast<ArrayList<Candidate>> candidates) {
        RecordMapper mapper = new RecordMapper(aliases);
        RunPlan plan = plan();
        List<AgencyRecord> records = new ArrayList<>();
        List<RowKey> keys = new ArrayList<>();
        ReadItem firstStreamed = null;
        while (sorted.hasNext()) {
            Tuple2<RowKey, ReadItem> t = sorted.next();
            if (t._1().streamed() == 1) {
                firstStreamed = t._2();
                break;
            }
            records.add(record(mapper, t._2()));
            keys.add(t._1());
        }
        IdentityResolver.Resolution res = IdentityResolver.resolve(records);
        NearMissIndex near = nearMisses(mapper, plan, candidates);
        PersonAssessment assessment = new PersonAssessment(plan, new ModelContext(asOf, parameters.parameters()), near);
        assessment.assess(res.persons());
        if (firstStreamed != null && assessment.watching()) {
            assessment.stream(record(mapper, firstStreamed), res.index());
            while (sorted.hasNext()) {
                assessment.stream(record(mapper, sorted.next()._2()), res.index());
            }
        }
        Result out = new Result();
        for (Lead l : assessment.leads()) {
            out.leads.add(LeadMessage.of(l));
        }
        for (UnmatchedRecord u : assessment.unmatched()) {
            out.unmatched.add(new String[] {u.ref().dataset().name(), u.ref().source(), Long.toString(u.ref().line()), u.reason()});
        }
        IdentityStats s = res.stats();
        out.identity = new long[] {s.persons(), s.linkedById(), s.linkedByNameBirth(), s.linkedByCaseNumber(), s.unresolved(),
            s.invalidIdNumbers(), s.sharedNumbers(), s.duplicateRecords(), s.conflictingRecords()};
        for (IdentityResolver.Sample x : res.samples()) {
            RowKey k = keys.get(x.record());
            out.samples.add(new PlacedSample(x.kind(), k.fileIndex(), k.rowIndex(), x.text()));
        }
        return List.of(out).iterator();
    }
}
