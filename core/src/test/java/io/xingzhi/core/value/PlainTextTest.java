package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void escapesAndOverridesShowAsTheReplacementAndBreaksAsOneSpaceOnOneLine() {
        assertThat(PlainText.line("丹东\u001b[2J市\u202e看守所\r\n# 标题\u0085x\ty")).isEqualTo("丹东\uFFFD[2J市\uFFFD看守所 # 标题 x y");
    }

    @Test
    void linesKeepTheirLineFeedsAndACrlfIsOne() {
        assertThat(PlainText.lines("第一行\r\n第二行\n\u0007第三行")).isEqualTo("第一行\n第二行\n\uFFFD第三行");
    }

    @Test
    void textWithNothingToCleanIsReturnedAsItIsAndNullIsEmpty() {
        String s = "张三（2024）辽0682刑初1号";
        assertThat(PlainText.line(s)).isSameAs(s);
        assertThat(PlainText.line(null)).isEmpty();
    }
}
