package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "2024-03-05|2024-03-05",
        "2024-3-5|2024-03-05",
        "2024/3/5|2024-03-05",
        "2024/03/05|2024-03-05",
        "2024.3.5|2024-03-05",
        "2024.03.05|2024-03-05",
        "20240305|2024-03-05",
        "2024年3月5日|2024-03-05",
        "2024年03月05日|2024-03-05",
        "2024年3月5|2024-03-05",
        "２０２４－０３－０５|2024-03-05",
        "２０２４年３月５日|2024-03-05",
        "' 2024-03-05 '|2024-03-05",
        "2024-03-05 14:30:00|2024-03-05",
        "2024-03-05 14:30|2024-03-05",
        "2024-03-05T14:30|2024-03-05",
        "2024-03-05T14:30:00.123Z|2024-03-05",
        "2024-03-05 00:00:00.0|2024-03-05",
        "2024/3/5 08:23:27|2024-03-05",
        "2024.3.5 08:23:27|2024-03-05",
        "20240305 08:23:27|2024-03-05",
        "2024年3月5日 08:23:27|2024-03-05",
        "2024年3月5日14时30分|2024-03-05",
        "２０２４－０３－０５　１４：３０：００|2024-03-05",
        "2024-02-29|2024-02-29",
        "2024 年 3 月 5 日|2024-03-05",
        "2024-03-05 14:30:00+08:00|2024-03-05",
        "2024/3/5 下午 2:30:00|2024-03-05",
        "2024/3/5 2:30 PM|2024-03-05",
        "二〇二四年三月五日|2024-03-05",
        "二〇二三年十二月三十一日|2023-12-31",
    })
    void readsEveryFormAgenciesExport(String raw, LocalDate expected) {
        Parsed<LocalDate> parsed = Dates.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isTrue();
        assertThat(parsed.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "2009-08-12T22:15:09Z|2009-08-13",
        "2009-08-12T15:59:59Z|2009-08-12",
        "2009-08-12T16:00:00Z|2009-08-13",
        "2009-08-12 22:15:09Z|2009-08-13",
        "2009-08-12T22:15:09+0000|2009-08-13",
        "2009-08-12T22:15:09+00:00|2009-08-13",
        "2009-08-12 22:15:09 +0000|2009-08-13",
        "2009-08-12T22:15:09+0800|2009-08-12",
        "2009-08-12T22:15:09+08:00|2009-08-12",
        "2009-08-12 22:15:09 +0800|2009-08-12",
        "2009-08-12 22:15:09 +08:00|2009-08-12",
        "2009-08-12T01:15:09+09:00|2009-08-12",
        "2009-08-12T00:30:00+09:00|2009-08-11",
        "2009-08-12T20:00:00-05:00|2009-08-13",
        "2009-08-12T22:15:09.123Z|2009-08-13",
        "2009-08-12T22:15:09,123Z|2009-08-13",
        "2009/8/12 下午 10:15:09 Z|2009-08-13",
        "2009-12-31T20:00:00Z|2010-01-01",
    })
    void aTimeWithAZoneIsDatedInBeijing(String raw, LocalDate expected) {
        Parsed<LocalDate> parsed = Dates.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isTrue();
        assertThat(parsed.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "2016年9月3号|2016-09-03",
        "2016年9月3號|2016-09-03",
        "2016年09月03号 10:00|2016-09-03",
        "二〇一六年九月三号|2016-09-03",
        "20170201122345|2017-02-01",
        "20170201235959123|2017-02-01",
        "2017-02-01 12:23:45,123|2017-02-01",
        "2017-02-01T12:23:45,5|2017-02-01",
    })
    void readsDaysWrittenWithHaoCompactDateTimesAndCommaMilliseconds(String raw, LocalDate expected) {
        Parsed<LocalDate> parsed = Dates.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isTrue();
        assertThat(parsed.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"20170201252345", "20170201126045", "2017020112234", "2009-08-12T22:15:09+2500",
        "2009-08-12T22:15:09+08:99", "2023-02-29T22:15:09Z"})
    void impossibleDateTimesAndZonesFail(String raw) {
        assertThat(Dates.parse(raw).isOk()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "2023-02-29|no such day",
        "2024-13-01|no such day",
        "2024-04-31|no such day",
        "20230229|no such day",
        "2023年2月30日|no such day",
        "2024-03-05 25:00|known form",
        "2024-03|known form",
        "2024-3/5|known form",
        "24-03-05|known form",
        "45356|known form",
        "March 5 2024|known form",
        "0000-00-00|outside",
        "2024-03-05x|known form",
    })
    void impossibleOrUnknownDatesFailWithAReason(String raw, String reasonMentions) {
        Parsed<LocalDate> parsed = Dates.parse(raw);
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains(reasonMentions);
    }

    @Test
    void anIdentityNumberInADateColumnIsNotQuotedInTheReason() {
        String reason = Dates.parse("210603197810150899").reason().orElseThrow();
        assertThat(reason).doesNotContain("210603197810150899").doesNotContain("0899");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000"})
    void blankIsAFailure(String raw) {
        assertThat(Dates.parse(raw).reason()).hasValue("date is blank");
    }

    /** A hang guard, not a speed test: before the runs of spaces were made one, this took hours. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"2024-03-05%sx", "2024-03-05 T%s14:30x", "x%sx", "2024年3月5日%s下午x"})
    void aValueWithAMillionSpacesIsRefusedWithoutHanging(String form) {
        String raw = form.formatted(" \t".repeat(500_000));
        Parsed<LocalDate> parsed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Dates.parse(raw));
        assertThat(parsed.isOk()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"2024-03-05%s14:30", "2024%s年%s3%s月%s5%s日", "2024-03-05%sT%s14:30:00%s+08:00"})
    void runsOfSpacesAndTabsReadAsOneSpaceDoes(String form) {
        String raw = form.replace("%s", " \t\t  ".repeat(1000));
        assertThat(Dates.parse(raw).value()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "二〇二四年三月五日 14:30|2024-03-05",
        "二〇二四年三月五日14时|2024-03-05",
        "二〇二四年三月五日14时30分|2024-03-05",
        "二〇二四年三月五日 下午2:30:00|2024-03-05",
        "二〇二四年三月五日 23:30 -05:00|2024-03-06",
    })
    void aDateInChineseDigitsFollowedByATimeIsReadAsTheOthersAre(String raw, LocalDate expected) {
        assertThat(Dates.parse(raw).value()).isEqualTo(expected);
    }

    /** Courts date with 元月 (January), 廿 (twenty) and 卅 (thirty); scans and typists give the year's zero as O, 0 or ◯. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "二〇二四年元月五日|2024-01-05",
        "二〇二四年一月廿日|2024-01-20",
        "二〇二四年一月廿一日|2024-01-21",
        "二〇二四年一月卅日|2024-01-30",
        "二〇二四年一月卅一日|2024-01-31",
        "二〇二四年元月廿九日|2024-01-29",
        "二O二四年一月五日|2024-01-05",
        "二Ｏ二四年三月五日|2024-03-05",
        "二0二四年三月五日|2024-03-05",
        "二◯二四年三月五日|2024-03-05",
        "2024年元月5日|2024-01-05",
        "2024 年 元月 5 日|2024-01-05",
    })
    void aDateWithYuanyueNianSaOrALookAlikeZeroIsRead(String raw, LocalDate expected) {
        assertThat(Dates.parse(raw).value()).isEqualTo(expected);
    }

    /** 正月 and 初五 are the lunar calendar's; 二月卅日 is no day: refused, never guessed. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"二〇二四年正月五日", "二〇二四年一月初五", "二〇二四年二月卅日", "二〇二四年一月廿十日", "二〇二四年元元月五日",
        "2024年元月", "OOOO年一月五日"})
    void aLunarDateOrNoDayIsRefused(String raw) {
        assertThat(Dates.parse(raw).isOk()).as(raw).isFalse();
    }

    /** Court documents type the white circle ○ (U+25CB) for 〇: 二○一九年 in court-statistics code's data. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "二○一九年三月五日|2019-03-05",
        "二○一八年十二月三十一日|2018-12-31",
        "二○○八年八月八日|2008-08-08",
        "二○二四年三月五日 14:30|2024-03-05",
    })
    void aDateInChineseDigitsWithTheWhiteCircleForZeroIsRead(String raw, LocalDate expected) {
        assertThat(Dates.parse(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"二〇二四年三月五日x", "二〇二四年三月五日 25:00", "二〇二四年三月五日 14:30 以后", "二〇二四年三月五"})
    void aDateInChineseDigitsFollowedByWhatIsNoTimeIsRefused(String raw) {
        assertThat(Dates.parse(raw).isOk()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"2024-03-05+08:00", "2024-03-05+0800", "2024-03-05 +08:00", "20240305+08:00",
        "2024年3月5日+08:00"})
    void aDateWithBeijingsZoneAndNoTimeIsThatDay(String raw) {
        assertThat(Dates.parse(raw).value()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"2024-03-05Z", "2024-03-05-05:00", "2024-03-05+09:00", "2024-03-05+00:00"})
    void aDateWithAnotherZoneAndNoTimeIsRefusedAsSpanningTwoBeijingDays(String raw) {
        assertThat(Dates.parse(raw).reason().orElseThrow()).contains("not Beijing's");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"'2024-03-05", "' 2024/3/5", "'2024年3月5日", "'20240305 14:30"})
    void aLeadingApostropheExcelWritesToKeepTheDateAsTextIsDropped(String raw) {
        assertThat(Dates.parse(raw).value()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1900-01-01", "1899-12-30", "1899-12-31"})
    void theDaysSystemsWriteForNoDateAreReadAsThemselvesAndKnownAsPlaceholders(LocalDate day) {
        assertThat(Dates.parse(day.toString()).value()).isEqualTo(day);
        assertThat(Dates.isPlaceholder(day)).isTrue();
        assertThat(Dates.isPlaceholder(Dates.dayKey(day))).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1900-01-02", "1899-12-29", "1901-01-01", "2000-01-01", "1800-01-01"})
    void otherDaysAreNoPlaceholders(LocalDate day) {
        assertThat(Dates.isPlaceholder(day)).isFalse();
        assertThat(Dates.isPlaceholder(Dates.dayKey(day))).isFalse();
    }

    /** 一二月 may be 十二月 or 一、二月; court dates write 十二月, 十五日: digits run together are refused. */
    @ParameterizedTest
    @ValueSource(strings = {"二〇二四年一二月五日", "二〇二四年三月一五日", "二〇二四年三月二二日", "二〇二四年一一月一一日"})
    void aMonthOrDayInChineseDigitsRunTogetherIsRefused(String raw) {
        assertThat(Dates.parse(raw).isOk()).isFalse();
    }

    /**
     * 2024-3-109:30 is the 10th at 9:30 or the 1st at 09:30: it was read as the 10th. A time glued to
     * the date is read only after a two-digit day and with a two-digit hour.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2024-3-109:30", "2024/3/109:30", "2024.3.110:30", "2024年3月109:30", "2024年3月109时"})
    void aTimeGluedToADayThatCouldBeOneOrTwoDigitsIsRefused(String raw) {
        assertThat(Dates.parse(raw).isOk()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "2024-03-0509:30|2024-03-05", "2017-08-2409:30|2017-08-24", "2024-3-1114:30|2024-03-11",
        "2024年3月5日9:30|2024-03-05", "2024030514:30|2024-03-05", "2024-3-10 9:30|2024-03-10",
    })
    void aTimeGluedToATwoDigitDayWithATwoDigitHourOrAfterASeparatorIsRead(String raw, LocalDate expected) {
        assertThat(Dates.parse(raw).value()).isEqualTo(expected);
    }
}
