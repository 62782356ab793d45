package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.adapter.jdbc.JdbiLeadStore;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.RunChanges;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.core.value.Dates;
import io.xingzhi.core.value.IdNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database kept up to date: a generated county is run into an H2 file store, three of its late
 * transfers are reviewed, the detention center's export then changes (one transfer date corrected,
 * one stay removed) and the county is run again. The second run says which leads changed and which
 * are gone, and every review is kept.
 */
class RerunOnChangedDataTest {
    @Test
    void aRerunOnChangedDataReportsChangedAndGoneLeadsAndKeepsEveryReview(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        CountyFixtureEndToEndTest.captured("generate", "--out", data.toString(), "--persons", "300", "--seed", "18");
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        CountyFixtureEndToEndTest.captured("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out",
                dir.resolve("out1").toString(), "--quiet", "--store", url);
        JdbiLeadStore store = JdbiLeadStore.open(url, "sa", "");
        List<Lead> late = store.leads(LeadFilter.all().withModel("custody-transfer").withKind("LATE_TRANSFER")).stream()
                .map(StoredLead::lead).toList();
        assertThat(late.size()).as("late transfers planted").isGreaterThanOrEqualTo(3);
        Lead same = late.get(0);
        Lead moved = late.get(1);
        Lead fixed = late.get(2);
        for (Lead l : List.of(same, moved, fixed)) {
            CountyFixtureEndToEndTest.captured("review", l.leadId(), "--store", url, "--action", "verify", "--by", "检察官甲");
        }
        CountyFixtureEndToEndTest.captured("review", same.leadId(), "--store", url, "--action", "confirm",
                "--by", "检察官甲", "--note", "核实属实");

        // the detention center's next export: one transfer date corrected a week later, one stay gone
        editCustody(data.resolve("custody.csv"), moved, fixed);
        String second = CountyFixtureEndToEndTest.captured("run", "--data", data.toString(), "--as-of", "2024-10-01",
                "--out", dir.resolve("out2").toString(), "--store", url);

        assertThat(second).contains("与第 1 次运行相比：").contains("事实变化 1 条").contains("审查记录均保留");
        RunChanges c = store.runChanges(2).orElseThrow();
        assertThat(c.changedLeads()).containsExactly(moved.leadId());
        assertThat(c.goneLeads()).contains(fixed.leadId());
        assertThat(c.newLeads()).doesNotContain(same.leadId(), moved.leadId());
        assertThat(c.goneLeads()).doesNotContain(same.leadId());
        assertThat(c.unchanged()).isEqualTo(store.run(1).orElseThrow().leads() - c.goneLeads().size() - 1);

        StoredLead s = store.lead(same.leadId()).orElseThrow();
        assertThat(s.state()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(s.version()).isEqualTo(2);
        StoredLead m = store.lead(moved.leadId()).orElseThrow();
        assertThat(m.state()).isEqualTo(ReviewState.VERIFYING);
        assertThat(m.lead().facts().get("days_late")).isEqualTo(
                String.valueOf(Long.parseLong(moved.facts().get("days_late")) + 7));
        StoredLead f = store.lead(fixed.leadId()).orElseThrow();
        assertThat(f.state()).isEqualTo(ReviewState.VERIFYING);
        assertThat(f.stillFound()).isFalse();
        assertThat(store.history(same.leadId())).hasSize(2);

        // the listing a prosecutor reads marks the lead no longer found, and only that one
        String listed = CountyFixtureEndToEndTest.captured("leads", "--store", url, "--kind", "LATE_TRANSFER");
        assertThat(listed.lines().filter(line -> line.startsWith(fixed.leadId())))
                .singleElement().asString().contains("核查中（第 2 次运行起不再发现）");
        assertThat(listed.lines().filter(line -> line.contains("不再发现"))).hasSize(1);

        // a document on a lead no longer found is filed all the same, and the command says to check it first
        CountyFixtureEndToEndTest.captured("review", fixed.leadId(), "--store", url, "--action", "confirm",
                "--by", "检察官甲", "--note", "核实属实");
        String warned = stderrOf(() -> CountyFixtureEndToEndTest.captured("document", fixed.leadId(), "--store", url,
                "--type", "纠正违法通知书", "--out", dir.resolve("gone.md").toString(), "--date", "2024-10-10"));
        assertThat(warned).contains("注意：线索 " + fixed.leadId() + " 自第 2 次运行起不再发现（数据可能已更正），制发前请核实");
        String quiet = stderrOf(() -> CountyFixtureEndToEndTest.captured("document", same.leadId(), "--store", url,
                "--type", "纠正违法通知书", "--out", dir.resolve("same.md").toString(), "--date", "2024-10-10"));
        assertThat(quiet).doesNotContain("不再发现");
        assertThat(dir.resolve("gone.md")).exists();
    }

    private static String stderrOf(Runnable r) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(b, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    /**
     * Moves {@code moved}'s leave date a week later and removes {@code gone}'s stay (when given) from the
     * custody export.
     */
    static void editCustody(Path custody, Lead moved, Lead gone) throws IOException {
        List<String> lines = Files.readAllLines(custody, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        int idCol = header.indexOf("身份证号");
        int caseCol = header.indexOf("案号");
        int leftCol = header.indexOf("出所日期");
        assertThat(List.of(idCol, caseCol, leftCol)).doesNotContain(-1);
        List<String> out = new ArrayList<>();
        int edited = 0;
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            if (out.isEmpty() || cells.length <= leftCol) {
                out.add(line);
                continue;
            }
            if (gone != null && is(cells, idCol, caseCol, gone)) {
                assertThat(line).doesNotContain("\"");
                edited++;
                continue;
            }
            if (is(cells, idCol, caseCol, moved)) {
                assertThat(line).doesNotContain("\"");
                cells[leftCol] = Dates.parse(cells[leftCol]).value().plusDays(7).toString();
                line = String.join(",", cells);
                edited++;
            }
            out.add(line);
        }
        assertThat(edited).as("custody rows edited").isEqualTo(gone == null ? 1 : 2);
        Files.write(custody, out, StandardCharsets.UTF_8);
    }

    private static boolean is(String[] cells, int idCol, int caseCol, Lead lead) {
        return IdNumber.parse(cells[idCol]).isOk() && IdNumber.parse(cells[idCol]).value().equals(lead.idNumber().orElseThrow())
                && cells[caseCol].strip().equals(lead.caseNumber());
    }
}
