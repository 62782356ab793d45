package io.xingzhi.adapter.spark;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.engine.GatedRowVisitor;
import io.xingzhi.core.engine.HeaderGate;
import io.xingzhi.core.identity.IdentityResolver;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.EnforcementCase;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.MappingResult;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.RecordMapper;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.run.SourceNote;
import io.xingzhi.core.value.CaseNumber;
import io.xingzhi.format.CsvRowReader;
import io.xingzhi.format.Decoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Reads one file in a Spark task exactly as the single-machine engine reads it: formats' {@link
 * CsvRowReader} splits and decodes, core's {@link HeaderGate} checks the header once, core's {@link
 * RecordMapper} maps each row. What comes out is plain data ({@link ReadItem}): accepted rows with
 * their birth key, rejections with file, line and reason, and the file's summary last. The file is
 * opened through Hadoop's file systems, so any path Spark reads (local, HDFS, object stores) works.
 */
final class FileReading implements Serializable {
    private static final long serialVersionUID = 1L;

    private final HeaderAliases aliases;
    /** The one charset every file is read in, or null: detected per file. */
    private final String charset;

    FileReading(HeaderAliases aliases, Decoding decoding) {
        this.aliases = aliases;
        this.charset = decoding.charset().map(java.nio.charset.Charset::name).orElse(null);
    }

    /** The items of the given files (a partition's), in file order, produced as they are consumed. */
    Iterator<ReadItem> read(Iterator<FileTask> tasks) {
        List<FileTask> files = new ArrayList<>();
        tasks.forEachRemaining(files::add);
        PushIterator<ReadItem> items = new PushIterator<>(out -> {
            for (FileTask t : files) {
                readFile(t, out);
            }
        });
        org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) c -> items.abandon());
        }
        return items;
    }

    private void readFile(FileTask t, Consumer<ReadItem> out) {
        Dataset dataset = Dataset.values()[t.dataset()];
        RecordMapper mapper = new RecordMapper(aliases);
        HeaderGate gate = new HeaderGate(mapper, dataset);
        List<String[]> headerSets = new ArrayList<>();
        long[] accepted = {0};
        List<Judgment> unread = new ArrayList<>();
        long[] rows = {0};
        RowVisitor visitor = new GatedRowVisitor(gate) {
            @Override
            protected void accepted(RawRow row) {
                MappingResult m = mapper.map(row);
                if (m instanceof MappingResult.Rejected r) {
                    out.accept(rejection(t, r.rejection()));
                    return;
                }
                AgencyRecord rec = ((MappingResult.Accepted) m).record();
                accepted[0]++;
                if (rec instanceof Judgment j && j.sentenceTextProblem().isPresent()) {
                    unread.add(j); // as the single engine notes them (UnreadSentenceTexts): few, kept
                }
                int n = row.fields().size();
                String[] headers = new String[n];
                String[] values = new String[n];
                int i = 0;
                for (Map.Entry<String, String> e : row.fields().entrySet()) {
                    headers[i] = e.getKey();
                    values[i++] = e.getValue();
                }
                int set = headerSets.size() - 1;
                if (set < 0 || !Arrays.equals(headerSets.get(set), headers)) {
                    set = indexOf(headerSets, headers);
                }
                long birth = IdentityResolver.birthKey(rec.identity()).map(LocalDate::toEpochDay).orElse(ReadItem.NO_BIRTH);
                String caseNumber = caseNumber(rec);
                // a row without a birth key joins nobody by its identity, but resolution merges such a row given twice
                // (the same identity and values): alike rows must meet in one partition
                int alike = birth != ReadItem.NO_BIRTH ? 0 : 31 * rec.identity().hashCode() + java.util.Objects.hashCode(caseNumber);
                out.accept(ReadItem.row(t.dataset(), t.fileIndex(), set, row.ref().line(), rows[0]++, values, birth, caseNumber,
                        alike));
            }

            @Override
            public void rejected(Rejection rejection) {
                out.accept(rejection(t, rejection));
            }
        };
        CsvRowReader reader = new CsvRowReader(new Decoding(Optional.ofNullable(charset).map(java.nio.charset.Charset::forName)));
        Path path = new Path(java.net.URI.create(t.uri()));
        try (InputStream in = path.getFileSystem(new Configuration()).open(path)) {
            reader.read(dataset, t.name(), in, visitor);
        } catch (IOException e) {
            throw new XingzhiException("cannot read " + t.name() + ": " + e.getMessage(), e);
        }
        List<String[]> notes = new ArrayList<>();
        List<SourceNote> all = new ArrayList<>(gate.notes());
        all.addAll(io.xingzhi.core.engine.UnreadSentenceTexts.notes(unread));
        for (SourceNote n : all) {
            notes.add(new String[] {n.source(), n.kind().name(), n.message(), n.englishMessage()});
        }
        out.accept(ReadItem.summary(t.dataset(), t.fileIndex(), accepted[0], gate.columns().toArray(new String[0]), headerSets,
                notes));
    }

    private static int indexOf(List<String[]> sets, String[] headers) {
        for (int i = 0; i < sets.size(); i++) {
            if (Arrays.equals(sets.get(i), headers)) {
                return i;
            }
        }
        sets.add(headers);
        return sets.size() - 1;
    }

    private static ReadItem rejection(FileTask t, Rejection r) {
        return ReadItem.rejection(t.dataset(), t.fileIndex(), r.ref().source(), r.ref().line(), r.reason());
    }

    /** The case number a record may be routed by: a judgment's own, an enforcement case's source case. */
    private static String caseNumber(AgencyRecord rec) {
        if (rec instanceof Judgment j) {
            return j.caseNumber().map(CaseNumber::value).orElse(null);
        }
        if (rec instanceof EnforcementCase e) {
            return e.sourceCaseNumber().map(CaseNumber::value).orElse(null);
        }
        return null;
    }
}
