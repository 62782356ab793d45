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
}
