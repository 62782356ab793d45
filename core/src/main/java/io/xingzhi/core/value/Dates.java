package io.xingzhi.core.value;

import java.time.LocalDate;

/**
 * Reads calendar dates in the forms agencies export: {@code 2024-03-05}, {@code 2024/3/5},
 * {@code 2024.3.5}, {@code 20240305}, {@code 2024年3月5日}, full-width digits, each optionally
 * followed by a time ({@code 2024-03-05 14:30:00}, {@code 2024-03-05T14:30}) which is dropped.
 */
public final class Dates {
    private Dates() {
    }

    /** Reads a date; an impossible date (2023-02-29) or an unknown form is a failure with a reason. */
    public static Parsed<LocalDate> parse(String raw) {
        throw new UnsupportedOperationException("TODO");
    }
}
