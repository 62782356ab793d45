package io.xingzhi.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.run.RunResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedder keeps one engine and runs it from the threads of a web application or a scheduler:
 * runs of one engine at the same time (each reading the one CSV source) give the leads, counts and
 * rejections a run alone gives, as Engine's Javadoc promises.
 */
class OneEngineFromSeveralThreadsTest {
    @TempDir
    Path dir;

    @Test
    void runsOfOneEngineAtTheSameTimeEachGiveTheResultOfARunAlone() throws Exception {
        LocalDate asOf = DemoData.copyTo(dir);
        Engine engine = Engine.builder().source(new CsvRecordSource(dir)).build();
        RunResult alone = engine.run(asOf);

        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<RunResult>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(threads.submit(() -> engine.run(asOf)));
            }
            for (Future<RunResult> run : runs) {
                RunResult r = run.get();
                assertThat(r.leads()).isEqualTo(alone.leads());
                assertThat(r.report().datasets()).isEqualTo(alone.report().datasets());
                assertThat(r.report().rejections()).isEqualTo(alone.report().rejections());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
