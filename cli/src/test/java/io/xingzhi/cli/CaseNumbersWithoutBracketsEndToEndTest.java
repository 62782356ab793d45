package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A court's enforcement register that types the source case's year without its brackets
 * ({@code 2022辽0682刑初46号} for {@code (2022)辽0682刑初46号}): before, no such enforcement case belonged to its
 * judgment, so each of those judgments got a false 未移送执行 lead while its real lead went unreported
 * (the county fixture: recall 0.897, precision 0.765). The year gets its brackets back, and the county's
 * leads are exactly its planted ones.
 */
class CaseNumbersWithoutBracketsEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void enforcementCasesWhoseSourceYearLostItsBracketsStillBelongToTheirJudgments() throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY, dir.resolve("data"));
        List<String> lines = Files.readAllLines(data.resolve("enforcement.csv"));
        int changed = 0;
        for (int i = 1; i < lines.size(); i++) {
            String stripped = lines.get(i).replaceFirst(",\\((\\d{4})\\)", ",$1");
            changed += stripped.equals(lines.get(i)) ? 0 : 1;
            lines.set(i, stripped);
        }
        assertThat(changed).as("the fixture's enforcement cases name their judgments").isGreaterThan(10);
        Files.write(data.resolve("enforcement.csv"), lines);

        CliRun run = CliRun.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out").toString(), "--quiet");

        assertThat(run.code()).as(run.all()).isZero();
        LeadScore score = LeadScore.of(data.resolve("expected.jsonl"), dir.resolve("out/leads.jsonl"));
        assertThat(score.line()).as(score.toString()).isEqualTo("recall=1.000 precision=1.000");
    }
}
