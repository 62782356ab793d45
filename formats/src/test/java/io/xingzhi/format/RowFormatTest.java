package io.xingzhi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RowFormatTest {

    private static RowFormat sniff(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return RowFormat.sniff(b, b.length);
    }

    @Test
    void aConfigurationNamesAFormatByItsKey() {
        assertThat(RowFormat.byKey("csv")).contains(RowFormat.CSV);
        assertThat(RowFormat.byKey(" JSONL ")).contains(RowFormat.JSON_LINES);
        assertThat(RowFormat.byKey("xlsx")).isEmpty();
    }

    @Test
    void aMediaTypeNamesAFormatOrLeavesItToSniffing() {
        assertThat(RowFormat.ofMediaType("text/csv; charset=GBK")).contains(RowFormat.CSV);
        assertThat(RowFormat.ofMediaType("application/json")).contains(RowFormat.JSON_LINES);
        assertThat(RowFormat.ofMediaType("application/x-ndjson")).contains(RowFormat.JSON_LINES);
        assertThat(RowFormat.ofMediaType("text/plain")).isEqualTo(Optional.empty());
        assertThat(RowFormat.ofMediaType("")).isEmpty();
    }

    @Test
    void sniffingSeesJsonByItsFirstCharacterAndCsvOtherwise() {
        assertThat(sniff("  {\"a\":1}")).isEqualTo(RowFormat.JSON_LINES);
        assertThat(sniff("\uFEFF[{\"a\":1}]")).isEqualTo(RowFormat.JSON_LINES);
        assertThat(sniff("姓名,身份证号\n")).isEqualTo(RowFormat.CSV);
        assertThat(sniff("")).isEqualTo(RowFormat.CSV);
    }

    @Test
    void sniffingAStreamTellsWhatSniffingItsBytesTellsReadingOnlyToTheFirstCharacter() throws java.io.IOException {
        String[] samples = {"  {\"a\":1}", "\uFEFF[{\"a\":1}]", "\uFEFF  \r\n\t{", "姓名,身份证号\n", "", " ", "\uFEFF", "\uFEFF a,b",
            "\n\n\n[", "ab", "a", "{"};
        for (String text : samples) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            assertThat(RowFormat.sniff(new java.io.ByteArrayInputStream(b))).as(text).isEqualTo(RowFormat.sniff(b, b.length));
        }
        // a BOM cut short, and a stream of spaces longer than any buffer
        byte[] cut = {(byte) 0xEF, (byte) 0xBB};
        assertThat(RowFormat.sniff(new java.io.ByteArrayInputStream(cut))).isEqualTo(RowFormat.sniff(cut, cut.length));
        byte[] spaces = (" ".repeat(1 << 20) + "{").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(concat(spaces, "tail".getBytes(StandardCharsets.UTF_8)));
        assertThat(RowFormat.sniff(in)).isEqualTo(RowFormat.JSON_LINES);
        assertThat(in.available()).as("read no further than the first character").isEqualTo(4);
    }

    @Test
    void utf16JsonIsSniffedAsJsonWithOrWithoutItsByteOrderMark() throws java.io.IOException {
        for (String text : new String[] {"\uFEFF{\"姓名\":1}", "\uFEFF \r\n[{}]", "{\"a\":1}", "  [1]", "\uFEFF姓名,身份证号", "a,b"}) {
            for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
                byte[] b = text.getBytes(cs);
                RowFormat expected = text.strip().replace("\uFEFF", "").strip().matches("^[\\[{].*") ? RowFormat.JSON_LINES : RowFormat.CSV;
                assertThat(RowFormat.sniff(b, b.length)).as(text + " " + cs).isEqualTo(expected);
                assertThat(RowFormat.sniff(new java.io.ByteArrayInputStream(b))).as(text + " " + cs).isEqualTo(expected);
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
