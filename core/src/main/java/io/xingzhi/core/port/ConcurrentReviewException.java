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
                + ", it is now at version " + actualVersion + "; nothing was saved, reload the lead and try again", null,
                "线索 " + leadId + " 已被他人修改（你看到的是第 " + expectedVersion + " 版，现在是第 " + actualVersion
                        + " 版），本次操作未保存；请重新查看后再操作");
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
