package io.xingzhi.core;

/**
 * The one unchecked root exception of Xingzhi. It is thrown for failures an embedder cannot
 * recover from inside a run (a source that cannot be read at all, a store that refuses a write).
 * Expected outcomes - a value that cannot be read, a rejected row, no match - are results, never
 * exceptions. Messages name the file/table, line/row and field involved, never an identity number.
 */
public class XingzhiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String chineseMessage;

    public XingzhiException(String message) {
        super(message);
        this.chineseMessage = null;
    }

    public XingzhiException(String message, Throwable cause) {
        super(message, cause);
        this.chineseMessage = null;
    }

    /**
     * An exception with its message in English and in Chinese: a door that speaks Chinese (the
     * command line by default) prints {@link #chineseMessage()}.
     *
     * @param message the message in English
     * @param cause the cause, or null
     * @param chineseMessage the same message in Chinese, or null when there is none
     */
    protected XingzhiException(String message, Throwable cause, String chineseMessage) {
        super(message, cause);
        this.chineseMessage = chineseMessage;
    }

    /** The message in Chinese, when the thrower gave one. */
    public java.util.Optional<String> chineseMessage() {
        return java.util.Optional.ofNullable(chineseMessage);
    }
}
