package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A court's commutation export that carries the ruling's own number as {@code 案号} beside the
 * {@code 原判案号} (both are names of {@code case_number}): before, the first column silently won, every
 * ruling named its own 刑更 number as the criminal case, and the practice county lost its
 * 减刑假释时财产刑未履行 leads without a word. Now each row whose two columns disagree is rejected with
 * its file, line and a reason naming the field and both columns, and the report counts it.
 */
class ColumnsNamingOneFieldEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aCommutationExportWithTheRulingNumberAsCaseNumberBesideTheOriginalCaseIsRejectedRowByRowNotMisread() throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("data"));
        List<String> lines = Files.readAllLines(data.resolve("commutations.csv"));
        assertThat(lines.get(0)).isEqualTo("姓名,身份证号,案号,裁定书文号,裁定类型,裁定日期,裁定法院");
        List<String> out = new ArrayList<>();
        out.add("姓名,身份证号,案号,原判案号,裁定类型,裁定日期,裁定法院");
        int disagreeing = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            out.add(String.join(",", c[0], c[1], c[3], c[2], c[4], c[5], c[6]));
            disagreeing += c[2].isEmpty() ? 0 : 1; // a blank 原判案号 leaves the ruling number alone: no conflict
        }
        Files.write(data.resolve("commutations.csv"), out);
        CliRun run = CliRun.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out").toString(), "--json");
        assertThat(run.code()).as(run.all()).isZero();
        List<String> rejected = Files.readAllLines(dir.resolve("out/rejections.csv")).stream()
                .filter(l -> l.startsWith("commutations,")).toList();
        assertThat(rejected).hasSize(disagreeing).allSatisfy(l -> assertThat(l)
                .contains("case_number: columns naming the same field disagree, 案号 \"\"(", "原判案号 \"\"("));
        assertThat(rejected.get(0)).startsWith("commutations,commutations.csv,2,");
        var summary = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(run.out()).path("datasets").path("commutations");
        assertThat(summary.path("rejected").asLong()).isEqualTo(disagreeing);
        assertThat(summary.path("accepted").asLong() + summary.path("rejected").asLong()).isEqualTo(lines.size() - 1);
    }
}
