package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.run.SourceNote;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A dataset is read on a reader thread of its own (the engine's pipeline): when that thread dies of
 * an {@link Error} - an {@link OutOfMemoryError} while a long line is decoded under a small heap, as
 * {@code XINGZHI_JAVA_OPTS=-Xmx88m} on a generated county of 50,000 persons did - the run ends with
 * that error, so the command line can say that memory ran out; it never waits for rows that will not
 * come. (The timeout only turns the hang this pins into a failure instead of a build that never ends.)
 */
class EngineReaderThreadErrorTest {
    /** Custody rows, then the error, thrown on the reader thread. */
    record DiesWhileReading(Error error) implements RecordSource {
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
            List<String> header = List.of("姓名", "身份证号", "入所日期");
            v.header(new SourceRef(d, "custody.csv", 1), header);
            String[] h = header.toArray(String[]::new);
            for (int i = 0; i < 5000; i++) {
                v.row(RawRow.of(new SourceRef(d, "custody.csv", i + 2), h, new String[] {"张" + i, "", "2024-01-01"}, 3));
            }
            throw error;
        }

        @Override
        public List<SourceNote> notes() {
            return List.of();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anOutOfMemoryErrorOnTheReaderThreadEndsTheRunWithIt() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space (thrown by the test's source)");
        Engine engine = Engine.builder().source(new DiesWhileReading(oom)).build();

        assertThatThrownBy(() -> engine.run(LocalDate.of(2024, 10, 1))).isSameAs(oom);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aStackOverflowOnTheReaderThreadEndsTheRunWithIt() {
        StackOverflowError deep = new StackOverflowError("thrown by the test's source");
        Engine engine = Engine.builder().source(new DiesWhileReading(deep)).build();

        assertThatThrownBy(() -> engine.run(LocalDate.of(2024, 10, 1))).isSameAs(deep);
    }
}
