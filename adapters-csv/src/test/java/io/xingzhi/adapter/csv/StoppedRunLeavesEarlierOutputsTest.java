package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped after its rows were read and before its outputs were written (Ctrl-C or SIGTERM while
 * the leads are written: the command line's shutdown hook then calls
 * {@link CsvRunOutput#discardUnfinished()}) leaves the folder's earlier outputs as they were: the
 * streamed {@code rejections.csv} is moved into place with the leads, not when the rows are read (a
 * SIGTERM while the leads were written once left a new rejections.csv and report.md beside the
 * earlier run's leads), and no part file of this process is left beside them.
 */
class StoppedRunLeavesEarlierOutputsTest {
    @TempDir
    Path dir;

    @Test
    void aRunStoppedBeforeItsOutputsAreWrittenLeavesTheEarlierFilesAsTheyWere() throws IOException {
        new CsvRunOutput(dir).accept(LeadFixtures.result());
        List<String> names = List.of("leads.jsonl", "leads.csv", "report.md", "rejections.csv");
        List<byte[]> earlier = new java.util.ArrayList<>();
        for (String n : names) {
            earlier.add(Files.readAllBytes(dir.resolve(n)));
        }

        CsvRunOutput stopped = new CsvRunOutput(dir);
        CsvRejectionWriter sink = stopped.rejections();
        sink.started();
        sink.rejected(new Rejection(new SourceRef(Dataset.CUSTODY, "custody.csv", 2), "admitted_on: not a date"));
        sink.finished();
        // the run is stopped here, before its outputs are written
        stopped.discardUnfinished();

        for (int i = 0; i < names.size(); i++) {
            assertThat(dir.resolve(names.get(i))).as(names.get(i)).hasBinaryContent(earlier.get(i));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void outputsFinishedAfterTheStopMoveNothingAndRemoveNothing() throws IOException {
        // the shutdown hook runs while the leads are still being written; their writing then ends: the
        // part files it removed must not read as failures that take the earlier run's files away
        new CsvRunOutput(dir).accept(LeadFixtures.result());
        List<String> names = List.of("leads.jsonl", "leads.csv", "report.md", "rejections.csv");
        List<byte[]> earlier = new java.util.ArrayList<>();
        for (String n : names) {
            earlier.add(Files.readAllBytes(dir.resolve(n)));
        }
        CsvRunOutput stopped = new CsvRunOutput(dir);
        stopped.rejections().started();
        stopped.rejections().finished();
        stopped.discardUnfinished();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stopped.accept(LeadFixtures.result()))
                .hasMessageContaining("stopped");

        for (int i = 0; i < names.size(); i++) {
            assertThat(dir.resolve(names.get(i))).as(names.get(i)).hasBinaryContent(earlier.get(i));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(names);
        }
        assertThat(stopped.written()).isFalse();
    }

    @Test
    void theStreamedRejectionsArriveWithTheLeads() throws IOException {
        CsvRunOutput output = new CsvRunOutput(dir);
        CsvRejectionWriter sink = output.rejections();
        sink.started();
        sink.rejected(new Rejection(new SourceRef(Dataset.CUSTODY, "custody.csv", 2), "admitted_on: not a date"));
        sink.finished();
        assertThat(dir.resolve("rejections.csv")).doesNotExist();

        output.accept(LeadFixtures.result());

        assertThat(Files.readAllLines(dir.resolve("rejections.csv"))).hasSize(2);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
