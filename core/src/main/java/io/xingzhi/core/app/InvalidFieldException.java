package io.xingzhi.core.app;

import io.xingzhi.core.XingzhiException;

/**
 * A request a door passed to an application service has a field that is missing, unknown, not
 * for this action, or holds a value that cannot be read. Nothing was changed. It names the field
 * by its {@link RequestFields} name, so each door can say it its own way ({@code expected_version}
 * in a JSON body, {@code --expected-version} on the command line).
 */
public class InvalidFieldException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * @param field the field's snake_case name
     * @param problem what is wrong with it, e.g. {@code is missing}
     */
    public InvalidFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /**
     * @param field the field's snake_case name
     * @param problem what is wrong with it, e.g. {@code is missing}
     * @param chineseProblem the same in Chinese, e.g. {@code 缺少}; {@link #chineseMessage()} says only this
     */
    public InvalidFieldException(String field, String problem, String chineseProblem) {
        super(field + ": " + problem, null, chineseProblem);
        this.field = field;
        this.problem = problem;
    }

    /** The field, by its snake_case name. */
    public String field() {
        return field;
    }

    /** What is wrong with it, without the field's name ({@link #chineseMessage()}: the same in Chinese, when given). */
    public String problem() {
        return problem;
    }
}
