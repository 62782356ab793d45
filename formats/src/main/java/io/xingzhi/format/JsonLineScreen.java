package io.xingzhi.format;

import io.xingzhi.core.port.RowScreen;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@link RowScreen} of a JSON Lines source, applied to a line's UTF-8 bytes before it is decoded
 * or parsed. Bound to the keys of the source's first object, in their order: a line is asked about
 * only when it is an object with exactly those keys in that order, each a plain string (no escape)
 * followed by a string, a number, {@code true}, {@code false} or {@code null}, with only spaces and
 * tabs between the tokens and after the object, and its strings well-formed UTF-8 without control
 * characters. Such a line is one the JSON reader would give as a row with those keys ({@link
 * JsonRowReader}), and a screened key's value is shown as the bytes between its quotes, which are
 * then its whole value; a screened key whose value is not a string, or holds an escape, is not asked
 * about. Any other line goes the ordinary way (decoded, parsed, accepted or rejected with its
 * reason). It holds nothing that changes: the value bounds it shows the screen are the caller's
 * arrays, so the screening pool's threads may ask about lines at once ({@link ScreenedLines}).
 */
final class JsonLineScreen {
    private final RowScreen screen;
    /** Each key's bytes, quotes excluded. */
    private final byte[][] keys;
    /** Per key, its place among the screen's columns, or -1. */
    private final int[] slot;
    private final int columns;

    private JsonLineScreen(RowScreen screen, byte[][] keys, int[] slot, int columns) {
        this.screen = screen;
        this.keys = keys;
        this.slot = slot;
        this.columns = columns;
    }

    /** How many values the screen is shown: the length of the arrays {@link #settles} fills. */
    int columns() {
        return columns;
    }

    /**
     * The line screen for a source whose first object had {@code names}, or null when it had none, when
     * its keys cannot be matched as plain bytes (a key holding a quote, a backslash or a control
     * character) or the screen asks for a column outside them (or one twice).
     */
    static JsonLineScreen of(RowScreen screen, List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        byte[][] keys = new byte[names.size()][];
        for (int k = 0; k < keys.length; k++) {
            String n = names.get(k);
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                if (c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
                    return null;
                }
            }
            keys[k] = n.getBytes(StandardCharsets.UTF_8);
        }
        int[] slot = new int[keys.length];
        java.util.Arrays.fill(slot, -1);
        int[] columns = screen.columns();
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] < 0 || columns[c] >= keys.length || slot[columns[c]] >= 0) {
                return null;
            }
            slot[columns[c]] = c;
        }
        return new JsonLineScreen(screen, keys, slot, columns.length);
    }

    /**
     * {@link ScreenedLines.Verdict}: the end of the line starting at {@code b[s]} (its first CR or LF
     * before {@code limit}, else {@code limit}) shifted left by one, the lowest bit set when it settles.
     * One pass reads the object and finds the end: nothing the object may hold is a line break (a JSON
     * string holds none raw, and a key holds no control character), so each step stops at one and the
     * object read fails there; only a line that is not such an object is scanned again for its end.
     */
    long line(byte[] b, int s, int limit, int[] from, int[] to) {
        int end = object(b, s, limit, from, to);
        if (end >= 0) {
            return (long) end << 1 | (screen.settles(b, from, to) ? 1 : 0);
        }
        int e = s;
        while (e < limit && b[e] != '\n' && b[e] != '\r') {
            e++;
        }
        return (long) e << 1;
    }

    /**
     * Reads the line from {@code b[s]} as an object the screen may be asked about (see the class
     * comment): the index of the line's end (its first CR or LF, or {@code limit}) when it is one, with
     * the screened values' bounds put in {@code from} and {@code to} ({@link #columns()} long, the
     * caller's own); -1 when it is not.
     */
    private int object(byte[] b, int s, int limit, int[] from, int[] to) {
        int e = limit;
        int i = spaces(b, s, e);
        if (i >= e || b[i] != '{') {
            return -1;
        }
        i++;
        for (int k = 0; k < keys.length; k++) {
            i = spaces(b, i, e);
            byte[] key = keys[k];
            if (e - i < key.length + 2 || b[i] != '"' || !java.util.Arrays.equals(b, i + 1, i + 1 + key.length, key, 0, key.length)
                    || b[i + 1 + key.length] != '"') {
                return -1;
            }
            i = spaces(b, i + key.length + 2, e);
            if (i >= e || b[i] != ':') {
                return -1;
            }
            i = spaces(b, i + 1, e);
            if (i >= e) {
                return -1;
            }
            int end;
            if (b[i] == '"') {
                end = string(b, i + 1, e);
                if (end < 0) {
                    return -1;
                }
                if (slot[k] >= 0) {
                    from[slot[k]] = i + 1;
                    to[slot[k]] = end;
                }
                end++; // past the closing quote
            } else {
                if (slot[k] >= 0) {
                    return -1; // a screened value that is not a plain string
                }
                end = literal(b, i, e);
                if (end < 0) {
                    return -1;
                }
            }
            i = spaces(b, end, e);
            if (i >= e || b[i] != (k == keys.length - 1 ? (byte) '}' : (byte) ',')) {
                return -1;
            }
            i++;
        }
        i = spaces(b, i, e);
        return i == e || b[i] == '\n' || b[i] == '\r' ? i : -1;
    }

    private static int spaces(byte[] b, int i, int e) {
        while (i < e && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** The index of the closing quote of a string whose content starts at {@code b[i]}: no escape, no control character, well-formed UTF-8; -1 otherwise. */
    private static int string(byte[] b, int i, int e) {
        while (i < e) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c >= 0) {
                if (c < 0x20 || c == '\\') {
                    return -1;
                }
                i++;
            } else {
                i = Utf8.next(b, i, e);
                if (i < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The index after a number ({@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}), {@code true}, {@code false} or {@code null} at {@code b[i]}; -1 otherwise. */
    private static int literal(byte[] b, int i, int e) {
        for (String word : WORDS) {
            int n = word.length();
            if (e - i >= n && matches(b, i, word)) {
                return i + n;
            }
        }
        int j = i;
        if (j < e && b[j] == '-') {
            j++;
        }
        if (j >= e || !digit(b[j])) {
            return -1;
        }
        if (b[j] == '0') {
            j++;
        } else {
            while (j < e && digit(b[j])) {
                j++;
            }
        }
        if (j < e && b[j] == '.') {
            j++;
            if (j >= e || !digit(b[j])) {
                return -1;
            }
            while (j < e && digit(b[j])) {
                j++;
            }
        }
        if (j < e && (b[j] == 'e' || b[j] == 'E')) {
            j++;
            if (j < e && (b[j] == '+' || b[j] == '-')) {
                j++;
            }
            if (j >= e || !digit(b[j])) {
                return -1;
            }
            while (j < e && digit(b[j])) {
                j++;
            }
        }
        return j;
    }

    private static final String[] WORDS = {"true", "false", "null"};

    private static boolean matches(byte[] b, int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (b[i + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }
}
