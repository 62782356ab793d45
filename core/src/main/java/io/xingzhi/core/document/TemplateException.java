package io.xingzhi.core.document;

import io.xingzhi.core.XingzhiException;

/**
 * A template cannot be used: it is missing, a {@code {{#section}}} is not closed, a placeholder
 * names nothing the drafter provides, or a required section is absent. The message names the
 * template, the line and the reason, so whoever edited it can fix it.
 */
public class TemplateException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }
}
