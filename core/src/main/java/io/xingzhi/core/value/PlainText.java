package io.xingzhi.core.value;

/**
 * Text from the agencies' data or typed by other users (a unit, a name, a column header, a table's name
 * a database quotes in its error) made safe to show where a terminal or a log viewer reads it: an escape
 * sequence in it ({@code ESC [2J}, {@code ESC ]0;…}, {@code ESC ]8;;URL}) would clear the screen, retitle
 * the window, recolour or hide what follows or show a link to anywhere; a carriage return would overwrite
 * the start of the line; a line break would print lines that are not there; a bidirectional override
 * would show characters in another order. One rule for every door that prints such text (the command
 * line, {@code report.md}, database and store errors): line breaks and tabs become a space ({@link #line})
 * or are kept as line feeds ({@link #lines}), and every other control character (C0, DEL, C1) and every
 * bidirectional embedding, override or isolate becomes {@code U+FFFD} (�), so that something was there
 * stays visible. Text without such a character is returned as it is.
 */
public final class PlainText {
    /** What a character that cannot be shown is shown as. */
    public static final char REPLACEMENT = '\uFFFD';

    private PlainText() {
    }

    /** {@code s} (null: empty) as one line that shows as it is. */
    public static String line(String s) {
        return clean(s, false);
    }

    /** {@code s} (null: empty) as lines that show as they are: line feeds (and CRLF, as one) kept. */
    public static String lines(String s) {
        return clean(s, true);
    }

    /**
     * True for a character that does not show as itself: a control character (C0, DEL, C1), a line or
     * paragraph separator, or a bidirectional embedding, override or isolate.
     */
    public static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** True for a line break or a tab: what {@link #line} makes a space. */
    public static boolean breakOrTab(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
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
                continue; // CRLF: one break (kept as a line feed, or a space)
            } else if (breakOrTab(c)) {
                b.append(c == '\n' && keepLineFeeds ? '\n' : ' ');
            } else {
                b.append(REPLACEMENT);
            }
        }
        return b.toString();
    }

    private static boolean unsafe(char c, boolean keepLineFeeds) {
        return c == '\n' ? !keepLineFeeds : unsafe(c);
    }
}
