package io.xingzhi.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What agencies' exports put among and below their rows that is no row: a footer (合计, 制表人/审核人,
 * 打印日期, a bare count), the header repeated on every page of a paged export, and the header of another
 * layout when two exports are joined in one file. Each is told to the visitor as what it is; a line with
 * an identity number or a date is never one, and a visitor that cannot judge a header keeps every
 * other line a row.
 */
class FootersAndRepeatedHeadersTest {
    /** Writes down every call, and judges another header as core does for custody, in short: it names 姓名 and 入所日期. */
    static final class Calls extends LinesBeforeTheHeaderTest.Calls {
        @Override
        public boolean headerAgain(SourceRef ref, List<String> names) {
            return names.contains("姓名") && names.contains("入所日期");
        }

        @Override
        public void repeatedHeader(SourceRef ref) {
            calls.add("repeated " + ref.line());
        }

        @Override
        public void footer(SourceRef first, int lines) {
            calls.add("footer " + first.line() + " +" + lines);
        }
    }

    private static List<String> read(String text) throws IOException {
        Calls c = new Calls();
        new CsvRowReader().read(Dataset.CUSTODY, "custody.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), c);
        return c.calls;
    }

    private static final String HEADER = "姓名,身份证号,入所日期\n";

    @Test
    void aTotalSignaturesAPrintDateAndABareCountBelowTheRowsAreTheFooter() throws IOException {
        assertThat(read(HEADER + "张三,,2024-01-02\n合计：2人,,\n制表人：张三  审核人：李四\n打印日期：2024年10月1日,,\n,2,\n共2条\n"
                + "制表人：,王五,\n（以下空白）,,\n第1页 共1页,,\n合　　计,,2\n"))
                .containsExactly("header 1 [姓名, 身份证号, 入所日期]", "row 2 [张三, , 2024-01-02]", "footer 3 +1", "footer 4 +1",
                        "footer 5 +1", "footer 6 +1", "footer 7 +1", "footer 8 +1", "footer 9 +1", "footer 10 +1", "footer 11 +1");
    }

    @Test
    void aLineWithAnIdentityNumberOrADateIsNeverTheFooter() throws IOException {
        assertThat(read(HEADER + "合计,110101199003070000,\n合计,,2024-01-02\n,,2024-10-01\n,20240305,\n备注：,张三,2024-01-02\n"))
                .containsExactly("header 1 [姓名, 身份证号, 入所日期]", "row 2 [合计, 110101199003070000, ]", "row 3 [合计, , 2024-01-02]",
                        "row 4 [, , 2024-10-01]", "row 5 [, 20240305, ]", "row 6 [备注：, 张三, 2024-01-02]");
    }

    @Test
    void aRowWhoseFirstCellIsNoFootersWordIsARowWhateverElseItLacks() throws IOException {
        assertThat(read(HEADER + "张三,,\n合计,张三,\n凤城市看守所在押人员信息表,,\n"))
                .containsExactly("header 1 [姓名, 身份证号, 入所日期]", "row 2 [张三, , ]", "row 3 [合计, 张三, ]",
                        "row 4 [凤城市看守所在押人员信息表, , ]");
    }

    @Test
    void theHeaderRepeatedOnEveryPageIsToldAsRepeatedAndItsRowsReadOn() throws IOException {
        assertThat(read(HEADER + "张三,,2024-01-02\n" + HEADER + "李四,,2024-01-03\n姓名,身份证号,入所日期,,\n"))
                .containsExactly("header 1 [姓名, 身份证号, 入所日期]", "row 2 [张三, , 2024-01-02]", "repeated 3",
                        "row 4 [李四, , 2024-01-03]", "repeated 5");
    }

    @Test
    void aHeaderOfAnotherLayoutIsGivenAsAHeaderAndTheRowsAfterItAreReadByIt() throws IOException {
        assertThat(read(HEADER + "张三,,2024-01-02\n入所日期,姓名,备注,身份证号\n2024-01-03,李四,,\n"))
                .containsExactly("header 1 [姓名, 身份证号, 入所日期]", "row 2 [张三, , 2024-01-02]",
                        "header 3 [入所日期, 姓名, 备注, 身份证号]", "row 4 [2024-01-03, 李四, , ]");
    }

    @Test
    void aTitleAboveAHeaderFurtherOnIsPassedOverAndAnnouncedAndOneAboveRowsIsARowInItsPlace() throws IOException {
        assertThat(read(HEADER + "张三,,2024-01-02\n合计：1人,,\n\n凤城市看守所在押人员信息表,,\n,,\n" + HEADER + "李四,,2024-01-03\n"
                + "凤城市看守所在押人员信息表,,\n入所日期,姓名,身份证号\n2024-01-04,王五,\n王六,,\n赵七,,2024-01-05\n孙八\n"))
                .containsExactly("header 1 [姓名, 身份证号, 入所日期]", "row 2 [张三, , 2024-01-02]", "footer 3 +1", "before 5 +2",
                        "repeated 7", "row 8 [李四, , 2024-01-03]", "before 9 +1", "header 10 [入所日期, 姓名, 身份证号]",
                        "row 11 [2024-01-04, 王五, ]", "row 12 [王六, , ]", "row 13 [赵七, , 2024-01-05]",
                        "rejected 14 expected 3 fields, found 1");
    }

    @Test
    void aLineHeldAsAPossibleTitleComesBeforeTheSettledRowsAfterIt() throws IOException {
        EventRecorder r = new EventRecorder(EventRecorder.SETTLING_S);
        new CsvRowReader().read(Dataset.ACTIVITIES, "activities.csv",
                new ByteArrayInputStream("a,b\nS1,x\n孤行,\nS2,y\nS3,z\n".getBytes(StandardCharsets.UTF_8)), r);
        assertThat(r.events).containsExactly("settled", "row 3 {a=孤行, b=}", "settled", "settled");
    }

    @Test
    void aVisitorThatCannotJudgeAHeaderKeepsALineOfWordsARow() throws IOException {
        LinesBeforeTheHeaderTest.Calls c = new LinesBeforeTheHeaderTest.Calls();
        new CsvRowReader().read(Dataset.CUSTODY, "custody.csv",
                new ByteArrayInputStream((HEADER + "入所日期,姓名,身份证号\n张三,,2024-01-02\n合计：1人\n").getBytes(StandardCharsets.UTF_8)), c);
        assertThat(c.calls).containsExactly("header 1 [姓名, 身份证号, 入所日期]", "row 2 [入所日期, 姓名, 身份证号]",
                "row 3 [张三, , 2024-01-02]",
                "rejected 4 a footer line of the table (a total, signatures, a print date, a count), not data");
    }

    @Test
    void afterAHeaderOfAnotherLayoutNoRowIsSettledByTheScreenOfTheHeaderBefore() throws IOException {
        // the screen settles rows whose first column starts with S: after the new header the first column is another field
        StringBuilder s = new StringBuilder("姓名,身份证号,入所日期\n");
        for (int i = 0; i < 3; i++) {
            s.append("S").append(i).append(",,2024-01-02\n");
        }
        s.append("身份证号,姓名,入所日期\n");
        for (int i = 0; i < 3; i++) {
            s.append("S").append(i).append(",X,2024-01-02\n");
        }
        EventRecorder r = new EventRecorder(EventRecorder.SETTLING_S) {
            @Override
            public boolean headerAgain(SourceRef ref, List<String> names) {
                events.add("header " + ref.line() + " " + names);
                return true;
            }
        };
        new CsvRowReader().read(Dataset.ACTIVITIES, "activities.csv", new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)), r);
        assertThat(r.events).containsExactly("settled", "settled", "settled", "header 5 [身份证号, 姓名, 入所日期]",
                "row 6 {身份证号=S0, 姓名=X, 入所日期=2024-01-02}", "row 7 {身份证号=S1, 姓名=X, 入所日期=2024-01-02}",
                "row 8 {身份证号=S2, 姓名=X, 入所日期=2024-01-02}");
    }
}
