package io.xingzhi.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {
    @Test
    void amountsInLowerCaseNumerals() {
        assertThat(ChineseText.lower(3000)).isEqualTo("三千");
        assertThat(ChineseText.lower(15000)).isEqualTo("一万五千");
        assertThat(ChineseText.lower(120000)).isEqualTo("十二万");
        assertThat(ChineseText.lower(1005)).isEqualTo("一千零五");
        assertThat(ChineseText.lower(10500)).isEqualTo("一万零五百");
        assertThat(ChineseText.lower(2000000)).isEqualTo("二百万");
    }

    @Test
    void amountsInCapitalNumerals() {
        assertThat(ChineseText.capital(15000)).isEqualTo("壹万伍仟");
        assertThat(ChineseText.capital(100000)).isEqualTo("壹拾万");
        assertThat(ChineseText.capital(50000)).isEqualTo("伍万");
        assertThat(ChineseText.capital(3000)).isEqualTo("叁仟");
    }

    @Test
    void termsInWords() {
        assertThat(ChineseText.months(42)).isEqualTo("三年六个月");
        assertThat(ChineseText.months(12)).isEqualTo("一年");
        assertThat(ChineseText.months(10)).isEqualTo("十个月");
        assertThat(ChineseText.months(144)).isEqualTo("十二年");
        assertThat(ChineseText.monthsWithZero(14)).isEqualTo("一年零二个月");
        assertThat(ChineseText.monthsWithZero(22)).isEqualTo("一年十个月");
        assertThat(ChineseText.monthsArabic(42)).isEqualTo("3年6个月");
        assertThat(ChineseText.monthsArabic(8)).isEqualTo("8个月");
    }
}
