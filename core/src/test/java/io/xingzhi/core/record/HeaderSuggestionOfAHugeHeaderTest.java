package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.value.EditDistance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A header row of megabytes (a file that is one long line, a header cell of 10 MB) is checked like
 * any other: its unknown column gets no suggestion, or the name it contains, without a table of
 * edit distances as long as it. A 10 MB header made a run under -Xmx512m end with an
 * OutOfMemoryError; these tests run under the build's 1 GB.
 */
class HeaderSuggestionOfAHugeHeaderTest {
    static final String HUGE = "H".repeat(20 << 20);

    @Test
    void anUnknownHeaderOfTwentyMegabytesGetsNoSuggestion() {
        assertThat(HeaderAliases.standard().suggest(Dataset.ACTIVITIES, HUGE)).isEmpty();
    }

    @Test
    void aHugeHeaderThatContainsAKnownNameIsStillSuggestedIt() {
        assertThat(HeaderAliases.standard().suggest(Dataset.CUSTODY, "H".repeat(1 << 20) + "入所日期"))
                .contains(List.of("入所日期", "admitted_on"));
    }

    @Test
    void theDistanceToAVeryLongTextIsCountedWithoutATableAsLongAsIt() {
        assertThat(EditDistance.of(HUGE, "HHHH")).isEqualTo(HUGE.length() - 4);
        assertThat(EditDistance.of("入所日期", "入所时间")).isEqualTo(2);
        assertThat(EditDistance.of("ab", "ba")).isEqualTo(1);
        assertThat(EditDistance.of("", "abc")).isEqualTo(3);
        assertThat(EditDistance.of("abcdef", "abdcef")).isEqualTo(1);
        assertThat(EditDistance.of("kitten", "sitting")).isEqualTo(3);
    }
}
