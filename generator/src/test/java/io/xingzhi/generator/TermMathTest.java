package io.xingzhi.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermMathTest {
    @ParameterizedTest(name = "{1} months from {0} ends {2}")
    @CsvSource({
        "2015-08-30, 6, 2016-02-28",
        "2016-01-31, 24, 2018-01-30",
        "2021-04-30, 1, 2021-05-30",
        "2020-02-29, 12, 2021-02-27",
        "2023-01-15, 42, 2026-07-14",
        "2024-01-31, 1, 2024-02-28"})
    void termsEndAsLawChecksThem(LocalDate start, int months, LocalDate end) {
        assertThat(TermMath.end(start, months)).isEqualTo(end);
    }

    @Test
    void periodsAreTheSameDayClamped() {
        assertThat(TermMath.plusPeriod(LocalDate.of(2024, 1, 31), 1)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(TermMath.plusPeriod(LocalDate.of(2024, 3, 15), 3)).isEqualTo(LocalDate.of(2024, 6, 15));
    }

    @Test
    void startForFindsTheStartOfATermEndingOnAGivenDay() {
        LocalDate end = LocalDate.of(2024, 5, 30);
        LocalDate start = TermMath.startFor(end, 13);
        assertThat(start).isNotNull();
        assertThat(TermMath.end(start, 13)).isEqualTo(end);
    }

    @Test
    void twentyEighthOfFebruaryInACommonYearIsAvoided() {
        assertThat(TermMath.ambiguous(LocalDate.of(2023, 2, 28))).isTrue();
        assertThat(TermMath.ambiguous(LocalDate.of(2024, 2, 28))).isFalse();
        assertThat(TermMath.safe(LocalDate.of(2023, 2, 28))).isEqualTo(LocalDate.of(2023, 2, 27));
    }
}
