package io.xingzhi.format;

import java.io.IOException;

/**
 * Physical lines of a byte stream, one at a time, not decoded: after {@link #next()} returns true
 * the line is {@code buffer()[start(), end())}, without its terminator.
 */
interface PhysicalLines {
    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException;

    byte[] buffer();

    int start();

    int end();

    /** The line's terminator as text: "", "\n", "\r" or "\r\n". */
    String terminatorText();

    /** True when the line was too long to hold; it then has no content. */
    boolean overlong();
}
