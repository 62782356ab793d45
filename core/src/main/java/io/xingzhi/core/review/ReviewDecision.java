package io.xingzhi.core.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link ReviewWorkflow} decided about one action: {@link Allowed} with the new state, or
 * {@link Refused} with a message naming the current state and the actions allowed in it. A refusal
 * is an expected outcome, so it is a value; {@link #orElseThrow(String)} turns it into an
 * {@link IllegalTransitionException} where a caller (a store) wants to stop.
 */
public sealed interface ReviewDecision {

    /** True when the action is allowed. */
    boolean allowed();

    /**
     * The allowed transition, or an {@link IllegalTransitionException} naming the lead, its state
     * and the allowed actions.
     */
    Allowed orElseThrow(String leadId);

    /**
     * The action is allowed.
     *
     * @param from the state before
     * @param to the state after
     * @param action the action
     * @param replyDeadline the reply deadline after the action (set by issuing a document, kept otherwise)
     */
    record Allowed(ReviewState from, ReviewState to, ReviewAction action, Optional<LocalDate> replyDeadline)
            implements ReviewDecision {
        public Allowed {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            Objects.requireNonNull(action);
            Objects.requireNonNull(replyDeadline);
        }

        @Override
        public boolean allowed() {
            return true;
        }

        @Override
        public Allowed orElseThrow(String leadId) {
            return this;
        }
    }

    /**
     * The action is refused; nothing changes.
     *
     * @param state the lead's current state
     * @param action the refused action
     * @param allowedActions the actions allowed in {@code state}
     * @param message why, naming the state and the allowed actions
     * @param chineseMessage the same in Chinese, when the refusal is for the action's values (a reply
     *     deadline that has not passed) rather than for the state, which the doors say themselves
     */
    record Refused(ReviewState state, ReviewAction action, Set<ReviewActionType> allowedActions, String message,
                   Optional<String> chineseMessage)
            implements ReviewDecision {
        public Refused {
            Objects.requireNonNull(state);
            Objects.requireNonNull(action);
            allowedActions = Set.copyOf(allowedActions);
            Objects.requireNonNull(message);
            Objects.requireNonNull(chineseMessage);
        }

        /** A refusal whose message has no Chinese form. */
        public Refused(ReviewState state, ReviewAction action, Set<ReviewActionType> allowedActions, String message) {
            this(state, action, allowedActions, message, Optional.empty());
        }

        @Override
        public boolean allowed() {
            return false;
        }

        @Override
        public Allowed orElseThrow(String leadId) {
            throw new IllegalTransitionException(leadId, this);
        }
    }
}
