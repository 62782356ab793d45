package io.xingzhi.core.port;

import io.xingzhi.core.XingzhiException;
import java.util.Objects;

/**
 * A store could not do what it was asked (read or write), said in English and in Chinese: the Chinese
 * message says what happened and what to do first, and keeps the technical detail (the operation, the
 * database's own words) at its end. {@link #kind()} tells a door whether the failure is the disk the
 * store is on being full, the store being closed under the caller (what an embedded database does after
 * a write failed), or anything else, so that it can answer each fittingly (a server: 507, 503, 500).
 * Nothing the store acknowledged before is lost by such a failure; the operation that failed did not
 * happen.
 */
public class StoreFailureException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure it is. */
    public enum Kind {
        /** The disk the store is on is full (or the store could not write its file, most likely for that). */
        DISK_FULL,
        /** The store's database is closed (after an earlier write failed); it opens again on a later call. */
        CLOSED,
        /** Any other failure. */
        OTHER
    }

    private final Kind kind;

    /**
     * @param message the message in English
     * @param chineseMessage the message in Chinese, technical detail at its end
     * @param kind what kind of failure it is
     * @param cause the cause, or null
     */
    public StoreFailureException(String message, String chineseMessage, Kind kind, Throwable cause) {
        super(message, cause, Objects.requireNonNull(chineseMessage, "chineseMessage"));
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** What kind of failure it is. */
    public Kind kind() {
        return kind;
    }
}
