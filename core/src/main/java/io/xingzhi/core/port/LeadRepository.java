package io.xingzhi.core.port;

import io.xingzhi.core.review.ReviewEvent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A driven port: the stored leads with their review standing and their append-only review history.
 * It decides nothing: whether an action is allowed is {@link io.xingzhi.core.review.ReviewWorkflow}'s
 * decision, taken once, in core ({@code io.xingzhi.core.app.ReviewService}). It promises:
 * <ul>
 *   <li><b>Compare-and-set.</b> {@link #recordTransition} writes a lead's new state, reply deadline
 *       and version together with the event that records the move, as one atomic operation, and
 *       only if the lead is still at the version the event follows ({@code event.seq() - 1}) and in
 *       the state it starts from; otherwise it throws and writes nothing. Of two writers acting on
 *       the same version at once, exactly one succeeds.</li>
 *   <li><b>Append-only history.</b> Events are never changed or removed; {@link #history} reads
 *       them back in order.</li>
 *   <li><b>Faithful text.</b> Every text round-trips exactly (any Unicode text without NUL
 *       characters, quotes and SQL included); times are kept to the microsecond.</li>
 *   <li><b>Stable listing.</b> Leads are listed in the order they were first stored.</li>
 * </ul>
 * Implementations are safe to use from several threads. Failures to reach or write the store
 * throw {@link io.xingzhi.core.XingzhiException}.
 */
public interface LeadRepository {

    /**
     * One stored lead, or empty when the store does not hold it. An old id the store keeps as an
     * alias (see {@link RunStore#leadIdKey}) finds the lead too, under its current id.
     */
    Optional<StoredLead> lead(String leadId);

    /**
     * Several stored leads at once, for a caller that holds only their ids (a governance record, a
     * document or a class case cites leads by id) and must not read the store once per id. It promises:
     * <ul>
     *   <li>the same leads {@link #lead} gives one by one: each id of {@code leadIds} the store holds,
     *       or keeps as the alias of a lead's old id, is a key of the answer, mapped to the lead under
     *       its current id; an id it does not hold is absent, never an error;</li>
     *   <li>keys in the order of {@code leadIds}, each once however often it is given; an empty
     *       collection answers an empty map without reading the store;</li>
     *   <li><b>one read</b>: a database store answers with one query, whatever the number of ids (one
     *       per 500 ids for a longer list, as {@link #histories} reads).</li>
     * </ul>
     * This default asks {@link #lead} for each id, which keeps the first two promises but not the
     * third: a store that reads over a connection overrides it (JdbiLeadStore does; so does the
     * in-memory store of the testkit, to read under one lock).
     *
     * @param leadIds the ids asked for (current ids or old ones); none may be null
     * @return id as asked → the stored lead
     */
    default Map<String, StoredLead> leadsById(Collection<String> leadIds) {
        Map<String, StoredLead> m = new LinkedHashMap<>();
        for (String id : leadIds) {
            if (!m.containsKey(id)) {
                lead(id).ifPresent(l -> m.put(id, l));
            }
        }
        return m;
    }

    /** The stored leads that meet {@code filter}, in the order they were first stored, paged by it. */
    List<StoredLead> leads(LeadFilter filter);

    /** How many stored leads meet {@code filter}, ignoring its paging. */
    long count(LeadFilter filter);

    /**
     * Records one review transition atomically: the lead moves to {@code event.to()} at version
     * {@code event.seq()} with {@code replyDeadline}, and {@code event} becomes its next event.
     *
     * @param event the transition; its {@code seq} is the lead's version after it, its {@code from}
     *     the state the lead must be in
     * @param replyDeadline the lead's reply deadline after the transition (kept or newly set)
     * @return the event as stored (its time kept to the microsecond)
     * @throws UnknownLeadException when the store does not hold the lead
     * @throws ConcurrentReviewException when the lead is no longer at version {@code event.seq() - 1}
     * @throws IllegalArgumentException when the lead is at that version but not in {@code event.from()}
     */
    ReviewEvent recordTransition(ReviewEvent event, Optional<LocalDate> replyDeadline);

    /** The lead's events, oldest first; empty for a lead never reviewed or not held. */
    List<ReviewEvent> history(String leadId);

    /** The histories of several leads at once: lead id → its events, oldest first (leads without any may be absent). */
    default Map<String, List<ReviewEvent>> histories(Collection<String> leadIds) {
        Map<String, List<ReviewEvent>> m = new LinkedHashMap<>();
        for (String id : leadIds) {
            List<ReviewEvent> h = history(id);
            if (!h.isEmpty()) {
                m.put(id, h);
            }
        }
        return m;
    }
}
