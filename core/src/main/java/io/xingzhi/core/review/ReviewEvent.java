package io.xingzhi.core.review;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One transition of one lead, as recorded: who, when, from which state to which, by what action,
 * with the reviewer's note and the action's {@link ReviewAction#details() details}. A lead's
 * history is the list of its events in {@code seq} order; events are only ever appended, never
 * changed or removed.
 *
 * @param leadId the lead
 * @param seq 1 for the lead's first transition, then 2, 3, ... (equals the lead's version after it)
 * @param actor who acted (a reviewer's name or account), never blank
 * @param at when
 * @param from the state before
 * @param to the state after
 * @param action the kind of action
 * @param note the reviewer's free-text note; may be empty
 * @param details the action's values, see {@link ReviewAction}
 */
public record ReviewEvent(String leadId, long seq, String actor, Instant at, ReviewState from, ReviewState to,
                          ReviewActionType action, String note, Map<String, String> details) {
    public ReviewEvent {
        Objects.requireNonNull(leadId, "leadId");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1: " + seq);
        }
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor is blank");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(note, "note");
        details = Collections.unmodifiableMap(new TreeMap<>(details));
    }
}
