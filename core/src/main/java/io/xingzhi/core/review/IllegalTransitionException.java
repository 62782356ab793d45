package io.xingzhi.core.review;

import io.xingzhi.core.XingzhiException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Thrown by a store when a review action is not allowed in the lead's current state (see
 * {@link ReviewWorkflow}). Nothing was changed. The message names the lead, its state and the
 * actions allowed in it; the pure workflow itself returns a {@link ReviewDecision.Refused} instead.
 */
public class IllegalTransitionException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    private final String leadId;
    private final ReviewState state;
    private final ReviewActionType action;
    private final Set<ReviewActionType> allowedActions;

    public IllegalTransitionException(String leadId, ReviewDecision.Refused refusal) {
        super("lead " + leadId + ": " + refusal.message(), null,
                refusal.chineseMessage().map(m -> "线索 " + leadId + "：" + m).orElse(null));
        this.leadId = leadId;
        this.state = refusal.state();
        this.action = refusal.action().type();
        this.allowedActions = Set.copyOf(refusal.allowedActions());
    }

    /**
     * @param leadId the lead
     * @param state its state, unchanged
     * @param action the refused action's kind
     * @param allowedActions the actions allowed in {@code state}
     * @param message why, naming the state and the allowed actions
     */
    public IllegalTransitionException(String leadId, ReviewState state, ReviewActionType action,
                                      Set<ReviewActionType> allowedActions, String message) {
        super("lead " + leadId + ": " + message);
        this.leadId = leadId;
        this.state = state;
        this.action = action;
        this.allowedActions = Set.copyOf(allowedActions);
    }

    /** The lead the action was refused for. */
    public String leadId() {
        return leadId;
    }

    /** The lead's state, unchanged. */
    public ReviewState state() {
        return state;
    }

    /** The refused action's kind. */
    public ReviewActionType action() {
        return action;
    }

    /** The actions allowed in {@link #state()}. */
    public Set<ReviewActionType> allowedActions() {
        return allowedActions;
    }

    /**
     * Why, in Chinese, for a reviewer: the refusal's own reason when it has one ({@link #chineseMessage()}: a
     * deadline not passed, …); otherwise the lead's state, the action refused and the actions allowed in that
     * state, each allowed action named by {@code naming} (a label for a page, a code and its label for a command
     * line), in the order of their names.
     */
    public String chineseExplanation(Function<ReviewActionType, String> naming) {
        if (chineseMessage().isPresent()) {
            return chineseMessage().get();
        }
        String allowed = allowedActions.stream().map(naming).sorted().collect(Collectors.joining("、"));
        return "线索 " + leadId + " 的状态是“" + state.label() + "”，不能" + action.label()
                + (allowed.isEmpty() ? "，此状态下不能再做任何审查操作" : "；此状态下可以：" + allowed);
    }
}
