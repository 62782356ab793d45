package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * generate → run: the engine finds exactly the generator's planted leads - every kind of LAW.md, the
 * seed's fourteen and the six from practice - for several seeds, sizes and as-of dates, in the messy
 * files and in the clean export, scored as tools/score.py scores them ({@link LeadScore}).
 */
class GeneratedRoundTripTest {

    @ParameterizedTest(name = "{0} persons, seed {1}, as-of {2} {3}")
    @CsvSource({
        "600, 1, 2024-10-01, ''",
        "300, 7, 2024-10-01, ''",
        "900, 42, 2023-03-31, ''",
        "400, 2024, 2025-02-28, ''",
        "500, 5, 2024-10-01, --clean",
        "300, 11, 2022-01-31, --clean"})
    void theEngineFindsExactlyThePlantedLeadsOfAllTwentyKinds(int persons, long seed, String asOf, String clean,
                                                               @TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        Path out = dir.resolve("out");
        String[] generate = {"generate", "--out", data.toString(), "--persons", Integer.toString(persons),
            "--activities", Integer.toString(persons * 5), "--seed", Long.toString(seed), "--as-of", asOf};
        if (!clean.isEmpty()) {
            generate = java.util.Arrays.copyOf(generate, generate.length + 1);
            generate[generate.length - 1] = clean;
        }
        assertThat(XingzhiCli.execute(generate)).isZero();
        assertThat(XingzhiCli.execute("run", "--data", data.toString(), "--as-of", asOf, "--out", out.toString(),
                "--quiet")).isZero();
        LeadScore score = LeadScore.of(data.resolve("expected.jsonl"), out.resolve("leads.jsonl"));
        assertThat(score.line()).as(score.toString()).isEqualTo("recall=1.000 precision=1.000");
        assertThat(score.perKind()).as("the twenty kinds: the seed's fourteen and six from practice").hasSize(20);
    }
}
