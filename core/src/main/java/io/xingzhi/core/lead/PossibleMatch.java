package io.xingzhi.core.lead;

import io.xingzhi.core.record.SourceRef;
import java.util.Objects;

/**
 * A record of the other agency that was not linked to the lead's person but nearly matches (CONTRACT.md
 * §4 {@code possible_matches}): offered to the prosecutor on a lead that says a record is missing,
 * never linked silently.
 *
 * @param ref the record's dataset, file and line
 * @param reason why it nearly matches, in words a prosecutor can check
 */
public record PossibleMatch(SourceRef ref, String reason) {
    public PossibleMatch {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(reason, "reason");
    }
}
