package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run given too small a heap (as {@code XINGZHI_JAVA_OPTS=-Xmx64m} gives it on a county of 50,000
 * persons) ends with exit code 1 and one sentence saying that memory ran out and how to give more,
 * not a Java stack trace, and leaves no outputs looking complete. The command line runs in a JVM of
 * its own with a 40 MB heap, on a generated county of 40,000 persons.
 */
class RunOutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aRunThatRunsOutOfMemorySaysSoAndHowToGiveMore() throws Exception {
        Path data = dir.resolve("data");
        assertThat(CliRun.of("generate", "--out", data.toString(), "--persons", "40000", "--activities", "20000", "--seed", "5").code()).isZero();
        Path out = dir.resolve("out");
        Path log = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx40m",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.home=" + dir.resolve("home"),
                "-cp", System.getProperty("java.class.path"), XingzhiCli.class.getName(),
                "run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", out.toString(), "--quiet",
                "--lead-id-key", dir.resolve("key").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a hang guard, not a timing assertion: a run that waits forever fails the test instead of the build
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as("the run ended").isTrue();
        assertThat(p.exitValue()).as(printed).isEqualTo(XingzhiCli.FAILED);
        assertThat(printed).contains("内存不足", "XINGZHI_JAVA_OPTS=-Xmx");
        assertThat(List.of("leads.jsonl", "leads.csv", "report.md")).noneMatch(f -> Files.exists(out.resolve(f)));
        if (Files.isDirectory(out)) {
            try (var left = Files.list(out)) {
                assertThat(left.map(f -> f.getFileName().toString())).as("part files left").noneMatch(f -> f.endsWith(".tmp"));
            }
        }
    }

    @Test
    void theMessageNamesTheHeapAndSuggestsMoreThanIt() {
        assertThat(XingzhiCli.outOfMemory(64L << 20)).contains("64 MB", "XINGZHI_JAVA_OPTS=-Xmx2g");
        assertThat(XingzhiCli.outOfMemory(2048L << 20)).contains("2048 MB", "XINGZHI_JAVA_OPTS=-Xmx8g");
    }
}
