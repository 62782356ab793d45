package io.xingzhi.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.value.Texts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Values written into a Markdown draft as text, and read back from it. */
class MarkdownTextTest {
    @Test
    void everyCharacterMarkdownOrHtmlGivesAMeaningIsWrittenAsAReference() {
        assertThat(MarkdownText.value("&<>[]*_`#\\")).isEqualTo("&amp;&lt;&gt;&#91;&#93;&#42;&#95;&#96;&#35;&#92;");
        assertThat(MarkdownText.value("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void plainTextIsLeftAsItIsOnOneLine() {
        String unit = "丹东市看守所（一）";
        assertThat(MarkdownText.value(unit)).isSameAs(Texts.oneLine(unit)).isEqualTo(unit);
        assertThat(MarkdownText.value("丹东市\n看守所")).isEqualTo("丹东市 看守所");
    }

    @Test
    void readingBackGivesTheValueOnOneLineWhateverItHeldReferencesIncluded() {
        Random random = new Random(15);
        String alphabet = "&<>[]*_`#\\;a张1 \n&amp;&#91;&lt";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = s.toString();
            String written = MarkdownText.value(value);
            assertThat(written).as(value).doesNotContain("<", ">", "[", "]", "*", "_", "`", "\\");
            assertThat(MarkdownText.unescape(written)).as(value).isEqualTo(Texts.oneLine(value));
        }
    }

    @Test
    void aTemplatesOwnReferencesThatTheDrafterNeverWritesAreLeftAlone() {
        assertThat(MarkdownText.unescape("甲&nbsp;乙 &#8203; &copy;")).isEqualTo("甲&nbsp;乙 &#8203; &copy;");
    }
}
