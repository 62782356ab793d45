package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRunOutputTest {
    @TempDir
    Path dir;

    @Test
    void writesTheFourFilesIntoANewFolder() {
        Path out = dir.resolve("out/run1");
        new CsvRunOutput(out).accept(LeadFixtures.result());
        assertThat(out.resolve("leads.jsonl")).isRegularFile();
        assertThat(out.resolve("leads.csv")).isRegularFile();
        assertThat(out.resolve("report.md")).isRegularFile();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("leads.jsonl", "leads.csv",
                    "report.md", "rejections.csv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aLeadsFileThatCannotBeWrittenFailsTheOutputNamingItAndTheOtherFilesAreStillWritten() throws IOException {
        // a non-empty folder where leads.csv goes: the file cannot be put there
        Path out = dir.resolve("csv-blocked");
        Files.createDirectories(out.resolve("leads.csv").resolve("x"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CsvRunOutput(out).accept(LeadFixtures.result()))
                .hasMessageContaining("leads.csv");
        assertThat(out.resolve("leads.jsonl")).isRegularFile();
        assertThat(out.resolve("report.md")).isRegularFile();

        // both leads files blocked: leads.jsonl's failure is thrown, leads.csv's suppressed in it
        Path both = dir.resolve("both-blocked");
        Files.createDirectories(both.resolve("leads.csv").resolve("x"));
        Files.createDirectories(both.resolve("leads.jsonl").resolve("x"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CsvRunOutput(both).accept(LeadFixtures.result()))
                .hasMessageContaining("leads.jsonl")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .satisfies(x -> assertThat(x).hasMessageContaining("leads.csv")));
        assertThat(both.resolve("report.md")).isRegularFile();
    }

    @Test
    void jsonLinesHaveEveryContractFieldInOrderAndRoundTrip() throws IOException {
        new CsvRunOutput(dir).accept(LeadFixtures.result());
        List<String> lines = Files.readAllLines(dir.resolve("leads.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines.get(0));
        List<String> names = new ArrayList<>();
        first.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(LeadColumns.NAMES);
        assertThat(first.get("lead_id").asText()).isEqualTo("XZ-0123456789abcdef");
        assertThat(first.get("id_number").asText()).isEmpty();
        assertThat(first.get("name").asText()).isEqualTo("张三");
        assertThat(first.get("due_on").asText()).isEqualTo("2023-06-26");
        assertThat(first.get("legal_basis")).hasSize(2);
        assertThat(first.get("legal_basis").get(1).asText()).isEqualTo("监狱法第15条");
        JsonNode ev = first.get("evidence").get(1);
        assertThat(ev.get("dataset").asText()).isEqualTo("custody");
        assertThat(ev.get("file").asText()).isEqualTo("custody_2.csv");
        assertThat(ev.get("line").asLong()).isEqualTo(3);
        assertThat(ev.get("role").asText()).isEqualTo("看守所羁押记录");
        assertThat(first.get("linked_by").asText()).isEqualTo("name+birth_date");
        assertThat(first.get("estimated").asBoolean()).isTrue();
        assertThat(first.get("boundary").asBoolean()).isFalse();
        assertThat(first.get("suggested_document").asText()).isEqualTo("纠正违法通知书");
        List<String> factNames = new ArrayList<>();
        first.get("facts").fieldNames().forEachRemaining(factNames::add);
        assertThat(factNames).containsExactly("left_on", "note", "notice_on");
        assertThat(first.get("facts").get("note").asText()).isEqualTo("含\"引号\",逗号\n换行");

        JsonNode second = mapper.readTree(lines.get(1));
        assertThat(second.get("due_on").isNull()).isTrue();
        assertThat(second.get("linked_by").asText()).isEqualTo("id_number");
        assertThat(second.get("evidence")).isEmpty();
        assertThat(second.get("facts")).isEmpty();
        assertThat(second.get("suggested_document").asText()).isEqualTo("检察建议");
    }

    @Test
    void sameLeadsGiveTheSameBytes() throws IOException {
        new CsvRunOutput(dir.resolve("a")).accept(LeadFixtures.result());
        new CsvRunOutput(dir.resolve("b")).accept(LeadFixtures.result());
        for (String f : List.of("leads.jsonl", "leads.csv", "report.md")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
        }
    }

    @Test
    void aCsvWhoseSecondHalfIsFormattedOnAnotherThreadHasTheBytesOfOneFormattedOnOne() throws IOException {
        List<io.xingzhi.core.lead.Lead> leads = new java.util.ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            // quotes, commas, line breaks, a formula-like name and an empty case number, on both sides of the cut
            io.xingzhi.core.lead.Lead base = i % 2 == 0 ? LeadFixtures.lateTransfer() : LeadFixtures.noDueDate();
            leads.add(new io.xingzhi.core.lead.Lead(base.leadId(), base.kind(), base.idNumber(), base.name() + i,
                    base.caseNumber(), base.supervisedAgency(), base.supervisedUnit(), base.dueOn(), base.summary() + ",第" + i + "条",
                    base.legalBasis(), base.evidence(), base.linkedBy(), base.estimated(), base.boundary(), base.suggestedDocument(),
                    base.facts(), base.possibleMatches()));
        }
        java.io.ByteArrayOutputStream one = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream two = new java.io.ByteArrayOutputStream();
        CsvLeadWriter.write(leads, one, Integer.MAX_VALUE);
        CsvLeadWriter.write(leads, two, 2);

        assertThat(two.toByteArray()).isEqualTo(one.toByteArray());
        assertThat(CSVFormat.DEFAULT.parse(new StringReader(two.toString(StandardCharsets.UTF_8).substring(1))).getRecords())
                .hasSize(1 + leads.size());
    }

    @Test
    void anIdentityNumberInTheCsvStaysTextInSpreadsheets() throws IOException {
        String body = "21068219800101123";
        io.xingzhi.core.value.IdNumber id = io.xingzhi.core.value.IdNumber.parse(
                body + io.xingzhi.core.value.IdNumber.checkCharacter(body)).value();
        io.xingzhi.core.lead.Lead base = LeadFixtures.lateTransfer();
        io.xingzhi.core.lead.Lead withId = new io.xingzhi.core.lead.Lead(base.leadId(), base.kind(),
                java.util.Optional.of(id), base.name(), base.caseNumber(), base.supervisedAgency(), base.supervisedUnit(),
                base.dueOn(), base.summary(), base.legalBasis(), base.evidence(), base.linkedBy(), base.estimated(),
                base.boundary(), base.suggestedDocument(), base.facts(), base.possibleMatches());
        assertThat(CsvLeadWriter.cells(withId).get(LeadColumns.NAMES.indexOf("id_number"))).isEqualTo("\t" + id.value());
    }

    private static int col(String name) {
        return LeadColumns.NAMES.indexOf(name);
    }

    @Test
    void csvStartsWithBomAndHasTheSameColumns() throws IOException {
        new CsvRunOutput(dir).accept(LeadFixtures.result());
        byte[] bytes = Files.readAllBytes(dir.resolve("leads.csv"));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).containsExactlyElementsOf(LeadColumns.NAMES);
        CSVRecord first = records.get(1);
        assertThat(first.get(col("lead_id"))).isEqualTo("XZ-0123456789abcdef");
        assertThat(first.get(col("kind"))).isEqualTo("LATE_TRANSFER");
        assertThat(first.get(col("kind_label"))).isEqualTo("超期投送");
        assertThat(first.get(col("supervised_unit"))).isEqualTo("丹东市看守所");
        assertThat(first.get(col("due_on"))).isEqualTo("2023-06-26");
        assertThat(first.get(col("legal_basis"))).isEqualTo("高检规则第625条；监狱法第15条");
        assertThat(first.get(col("evidence"))).isEqualTo("judgments judgments.csv:12；custody custody_2.csv:3");
        assertThat(first.get(col("linked_by"))).isEqualTo("name+birth_date");
        assertThat(first.get(col("facts"))).isEqualTo("出所日期：2023-06-12；备注：含\"引号\",逗号\n换行；收到执行通知书日期：2023-05-27");
        assertThat(first.get(col("possible_matches"))).isEmpty();
        CSVRecord second = records.get(2);
        assertThat(second.get(col("id_number"))).isEmpty();
        assertThat(second.get(col("name"))).as("formula defused").isEqualTo("'=李四");
        assertThat(second.get(col("due_on"))).isEmpty();
        assertThat(second.get(col("possible_matches"))).isEqualTo("enforcement enforcement.csv:4（案号相同）");
        assertThat(text).contains("\r\n");
    }

    @Test
    void everyRejectionStreamedDuringTheRunIsInRejectionsCsvAndTheReportCountsThemByReason() throws IOException {
        CsvRunOutput output = new CsvRunOutput(dir);
        CsvRejectionWriter sink = output.rejections();
        sink.started();
        for (int line = 2; line < 5002; line++) {
            sink.rejected(new io.xingzhi.core.record.Rejection(new io.xingzhi.core.record.SourceRef(
                    io.xingzhi.core.record.Dataset.CUSTODY, "custody.csv", line), line % 2 == 0
                    ? "admitted_on: no such day 2024-13-" + line + " (\"2024-13-" + line + "\")" : "=name and id_number: both blank"));
        }
        sink.finished();
        output.accept(LeadFixtures.result());

        List<String> lines = Files.readAllLines(dir.resolve("rejections.csv"));
        assertThat(lines).hasSize(5001);
        assertThat(lines.get(0)).as("reason stays where it was; its Chinese follows").isEqualTo("\uFEFFdataset,source,line,reason,reason_zh");
        assertThat(lines.get(1)).isEqualTo("custody,custody.csv,2,\"admitted_on: no such day 2024-13-2 (\"\"2024-13-2\"\")\","
                + "\"入所日期：不存在的日期 2024-13-2（\"\"2024-13-2\"\"）\"");
        assertThat(lines.get(5000)).as("a formula is defused; a reason without a Chinese template is given in English")
                .isEqualTo("custody,custody.csv,5001,'=name and id_number: both blank,'=name and id_number: both blank");
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("每一条（文件、行号、原因）都在 `rejections.csv` 中");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aRunThatFailsLeavesNoHalfRejectionsFile() throws IOException {
        CsvRejectionWriter sink = new CsvRunOutput(dir).rejections();
        sink.started();
        sink.rejected(new io.xingzhi.core.record.Rejection(new io.xingzhi.core.record.SourceRef(
                io.xingzhi.core.record.Dataset.CUSTODY, "custody.csv", 2), "x"));
        sink.abandoned();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void reportCountsRejectionsByReasonAndSaysWhatItHadToSayAboutTheInputFiles() {
        io.xingzhi.core.run.RunReport base = LeadFixtures.result().report();
        java.util.Map<io.xingzhi.core.record.Dataset, io.xingzhi.core.run.DatasetCounts> counts =
                new java.util.EnumMap<>(base.datasets());
        counts.put(io.xingzhi.core.record.Dataset.CUSTODY, new io.xingzhi.core.run.DatasetCounts(
                io.xingzhi.core.record.Dataset.CUSTODY, true, List.of("看守所在押人员.csv"), 96, 0, 96, false,
                java.util.Map.of("表头缺少必需字段 admitted_on（入所日期/收押日期）", 96L)));
        io.xingzhi.core.run.RunReport r = new io.xingzhi.core.run.RunReport(base.asOf(), base.startedAt(), base.finishedAt(), counts,
                base.rejections(), base.identity(), base.leadsByModelAndKind(), base.skippedModels(), base.parameters(), base.kinds(),
                base.kindsNotRun(), base.unmatchedRecords(), List.of(
                        new io.xingzhi.core.run.SourceNote("看守所在押人员.csv", java.util.Optional.of(io.xingzhi.core.record.Dataset.CUSTODY),
                                io.xingzhi.core.run.SourceNote.Kind.RECOGNISED, "看守所在押人员.csv：按表头识别为 custody", "recognised"),
                        new io.xingzhi.core.run.SourceNote("名单.csv", java.util.Optional.empty(),
                                io.xingzhi.core.run.SourceNote.Kind.IGNORED, "名单.csv：未读取", "not read")));

        String md = MarkdownReportWriter.render(r, java.time.ZoneOffset.ofHours(8), true);

        assertThat(md).contains("## 输入文件 (input files)", "**有输入无法使用",
                "| 看守所在押人员.csv | custody | 按表头识别 | 看守所在押人员.csv：按表头识别为 custody |",
                "| 名单.csv | — | **未读取** | 名单.csv：未读取 |",
                "### custody (96)", "| 表头缺少必需字段 admitted_on（入所日期/收押日期） | 96 |",
                "| 开始 (started) | 2024-10-01 16:00:00 +08:00 |");
    }

    @Test
    void reportHasCountsRejectionsIdentityLeadsSkippedModelsAndParameters() throws IOException {
        new CsvRunOutput(dir).accept(LeadFixtures.result());
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("2024-10-01", "1.250 s");
        assertThat(md).contains("| judgments | 案管部门/法院 生效裁判 | 已读取 (present) | judgments.csv | 130 | 100 | 30 |");
        assertThat(md).contains("| custody | 看守所 在押及出所人员 | 已读取 (present) | custody.csv, custody_2.csv | 96 | 95 | 1 |");
        assertThat(md).contains("| enforcement | 法院 刑事财产刑执行案件 | **未提供 (absent)** | — | 0 | 0 | 0 |");
        assertThat(md).contains("| activities |").contains("| **合计 (total)** | | | | 226 | 195 | 31 |");
        assertThat(md).contains("### judgments (30)", "- `judgments.csv:2` — effective_date: \"2024-13-00\" is not a date",
                "- `judgments.csv:6` —", "另有 25 条，见 rejections.csv (25 more in rejections.csv)",
                "`rejections.csv` 中列出每个数据集的前 1000 条");
        assertThat(md).doesNotContain("judgments.csv:7`");
        assertThat(md).contains("### custody (1)", "- `custody.csv:7` — 应有 8 个字段，实有 7 个 (expected 8 fields, found 7)");
        assertThat(md).as("a reason and a kind of reason in Chinese, the English after it")
                .contains("| 原因 (reason) | 条数 (rows) |\n|---|---:|\n| 应有 # 个字段，实有 # 个 (expected # fields, found #) | 1 |");
        assertThat(md).contains("| 人员 (persons) | 120 |", "| 无法关联的记录 (unresolved) | 2 |",
                "custody.csv:9 no valid id_number and no birth_date");
        assertThat(md).contains("| custody-transfer | NOT_TRANSFERRED 应当投送而未投送 | 0 |",
                "| custody-transfer | LATE_TRANSFER 超期投送 | 1 |", "| property-penalty | CLOSED_NOT_PAID 执行完毕但未足额 | 1 |");
        assertThat(md).contains("- political-rights: dpr_supervision absent (未提供)");
        assertThat(md).contains("| delivery_deadline | DAYS_30 |", "| boundary_days | 2 |", "keyword_group.娱乐场所");
    }
    /**
     * An agency's export is not trusted: a unit or a name that a spreadsheet could run as a formula is
     * written as text, also behind leading blanks and in the full-width forms a Chinese keyboard types;
     * the id number behind its tab and a value with a formula character inside are written as they are.
     */
    @Test
    void aCellASpreadsheetCouldRunAsAFormulaIsWrittenAsText() throws IOException {
        List<String> units = List.of("＝HYPERLINK(\"http://x\")", "\u00A0=1+1", "\u200B=1+1", "\u3000@SUM(1)", " -1+1", "\t=1+1",
                "\r\n+1", "＋1", "－1", "＠A1", "丹东市看守所", "看守所=1", "(2023)辽0682刑初93号");
        List<io.xingzhi.core.lead.Lead> leads = new java.util.ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            io.xingzhi.core.lead.Lead l = LeadFixtures.lateTransfer();
            leads.add(new io.xingzhi.core.lead.Lead(String.format("XZ-%016x", i), l.kind(), l.idNumber(), l.name(), l.caseNumber(),
                    l.supervisedAgency(), units.get(i), l.dueOn(), l.summary(), l.legalBasis(), l.evidence(), l.linkedBy(),
                    l.estimated(), l.boundary(), l.suggestedDocument(), l.facts(), l.possibleMatches()));
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CsvLeadWriter.write(leads, out);
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();

        assertThat(records.subList(1, records.size())).extracting(r -> r.get(col("supervised_unit"))).containsExactly(
                "'＝HYPERLINK(\"http://x\")", "'\u00A0=1+1", "'\u200B=1+1", "'\u3000@SUM(1)", "' -1+1", "'\t=1+1", "'\r\n+1", "'＋1",
                "'－1", "'＠A1", "丹东市看守所", "看守所=1", "(2023)辽0682刑初93号");

        CsvRejectionWriter rejections = new CsvRejectionWriter(dir.resolve("rejections.csv"));
        rejections.started();
        rejections.rejected(new io.xingzhi.core.record.Rejection(new io.xingzhi.core.record.SourceRef(
                io.xingzhi.core.record.Dataset.CUSTODY, "custody.csv", 2), "\u3000＝1+1"));
        rejections.finished();
        assertThat(Files.readAllLines(dir.resolve("rejections.csv")).get(1)).isEqualTo("custody,custody.csv,2,'\u3000＝1+1,'\u3000＝1+1");
    }
}
