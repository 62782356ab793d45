package io.xingzhi.core.port;

import io.xingzhi.core.review.ReviewState;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored leads to list, and which page of them. Every present criterion must hold (text
 * criteria match exactly); an empty filter lists everything. Leads are listed in the order they
 * were first stored (by first run, then in that run's order), so pages are stable while new runs
 * only append.
 *
 * @param model the model name
 * @param kind the lead kind
 * @param state the review state
 * @param supervisedAgency the supervised agency
 * @param firstSeenFrom first seen by a run whose as-of date is on or after this date
 * @param firstSeenTo first seen by a run whose as-of date is on or before this date
 * @param stillFound true: only leads the latest run still produced; false: only those no longer found
 * @param offset leads to skip
 * @param limit at most this many leads
 */
public record LeadFilter(Optional<String> model, Optional<String> kind, Optional<ReviewState> state,
                         Optional<String> supervisedAgency, Optional<LocalDate> firstSeenFrom,
                         Optional<LocalDate> firstSeenTo, Optional<Boolean> stillFound, long offset, int limit) {
    public LeadFilter {
        Objects.requireNonNull(model);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(state);
        Objects.requireNonNull(supervisedAgency);
        Objects.requireNonNull(firstSeenFrom);
        Objects.requireNonNull(firstSeenTo);
        Objects.requireNonNull(stillFound);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " must not be negative");
        }
    }

    /** Every lead. */
    public static LeadFilter all() {
        return new LeadFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, Integer.MAX_VALUE);
    }

    public LeadFilter withModel(String m) {
        return new LeadFilter(Optional.of(m), kind, state, supervisedAgency, firstSeenFrom, firstSeenTo, stillFound,
                offset, limit);
    }

    public LeadFilter withKind(String k) {
        return new LeadFilter(model, Optional.of(k), state, supervisedAgency, firstSeenFrom, firstSeenTo, stillFound,
                offset, limit);
    }

    public LeadFilter withState(ReviewState s) {
        return new LeadFilter(model, kind, Optional.of(s), supervisedAgency, firstSeenFrom, firstSeenTo, stillFound,
                offset, limit);
    }

    public LeadFilter withSupervisedAgency(String a) {
        return new LeadFilter(model, kind, state, Optional.of(a), firstSeenFrom, firstSeenTo, stillFound, offset, limit);
    }

    /** First seen by a run with an as-of date in {@code [from, to]}, both inclusive. */
    public LeadFilter withFirstSeenBetween(LocalDate from, LocalDate to) {
        return new LeadFilter(model, kind, state, supervisedAgency, Optional.of(from), Optional.of(to), stillFound,
                offset, limit);
    }

    public LeadFilter withStillFound(boolean found) {
        return new LeadFilter(model, kind, state, supervisedAgency, firstSeenFrom, firstSeenTo, Optional.of(found),
                offset, limit);
    }

    /** The page of at most {@code size} leads after skipping {@code skip}. */
    public LeadFilter withPage(long skip, int size) {
        return new LeadFilter(model, kind, state, supervisedAgency, firstSeenFrom, firstSeenTo, stillFound, skip, size);
    }

    /** True when {@code lead}, first seen by a run as of {@code firstSeenAsOf}, meets every criterion (paging aside). */
    public boolean matches(StoredLead lead, LocalDate firstSeenAsOf) {
        return model.map(lead.lead().model()::equals).orElse(true)
                && kind.map(lead.lead().kindCode()::equals).orElse(true)
                && state.map(s -> s == lead.state()).orElse(true)
                && supervisedAgency.map(lead.lead().supervisedAgency()::equals).orElse(true)
                && firstSeenFrom.map(d -> !firstSeenAsOf.isBefore(d)).orElse(true)
                && firstSeenTo.map(d -> !firstSeenAsOf.isAfter(d)).orElse(true)
                && stillFound.map(f -> f == lead.stillFound()).orElse(true);
    }
}
