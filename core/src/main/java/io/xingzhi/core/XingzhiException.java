package io.xingzhi.core;

/**
 * The one unchecked root exception of Xingzhi. It is thrown for failures an embedder cannot
 * recover from inside a run (a source that cannot be read at all, a store that refuses a write).
 * Expected outcomes - a value that cannot be read, a rejected row, no match - are results, never
 * exceptions. Messages name the file/table, line/row and field involved, never an identity number.
 */
public class XingzhiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public XingzhiException(String message) {
        super(message);
    }

    public XingzhiException(String message, Throwable cause) {
        super(message, cause);
    }
}
