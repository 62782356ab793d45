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
 * A run that cannot write its leads files (a disk that fills up while they are written) fails with a
 * message naming the file and why, exit code 1, and leaves no earlier run's leads beside its own
 * report: on a 2 MB tmpfs holding a complete run of the county fixture (58 leads), a run of 657 leads
 * once left the new report.md ("657 leads") beside the earlier leads.jsonl of 58. A disk cannot be
 * filled inside a test, so the child JVM runs under a file-size limit ({@code ulimit -f}: writing past
 * it fails with "File too large", as writing past a full disk fails with "No space left on device"):
 * the leads files are larger than the limit, the report and the rejections are not.
 */
class RunOutputsOnAFullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aRunThatCannotWriteItsLeadsLeavesNoEarlierLeadsBesideItsReport() throws Exception {
        Path key = dir.resolve("key");
        Path data = dir.resolve("data");
        assertThat(CliRun.of("generate", "--out", data.toString(), "--persons", "5000", "--seed", "7").code()).isZero();
        Path out = dir.resolve("out");
        Path county = io.xingzhi.testkit.Fixtures.copy(io.xingzhi.testkit.Fixtures.COUNTY, dir.resolve("county"));
        Files.deleteIfExists(county.resolve("expected.jsonl"));
        CliRun first = CliRun.of("run", "--data", county.toString(), "--as-of", "2024-10-01",
                "--out", out.toString(), "--quiet", "--lead-id-key", key.toString());
        assertThat(first.code()).as(first.all()).isZero();
        String earlierReport = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);

        Path log = dir.resolve("printed.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // 200 blocks of 1 KiB: leads.jsonl and leads.csv of 5,000 persons' leads are larger, report.md is not
        Process p = new ProcessBuilder("bash", "-c", "ulimit -f 200 && exec \"$0\" \"$@\"", java, "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.home=" + dir.resolve("home"),
                "-cp", System.getProperty("java.class.path"), XingzhiCli.class.getName(),
                "run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", out.toString(), "--quiet",
                "--lead-id-key", key.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES); // a hang guard, not a timing assertion
        if (!ended) {
            p.destroyForcibly();
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).isTrue();
        assertThat(p.exitValue()).as(printed).isEqualTo(XingzhiCli.FAILED);
        assertThat(printed).contains("无法写入 " + CliRun.shown(out.resolve("leads.jsonl"))).contains("请腾出磁盘空间");
        assertThat(Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8)).as("this run's report")
                .isNotEqualTo(earlierReport);
        assertThat(List.of("leads.jsonl", "leads.csv")).as("no earlier run's leads beside this run's report")
                .noneMatch(f -> Files.exists(out.resolve(f)));
        try (var left = Files.list(out)) {
            assertThat(left.map(f -> f.getFileName().toString())).as("part files").noneMatch(f -> f.endsWith(".tmp"));
        }
    }
}
