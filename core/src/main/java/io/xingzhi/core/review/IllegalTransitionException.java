package io.xingzhi.core.review;

import io.xingzhi.core.XingzhiException;
import java.util.Set;

/**
 * Thrown by a store when a review action is not allowed in the lead's current state (see
 * {@link ReviewWorkflow}). Nothing was changed. The message names the lead, its state and the
 * actions allowed in it; the pure workflow itself returns a {@link ReviewDecision.Refused} instead.
 */
public class IllegalTransitionException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    private final String leadId;
    private final transient ReviewDecision.Refused refusal;

    public IllegalTransitionException(String leadId, ReviewDecision.Refused refusal) {
        super("lead " + leadId + ": " + refusal.message());
        this.leadId = leadId;
        this.refusal = refusal;
    }

    /** The lead the action was refused for. */
    public String leadId() {
        return leadId;
    }

    /** The lead's state, unchanged. */
    public ReviewState state() {
        return refusal.state();
    }

    /** The refused action's kind. */
    public ReviewActionType action() {
        return refusal.action().type();
    }

    /** The actions allowed in {@link #state()}. */
    public Set<ReviewActionType> allowedActions() {
        return refusal.allowedActions();
    }
}
