package io.xingzhi.core.record;

/** What the label readers of this package share. */
final class Labels {
    private Labels() {
    }

    /**
     * {@code raw} without the characters of the regular expression {@code \s} (space, tab, line feed,
     * vertical tab, form feed, carriage return), as {@code raw.replaceAll("\\s", "")} gives it, without
     * compiling a pattern per call; "" for null.
     */
    static String withoutSpaces(String raw) {
        if (raw == null) {
            return "";
        }
        int i = 0;
        while (i < raw.length() && !space(raw.charAt(i))) {
            i++;
        }
        if (i == raw.length()) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length()).append(raw, 0, i);
        for (; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!space(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
