package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthsTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" = {1}y {2}m {3}d")
    @CsvSource(delimiter = '|', value = {
        "42|3|6|0", "36|3|0|0", "11|0|11|0", "5|0|5|0", "120|10|0|0", "42.0|3|6|0", "４２|3|6|0",
        "42个月|3|6|0", "11个月|0|11|0", "8个月|0|8|0", "3月|0|3|0",
        "三年六个月|3|6|0", "3年6个月|3|6|0", "3年6月|3|6|0", "三年零六个月|3|6|0", "一年零二个月|1|2|0",
        "两年|2|0|0", "二年|2|0|0", "一年|1|0|0", "十年|10|0|0", "十五年|15|0|0", "4年|4|0|0",
        "十个月|0|10|0", "五个月|0|5|0", "六个月零十天|0|6|10", "一年半|1|6|0", "半年|0|6|0",
        "半个月|0|0|15", "三个半月|0|3|15", "十五天|0|0|15", "3年6个月15天|3|6|15", "贰年|2|0|0",
        "' 3 年 6 个月 '|3|6|0", "三年陸個月|3|6|0", "一年又三个月|1|3|0", "二年又十个月|2|10|0",
    })
    void readsTermsAsWritten(String raw, int years, int months, int days) {
        Parsed<Months> parsed = Months.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isTrue();
        assertThat(parsed.value()).isEqualTo(new Months(years, months, days, false));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {"參年|3|0|0", "參年陸個月|3|6|0", "壹年參個月|1|3|0", "參個月|0|3|0"})
    void theTraditionalCapitalThreeIsThree(String raw, int years, int months, int days) {
        assertThat(Months.parse(raw).value()).isEqualTo(new Months(years, months, days, false));
    }

    @Test
    void theEverydayCanThatMiswritesThreeIsStillRefused() {
        assertThat(Months.parse("参年").isOk()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"终身", "无期", "无期徒刑"})
    void lifeFormsReadAsLife(String raw) {
        Months life = Months.parse(raw).value();
        assertThat(life.life()).isTrue();
        assertThat(life.totalMonths()).isZero();
        assertThat(life.isZero()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "无", "0个月", "零"})
    void zeroFormsReadAsZero(String raw) {
        assertThat(Months.parse(raw).value().isZero()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "三", "1.5年", "-3", "三年六个", "年", "有期徒刑三年"})
    void unreadableTermsFailWithAReason(String raw) {
        Parsed<Months> parsed = Months.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).isNotBlank();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void blankIsAFailure(String raw) {
        assertThat(Months.parse(raw).reason()).hasValue("term is blank");
    }

    @Test
    void yearAndMonthsJoinedByYouAreFifteenMonths() {
        assertThat(Months.parse("一年又三个月").value().totalMonths()).isEqualTo(15);
        assertThat(Months.parse("一年又三个月").value()).isEqualTo(Months.parse("一年零三个月").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"又三个月", "三个月又"})
    void youOnlyJoinsAYearToItsMonths(String raw) {
        assertThat(Months.parse(raw).isOk()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"12个月,一年", "24个月,二年", "36,三年", "18个月,一年六个月", "120个月,十年", "1年12个月,二年"})
    void twelveMonthsAreOneYear(String months, String years) {
        assertThat(Months.parse(months).value()).isEqualTo(Months.parse(years).value());
    }

    @Test
    void theConstructorCarriesTwelveMonthsIntoAYear() {
        assertThat(new Months(0, 30, 0, false)).isEqualTo(new Months(2, 6, 0, false));
        assertThat(new Months(0, 30, 0, false).months()).isEqualTo(6);
    }

    @Test
    void totalMonthsCountsYearsAsTwelve() {
        assertThat(Months.parse("三年六个月").value().totalMonths()).isEqualTo(42);
        assertThat(Months.of(42)).isEqualTo(new Months(3, 6, 0, false));
    }

    @Test
    void constructorRefusesNegativePartsAndLifeWithParts() {
        assertThatThrownBy(() -> new Months(-1, 0, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Months(0, -1, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Months(0, 0, -1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Months(1, 0, 0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Months.ofLife().life()).isTrue();
    }

    /**
     * 三六个月 was read as 36 months; it is no way to write them (三十六个月) and may be 三年六个月 (42)
     * with its 年 lost, so it is refused, as are 一二年 and 三年一一个月.
     */
    @ParameterizedTest
    @ValueSource(strings = {"三六个月", "一二年", "三年一一个月", "二四个月", "一年零二二天"})
    void chineseDigitsRunTogetherAreRefusedNotReadAsACount(String raw) {
        assertThat(Months.parse(raw).isOk()).isFalse();
    }
}
