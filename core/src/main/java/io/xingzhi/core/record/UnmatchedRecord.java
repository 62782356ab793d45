package io.xingzhi.core.record;

import java.util.Objects;

/**
 * An accepted record that a model could not match to what it is about, so that no rule looked at
 * it (LAW.md: an enforcement case with no {@code source_case_number} whose person has no single
 * judgment with a property penalty "matches none, and the run report lists the case"). Listed in
 * the run report; never a lead.
 *
 * @param ref the record's dataset, source and line
 * @param reason why it matched nothing, in Chinese
 */
public record UnmatchedRecord(SourceRef ref, String reason) {
    public UnmatchedRecord {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(reason, "reason");
    }
}
