package io.xingzhi.core.port;

import io.xingzhi.core.XingzhiException;

/** Thrown by the lead repository and the review service for a lead id the store does not hold. Nothing was written. */
public class UnknownLeadException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    private final String leadId;

    public UnknownLeadException(String leadId) {
        super("no lead " + leadId + " in this store", null, "存储中没有线索 " + leadId);
        this.leadId = leadId;
    }

    public String leadId() {
        return leadId;
    }
}
