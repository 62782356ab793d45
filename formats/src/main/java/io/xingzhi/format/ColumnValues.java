package io.xingzhi.format;

/**
 * One column's recent values while the column has few distinct ones (a court's name, a detention
 * center, a category, a date): a value read again is the same {@code String}, made once, so the
 * records of the small datasets, which live for the whole run, do not each hold a copy, and no
 * string is made for a repeat. A column found to have many distinct values (names, numbers, texts)
 * is no longer looked up: its values are made as read. Short values only. Not thread-safe: one per
 * column of one source.
 */
final class ColumnValues {
    /** A column with more distinct values than this is taken as one of many (its values are not kept). */
    static final int MAX_DISTINCT = 512;
    /** Longer values are made as read. */
    static final int MAX_LENGTH = 48;
    private static final int SLOTS = 1024;

    private String[] table = new String[SLOTS];
    private int distinct;

    /** The characters {@code c[from, to)} as a string: a kept one when the same value was read before. */
    String of(char[] c, int from, int to) {
        int length = to - from;
        String[] t = table;
        if (t == null || length > MAX_LENGTH) {
            return new String(c, from, length);
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + c[i];
        }
        int mask = SLOTS - 1;
        for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
            String s = t[i];
            if (s == null) {
                String made = new String(c, from, length);
                if (++distinct > MAX_DISTINCT) {
                    table = null; // a column of many values: keeping them would only cost
                } else {
                    t[i] = made;
                }
                return made;
            }
            if (s.length() == length && same(s, c, from)) {
                return s;
            }
        }
    }

    private static boolean same(String s, char[] c, int from) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != c[from + k]) {
                return false;
            }
        }
        return true;
    }
}
