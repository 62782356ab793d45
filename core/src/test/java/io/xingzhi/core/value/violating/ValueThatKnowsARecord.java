package io.xingzhi.core.value.violating;

import io.xingzhi.core.record.Dataset;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ArchitectureTest}): a
 * class in {@code value} that depends on {@code record}. Records already depend on values, so
 * this closes a cycle {@code value → record → value}.
 */
public final class ValueThatKnowsARecord {
    private ValueThatKnowsARecord() {
    }

    /** The file stem of the judgments dataset. */
    public static String judgmentsFile() {
        return Dataset.JUDGMENTS.name();
    }
}
