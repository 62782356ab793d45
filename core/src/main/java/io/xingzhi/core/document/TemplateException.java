package io.xingzhi.core.document;

import io.xingzhi.core.XingzhiException;

/**
 * A template cannot be used: it is missing, a {@code {{#section}}} is not closed, a placeholder
 * names nothing the drafter provides, or a required section is absent. The message names the
 * template, the line and the reason, so whoever edited it can fix it.
 */
public class TemplateException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    private final String missingValue;

    public TemplateException(String message) {
        this(message, null);
    }

    /**
     * @param message the template, line and reason
     * @param missingValue the name of a placeholder that had no value, or null for another problem
     */
    public TemplateException(String message, String missingValue) {
        super(message);
        this.missingValue = missingValue;
    }

    /** The placeholder that had no value, when that is the problem. */
    public java.util.Optional<String> missingValue() {
        return java.util.Optional.ofNullable(missingValue);
    }
}
