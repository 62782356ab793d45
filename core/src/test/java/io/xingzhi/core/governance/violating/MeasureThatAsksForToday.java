package io.xingzhi.core.governance.violating;

import java.time.LocalDate;

/**
 * Deliberately violating fixture (test sources only): a governance rule that decides "overdue" by
 * asking the clock for today instead of taking the date it is seen from.
 */
public final class MeasureThatAsksForToday {
    private MeasureThatAsksForToday() {
    }

    /** Whether the deadline passed, by the clock. */
    public static boolean overdue(LocalDate deadline) {
        return LocalDate.now().isAfter(deadline);
    }
}
