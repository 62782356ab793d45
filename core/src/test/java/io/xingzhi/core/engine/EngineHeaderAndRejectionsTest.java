package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RejectionSink;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.run.RunReport;
import io.xingzhi.core.run.SourceNote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine checks each announced header once: a file whose header lacks a required field has every
 * row rejected with that one reason and a note saying so; each rejection reaches the rejection sink
 * as it happens, however many; the report counts them by kind of reason; every phase is announced.
 */
class EngineHeaderAndRejectionsTest {
    /** One custody file with this header and {@code rows} rows of three values. */
    record OneFile(List<String> header, int rows) implements RecordSource {
        @Override
        public Set<Dataset> available() {
            return Set.of(Dataset.CUSTODY);
        }

        @Override
        public List<String> describe(Dataset d) {
            return List.of("custody.csv");
        }

        @Override
        public void read(Dataset d, RowVisitor v) {
            v.header(new SourceRef(d, "custody.csv", 1), header);
            String[] h = header.toArray(String[]::new);
            for (int i = 0; i < rows; i++) {
                v.row(RawRow.of(new SourceRef(d, "custody.csv", i + 2), h, new String[] {"张" + i, "", "2024-13-0" + (i % 9 + 1)}, 3));
            }
        }

        @Override
        public List<SourceNote> notes() {
            return List.of(new SourceNote("readme.txt", Optional.empty(), SourceNote.Kind.NOT_DATA, "readme.txt：不是 .csv 文件", "not csv"));
        }
    }

    /** Keeps what it is told, in order. */
    static final class Kept implements RejectionSink {
        final List<String> calls = new ArrayList<>();
        final List<Rejection> rejected = new ArrayList<>();

        @Override
        public void rejected(Rejection r) {
            rejected.add(r);
        }

        @Override
        public void started() {
            calls.add("started");
        }

        @Override
        public void finished() {
            calls.add("finished");
        }
    }

    @Test
    void aHeaderRowThatCannotBeReadMakesItsSourceUnusableWithANote() {
        RecordSource source = new RecordSource() {
            @Override
            public Set<Dataset> available() {
                return Set.of(Dataset.CUSTODY);
            }

            @Override
            public List<String> describe(Dataset d) {
                return List.of("custody.csv");
            }

            @Override
            public void read(Dataset d, RowVisitor v) {
                // as the CSV reader does: it rejects the header line and every row itself
                v.headerUnreadable(new SourceRef(d, "custody.csv", 1), "undecodable bytes in UTF-8");
                v.rejected(new Rejection(new SourceRef(d, "custody.csv", 1), "header row unreadable: undecodable bytes in UTF-8"));
                v.rejected(new Rejection(new SourceRef(d, "custody.csv", 2), "the file's header row could not be read"));
            }
        };
        RunReport r = Engine.builder().source(source).build().run(LocalDate.of(2024, 10, 1)).report();

        assertThat(r.datasets().get(Dataset.CUSTODY).rejected()).isEqualTo(2);
        assertThat(r.someInputUnusable()).isTrue();
        assertThat(r.sourceNotes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(SourceNote.Kind.HEADER_UNUSABLE);
            assertThat(n.englishMessage()).isEqualTo("custody.csv (custody): the header row (line 1) cannot be read "
                    + "(undecodable bytes in UTF-8); every row of it is rejected");
        });
    }

    @Test
    void aHeaderWithoutARequiredFieldRejectsEveryRowOfItsFileWithOneReasonAndSaysSo() {
        Kept sink = new Kept();
        RunReport r = Engine.builder().source(new OneFile(List.of("姓名", "身份证号", "入所时间"), 1500)).rejections(sink).build()
                .run(LocalDate.of(2024, 10, 1)).report();

        assertThat(r.datasets().get(Dataset.CUSTODY).rejected()).isEqualTo(1500);
        assertThat(sink.rejected).hasSize(1500).allSatisfy(x -> assertThat(x.reason()).startsWith("表头缺少必需字段 admitted_on"));
        assertThat(sink.calls).containsExactly("started", "finished");
        assertThat(r.rejections()).as("the report keeps the first").hasSize(Engine.REJECTIONS_KEPT);
        assertThat(r.datasets().get(Dataset.CUSTODY).rejectedByReason()).hasSize(1).containsValue(1500L);
        assertThat(r.someInputUnusable()).isTrue();
        assertThat(r.sourceNotes()).extracting(SourceNote::kind).containsExactly(SourceNote.Kind.NOT_DATA, SourceNote.Kind.HEADER_UNUSABLE);
        assertThat(r.sourceNotes().get(1).message()).contains("custody.csv（custody）", "入所时间（是否为 入所日期 admitted_on？）");
    }

    @Test
    void rejectionsAreCountedByKindOfReasonWhateverValuesTheyQuote() {
        RunReport r = Engine.builder().source(new OneFile(List.of("姓名", "身份证号", "入所日期"), 27)).build()
                .run(LocalDate.of(2024, 10, 1)).report();

        Map<String, Long> byReason = r.datasets().get(Dataset.CUSTODY).rejectedByReason();
        assertThat(byReason).hasSize(1);
        assertThat(byReason.values()).containsExactly(27L);
        assertThat(byReason.keySet().iterator().next()).startsWith("admitted_on:").contains("\"…\"").doesNotContain("2024-13");
        assertThat(r.someInputUnusable()).isFalse();
    }

    @Test
    void everyPhaseOfARunIsAnnounced() {
        List<String> phases = new ArrayList<>();
        ProgressListener p = new ProgressListener() {
            @Override
            public void progress(Dataset dataset, long rows, long nanos) {
            }

            @Override
            public void phase(Phase phase, Optional<Dataset> dataset, long size) {
                phases.add(phase + dataset.map(d -> " " + d.fileStem()).orElse(""));
            }
        };
        Engine.builder().source(new OneFile(List.of("姓名", "身份证号", "入所日期"), 3)).progress(p, 1).build().run(LocalDate.of(2024, 10, 1));
        assertThat(phases).containsExactly("READ custody", "INDEX", "ASSESS");
    }
}
