package io.xingzhi.format;

/**
 * Well-formed UTF-8, by Unicode's table of well-formed byte sequences (the one the JDK's strict
 * decoder follows): what the screens that read rows from their bytes accept as a character
 * ({@link CsvSplitter}, {@link JsonLineScreen}).
 */
final class Utf8 {
    private Utf8() {
    }

    /**
     * The index after the well-formed UTF-8 character starting at {@code b[i]} (a byte of 0x80 or
     * more), ending before {@code e}; -1 when there is none.
     */
    static int next(byte[] b, int i, int e) {
        int c = b[i] & 0xff;
        if (c < 0xC2) {
            return -1;
        }
        if (c < 0xE0) {
            return i + 1 < e && continuation(b[i + 1]) ? i + 2 : -1;
        }
        if (c < 0xF0) {
            if (i + 2 >= e) {
                return -1;
            }
            int c1 = b[i + 1] & 0xff;
            int lo = c == 0xE0 ? 0xA0 : 0x80;
            int hi = c == 0xED ? 0x9F : 0xBF;
            return c1 >= lo && c1 <= hi && continuation(b[i + 2]) ? i + 3 : -1;
        }
        if (c < 0xF5) {
            if (i + 3 >= e) {
                return -1;
            }
            int c1 = b[i + 1] & 0xff;
            int lo = c == 0xF0 ? 0x90 : 0x80;
            int hi = c == 0xF4 ? 0x8F : 0xBF;
            return c1 >= lo && c1 <= hi && continuation(b[i + 2]) && continuation(b[i + 3]) ? i + 4 : -1;
        }
        return -1;
    }

    private static boolean continuation(byte x) {
        return (x & 0xC0) == 0x80;
    }
}
