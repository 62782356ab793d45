package io.xingzhi.core.port;

import io.xingzhi.core.review.IllegalTransitionException;
import io.xingzhi.core.review.ReviewAction;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.review.ReviewWorkflow;
import io.xingzhi.core.run.RunResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A driven port: where runs, leads and their review are kept between runs, so a prosecutor can
 * verify leads over days. Implementations (in memory, H2, PostgreSQL) pass the same contract test
 * ({@code io.xingzhi.testkit.LeadStoreContract}) and promise:
 * <ul>
 *   <li><b>Merge by lead id.</b> {@link #saveRun} keeps the run and merges its leads by
 *       {@code lead_id}: a lead the store already holds keeps its review state, version and
 *       history, takes the fields of this run, and gets this run as its last-seen run; a new one is
 *       added as {@link io.xingzhi.core.review.ReviewState#NEW NEW}; one the store holds but this
 *       run did not produce is marked "no longer found in run N" (the first such run) and never
 *       deleted; a marked lead that a later run produces again loses the mark.</li>
 *   <li><b>All or nothing.</b> Each write ({@link #saveRun}, {@link #review}, {@link #saveDocument},
 *       {@link #audit}) is atomic; a failed one leaves the store as it was.</li>
 *   <li><b>Optimistic locking.</b> {@link #review} applies an action only if the lead is still at the
 *       version the reviewer read; otherwise it throws {@link ConcurrentReviewException} naming the
 *       lead and both versions, and writes nothing. Of two reviewers acting on the same version at
 *       once, exactly one succeeds.</li>
 *   <li><b>Append-only history.</b> Every transition is a {@link ReviewEvent}; events are never
 *       changed or removed; {@link #history} reads them back in order.</li>
 *   <li><b>Faithful text.</b> Every text round-trips exactly (any Unicode text without NUL
 *       characters, quotes and SQL included); times are kept to the microsecond.</li>
 *   <li>Implementations are safe to use from several threads.</li>
 * </ul>
 * Failures to reach or write the store throw {@link io.xingzhi.core.XingzhiException}. New
 * capabilities arrive as default methods, so existing implementations keep compiling.
 */
public interface LeadStore {

    /**
     * Keeps a finished run and merges its leads (see above).
     *
     * @return the run's number: 1 for the first run kept, then 2, 3, ...
     */
    long saveRun(RunResult result);

    /** Every run kept, by number. */
    List<StoredRun> runs();

    /** One stored lead, or empty when the store does not hold it. */
    Optional<StoredLead> lead(String leadId);

    /** The stored leads that meet {@code filter}, in the order they were first stored, paged by it. */
    List<StoredLead> leads(LeadFilter filter);

    /** How many stored leads meet {@code filter}, ignoring its paging. */
    long count(LeadFilter filter);

    /**
     * Applies one review action, decided by {@link ReviewWorkflow}, and records it as the lead's next
     * event; the lead's version goes up by one.
     *
     * @param leadId the lead
     * @param expectedVersion the {@link StoredLead#version()} the reviewer acted on
     * @param action the action
     * @param actor who acts, never blank
     * @param note the reviewer's note; may be empty
     * @param at when (kept to the microsecond)
     * @return the recorded event
     * @throws UnknownLeadException when the store does not hold the lead
     * @throws ConcurrentReviewException when the lead is no longer at {@code expectedVersion}
     * @throws IllegalTransitionException when the workflow refuses the action in the lead's state
     */
    ReviewEvent review(String leadId, long expectedVersion, ReviewAction action, String actor, String note, Instant at);

    /** The lead's events, oldest first; empty for a lead never reviewed or not held. */
    List<ReviewEvent> history(String leadId);

    /** Keeps a document; one with the same id is replaced (a redraft), keeping its place in {@link #documents()}. */
    void saveDocument(StoredDocument document);

    /** Every document kept, in the order first saved. */
    List<StoredDocument> documents();

    /** The documents resting on {@code leadId}, in the order first saved. */
    default List<StoredDocument> documentsOf(String leadId) {
        return documents().stream().filter(d -> d.leadIds().contains(leadId)).toList();
    }

    /** Appends one entry to the audit trail. */
    void audit(AuditEntry entry);

    /** A page of the audit trail, oldest first. */
    List<AuditEntry> auditTrail(long offset, int limit);
}
