package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.value.PlainText;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {
    /** The quick path for printable ASCII and Chinese text shows exactly the characters the definition shows. */
    @Test
    void everyCharacterIsShownAsItselfExactlyWhenPlainTextCallsItSafe() {
        StringBuilder wrong = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean shown = SpreadsheetCells.safe("a" + c + "b").equals("a" + c + "b");
            boolean expected = c == '\t' || c == '\n' || !PlainText.unsafe(c);
            if (shown != expected && !Character.isSurrogate(c)) {
                wrong.append(String.format("U+%04X ", (int) c));
            }
        }
        assertThat(wrong.toString()).isEmpty();
        assertThat(SpreadsheetCells.safe("张\u202E三\r\n")).isEqualTo("张\uFFFD三\r\n");
    }
}
