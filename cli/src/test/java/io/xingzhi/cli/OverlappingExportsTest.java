package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same rows given twice - every small dataset's file copied beside itself, as overlapping exports
 * or a folder filled twice give them - make the same leads as the rows given once: each repeated row is
 * read and accepted, merged into the row it repeats, and counted in the report. Before, a judgment given
 * twice left one copy without its enforcement case (40 false 未移送执行 and 减刑假释时财产刑未履行 leads
 * on the practice county) and lost two 执行超期 leads.
 */
class OverlappingExportsTest {
    private static final List<String> SMALL = List.of("judgments", "custody", "corrections", "resettlement", "dpr_supervision",
            "enforcement", "commutations");

    @TempDir
    Path dir;

    @Test
    void everySmallDatasetGivenTwiceMakesTheSameLeadsAsGivenOnce() throws Exception {
        Path once = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("once"));
        Path twice = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("twice"));
        for (String d : SMALL) {
            Files.copy(twice.resolve(d + ".csv"), twice.resolve(d + "_again.csv"));
        }
        CliRun a = CliRun.of("run", "--data", once.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out-once").toString(),
                "--json");
        CliRun b = CliRun.of("run", "--data", twice.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out-twice").toString(),
                "--json");
        assertThat(a.code()).as(a.all()).isZero();
        assertThat(b.code()).as(b.all()).isZero();
        assertThat(Files.readString(dir.resolve("out-twice/leads.jsonl"))).isEqualTo(Files.readString(dir.resolve("out-once/leads.jsonl")));
        String report = Files.readString(dir.resolve("out-twice/report.md"));
        assertThat(report).contains("重复的行，按一条记录计 (rows given twice, merged)", "judgments_again.csv:2 与 judgments.csv:2 各列相同");
        // every accepted row of a small dataset was given twice: each second copy is merged, none is lost
        var json = com.fasterxml.jackson.databind.json.JsonMapper.builder().build();
        var onceSummary = json.readTree(a.out());
        var twiceSummary = json.readTree(b.out());
        long accepted = 0;
        for (String d : SMALL) {
            accepted += onceSummary.path("datasets").path(d).path("accepted").asLong();
            assertThat(twiceSummary.path("datasets").path(d).path("accepted").asLong())
                    .isEqualTo(2 * onceSummary.path("datasets").path(d).path("accepted").asLong());
        }
        assertThat(onceSummary.path("identity").path("duplicate_records").asLong()).isZero();
        assertThat(twiceSummary.path("identity").path("duplicate_records").asLong()).isEqualTo(accepted);
        assertThat(twiceSummary.path("identity").path("persons")).isEqualTo(onceSummary.path("identity").path("persons"));
    }

    @Test
    void aJudgmentGivenAgainWithAnotherFineIsKeptNamedInTheReportAndKeepsItsEnforcementCase() throws Exception {
        Path once = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("once"));
        Path again = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("again"));
        // the same export again, but one judgment's fine corrected (its case has an enforcement case)
        List<String> lines = Files.readAllLines(again.resolve("judgments.csv"));
        int changed = -1;
        for (int i = 1; i < lines.size() && changed < 0; i++) {
            if (lines.get(i).contains("(2023)辽0681刑初193号")) {
                lines.set(i, lines.get(i).replace(",100000,", ",101000,"));
                changed = i;
            }
        }
        assertThat(changed).as("the fixture's judgment (2023)辽0681刑初193号 with a fine of 100000").isPositive();
        Files.write(again.resolve("judgments_corrected.csv"), lines);
        CliRun a = CliRun.of("run", "--data", once.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out-once").toString(), "--quiet");
        CliRun b = CliRun.of("run", "--data", again.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out-again").toString(),
                "--json");
        assertThat(a.code()).as(a.all()).isZero();
        assertThat(b.code()).as(b.all()).isZero();
        // the enforcement case naming the case belongs to both judgments: no 未移送执行 for the corrected one
        assertThat(Files.readString(dir.resolve("out-again/leads.jsonl"))).isEqualTo(Files.readString(dir.resolve("out-once/leads.jsonl")));
        var summary = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(b.out()).path("identity");
        assertThat(summary.path("conflicting_records").asLong()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("out-again/report.md"))).contains("judgments_corrected.csv:" + (changed + 1) + " 与 judgments.csv:"
                + (changed + 1) + " 是同一人同一案号的判决，但 fine_amount 不同：两条都保留，请核对哪条为准");
    }
}
