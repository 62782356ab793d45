package io.xingzhi.cli;

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
    private static final char REPLACEMENT = '\uFFFD';

    private TerminalText() {
    }

    /** {@code s} (null: empty) as one line a terminal shows as it is. */
    static String line(String s) {
        return clean(s, false);
    }

    /** {@code s} (null: empty) as lines a terminal shows as they are: line feeds kept. */
    static String text(String s) {
        return clean(s, true);
    }

    private static String clean(String s, boolean keepLineFeeds) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i), keepLineFeeds)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c, keepLineFeeds)) {
                b.append(c);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                // CRLF: one break (kept as a line feed, or a space)
                continue;
            } else if (c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\u000C' || c == '\u0085'
                    || c == '\u2028' || c == '\u2029') {
                b.append(c == '\n' && keepLineFeeds ? '\n' : ' ');
            } else {
                b.append(REPLACEMENT);
            }
        }
        return b.toString();
    }

    private static boolean unsafe(char c, boolean keepLineFeeds) {
        if (c == '\n') {
            return !keepLineFeeds;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
