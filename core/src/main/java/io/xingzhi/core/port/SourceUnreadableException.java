package io.xingzhi.core.port;

import io.xingzhi.core.XingzhiException;

/**
 * A {@link RecordSource} that cannot be read at all, or stopped being readable: a table or view that
 * does not exist, a database or an HTTP feed that cannot be reached, a query that fails, a mapping
 * naming a column the source lacks. The input is at fault, not the engine: doors say so (the command
 * line ends with its exit code for unreadable input, 2, as for a folder that cannot be read). The
 * message names the dataset and the source, never a password, token or identity number.
 */
public class SourceUnreadableException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    public SourceUnreadableException(String message) {
        super(message);
    }

    public SourceUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
