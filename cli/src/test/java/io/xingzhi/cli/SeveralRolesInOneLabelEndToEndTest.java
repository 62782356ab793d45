package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice county's registry export with every office also naming the shareholding
 * ({@code 股东、监事}, {@code 股东、副董事长}, …), as a registry that joins a person's roles in one cell
 * gives it, finds the same 任职资格违法 leads as the export of one role a cell. Before, such a cell was
 * read as 股东 alone and all six BARRED_ROLE leads of the county were lost without a word.
 */
class SeveralRolesInOneLabelEndToEndTest {
    private static final Set<String> OFFICES = Set.of("法定代表人", "董事", "副董事长", "董事长", "执行董事", "监事", "经理", "总经理");

    @TempDir
    Path dir;

    @Test
    void officesWrittenWithTheShareholdingInOneCellStillMakeTheBarredRoleLeads() throws Exception {
        Path once = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("one-role"));
        Path joined = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("joined"));
        List<String> lines = Files.readAllLines(joined.resolve("business_registrations.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        int role = header.indexOf("role");
        assertThat(role).as(lines.get(0)).isNotNegative();
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        int changed = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (OFFICES.contains(c[role]) && !c[role].equals("法定代表人")) {
                c[role] = "股东、" + c[role];
                changed++;
            }
            out.add(String.join(",", c));
        }
        assertThat(changed).isPositive();
        Files.write(joined.resolve("business_registrations.csv"), out);
        CliRun a = CliRun.of("run", "--data", once.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out-one").toString(), "--quiet");
        CliRun b = CliRun.of("run", "--data", joined.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out-joined").toString(), "--quiet");
        assertThat(a.code()).as(a.all()).isZero();
        assertThat(b.code()).as(b.all()).isZero();
        List<String> expected = barred(dir.resolve("out-one/leads.jsonl"));
        assertThat(expected).hasSize(6);
        assertThat(barred(dir.resolve("out-joined/leads.jsonl"))).isEqualTo(expected);
    }

    /** The BARRED_ROLE leads: id, person, case and the office the summary names. */
    private static List<String> barred(Path leads) throws Exception {
        var json = com.fasterxml.jackson.databind.json.JsonMapper.builder().build();
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(leads)) {
            var o = json.readTree(l);
            if (o.path("kind").asText().equals("BARRED_ROLE")) {
                out.add(o.path("lead_id").asText() + " " + o.path("case_number").asText() + " " + o.path("facts").path("role").asText());
            }
        }
        out.sort(null);
        return out;
    }
}
