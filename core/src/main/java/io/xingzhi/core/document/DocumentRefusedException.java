package io.xingzhi.core.document;

import io.xingzhi.core.XingzhiException;

/**
 * A document cannot be drafted from these leads: one is not confirmed (成案), or a 类案 group is
 * addressed to more than one agency. Nothing was drafted; the message names the lead and why.
 */
public class DocumentRefusedException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    public DocumentRefusedException(String message) {
        super(message);
    }

    /**
     * @param message why, in English
     * @param chineseMessage why, in Chinese (what the command line prints)
     */
    public DocumentRefusedException(String message, String chineseMessage) {
        super(message, null, chineseMessage);
    }
}
