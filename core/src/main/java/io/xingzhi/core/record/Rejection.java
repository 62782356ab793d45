package io.xingzhi.core.record;

import java.util.Objects;

/**
 * A row that did not become a record, with the reason. Reasons name the field and, for values
 * that are not identity numbers, the value that failed; identity numbers never appear.
 *
 * @param ref where the row came from
 * @param reason why it was rejected, e.g. {@code effective_date: "2024-13-01" is not a date}
 */
public record Rejection(SourceRef ref, String reason) {
    public Rejection {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return ref + ": " + reason;
    }
}
