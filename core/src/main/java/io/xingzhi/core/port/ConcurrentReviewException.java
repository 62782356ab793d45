package io.xingzhi.core.port;

import io.xingzhi.core.XingzhiException;

/**
 * Thrown by {@link LeadRepository#recordTransition} when the lead changed since the reviewer read it (optimistic
 * locking): someone else reviewed it first. Nothing was written; the other reviewer's change is
 * kept. The reviewer reloads the lead and decides again.
 */
public class ConcurrentReviewException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    private final String leadId;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrentReviewException(String leadId, long expectedVersion, long actualVersion) {
        super("lead " + leadId + " was changed by someone else: you reviewed version " + expectedVersion
                + ", it is now at version " + actualVersion + "; nothing was saved, reload the lead and try again");
        this.leadId = leadId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String leadId() {
        return leadId;
    }

    /** The version the reviewer acted on. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version the store holds. */
    public long actualVersion() {
        return actualVersion;
    }
}
