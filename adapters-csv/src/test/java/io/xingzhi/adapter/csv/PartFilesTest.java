package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output is written to a part file beside it, then moved over it. A writer killed with SIGKILL
 * ({@link Process#destroyForcibly()}) half way leaves its part file, personal data in it; the next
 * write of that output removes it, and never a part file a running process is still writing.
 */
class PartFilesTest {
    /** A hang guard, not a timing assertion. */
    private static final long PATIENCE_MILLIS = 120_000;

    @TempDir
    Path dir;

    @Test
    void aPartFileAKilledWriterLeftIsRemovedByTheNextWriteButNotWhileItsWriterRuns() throws Exception {
        Path target = dir.resolve("leads.jsonl");
        Path said = dir.resolve("writer.out");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                HalfWrittenOutput.class.getName(), target.toString())
                .redirectErrorStream(true).redirectOutput(said.toFile()).start();
        List<Path> parts;
        try {
            long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
            while (!Files.readString(said).contains("writing")) {
                assertThat(writer.isAlive()).as("the writer still works: %s", Files.readString(said)).isTrue();
                assertThat(System.currentTimeMillis()).as("the writer got that far").isLessThan(deadline);
                Thread.sleep(50);
            }
            parts = partFiles();
            assertThat(parts).as("one part file, named after its writer").singleElement().asString()
                    .contains("/.leads.jsonl." + writer.pid() + ".");

            PartFiles.removeAbandoned(dir, target);
            assertThat(partFiles()).as("a running writer's part file is left alone").isEqualTo(parts);
        } finally {
            writer.destroyForcibly().waitFor(); // SIGKILL on Linux: no finally runs in the writer
        }
        assertThat(partFiles()).as("the killed writer left its part file").isEqualTo(parts);
        assertThat(target).doesNotExist();

        AtomicFile.write(target, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(partFiles()).as("removed by the next write of the same output").isEmpty();
        assertThat(target).hasContent("{}");
    }

    @Test
    void theRejectionsWriterRemovesAKilledRunsPartFileToo() throws Exception {
        Path target = dir.resolve("rejections.csv");
        Process ended = new ProcessBuilder("true").start(); // a process that has ended: its number names the files below
        ended.waitFor();
        Path left = Files.writeString(dir.resolve(".rejections.csv." + ended.pid() + ".123456789.tmp"), "half a file");
        Path other = Files.writeString(dir.resolve(".leads.csv." + ended.pid() + ".1.tmp"), "another output's");
        Path notOurs = Files.writeString(dir.resolve(".rejections.csv.notes.tmp"), "not a part file");

        CsvRejectionWriter w = new CsvRejectionWriter(target);
        w.started();
        w.rejected(new Rejection(new SourceRef(Dataset.CUSTODY, "custody.csv", 2), "bad date"));
        w.finished();

        assertThat(left).as("the ended process's part file").doesNotExist();
        assertThat(other).as("another output's part files wait for that output").exists();
        assertThat(notOurs).as("a name that is not a part file's").exists();
        assertThat(partFiles()).containsExactly(other, notOurs);
        assertThat(Files.readString(target)).contains("custody.csv").contains("bad date");
    }

    @Test
    void onlyAPartFilesNameGivesAWriter() {
        assertThat(PartFiles.writer(".leads.jsonl.4242.987.tmp", ".leads.jsonl.")).isEqualTo(4242);
        assertThat(PartFiles.writer(".leads.jsonl.4242.tmp", ".leads.jsonl.")).isEqualTo(-1);
        assertThat(PartFiles.writer(".leads.jsonl.x42.987.tmp", ".leads.jsonl.")).isEqualTo(-1);
        assertThat(PartFiles.writer(".leads.jsonl.42.98x.tmp", ".leads.jsonl.")).isEqualTo(-1);
        assertThat(PartFiles.writer(".leads.jsonl.42.987.txt", ".leads.jsonl.")).isEqualTo(-1);
        assertThat(PartFiles.writer(".leads.csv.42.987.tmp", ".leads.jsonl.")).isEqualTo(-1);
        assertThat(PartFiles.writer(".leads.jsonl.1234567890123456789.1.tmp", ".leads.jsonl.")).isEqualTo(-1);
    }

    private List<Path> partFiles() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).sorted().toList();
        }
    }
}
