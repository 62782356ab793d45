package io.xingzhi.core.sentence;

import java.time.LocalDate;

/**
 * Periods (期间) of SPC Interp. art. 202(1) and CPL art. 105: the first day is not counted, so N
 * days after D is D + N days, and N months after D is the same day-of-month N months later,
 * clamped to the month's last day (2024-01-31 + 1 month = 2024-02-29). For persons in custody a
 * deadline is not moved by holidays, so no holiday calendar is applied.
 */
public final class Periods {
    private Periods() {
    }

    /** The last day of a period of {@code days} days after {@code from}. */
    public static LocalDate daysAfter(LocalDate from, long days) {
        return from.plusDays(days);
    }

    /** The last day of a period of {@code months} months after {@code from} (same day, clamped). */
    public static LocalDate monthsAfter(LocalDate from, long months) {
        return from.plusMonths(months);
    }

    /** True when {@code a} and {@code b} are at most {@code days} days apart (the boundary-review test). */
    public static boolean within(LocalDate a, LocalDate b, long days) {
        return Math.abs(b.toEpochDay() - a.toEpochDay()) <= days;
    }
}
