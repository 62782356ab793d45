package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A detention center's stay held for two cases, written in one 案号 cell
 * ({@code (2023)辽0603刑初213号、(2024)辽0603刑初999号}): before, the cell was one case that matched no
 * judgment, the stay silently belonged to none (the practice county lost 15 custody-transfer leads that
 * way when every stay named a second case) and nothing in the report said why. Now the row is rejected
 * with its file, line and a reason naming {@code case_number}, and counted.
 */
class CellNamingTwoCasesEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aCustodyStayNamingTwoCasesInOneCellIsRejectedWithItsLineNotSilentlyDetached() throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("data"));
        List<String> lines = Files.readAllLines(data.resolve("custody.csv"));
        int line = -1;
        for (int i = 1; i < lines.size() && line < 0; i++) {
            if (lines.get(i).contains(",(2023)辽0603刑初213号,")) {
                lines.set(i, lines.get(i).replace(",(2023)辽0603刑初213号,", ",(2023)辽0603刑初213号、(2024)辽0603刑初999号,"));
                line = i + 1;
            }
        }
        assertThat(line).as("the fixture's stay for (2023)辽0603刑初213号").isPositive();
        Files.write(data.resolve("custody.csv"), lines);
        CliRun run = CliRun.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out").toString(), "--json");
        assertThat(run.code()).as(run.all()).isZero();
        List<String> rejected = Files.readAllLines(dir.resolve("out/rejections.csv")).stream().filter(l -> l.startsWith("custody,")).toList();
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0)).startsWith("custody,custody.csv," + line + ",\"case_number: names more than one case");
        var summary = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(run.out()).path("datasets").path("custody");
        assertThat(summary.path("rejected").asLong()).isEqualTo(1);
        assertThat(summary.path("accepted").asLong()).isEqualTo(lines.size() - 2);
    }
}
