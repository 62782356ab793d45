package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.app.RunService;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.run.SourceNote;
import io.xingzhi.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A custody export as agencies hand it over: paged, with the header repeated on each page and a subtotal
 * below it, a second export of another column order joined below the first, and a footer (合计, the
 * signatures, a print date, a bare count) at the end. The run finds the same leads as on the plain
 * file, and every line is accepted, rejected or noted: the footer and the headers as what they are,
 * not as rows rejected for a missing field.
 */
class FootersAndHeadersInsideAnExportTest {
    private static final LeadIdKey KEY = LeadIdKey.ofHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    @TempDir
    Path tmp;

    /** The fixture's custody rows as a paged, joined export with a footer; {@code parts} gives the lines it wrote. */
    static void pagedAndJoined(Path custody) throws IOException {
        List<String> lines = Files.readAllLines(custody, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        String header = lines.get(0).replace("\uFEFF", "");
        List<String> rows = lines.subList(1, lines.size());
        int columns = header.split(",", -1).length;
        String pad = ",".repeat(columns - 1);
        List<String> out = new ArrayList<>();
        out.add(header);
        out.addAll(rows.subList(0, 30));
        out.add("本页小计：30人" + pad);
        out.add(header);
        out.addAll(rows.subList(30, 60));
        out.add("凤城市看守所在押人员信息表（二）" + pad); // a second export, its title, its columns in the other order
        out.add(reversed(header));
        for (String r : rows.subList(60, rows.size())) {
            out.add(reversed(r));
        }
        out.add("合计：" + rows.size() + "人" + pad);
        out.add("制表人：张三  审核人：李四");
        out.add("打印日期：2024年10月1日" + pad);
        out.add("," + rows.size() + pad.substring(1));
        Files.write(custody, out, StandardCharsets.UTF_8);
    }

    private static String reversed(String line) {
        List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
        assertThat(line).doesNotContain("\"");
        Collections.reverse(cells);
        return String.join(",", cells);
    }

    @Test
    void aPagedJoinedExportWithAFooterGivesTheLeadsOfThePlainFileAndNotesWhatIsNoRow() throws IOException {
        Path plain = Fixtures.copy(Fixtures.COUNTY, tmp.resolve("plain"));
        Path messy = Fixtures.copy(Fixtures.COUNTY, tmp.resolve("messy"));
        pagedAndJoined(messy.resolve("custody.csv"));
        RunResult a = run(plain);
        RunResult b = run(messy);

        assertThat(b.leads()).extracting(Lead::leadId).containsExactlyInAnyOrderElementsOf(a.leads().stream().map(Lead::leadId).toList());
        DatasetCounts before = a.report().datasets().get(Dataset.CUSTODY);
        DatasetCounts after = b.report().datasets().get(Dataset.CUSTODY);
        assertThat(after.read()).isEqualTo(before.read());
        assertThat(after.accepted()).isEqualTo(before.accepted());
        assertThat(b.report().rejections()).filteredOn(r -> r.ref().dataset() == Dataset.CUSTODY)
                .hasSameSizeAs(a.report().rejections().stream().filter(r -> r.ref().dataset() == Dataset.CUSTODY).toList());
        List<SourceNote> notes = b.report().sourceNotes().stream().filter(n -> n.source().equals("custody.csv")).toList();
        assertThat(notes).extracting(SourceNote::message).containsExactly(
                "custody.csv（custody）：第32、102–105行（共 5 行）是表尾（合计、制表人、审核人、打印日期、计数等），不是数据，未读取",
                "custody.csv（custody）：第33行重复了第1行的表头（分页导出每页重复表头，或同一导出拼接），未作为数据读取",
                "custody.csv（custody）：第64行在文件中间的表头之前（表格标题等），未作为数据读取",
                "custody.csv（custody）：第65行是另一表头（列与第1行的表头不同，如两份导出拼接在一个文件中），其后的行按此表头读取");
        assertThat(b.report().sourceNotes()).noneMatch(SourceNote::unusable);
    }

    @Test
    void anUnknownColumnOfBothHeadersIsNotedOnceAndOneOnlyTheSecondHasIsNotedThere() throws IOException {
        Path data = Fixtures.copy(Fixtures.COUNTY, tmp.resolve("unknown"));
        Path custody = data.resolve("custody.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(custody, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
        String header = lines.get(0).replace("\uFEFF", "");
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, (i == 0 ? header + ",备注" : lines.get(i) + ",x"));
        }
        lines.add(11, reversed(header + ",备注,导出时间"));
        for (int i = 12; i < lines.size(); i++) {
            lines.set(i, reversed(lines.get(i) + ",2024-10-01"));
        }
        Files.write(custody, lines, StandardCharsets.UTF_8);
        RunResult r = run(data);
        assertThat(r.report().sourceNotes()).filteredOn(n -> n.kind() == SourceNote.Kind.UNKNOWN_COLUMNS).extracting(SourceNote::message)
                .containsExactly("custody.csv（custody）：未识别的列 备注，其值作为原始属性保留，模型不使用",
                        "custody.csv（custody）：第12行的表头中未识别的列 导出时间，其值作为原始属性保留，模型不使用");
        assertThat(r.report().datasets().get(Dataset.CUSTODY).rejected()).isZero();
    }

    @Test
    void aSecondHeaderLackingARequiredFieldRejectsTheRowsAfterItWithThatReason() throws IOException {
        Path data = Fixtures.copy(Fixtures.COUNTY, tmp.resolve("second"));
        Path custody = data.resolve("custody.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(custody, StandardCharsets.UTF_8));
        String header = lines.get(0).replace("\uFEFF", "");
        lines.add(11, reversed(header.replace("入所日期", "收监时间")));
        for (int i = 12; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                lines.set(i, reversed(lines.get(i)));
            }
        }
        Files.write(custody, lines, StandardCharsets.UTF_8);
        RunResult r = run(data);
        assertThat(r.report().datasets().get(Dataset.CUSTODY).accepted()).isEqualTo(10);
        assertThat(r.report().rejections()).filteredOn(x -> x.ref().source().equals("custody.csv"))
                .allSatisfy(x -> assertThat(x.reason()).startsWith("the rows after another header on line 12 cannot be read: "));
        assertThat(r.report().sourceNotes()).filteredOn(SourceNote::unusable).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(SourceNote.Kind.HEADER_AGAIN_UNUSABLE));
    }

    private RunResult run(Path data) {
        CsvRunOutput output = new CsvRunOutput(tmp.resolve("out-" + data.getFileName()));
        return RunService.builder(new CsvRecordSource(data)).output(output).rejections(output.rejections())
                .leadIdKey(() -> KEY).build().run(Fixtures.AS_OF).result();
    }
}
