package io.xingzhi.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.testkit.CollectingVisitor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON Lines (and a JSON array page) read through the same decoding as CSV, one bad line costing that line. */
class JsonRowReaderTest {
    private static final String SOURCE = "activities.jsonl";

    private static CollectingVisitor read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static CollectingVisitor read(byte[] bytes) throws IOException {
        CollectingVisitor c = new CollectingVisitor();
        new JsonRowReader().read(Dataset.ACTIVITIES, SOURCE, new ByteArrayInputStream(bytes), c);
        return c;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void eachLineIsAnObjectWhoseMembersAreTheRowsFieldsAsWritten() throws IOException {
        CollectingVisitor c = read("{\"姓名\":\" 张三\",\"罚金\":50000.00,\"已决\":true,\"出所原因\":null,\"天数\":31}\n");
        assertThat(c.rejections).isEmpty();
        assertThat(c.rows).singleElement().satisfies(r -> {
            assertThat(r.fields()).containsExactly(Map.entry("姓名", " 张三"), Map.entry("罚金", "50000.00"),
                    Map.entry("已决", "true"), Map.entry("出所原因", ""), Map.entry("天数", "31"));
            assertThat(r.ref().source()).isEqualTo(SOURCE);
            assertThat(r.ref().line()).isEqualTo(1);
            assertThat(r.dataset()).isEqualTo(Dataset.ACTIVITIES);
        });
    }

    @Test
    void utf16LinesAndArraysAreReadAsTheirText() throws IOException {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        CollectingVisitor lines = read(concat(bom, "{\"姓名\":\"张三\"}\r\n\r\n{\"姓名\":\"李四\",}\r\n{\"姓名\":\"王五\"}\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
        assertThat(lines.column("姓名")).containsExactly("张三", "王五");
        assertThat(lines.rowLines()).containsExactly(1L, 4L);
        assertThat(lines.rejectedLines()).containsExactly(3L);

        CollectingVisitor array = read("[{\"姓名\":\"张三\"},\n{\"姓名\":\"李四\"}]".getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        assertThat(array.column("姓名")).containsExactly("张三", "李四");
    }

    @Test
    void aBrokenLineCostsThatLineOnly() throws IOException {
        CollectingVisitor c = read("{\"姓名\":\"张三\"}\n{\"姓名\":\"李四\",\n\n{\"姓名\":\"王五\"}\r\n{\"姓名\":\"\"赵六\"}\n{\"姓名\":\"钱七\"}");
        assertThat(c.column("姓名")).containsExactly("张三", "王五", "钱七");
        assertThat(c.rowLines()).containsExactly(1L, 4L, 6L);
        assertThat(c.rejectedLines()).containsExactly(2L, 5L);
        assertThat(c.rejections).allSatisfy(r -> assertThat(r.reason()).startsWith("broken JSON at column"));
    }

    /**
     * JSON can escape half of a character ({@code "\\ud800"}); it is no text, and strict JSON readers refuse
     * it in the leads the engine writes. Such a row is rejected naming the member, as a line of bytes its
     * charset cannot decode is; a whole pair escaped ({@code "\\ud83d\\ude00"}) is one character and read.
     */
    @Test
    void aMemberHoldingHalfOfACharacterIsRejectedAndAWholePairIsRead() throws IOException {
        CollectingVisitor c = read("{\"name\":\"张\\ud800三\",\"a\":\"1\"}\n{\"name\":\"张三\",\"a\":\"\\udc00\"}\n"
                + "{\"x\\ud800\":\"1\"}\n{\"name\":\"张\\ud83d\\ude00三\",\"a\":\"1\"}\n");
        assertThat(c.rejections).extracting(r -> r.ref().line() + " " + r.reason()).containsExactly(
                "1 name: \\uD800 is half of a character (a lone surrogate escape), no text",
                "2 a: \\uDC00 is half of a character (a lone surrogate escape), no text",
                "3 broken JSON at column 10"); // in a member's name, Jackson refuses it
        assertThat(c.rowLines()).containsExactly(4L);
        assertThat(c.column("name")).containsExactly("张\uD83D\uDE00三");
    }

    @Test
    void aValueNestedAHundredThousandDeepCostsItsLineOnly() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        CollectingVisitor c = read("{\"姓名\":\"张三\"}\n{\"姓名\":\"李四\",\"x\":" + deep + "}\n" + deep + "\n{\"姓名\":" + deep
                + "}\n{\"姓名\":\"王五\"}\n");
        assertThat(c.column("姓名")).containsExactly("张三", "王五");
        assertThat(c.rejectedLines()).containsExactly(2L, 3L, 4L);
        assertThat(c.rejections).allSatisfy(r -> assertThat(r.reason()).startsWith("JSON past the reader's limits: ")
                .contains("nesting depth"));
        // a JSON array page: the element where it broke, and the rest cannot be split
        CollectingVisitor array = read("[{\"姓名\":\"张三\"},{\"x\":" + deep + "},{\"姓名\":\"王五\"}]");
        assertThat(array.column("姓名")).containsExactly("张三");
        assertThat(array.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(2);
            assertThat(r.reason()).startsWith("JSON past the reader's limits: ").endsWith("; the rest of the array cannot be split");
        });
    }

    @Test
    void valuesThatAreNotFlatObjectsAreRejectedWithTheirReason() throws IOException {
        CollectingVisitor c = read("42\n[1,2]\n{\"a\":{\"b\":1}}\n{\"a\":[1]}\n{\"a\":\"1\",\"a\":\"2\"}\n{\"a\":\"1\"} {\"a\":\"2\"}\n{\"a\":\"ok\"}\n");
        assertThat(c.rejections).extracting(r -> r.ref().line() + " " + r.reason()).containsExactly(
                "1 not a JSON object", "2 not a JSON object", "5 a: given twice", "6 text after the JSON object");
        // a nested value is no text: the row carries the marker, and the mapping rejects it if "a" names a field
        assertThat(c.rowLines()).containsExactly(3L, 4L, 7L);
        assertThat(c.column("a")).containsExactly(RawRow.NESTED_VALUE, RawRow.NESTED_VALUE, "ok");
    }

    @Test
    void anUndecodableLineIsRejectedAndTheEncodingIsDetectedLikeCsv() throws IOException {
        byte[] utf8 = concat("{\"姓名\":\"张三\"}\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'},
                "{\"姓名\":\"李四\"}\n".getBytes(StandardCharsets.UTF_8));
        CollectingVisitor c = read(utf8);
        assertThat(c.column("姓名")).containsExactly("张三", "李四");
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("undecodable bytes in UTF-8");
        });

        CollectingVisitor gb = read("{\"出所原因\":\"刑满释放\"}\n".getBytes(Charset.forName("GB18030")));
        assertThat(gb.column("出所原因")).containsExactly("刑满释放");
    }

    @Test
    void aReasonNeverQuotesTheBrokenText() throws IOException {
        CollectingVisitor c = read("{\"身份证号\": 210102198001011234x}\n");
        assertThat(c.rejections).singleElement().satisfies(r -> assertThat(r.reason()).doesNotContain("2101021980"));
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreSkippedAndAnEmptySourceGivesNothing() throws IOException {
        CollectingVisitor c = read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "\n  \n{\"a\":\"1\"}\n\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(c.rowLines()).containsExactly(3L);
        assertThat(read(new byte[0]).order).isEmpty();
    }

    @Test
    void aJsonArrayPageGivesOneRowPerElementWithItsPosition() throws IOException {
        CollectingVisitor c = read("\uFEFF [{\"a\":\"1\",\"n\":31},\n 42,\n {\"a\":{\"x\":1}},\n {\"a\":\"4\",\"b\":null}]");
        assertThat(c.rows).extracting(r -> r.ref().line()).containsExactly(1L, 3L, 4L);
        assertThat(c.rows.get(0).fields()).containsExactly(Map.entry("a", "1"), Map.entry("n", "31"));
        assertThat(c.rows.get(1).fields()).containsExactly(Map.entry("a", RawRow.NESTED_VALUE));
        assertThat(c.rows.get(2).fields()).containsExactly(Map.entry("a", "4"), Map.entry("b", ""));
        assertThat(c.rejections).extracting(r -> r.ref().line() + " " + r.reason()).containsExactly("2 not a JSON object");
    }

    @Test
    void aBrokenJsonArrayEndsAtTheElementWhereItBrokeAndSaysSo() throws IOException {
        CollectingVisitor c = read("[{\"a\":\"1\"},{\"a\":1,,\"b\":2},{\"a\":\"3\"}]");
        assertThat(c.column("a")).containsExactly("1");
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(2);
            assertThat(r.reason()).contains("broken JSON").contains("the rest of the array cannot be split");
        });
        // a page cut short says so, rather than pointing at a rest there is not
        CollectingVisitor cut = read("[{\"a\":\"1\"},{\"a\":");
        assertThat(cut.column("a")).containsExactly("1");
        assertThat(cut.rejections).extracting(r -> r.ref().line() + " " + r.reason())
                .containsExactly("2 the source ends inside this element of the JSON array; the array is not closed");
        CollectingVisitor unclosed = read("[{\"a\":\"1\"}");
        assertThat(unclosed.column("a")).containsExactly("1");
        assertThat(unclosed.rejections).extracting(r -> r.ref().line() + " " + r.reason())
                .containsExactly("2 the JSON array is not closed; the source ends early");
        assertThat(read("[{\"a\":\"1\"}] {}").rejections).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("text after the end"));
    }

    @Test
    void theSameBytesGiveTheSameRowsHoweverTheStreamHandsThemOver() throws IOException {
        byte[] lines = "{\"a\":\"1\"}\r\n{\"a\":\r\n{\"a\":\"张三\"}\n".getBytes(StandardCharsets.UTF_8);
        CollectingVisitor whole = read(lines);
        CollectingVisitor trickled = new CollectingVisitor();
        new JsonRowReader().read(Dataset.ACTIVITIES, SOURCE, new CsvRowReaderTest.Trickle(lines, 2), trickled);
        assertThat(trickled.rows).isEqualTo(whole.rows).hasSize(2);
        assertThat(trickled.rejections).isEqualTo(whole.rejections).hasSize(1);

        byte[] array = "[{\"a\":\"1\"},{\"a\":\"张三\"}]".getBytes(StandardCharsets.UTF_8);
        CollectingVisitor arrayTrickled = new CollectingVisitor();
        new JsonRowReader().read(Dataset.ACTIVITIES, SOURCE, new CsvRowReaderTest.Trickle(array, 2), arrayTrickled);
        assertThat(arrayTrickled.column("a")).containsExactly("1", "张三");
    }
}
