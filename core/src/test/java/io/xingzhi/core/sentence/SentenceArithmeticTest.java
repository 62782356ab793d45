package io.xingzhi.core.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.value.Months;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceArithmeticTest {

    /** The published and checked examples of LAW.md and legal-research.md §6.3. */
    @ParameterizedTest(name = "{1}y {2}m {3}d from {0} ends {4}")
    @CsvSource({
        "2015-08-30, 0, 6, 0, 2016-02-28",
        "2015-08-30, 0, 5, 7, 2016-02-05",
        "2016-01-31, 2, 0, 0, 2018-01-30",
        "2021-04-30, 0, 1, 0, 2021-05-30",
        "2020-02-29, 1, 0, 0, 2021-02-27",
        "2023-02-28, 1, 0, 0, 2024-02-27",
    })
    void publishedExamples(LocalDate start, int years, int months, int days, LocalDate end) {
        assertThat(SentenceArithmetic.termEnd(start, years, months, days)).isEqualTo(end);
        assertThat(SentenceArithmetic.termEnd(start, new Months(years, months, days, false))).isEqualTo(end);
    }

    @ParameterizedTest(name = "{1}y {2}m {3}d from {0} ends {4}")
    @CsvSource({
        // an ordinary day: the day before the same date
        "2024-03-05, 3, 0, 0, 2027-03-04",
        "2024-03-05, 0, 1, 0, 2024-04-04",
        "2024-03-05, 3, 6, 0, 2027-09-04",
        // start on the 31st: same day clamped to a shorter month, minus one
        "2024-01-31, 0, 1, 0, 2024-02-28",
        "2023-01-31, 0, 1, 0, 2023-02-27",
        "2024-03-31, 0, 1, 0, 2024-04-29",
        // start on a month end that is not the 31st: the target month's end, minus one
        "2021-02-28, 0, 1, 0, 2021-03-30",
        "2024-02-29, 0, 1, 0, 2024-03-30",
        "2024-06-30, 0, 2, 0, 2024-08-30",
        // composite: years first, then months with the month-end test on the original start
        "2020-02-29, 1, 1, 0, 2021-03-30",
        "2023-02-28, 1, 1, 0, 2024-03-30",
        "2023-04-30, 2, 1, 0, 2025-05-30",
        "2024-01-30, 1, 1, 0, 2025-02-27",
        // days only, and half a month (15 days)
        "2024-03-05, 0, 0, 15, 2024-03-19",
        "2024-03-05, 0, 3, 15, 2024-06-19",
        // nothing: ends the day before it starts
        "2024-03-05, 0, 0, 0, 2024-03-04",
    })
    void monthEndAndCompositeCases(LocalDate start, int years, int months, int days, LocalDate end) {
        assertThat(SentenceArithmetic.termEnd(start, years, months, days)).isEqualTo(end);
    }

    /** LAW.md: a term of twelve months is one year, and so for every multiple of twelve. */
    @ParameterizedTest(name = "{1} months from {0} end as {2} years: {3}")
    @CsvSource({
        "2023-02-28, 12, 1, 2024-02-27",
        "2020-02-29, 12, 1, 2021-02-27",
        "2022-02-28, 24, 2, 2024-02-27",
        "2023-04-30, 36, 3, 2026-04-29",
        "2023-01-31, 120, 10, 2033-01-30",
    })
    void twelveMonthsEndWhereOneYearEnds(LocalDate start, int months, int years, LocalDate end) {
        assertThat(SentenceArithmetic.termEnd(start, 0, months, 0)).isEqualTo(end);
        assertThat(SentenceArithmetic.termEnd(start, years, 0, 0)).isEqualTo(end);
        assertThat(SentenceArithmetic.termEnd(start, Months.parse(months + "个月").value())).isEqualTo(end);
    }

    @Test
    void eighteenMonthsAreOneYearAndSixMonths() {
        LocalDate start = LocalDate.of(2023, 2, 28);
        assertThat(SentenceArithmetic.termEnd(start, 0, 18, 0)).isEqualTo(SentenceArithmetic.termEnd(start, 1, 6, 0))
                .isEqualTo(LocalDate.of(2024, 8, 30));
    }

    @Test
    void lifeTermsHaveNoEnd() {
        assertThatThrownBy(() -> SentenceArithmetic.termEnd(LocalDate.of(2024, 1, 1), Months.ofLife()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativePartsAreRefused() {
        assertThatThrownBy(() -> SentenceArithmetic.termEnd(LocalDate.of(2024, 1, 1), 0, -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- against an independent implementation, over a seeded generator ----

    /**
     * An independent reading of SPC Interp. art. 202(2), written as a walk over the calendar one
     * day at a time, without {@code plusMonths}/{@code plusYears}: walk forward from the start
     * until the right number of month boundaries has been crossed, then to the wanted day of that
     * month; the term ends the day before, plus the extra days (walked too).
     */
    static LocalDate walkedTermEnd(LocalDate start, int years, int months, int days) {
        boolean startIsMonthEnd = start.plusDays(1).getDayOfMonth() == 1;
        int monthsToCross = years * 12 + months;
        LocalDate d = start;
        int crossed = 0;
        while (crossed < monthsToCross) {
            d = d.plusDays(1);
            if (d.getDayOfMonth() == 1) {
                crossed++;
            }
        }
        if (monthsToCross > 0) {
            // d is now the first of the target month (or the start itself when nothing is crossed)
            int wanted;
            if (months == 0) {
                wanted = start.getDayOfMonth();        // year rule: same day, or the month's last day
            } else if (startIsMonthEnd) {
                wanted = 31;                           // month rule: the target month's last day
            } else {
                wanted = start.getDayOfMonth();        // same day, or the last day when it does not exist
            }
            while (d.getDayOfMonth() < wanted && d.plusDays(1).getDayOfMonth() != 1) {
                d = d.plusDays(1);
            }
        }
        LocalDate end = d.minusDays(1);
        for (int i = 0; i < days; i++) {
            end = end.plusDays(1);
        }
        return end;
    }

    static Stream<Arguments> randomTerms() {
        Random r = new Random(202L);
        LocalDate first = LocalDate.of(1995, 1, 1);
        int span = (int) (LocalDate.of(2035, 12, 31).toEpochDay() - first.toEpochDay());
        return IntStream.range(0, 3000).mapToObj(i -> {
            LocalDate start = first.plusDays(r.nextInt(span));
            switch (i % 4) {
                case 0 -> start = start.withDayOfMonth(start.lengthOfMonth());      // a month end
                case 1 -> start = LocalDate.of(1996 + 4 * r.nextInt(10), 2, 28 + r.nextInt(2)); // 28/29 Feb
                default -> { }
            }
            int years = r.nextInt(4) == 0 ? 0 : r.nextInt(16);
            int months = r.nextInt(3) == 0 ? 0 : r.nextInt(12);
            int days = r.nextInt(4) == 0 ? r.nextInt(31) : 0;
            return Arguments.of(start, years, months, days);
        });
    }

    @ParameterizedTest(name = "{1}y {2}m {3}d from {0}")
    @MethodSource("randomTerms")
    void agreesWithAnIndependentDayWalk(LocalDate start, int years, int months, int days) {
        LocalDate end = SentenceArithmetic.termEnd(start, years, months, days);
        assertThat(end).isEqualTo(walkedTermEnd(start, years, months, days));
        assertThat(end).isAfterOrEqualTo(start.minusDays(1));
    }

    @Test
    void oneYearIsAlways365Or366DaysExceptFrom29February() {
        Random r = new Random(365L);
        for (int i = 0; i < 2000; i++) {
            LocalDate start = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(12_000));
            long length = SentenceArithmetic.termEnd(start, 1, 0, 0).toEpochDay() - start.toEpochDay() + 1;
            if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29) {
                assertThat(length).isEqualTo(365);
            } else {
                assertThat(length).isBetween(365L, 366L);
            }
        }
    }
}
