package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run says about the files it was given: an unknown header named with the column it most
 * likely meant, a header lacking a required field as one clear reason for all its rows (none
 * vanishes, the exit code says so), a file without a header row, a file recognised by its headers,
 * a file not read; every rejection in rejections.csv; --quiet and --json.
 */
class FolderInputsTest {
    @TempDir
    Path dir;
    Path data;
    Path out;

    @BeforeEach
    void county() throws Exception {
        data = Fixtures.copy(Fixtures.COUNTY, dir.resolve("data"));
        Files.delete(data.resolve("expected.jsonl"));
        out = dir.resolve("out");
    }

    private CliRun run(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out",
                out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private List<String> leadIds() throws java.io.IOException {
        return Files.readAllLines(out.resolve("leads.jsonl")).stream().map(l -> l.substring(0, l.indexOf(",\"model\""))).toList();
    }

    private void rewriteCustody(java.util.function.UnaryOperator<String> change) throws Exception {
        Path f = data.resolve("custody.csv");
        Files.writeString(f, change.apply(Files.readString(f, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void aRenamedRequiredColumnRejectsEveryRowOfItsFileWithOneReasonNamingTheNearestKnownName() throws Exception {
        rewriteCustody(s -> s.replaceFirst("入所日期", "入所时间"));

        CliRun r = run();

        assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.INPUT_PARTLY_UNUSABLE);
        assertThat(r.out()).contains("custody.csv（custody）：表头缺少必需字段 admitted_on（入所日期/收押日期）",
                "未识别的列：入所时间（是否为 入所日期 admitted_on？）", "其所有数据行都不予采用");
        assertThat(r.out()).doesNotContain("required but blank");
        assertThat(r.err()).contains("有输入无法使用");
        List<String> rejections = Files.readAllLines(out.resolve("rejections.csv"));
        assertThat(rejections).hasSize(97).filteredOn(l -> l.startsWith("custody,custody.csv,")).hasSize(96)
                .allSatisfy(l -> assertThat(l).contains("表头缺少必需字段 admitted_on"));
        String report = Files.readString(out.resolve("report.md"));
        assertThat(report).contains("**表头不可用**", "| custody | 看守所 在押及出所人员 | 已读取 (present) | custody.csv | 96 | 0 | 96 |");
    }

    @Test
    void aTitleAndADateLineAboveTheHeaderArePassedOverWithANoteAndTheLeadsAreThoseOfTheFileWithoutThem() throws Exception {
        run("--quiet");
        List<String> without = leadIds();
        rewriteCustody(s -> "凤城市看守所在押人员信息表,,,,,,,\r\n制表日期：2024年9月30日,,,,,,,\r\n" + s.replace("\uFEFF", ""));

        CliRun r = run();

        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).contains("custody.csv（custody）：第1–2行在表头之前（表格标题、制表日期、分组表头等），未作为数据读取；表头为第3行");
        assertThat(leadIds()).containsExactlyElementsOf(without);
        assertThat(Files.readString(out.resolve("report.md")))
                .contains("| custody | 看守所 在押及出所人员 | 已读取 (present) | custody.csv | 96 | 96 | 0 |");
    }

    @Test
    void aRowOfColumnGroupsAboveTheHeaderIsPassedOverWithANoteAndTheLeadsAreThoseOfTheFileWithoutIt() throws Exception {
        run("--quiet");
        List<String> without = leadIds();
        rewriteCustody(s -> "凤城市看守所在押人员信息表\r\n基本信息,,,案件信息,羁押信息,,,\r\n" + s.replace("\uFEFF", ""));

        CliRun r = run();

        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).contains("custody.csv（custody）：第1–2行在表头之前（表格标题、制表日期、分组表头等），未作为数据读取；表头为第3行");
        assertThat(leadIds()).containsExactlyElementsOf(without);
    }

    @Test
    void aRenamedRequiredColumnAboveDataRowsIsStillTheHeaderAndSaidToBeUnusable() throws Exception {
        rewriteCustody(s -> "凤城市看守所在押人员信息表\r\n" + s.replace("\uFEFF", "").replaceFirst("入所日期", "入所时间"));

        CliRun r = run();

        assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.INPUT_PARTLY_UNUSABLE);
        assertThat(r.out()).contains("custody.csv（custody）：第1行在表头之前", "表头为第2行",
                "custody.csv（custody）：表头缺少必需字段 admitted_on（入所日期/收押日期）", "未识别的列：入所时间（是否为 入所日期 admitted_on？）");
    }

    @Test
    void aFileWithATitleAndNoHeaderRowNamesTheDataLineWhereTheHeaderShouldBe() throws Exception {
        rewriteCustody(s -> "凤城市看守所在押人员信息表\r\n" + s.substring(s.indexOf('\n') + 1));

        CliRun r = run();

        assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.INPUT_PARTLY_UNUSABLE);
        assertThat(r.out()).contains("custody.csv（custody）：第1行在表头之前", "custody.csv（custody）：文件没有表头行：第2行是数据，不是列名");
        assertThat(Files.readAllLines(out.resolve("rejections.csv"))).anyMatch(l -> l.startsWith("custody,custody.csv,2,")
                && l.contains("line 2 is data"));
    }

    @Test
    void aFileWithoutAHeaderRowIsSaidToBeSoAndItsFirstLineCountsAsARejectedRow() throws Exception {
        rewriteCustody(s -> s.substring(s.indexOf('\n') + 1));

        CliRun r = run();

        assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.INPUT_PARTLY_UNUSABLE);
        assertThat(r.out()).contains("custody.csv（custody）：文件没有表头行：第1行是数据，不是列名");
        assertThat(Files.readString(out.resolve("report.md")))
                .contains("| custody | 看守所 在押及出所人员 | 已读取 (present) | custody.csv | 96 | 0 | 96 |");
    }

    @Test
    void anEmptyFileCountsAsAMissingDatasetNotAsAnAgencyWithNoRecordsAndTheExitCodeSaysSo() throws Exception {
        Files.delete(data.resolve("dpr_supervision.csv"));
        CliRun without = run("--quiet");
        assertThat(without.code()).as(without.all()).isZero();
        List<String> missing = leadIds();

        Files.write(data.resolve("dpr_supervision.csv"), new byte[0]);
        CliRun r = run();

        // read as "the police supervise nobody", an empty export made a 漏管 lead of every deprivation
        assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.INPUT_PARTLY_UNUSABLE);
        assertThat(leadIds()).containsExactlyElementsOf(missing);
        assertThat(r.out()).contains("dpr_supervision.csv：文件为空（没有表头，也没有数据行），未读取");
        assertThat(Files.readString(out.resolve("report.md"))).contains("dpr_supervision.csv", "文件为空");
    }

    @Test
    void aHeaderRowThatCannotBeDecodedMakesItsFileUnusableAndTheExitCodeSaysSo() throws Exception {
        Path f = data.resolve("custody.csv");
        byte[] bytes = Files.readAllBytes(f);
        bytes[1] = (byte) 0xFF; // inside the first character of 姓名
        Files.write(f, bytes);

        CliRun r = run();

        assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.INPUT_PARTLY_UNUSABLE);
        assertThat(r.out()).contains("custody.csv（custody）：第1行的表头无法读取（undecodable bytes in UTF-8）；其所有数据行都不予采用");
        assertThat(Files.readAllLines(out.resolve("rejections.csv"))).filteredOn(l -> l.startsWith("custody,custody.csv,"))
                .hasSize(97);
    }

    @Test
    void aDatasetFileThatCannotBeOpenedStopsTheRunWithExitCode2NamingItAndWhy() throws Exception {
        Files.delete(data.resolve("custody.csv"));
        Files.createSymbolicLink(data.resolve("custody.csv"), dir.resolve("export").resolve("custody.csv"));

        CliRun r = run("--lang", "en");

        assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(r.err()).contains("--data: cannot read " + CliRun.shown(data.resolve("custody.csv")) + ": it is a link to "
                + CliRun.shown(dir.resolve("export").resolve("custody.csv")) + ", which does not exist");
        assertThat(r.all()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void utf16FilesAreReadWithoutAnEncodingAndAskingForUtf16SaysSo() throws Exception {
        CliRun plain = run("--quiet");
        List<String> ids = leadIds();
        Path f = data.resolve("custody.csv");
        Files.write(f, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, Files.readString(f).getBytes(StandardCharsets.UTF_16LE)));

        CliRun r = run("--quiet");
        assertThat(r.code()).as(r.all()).isEqualTo(plain.code());
        assertThat(leadIds()).containsExactlyElementsOf(ids);

        CliRun asked = run("--encoding", "UTF-16");
        assertThat(asked.code()).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(asked.err()).contains("UTF-16 文件（有无字节顺序标记均可）会自动识别并读取，请去掉 --encoding");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void aFileNamedInChineseIsRecognisedByItsHeadersAndGivesTheSameLeads() throws Exception {
        run("--quiet");
        List<String> before = leadIds();
        Files.move(data.resolve("custody.csv"), data.resolve("看守所在押人员.csv"));
        Files.writeString(data.resolve("名单.csv"), "序号,备注\n1,无\n", StandardCharsets.UTF_8);

        CliRun r = run();

        assertThat(r.code()).as("名单.csv could not be used").isEqualTo(XingzhiCli.INPUT_PARTLY_UNUSABLE);
        assertThat(r.out()).contains("看守所在押人员.csv：文件名不是数据集名，按表头识别为 custody", "名单.csv：未读取",
                "表头：序号、备注");
        assertThat(leadIds()).isEqualTo(before).hasSize(58);
        assertThat(Files.readString(out.resolve("report.md"))).contains("| 看守所在押人员.csv | custody | 按表头识别 |",
                "| 名单.csv | — | **未读取** |");
    }

    @Test
    void everyRejectionIsInRejectionsCsvHoweverManyAndTheReportSummarisesThemByReason() throws Exception {
        StringBuilder many = new StringBuilder("name,id_number,occurred_on,category,venue_type,venue_name\n");
        for (int i = 0; i < 2500; i++) {
            many.append("张三,,2024-13-").append(i % 28 + 1).append(",上网,网吧,蓝天网吧\n");
        }
        Files.writeString(data.resolve("activities_2.csv"), many, StandardCharsets.UTF_8);

        CliRun r = run("--quiet");

        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        List<String> rejections = Files.readAllLines(out.resolve("rejections.csv"));
        assertThat(rejections).hasSize(2501);
        assertThat(rejections.get(2500)).startsWith("activities,activities_2.csv,2501,");
        String report = Files.readString(out.resolve("report.md"));
        assertThat(report).contains("### activities (2500)", "每一条（文件、行号、原因）都在 `rejections.csv` 中",
                "另有 2495 条，见 rejections.csv");
        assertThat(report.lines().filter(l -> l.startsWith("| 发生时间：") && l.contains(" (occurred_on: ") && l.endsWith("| 2500 |")))
                .as("one kind of reason for all 2500, in Chinese with the English after it").hasSize(1);
    }

    @Test
    void theSummaryIsJsonOnRequestAndSaysWhichAsOfDateWasUsed() throws Exception {
        CliRun quiet = CliRun.of("run", "--data", data.toString(), "--out", out.toString(), "--quiet", "--json");
        assertThat(quiet.code()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).contains("\"as_of_defaulted_to_today\" : true", "\"total_leads\"", "\"input_unusable\" : false");

        CliRun loud = run();
        assertThat(loud.out()).contains("检察基准日：2024-10-01", "线索合计：58 条");
        assertThat(loud.err()).contains("读取生效裁判", "关联人员", "运行模型", "流式读取活动记录", "写出结果（58 条线索）");
        CliRun today = CliRun.of("run", "--data", data.toString(), "--out", out.toString());
        assertThat(today.out()).contains("未给出 --as-of，按今天计算");
    }
}
