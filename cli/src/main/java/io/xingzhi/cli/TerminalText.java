package io.xingzhi.cli;

import io.xingzhi.core.value.PlainText;

/**
 * Text from the agencies' data, or typed by other users (a unit, a name, a column header, a
 * governance title), made safe to print on a terminal. Such text is not trusted: an escape sequence
 * in it ({@code ESC [2J}, {@code ESC ]0;…}, {@code ESC ]8;;URL}) would clear the prosecutor's screen,
 * retitle the window, recolour or hide what follows, or show a link to anywhere; a carriage return
 * would overwrite the start of the line; a line break inside a table cell would print rows of the
 * table that are not there; a bidirectional override would show characters in another order.
 *
 * <p>{@link #line} gives one line: line breaks and tabs become a space, and every other control
 * character (C0, DEL, C1) and every bidirectional embedding, override or isolate becomes
 * {@code U+FFFD} (�), so that something was there stays visible. {@link #text} does the same but
 * keeps line feeds (a message of several lines).
 */
final class TerminalText {
    private TerminalText() {
    }

    /** {@code s} (null: empty) as one line a terminal shows as it is ({@link PlainText#line}). */
    static String line(String s) {
        return PlainText.line(s);
    }

    /** {@code s} (null: empty) as lines a terminal shows as they are: line feeds kept ({@link PlainText#lines}). */
    static String text(String s) {
        return PlainText.lines(s);
    }
}
