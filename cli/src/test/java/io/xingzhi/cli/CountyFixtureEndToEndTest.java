package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end test of CONTRACT.md §5: {@code xingzhi run} on the county fixture (bundled in the
 * testkit, a byte-for-byte copy of the shared one) at as-of 2024-10-01, scored as tools/score.py
 * scores it ({@link LeadScore}), must reach recall 1.000 and precision 1.000. It runs on any clone:
 * nothing here depends on files outside the repository.
 */
class CountyFixtureEndToEndTest {

    static Path county(Path dir) throws IOException {
        return Fixtures.copy(Fixtures.COUNTY, dir.resolve("county"));
    }

    @Test
    void runOnTheCountyFixtureScoresPerfectly(@TempDir Path dir) throws IOException {
        Path county = county(dir);
        Path out = dir.resolve("out");
        int code = XingzhiCli.execute("run", "--data", county.toString(), "--as-of", "2024-10-01",
                "--out", out.toString(), "--quiet");
        assertThat(code).isZero();
        assertThat(out.resolve("leads.csv")).exists();
        assertThat(Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8)).contains("2024-10-01");
        LeadScore score = LeadScore.of(county.resolve("expected.jsonl"), out.resolve("leads.jsonl"));
        assertThat(score.line()).as(score.toString()).isEqualTo("recall=1.000 precision=1.000");
        assertThat(score.perKind()).as("the fourteen kinds of the four models").hasSize(14);
    }

    @Test
    void runOnTheCountyPracticeFixtureFindsAllTwentyKindsExactly(@TempDir Path dir) throws IOException {
        Path practice = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("practice"));
        Path out = dir.resolve("out");
        int code = XingzhiCli.execute("run", "--data", practice.toString(), "--as-of", "2024-10-01",
                "--out", out.toString(), "--quiet");
        assertThat(code).isZero();
        LeadScore score = LeadScore.of(practice.resolve("expected.jsonl"), out.resolve("leads.jsonl"));
        assertThat(score.line()).as(score.toString()).isEqualTo("recall=1.000 precision=1.000");
        assertThat(score.perKind()).as("the twenty kinds: the seed's fourteen and six from practice").hasSize(20);
    }

    @Test
    void runningTwiceIntoAnH2StoreKeepsTheSameLeads(@TempDir Path dir) throws IOException {
        Path county = county(dir);
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        for (int i = 0; i < 2; i++) {
            assertThat(XingzhiCli.execute("run", "--data", county.toString(), "--as-of", "2024-10-01",
                    "--out", dir.resolve("out" + i).toString(), "--quiet", "--store", url)).isZero();
        }
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(b, true, StandardCharsets.UTF_8));
        try {
            assertThat(XingzhiCli.execute("leads", "--store", url, "--json")).isZero();
        } finally {
            System.setOut(old);
        }
        String json = b.toString(StandardCharsets.UTF_8);
        long expected = Files.readAllLines(county.resolve("expected.jsonl")).stream().filter(l -> !l.isBlank()).count();
        assertThat(json.split("\"lead_id\"", -1).length - 1).isEqualTo((int) expected);
    }

    /** Runs the CLI with standard output captured. */
    static String captured(String... args) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(b, true, StandardCharsets.UTF_8));
        try {
            assertThat(XingzhiCli.execute(args)).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(old);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fromTheCountyRunToADocumentAndAReplyTheStatisticsCountAndARerunChangesNothing(@TempDir Path dir) throws IOException {
        Path county = county(dir);
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        String[] run = {"run", "--data", county.toString(), "--as-of", "2024-10-01",
                "--out", dir.resolve("out").toString(), "--quiet", "--store", url};
        assertThat(XingzhiCli.execute(run)).isZero();
        com.fasterxml.jackson.databind.JsonNode leads = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(captured("leads", "--store", url, "--model", "custody-transfer", "--kind", "LATE_TRANSFER", "--json"));
        assertThat(leads.size()).isEqualTo(4);
        String a = leads.get(0).get("lead_id").asText();
        String b = leads.get(1).get("lead_id").asText();
        String c = leads.get(2).get("lead_id").asText();
        for (String id : new String[] {a, b, c}) {
            captured("review", id, "--store", url, "--action", "verify", "--by", "检察官甲");
        }
        captured("review", a, "--store", url, "--action", "confirm", "--by", "检察官甲");
        captured("review", b, "--store", url, "--action", "confirm", "--by", "检察官甲");
        captured("review", c, "--store", url, "--action", "dismiss", "--by", "检察官乙", "--reason", "lawful_reason",
                "--note", "看守所提供了延期送监的批准文件");
        Path docx = dir.resolve("notice.docx");
        assertThat(captured("document", a, "--store", url, "--type", "纠正违法通知书", "--out", docx.toString(),
                "--date", "2024-10-08", "--procuratorate", "凤城市人民检察院", "--number-prefix", "凤检刑执"))
                .contains("已制作并登记：凤检刑执纠〔2024〕1号");
        assertThat(docx).exists();
        captured("review", a, "--store", url, "--action", "issue-document", "--by", "检察官甲");
        captured("review", a, "--store", url, "--action", "record-reply", "--by", "检察官甲", "--date", "2024-10-20",
                "--summary", "已建立送监台账");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode before = json.readTree(captured("stats", "--store", url, "--json"));
        com.fasterxml.jackson.databind.JsonNode total = before.get("statistics").get("total");
        assertThat(total.get("leads").asLong()).isEqualTo(58);
        assertThat(total.get("confirmed").asLong()).isEqualTo(2);
        assertThat(total.get("dismissed").asLong()).isEqualTo(1);
        assertThat(total.get("verifying").asLong()).isZero();
        assertThat(total.get("rectified").asLong()).isEqualTo(1);
        assertThat(total.get("dismissed_by_reason").get("LAWFUL_REASON").asLong()).isEqualTo(1);
        assertThat(total.get("documents_by_type").get("CORRECTION_NOTICE").asLong()).isEqualTo(1);

        assertThat(XingzhiCli.execute(run)).isZero();
        assertThat(json.readTree(captured("stats", "--store", url, "--json"))).isEqualTo(before);
    }

    @Test
    void aMissingFolderExitsWithTwo(@TempDir Path out) {
        assertThat(XingzhiCli.execute("run", "--data", out.resolve("nope").toString(), "--as-of", "2024-10-01",
                "--out", out.toString())).isEqualTo(2);
    }

    @Test
    void aBadDateExitsWithTwo(@TempDir Path out) {
        assertThat(XingzhiCli.execute("run", "--data", out.toString(), "--as-of", "2024-02-30", "--out", out.toString()))
                .isEqualTo(2);
    }

    @Test
    void anUnknownModelExitsWithTwo(@TempDir Path out) {
        assertThat(XingzhiCli.execute("run", "--data", out.toString(), "--as-of", "2024-10-01", "--models", "custody",
                "--out", out.toString())).isEqualTo(2);
    }
}
