package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --engine}: single by default; spark needs Apache Spark and the Spark adapter on the class
 * path, which this module's tests do not have - exactly the situation of {@code java -jar xingzhi-cli.jar}
 * - so the run stops with a message that says how to get them, before anything is read or written. An
 * unknown engine, a Spark master without the Spark engine and the Spark engine without a folder are
 * usage errors. (The Spark engine itself is tested in adapters-spark, against this engine.)
 */
class RunEngineOptionTest {
    @TempDir
    Path dir;
    Path data;
    Path out;

    @BeforeEach
    void county() throws Exception {
        data = Fixtures.copy(Fixtures.COUNTY, dir.resolve("data"));
        out = dir.resolve("out");
    }

    private CliRun run(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out",
                out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theSparkEngineWithoutSparkOnTheClassPathSaysHowToGetItAndWritesNothing() {
        CliRun r = run("--engine", "spark", "--spark-master", "local[2]");

        assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(r.err()).contains("--engine spark", "Apache Spark", "bin/xingzhi run --engine spark", "spark-submit")
                .doesNotContain("Exception");
        assertThat(Files.exists(out.resolve("leads.jsonl"))).isFalse();
    }

    @Test
    void quietWithTheSparkEngineSilencesTheWarningsSparkLogsAtStartButLeavesAnOwnSettingAlone() {
        String level = "org.slf4j.simpleLogger.defaultLogLevel";
        try {
            System.clearProperty(level);
            run("--engine", "spark", "--spark-master", "local[2]", "--quiet");
            assertThat(System.getProperty(level)).as("set before Spark's first logger is made").isEqualTo("error");

            System.setProperty(level, "info");
            run("--engine", "spark", "--spark-master", "local[2]", "--quiet");
            assertThat(System.getProperty(level)).isEqualTo("info");

            System.clearProperty(level);
            run("--engine", "spark", "--spark-master", "local[2]");
            assertThat(System.getProperty(level)).as("without --quiet Spark's warnings are shown").isNull();
        } finally {
            System.clearProperty(level);
        }
    }

    @Test
    void anUnknownEngineIsAUsageErrorNamingTheKnownOnes() {
        CliRun r = run("--engine", "flink");

        assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(r.err()).contains("flink", "single", "spark");
    }

    @Test
    void aSparkMasterWithoutTheSparkEngineIsAUsageError() {
        CliRun r = run("--spark-master", "local[2]");

        assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(r.err()).contains("--spark-master");
    }

    @Test
    void theSparkEngineReadsAFolderNotASourcesFile() throws Exception {
        Path sources = Files.writeString(dir.resolve("sources.json"), "{}");
        CliRun r = CliRun.of("run", "--sources", sources.toString(), "--as-of", "2024-10-01", "--out", out.toString(),
                "--engine", "spark");

        assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(r.err()).contains("--engine spark", "--data");
    }

    @Test
    void theSingleEngineIsTheDefaultAndCanBeNamed() throws Exception {
        CliRun named = run("--engine", "single", "--quiet");
        List<String> leads = Files.readAllLines(out.resolve("leads.jsonl"));

        assertThat(named.code()).as(named.all()).isIn(XingzhiCli.OK, XingzhiCli.INPUT_PARTLY_UNUSABLE);
        assertThat(leads).isNotEmpty();
    }
}
