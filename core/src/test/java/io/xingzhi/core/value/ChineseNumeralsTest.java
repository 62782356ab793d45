package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "零|0", "〇|0", "一|1", "两|2", "十|10", "十五|15", "二十|20", "二十五|25", "一百|100",
        "一百零五|105", "一百一十|110", "一千零十|1010", "三千|3000", "五万|50000", "二十万|200000",
        "十万|100000", "一万五千|15000", "一万零五百|10500", "一百万|1000000", "三亿|300000000",
        "一亿零五百万|105000000", "两万|20000", "一点五万|15000",
        "壹|1", "贰拾|20", "叁仟|3000", "伍万|50000", "壹万伍仟|15000", "壹拾贰万|120000",
        "壹拾万|100000", "陆佰柒拾捌|678", "玖仟玖佰玖拾玖|9999", "贰亿|200000000",
        "二〇二四|2024", "一九四九|1949",
        "50000|50000", "50,000|50000", "50000.00|50000.00", "1,234,567.5|1234567.5",
        "1.5万|15000", "10万|100000", "5千|5000", "1万5千|15000", "2万500|20500", "３万|30000",
        "一万亿|1000000000000", "三亿五千万|350000000", "一亿零五万|100050000",
    })
    void readsOrdinaryCapitalAndArabicNumerals(String raw, BigDecimal expected) {
        Parsed<BigDecimal> parsed = ChineseNumerals.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isTrue();
        assertThat(parsed.value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "零点五万|5000", "二十点五万|205000", "一十点零一|10.01", "十点五|10.5", "零点五|0.5", "一百二十点五|120.5",
        "三点一四|3.14", "壹拾点伍万|105000", "一点五亿|150000000",
    })
    void readsDecimalsWrittenWithDian(String raw, BigDecimal expected) {
        Parsed<BigDecimal> parsed = ChineseNumerals.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isTrue();
        assertThat(parsed.value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource(delimiter = '|', value = {"一百十一|111", "二百十五|215", "一百十|110", "壹佰拾壹|111"})
    void tenRightAfterAHundredMayDropItsOne(String raw, BigDecimal expected) {
        assertThat(ChineseNumerals.parse(raw).value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"5万3万", "一亿二亿", "三万五千万", "1万2万", "一亿二千万三亿", "五万零三万"})
    void aGroupOfWanOrYiWrittenTwiceIsRefusedNotSummed(String raw) {
        Parsed<BigDecimal> parsed = ChineseNumerals.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("twice");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"点五", "十点", "一千十", "一万十", "二十点五千"})
    void misplacedDecimalPointsAndSkippedPlacesAreRefused(String raw) {
        assertThat(ChineseNumerals.parse(raw).isOk()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "一万五|ambiguous",
        "一百五|ambiguous",
        "十百|out of order",
        "百|without a number",
        "万|without a number",
        "-5|not a number",
        "五元|not a number",
        "abc|not a number",
        "1,0000|two numbers",
    })
    void refusesWhatWouldBeAGuess(String raw, String reasonMentions) {
        Parsed<BigDecimal> parsed = ChineseNumerals.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains(reasonMentions);
    }

    /**
     * anton-bot/chinese-numbers-converter.js reads 8千3萬 as 83,000,000 (8300万); the strict rule that needs 零 for
     * 8003万 would read 80,030,000, which is what this parser silently gave.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"8千3萬", "八千三万", "一百五万", "壹佰伍万", "五千三亿", "一万五亿"})
    void anAbbreviationThatDropsItsUnitBeforeWanOrYiIsRefusedNotReadAsTheNextDigit(String raw) {
        Parsed<BigDecimal> parsed = ChineseNumerals.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("ambiguous");
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "八千三百万|83000000", "八千零三万|80030000", "一百零五万|1050000", "一百五十万|1500000", "三十五万|350000",
        "8千4百萬|84000000", "二十亿零一十万零一百一十二|2000100112", "一千零一亿一千零一万一千零一|100110011001",
    })
    void theSameNumbersWrittenInFullAreRead(String raw, BigDecimal expected) {
        assertThat(ChineseNumerals.parse(raw).value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void blankIsAFailure(String raw) {
        assertThat(ChineseNumerals.parse(raw).reason()).hasValue("number is blank");
    }

    /**
     * 1.5万 has a thousands digit; 3千 written after it writes the thousands again: a sum (18000, as
     * 5万3万 would be 8万) or 1.53万 mistyped, so refused (it was read as 18000). cn2an's smart mode
     * refuses 10.1万零100 alike (Ailln/cn2an, cn2an/cn2an_test.py).
     */
    @ParameterizedTest
    @ValueSource(strings = {"1.5万3千", "1.5万5千", "10.5万500", "1.25万500", "1.5千3百", "1.5千3百万", "二十点五万三千",
        "一点五亿三千万", "1.5亿5000万", "10.1万零100", "1.5万零5"})
    void digitsAfterADecimalMultipliedByAUnitAreRefusedAsItsPlacesWrittenTwice(String raw) {
        assertThat(ChineseNumerals.parse(raw).reason()).hasValueSatisfying(r -> assertThat(r).contains("places twice"));
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "1.5万|15000", "1.5千万|15000000", "1.5万亿|1500000000000", "二十点五万|205000", "35.1亿|3510000000",
        "1.0万3千|13000", "100万三千|1003000", "一百点123|100.123",
    })
    void aDecimalWithAUnitIsStillReadWhenNothingOrALargerUnitFollows(String raw, BigDecimal expected) {
        assertThat(ChineseNumerals.parse(raw).value()).isEqualByComparingTo(expected);
    }

    /** A count (years, months, days) is written with its units: 三六 is no count, 36 still is. */
    @ParameterizedTest
    @ValueSource(strings = {"三六", "一二", "二〇", "壹贰"})
    void chineseDigitsRunTogetherAreNoCount(String raw) {
        assertThat(ChineseNumerals.parseCount(raw).isOk()).isFalse();
        assertThat(ChineseNumerals.parse(raw).isOk()).isTrue(); // as a plain number, a digit string (二〇二四)
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource(delimiter = '|', value = {"三十六|36", "十二|12", "36|36", "五|5", "十|10"})
    void countsWrittenWithTheirUnitsOrInArabicDigitsAreRead(String raw, BigDecimal expected) {
        assertThat(ChineseNumerals.parseCount(raw).value()).isEqualByComparingTo(expected);
    }
}
