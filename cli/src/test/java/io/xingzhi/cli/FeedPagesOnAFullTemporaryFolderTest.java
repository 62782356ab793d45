package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed's pages are kept in the temporary folder ({@code java.io.tmpdir}) while they are read: when it
 * cannot hold them (on a full tmpfs: "gave up after 4 attempts; last: IOException: No space left on
 * device", exit 2, as if the feed were at fault, after three waits) the run stops at once with exit 1,
 * naming the temporary folder and how to give another. Here the temporary folder is a file, which fails
 * the same way without a disk to fill (the CLI runs in a JVM of its own, since java.io.tmpdir is read once).
 */
class FeedPagesOnAFullTemporaryFolderTest {
    @TempDir
    Path dir;

    @Test
    void aTemporaryFolderThatCannotHoldAPageStopsTheRunSayingSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("feeds"));
        Files.writeString(folder.resolve("judgments.csv"), "案号,姓名,生效日期,主刑\n(2024)辽0682刑初1号,张三,2024-01-05,有期徒刑\n",
                StandardCharsets.UTF_8);
        Path notAFolder = Files.writeString(dir.resolve("tmp-is-a-file"), "x");
        try (FolderFeedServer feeds = new FolderFeedServer(folder)) {
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"datasets\": {\"judgments\": {\"url\": \"" + feeds.url("judgments.csv") + "\"}}}");
            Path log = dir.resolve("printed.txt");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.home=" + dir.resolve("home"),
                    "-Djava.io.tmpdir=" + notAFolder, "-cp", System.getProperty("java.class.path"), XingzhiCli.class.getName(),
                    "run", "--sources", sources.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out").toString(),
                    "--quiet", "--lead-id-key", dir.resolve("key").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = p.waitFor(5, TimeUnit.MINUTES); // a hang guard, not a timing assertion
            if (!ended) {
                p.destroyForcibly();
            }
            String printed = Files.readString(log, StandardCharsets.UTF_8);

            assertThat(ended).isTrue();
            assertThat(p.exitValue()).as(printed).isEqualTo(XingzhiCli.FAILED);
            assertThat(printed).contains("java.io.tmpdir", CliRun.shown(notAFolder), "XINGZHI_JAVA_OPTS=-Djava.io.tmpdir=")
                    .doesNotContain("gave up after");
        }
    }
}
