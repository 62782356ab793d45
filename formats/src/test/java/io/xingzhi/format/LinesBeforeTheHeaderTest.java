package io.xingzhi.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agencies' spreadsheet exports put a table title and a date line above the header
 * ({@code 凤城市看守所在押人员信息表}, {@code 制表日期：2024年9月30日}). Lines before the header with at most
 * one non-blank cell each are passed over and announced, and so are lines that are no usable header
 * and hold no data (a row of column groups) when a usable header follows; for a visitor that cannot
 * judge a header, the header is the first line with more cells (no header has fewer than two named
 * columns). Anything else keeps the first such line as the header, as before: more than ten lines before
 * it, no usable header, a broken line among them.
 */
class LinesBeforeTheHeaderTest {
    /** Writes down every call, in order. */
    static class Calls implements RowVisitor {
        final List<String> calls = new ArrayList<>();

        @Override
        public void linesBeforeHeader(SourceRef first, int lines) {
            calls.add("before " + first.line() + " +" + lines);
        }

        @Override
        public void header(SourceRef ref, List<String> names) {
            calls.add("header " + ref.line() + " " + names);
        }

        @Override
        public void headerUnreadable(SourceRef ref, String reason) {
            calls.add("unreadable " + ref.line());
        }

        @Override
        public void row(RawRow row) {
            calls.add("row " + row.ref().line() + " " + row.fields().values());
        }

        @Override
        public void rejected(Rejection rejection) {
            calls.add("rejected " + rejection.ref().line() + " " + rejection.reason());
        }
    }

    /** Judges a header usable as core does for custody, in short: it names 姓名 and 入所日期. */
    static final class Judging extends Calls {
        @Override
        public boolean usableHeader(SourceRef ref, List<String> names) {
            calls.add("asked " + ref.line());
            return names.contains("姓名") && names.contains("入所日期");
        }
    }

    private static List<String> judged(String text) throws IOException {
        Calls c = new Judging();
        new CsvRowReader().read(Dataset.CUSTODY, "custody.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), c);
        return c.calls.stream().filter(call -> !call.startsWith("asked")).toList();
    }

    private static List<String> read(byte[] bytes) throws IOException {
        Calls c = new Calls();
        new CsvRowReader().read(Dataset.CUSTODY, "custody.csv", new ByteArrayInputStream(bytes), c);
        return c.calls;
    }

    private static List<String> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTitleADateLineAndAnEmptyRowAboveTheHeaderArePassedOverAndAnnounced() throws IOException {
        assertThat(read("凤城市看守所在押人员信息表,,\n制表日期：2024年9月30日,,\n,,\n姓名,身份证号,入所日期\n张三,,2024-01-02\n李四,,2024-01-03\n"))
                .containsExactly("before 1 +3", "header 4 [姓名, 身份证号, 入所日期]", "row 5 [张三, , 2024-01-02]",
                        "row 6 [李四, , 2024-01-03]");
    }

    @Test
    void aHeaderBehindATitleIsTheOneReadAlone() throws IOException {
        byte[] file = "\"凤城市看守所在押人员信息表\"\n姓名,身份证号,入所日期\n张三,,2024-01-02\n".getBytes(StandardCharsets.UTF_8);
        assertThat(new CsvRowReader().header("custody.csv", new ByteArrayInputStream(file)))
                .containsExactly("姓名", "身份证号", "入所日期");
    }

    @Test
    void aFileWithoutATitleIsReadAsBeforeWithNothingAnnounced() throws IOException {
        assertThat(read("姓名,身份证号,入所日期\n张三,,2024-01-02\n"))
                .containsExactly("header 1 [姓名, 身份证号, 入所日期]", "row 2 [张三, , 2024-01-02]");
    }

    @Test
    void pastTenSuchLinesTheFirstLineIsTheHeaderAsBefore() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= 11; i++) {
            s.append("标题").append(i).append('\n');
        }
        s.append("姓名,身份证号\n");
        List<String> calls = read(s.toString());
        assertThat(calls).first().isEqualTo("header 1 [标题1]");
        assertThat(calls).doesNotContain("before 1 +10").hasSize(12);
        assertThat(calls.get(10)).isEqualTo("row 11 [标题11]");
        assertThat(calls.get(11)).startsWith("rejected 12 expected 1 fields, found 2");
    }

    @Test
    void withoutALineOfMoreCellsTheFirstLineIsTheHeaderAndTheOthersItsRows() throws IOException {
        assertThat(read("姓名\n张三\n李四\n")).containsExactly("header 1 [姓名]", "row 2 [张三]", "row 3 [李四]");
    }

    @Test
    void aBrokenLineAfterATitleLeavesTheTitleAsTheHeaderAsBefore() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("凤城市看守所在押人员信息表\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {'x', (byte) 0xFF, ',', 'y', '\n'});
        b.writeBytes("张三,2024-01-02\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(b.toByteArray())).containsExactly("header 1 [凤城市看守所在押人员信息表]",
                "rejected 2 undecodable bytes in UTF-8", "rejected 3 expected 1 fields, found 2");
    }

    @Test
    void aRowOfColumnGroupsAboveTheHeaderIsPassedOverWhenTheVisitorFindsTheNextLineUsable() throws IOException {
        assertThat(judged("看守所在押人员信息表\n基本信息,,羁押信息\n姓名,身份证号,入所日期\n张三,,2024-01-02\n"))
                .containsExactly("before 1 +2", "header 3 [姓名, 身份证号, 入所日期]", "row 4 [张三, , 2024-01-02]");
    }

    @Test
    void anUnusableHeaderAboveDataIsStillTheHeaderAndATitleAboveItIsPassedOver() throws IOException {
        assertThat(judged("看守所在押人员信息表\n姓名,身份证号,入所时间\n张三,,2024-01-02\n"))
                .containsExactly("before 1 +1", "header 2 [姓名, 身份证号, 入所时间]", "row 3 [张三, , 2024-01-02]");
        assertThat(judged("姓名,身份证号,入所时间\n张三,,2024-01-02\n"))
                .containsExactly("header 1 [姓名, 身份证号, 入所时间]", "row 2 [张三, , 2024-01-02]");
    }

    @Test
    void aFileWithATitleButNoHeaderRowHasItsFirstDataLineTakenAsTheHeaderAsWithoutTheTitle() throws IOException {
        assertThat(judged("看守所在押人员信息表\n张三,,2024-01-02\n李四,,2024-01-03\n")).containsExactly("before 1 +1",
                "header 2 [张三, column_2, 2024-01-02]", "row 3 [李四, , 2024-01-03]");
    }

    @Test
    void aLineHoldingADateOrAnIdentityNumberIsNeverPassedOver() throws IOException {
        assertThat(judged("张三,,2024-01-02\n姓名,身份证号,入所日期\n")).first().isEqualTo("header 1 [张三, column_2, 2024-01-02]");
        assertThat(judged("张三,11010519491231002X,\n姓名,身份证号,入所日期\n")).first().isEqualTo("header 1 [张三, 11010519491231002X, column_3]");
        assertThat(judged("基本信息,,羁押信息\n张三,,2024-01-02\n"))
                .containsExactly("header 1 [基本信息, column_2, 羁押信息]", "row 2 [张三, , 2024-01-02]");
    }

    @Test
    void aQuotedTitleSpanningLinesIsNoTitle() throws IOException {
        assertThat(read("\"凤城市看守所\n在押人员信息表\",\n姓名,身份证号\n")).first().asString().startsWith("header 1 ");
    }
}
