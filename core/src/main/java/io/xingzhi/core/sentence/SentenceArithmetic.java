package io.xingzhi.core.sentence;

import io.xingzhi.core.value.Months;
import java.time.LocalDate;

/**
 * Sentence arithmetic of SPC Interp. art. 202(2) (刑期): a term of Y years, M months and D days
 * starting on S (the first day counted) ends on the day before the anniversary. Years first (same
 * month and day, clamped to the month's last day), then months (when S is the last day of its
 * month the months land on the target month's last day, otherwise the same day clamped), minus
 * one day, plus D days. Checked examples: 6 months from 2015-08-30 ends 2016-02-28; 2 years from
 * 2016-01-31 ends 2018-01-30; 1 month from 2021-04-30 ends 2021-05-30; 1 year from 2020-02-29
 * ends 2021-02-27.
 */
public final class SentenceArithmetic {
    private SentenceArithmetic() {
    }

    /** The last day of a term of {@code length} that starts on {@code start}; life terms have no end. */
    public static LocalDate termEnd(LocalDate start, Months length) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The last day of a term of {@code years}, {@code months} and {@code days} starting on {@code start}. */
    public static LocalDate termEnd(LocalDate start, int years, int months, int days) {
        throw new UnsupportedOperationException("TODO");
    }
}
