package io.xingzhi.core.sentence;

import io.xingzhi.core.value.Months;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Sentence arithmetic of SPC Interp. art. 202(2) (刑期): a term of Y years, M months and D days
 * starting on S (the first day counted) ends on the day before the anniversary. Years first (same
 * month and day, clamped to the month's last day), then months (when S is the last day of its
 * month the months land on the target month's last day, otherwise the same day clamped), minus
 * one day, plus D days. Checked examples: 6 months from 2015-08-30 ends 2016-02-28; 2 years from
 * 2016-01-31 ends 2018-01-30; 1 month from 2021-04-30 ends 2021-05-30; 1 year from 2020-02-29
 * ends 2021-02-27.
 *
 * <p>The month-end test is always taken on the original start date S, and a years-only term uses
 * the year rule alone (1 year from 2023-02-28 ends 2024-02-27, not 2024-02-28). Twelve months are
 * one year (LAW.md: {@code 12个月} = {@code 一年}, and so for every multiple of twelve): months of
 * twelve or more are carried into the years before the rule is applied, so 12 months from
 * 2023-02-28 also end on 2024-02-27, and 18 months are 1 year and 6 months. A term of only
 * days ({@code 十五天}) ends on S + D - 1. Life terms have no end: asking for one is an
 * {@link IllegalArgumentException}.
 */
public final class SentenceArithmetic {
    private SentenceArithmetic() {
    }

    /**
     * The last day of a term of {@code length} that starts on {@code start}; life terms have no end.
     *
     * @throws IllegalArgumentException when {@code length} is a life term
     */
    public static LocalDate termEnd(LocalDate start, Months length) {
        if (length.life()) {
            throw new IllegalArgumentException("a life term has no end date");
        }
        return termEnd(start, length.years(), length.months(), length.days());
    }

    /**
     * The last day of a term of {@code years}, {@code months} and {@code days} starting on
     * {@code start}; months of twelve or more are first carried into the years.
     *
     * @throws IllegalArgumentException when a part is negative
     */
    public static LocalDate termEnd(LocalDate start, int years, int months, int days) {
        if (years < 0 || months < 0 || days < 0) {
            throw new IllegalArgumentException("term parts must not be negative");
        }
        years += months / 12;
        months %= 12;
        LocalDate anchor = start;
        if (years > 0) {
            // 次年同月同日; when that day does not exist (29 Feb), the month's last day
            YearMonth ym = YearMonth.from(start).plusYears(years);
            anchor = ym.atDay(Math.min(start.getDayOfMonth(), ym.lengthOfMonth()));
        }
        if (months > 0) {
            YearMonth target = YearMonth.from(anchor).plusMonths(months);
            boolean startIsMonthEnd = start.getDayOfMonth() == start.lengthOfMonth();
            int day = startIsMonthEnd
                    ? target.lengthOfMonth()
                    : Math.min(anchor.getDayOfMonth(), target.lengthOfMonth());
            anchor = target.atDay(day);
        }
        return anchor.minusDays(1).plusDays(days);
    }
}
