package io.xingzhi.generator;

import java.time.LocalDate;

/**
 * The generator's own sentence arithmetic (LAW.md, common rules), independent of core: a term of
 * Y years and M months from S ends the day before the anniversary; years first (clamped), then the
 * months (to the target month's last day when S is the last day of its month, else the same day
 * clamped). Periods ("N months after D") are the same day-of-month, clamped.
 */
final class TermMath {
    private TermMath() {
    }

    /** The anniversary: the first day after a term of {@code months} that starts on {@code start}. */
    static LocalDate anniversary(LocalDate start, int months) {
        if (months < 0) {
            throw new IllegalArgumentException("negative term");
        }
        LocalDate d = start.plusYears(months / 12);
        int m = months % 12;
        if (m == 0) {
            return d;
        }
        LocalDate t = d.plusMonths(m);
        if (start.getDayOfMonth() == start.lengthOfMonth()) {
            t = t.withDayOfMonth(t.lengthOfMonth());
        }
        return t;
    }

    /** The last day of a term of {@code months} starting on {@code start} (its first counted day). */
    static LocalDate end(LocalDate start, int months) {
        return anniversary(start, months).minusDays(1);
    }

    /** A period of {@code months} after {@code date}: same day-of-month, clamped. */
    static LocalDate plusPeriod(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    /**
     * A start date whose term of {@code months} ends exactly on {@code end}, searched near the
     * obvious candidate; null when no start gives that end (possible around month ends).
     */
    static LocalDate startFor(LocalDate end, int months) {
        LocalDate guess = end.plusDays(1).minusMonths(months);
        for (int delta = -4; delta <= 4; delta++) {
            LocalDate c = guess.plusDays(delta);
            if (!ambiguous(c) && end(c, months).equals(end)) {
                return c;
            }
        }
        return null;
    }

    /**
     * True for a start whose end depends on how the month-end rule is read: the 28th of February in
     * a common year (last day of its month, but not after the years are added to a leap year). The
     * generator never starts a term, probation, order or deprivation on such a day.
     */
    static boolean ambiguous(LocalDate start) {
        return start.getMonthValue() == 2 && start.getDayOfMonth() == 28 && !start.isLeapYear();
    }

    /** {@code start}, moved one day back when it is {@linkplain #ambiguous ambiguous}. */
    static LocalDate safe(LocalDate start) {
        return ambiguous(start) ? start.minusDays(1) : start;
    }
}
