package io.xingzhi.core.review;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The manual verification workflow as a pure function: a lead's current state (and reply deadline)
 * plus an action give a {@link ReviewDecision}. No I/O, no clock - the date that matters for an
 * overdue reply is part of the action. The moves:
 *
 * <pre>
 * NEW             --verify-------------&gt; VERIFYING
 * VERIFYING       --confirm------------&gt; CONFIRMED (成案)
 * VERIFYING       --dismiss(reason)----&gt; DISMISSED (排除)
 * DISMISSED       --reopen(reason)-----&gt; VERIFYING
 * CONFIRMED       --issue-document-----&gt; DOCUMENT_ISSUED
 * DOCUMENT_ISSUED --record-reply-------&gt; RECTIFIED
 * DOCUMENT_ISSUED --mark-reply-overdue-&gt; REPLY_OVERDUE   (only when as-of is after the reply deadline)
 * REPLY_OVERDUE   --record-reply-------&gt; RECTIFIED       (a late reply; the overdue event stays in the history)
 * CONFIRMED, DOCUMENT_ISSUED, REPLY_OVERDUE, RECTIFIED
 *                 --refer(to)----------&gt; the same state (移送: one more event; as often as needed)
 * </pre>
 *
 * No state is final: a rectified lead may still be referred (to 纪检监察 for accountability, say).
 *
 * Every other pair is refused with a message naming the state and the allowed actions.
 */
public final class ReviewWorkflow {
    private static final Map<ReviewState, Map<ReviewActionType, ReviewState>> MOVES = moves();

    private ReviewWorkflow() {
    }

    /** The actions allowed in {@code state}, in declaration order; empty for a final state. */
    public static Set<ReviewActionType> allowedActions(ReviewState state) {
        Set<ReviewActionType> s = EnumSet.noneOf(ReviewActionType.class);
        s.addAll(MOVES.get(state).keySet());
        return Collections.unmodifiableSet(s);
    }

    /** The state {@code action} leads to from {@code state}, or empty when it is not allowed there. */
    public static Optional<ReviewState> target(ReviewState state, ReviewActionType action) {
        return Optional.ofNullable(MOVES.get(state).get(action));
    }

    /**
     * Why no action of kind {@code type} is allowed in {@code state}, whatever its values; empty when
     * the workflow has a move for it there (which {@link #decide} may still refuse for its values).
     */
    public static Optional<String> refusal(ReviewState state, ReviewActionType type) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(type, "type");
        return MOVES.get(state).containsKey(type) ? Optional.empty()
                : Optional.of("cannot " + describe(type) + ": the lead is " + state + "; " + allowedText(state));
    }

    /** True when no action is allowed in {@code state}. */
    public static boolean isFinal(ReviewState state) {
        return MOVES.get(state).isEmpty();
    }

    /**
     * Decides one action.
     *
     * @param state the lead's current state
     * @param replyDeadline the reply deadline of the issued document, when there is one
     * @param action the action
     */
    public static ReviewDecision decide(ReviewState state, Optional<LocalDate> replyDeadline, ReviewAction action) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(replyDeadline, "replyDeadline");
        Objects.requireNonNull(action, "action");
        Set<ReviewActionType> allowed = allowedActions(state);
        ReviewState to = MOVES.get(state).get(action.type());
        if (to == null) {
            return new ReviewDecision.Refused(state, action, allowed, refusal(state, action.type()).orElseThrow());
        }
        if (action instanceof ReviewAction.MarkReplyOverdue overdue) {
            if (replyDeadline.isEmpty()) {
                return new ReviewDecision.Refused(state, action, allowed, "cannot " + describe(action.type())
                        + ": no reply deadline is recorded; the lead is " + state + "; " + allowedText(state),
                        Optional.of("没有登记回复期限，不能标记" + action.type().label() + "；线索的状态是“" + state.label() + "”"));
            }
            if (!overdue.asOf().isAfter(replyDeadline.get())) {
                return new ReviewDecision.Refused(state, action, allowed, "cannot " + describe(action.type()) + " on "
                        + overdue.asOf() + ": the reply deadline " + replyDeadline.get() + " has not passed; the lead is "
                        + state + "; " + allowedText(state) + " (" + ReviewActionType.MARK_REPLY_OVERDUE.code()
                        + " only after " + replyDeadline.get() + ")",
                        Optional.of("回复期限" + replyDeadline.get() + "尚未届满，" + overdue.asOf() + "不能标记"
                                + action.type().label() + "（" + replyDeadline.get() + "之后才能标记）；线索的状态是“"
                                + state.label() + "”"));
            }
        }
        Optional<LocalDate> deadline = action instanceof ReviewAction.IssueDocument issue
                ? Optional.of(issue.replyDeadline()) : replyDeadline;
        return new ReviewDecision.Allowed(state, to, action, deadline);
    }

    private static String describe(ReviewActionType t) {
        return t.code() + " (" + t.label() + ")";
    }

    private static String allowedText(ReviewState state) {
        Set<ReviewActionType> allowed = MOVES.get(state).keySet();
        if (allowed.isEmpty()) {
            return "no action is allowed, " + state.name() + " is final";
        }
        return "allowed: " + allowed.stream().map(ReviewWorkflow::describe).collect(Collectors.joining(", "));
    }

    private static Map<ReviewState, Map<ReviewActionType, ReviewState>> moves() {
        Map<ReviewState, Map<ReviewActionType, ReviewState>> m = new EnumMap<>(ReviewState.class);
        for (ReviewState s : ReviewState.values()) {
            m.put(s, new EnumMap<>(ReviewActionType.class));
        }
        m.get(ReviewState.NEW).put(ReviewActionType.VERIFY, ReviewState.VERIFYING);
        m.get(ReviewState.VERIFYING).put(ReviewActionType.CONFIRM, ReviewState.CONFIRMED);
        m.get(ReviewState.VERIFYING).put(ReviewActionType.DISMISS, ReviewState.DISMISSED);
        m.get(ReviewState.DISMISSED).put(ReviewActionType.REOPEN, ReviewState.VERIFYING);
        m.get(ReviewState.CONFIRMED).put(ReviewActionType.ISSUE_DOCUMENT, ReviewState.DOCUMENT_ISSUED);
        m.get(ReviewState.DOCUMENT_ISSUED).put(ReviewActionType.RECORD_REPLY, ReviewState.RECTIFIED);
        m.get(ReviewState.DOCUMENT_ISSUED).put(ReviewActionType.MARK_REPLY_OVERDUE, ReviewState.REPLY_OVERDUE);
        m.get(ReviewState.REPLY_OVERDUE).put(ReviewActionType.RECORD_REPLY, ReviewState.RECTIFIED);
        for (ReviewState confirmed : new ReviewState[] {ReviewState.CONFIRMED, ReviewState.DOCUMENT_ISSUED,
                ReviewState.REPLY_OVERDUE, ReviewState.RECTIFIED}) {
            m.get(confirmed).put(ReviewActionType.REFER, confirmed);
        }
        m.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(m);
    }
}
