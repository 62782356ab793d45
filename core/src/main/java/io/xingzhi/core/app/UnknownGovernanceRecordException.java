package io.xingzhi.core.app;

import io.xingzhi.core.XingzhiException;

/** No governance record with this id is kept. Nothing was changed. */
public class UnknownGovernanceRecordException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    private final String id;

    public UnknownGovernanceRecordException(String id) {
        super("no governance record " + id + " is kept", null, "没有诉源治理记录 " + id);
        this.id = id;
    }

    /** The id asked for. */
    public String id() {
        return id;
    }
}
