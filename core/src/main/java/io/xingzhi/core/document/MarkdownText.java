package io.xingzhi.core.document;

import io.xingzhi.core.value.Texts;

/**
 * Values written into a Markdown draft as text that no Markdown viewer reads as markup. A drafted
 * document names agency data (a unit, a name, a case number); a value such as
 * {@code <img src=x onerror=…>} or {@code [回复](javascript:…)} would otherwise be live HTML or a link
 * in a viewer that renders the {@code .md} file. Each character Markdown or HTML gives a meaning to
 * ({@code & < > [ ] * _ ` # \}) is written as its numeric or named character reference, which every
 * CommonMark viewer shows as the character itself; the Word writer and the review console read the
 * references back ({@link #unescape}). A value is also put on one line ({@link Texts#oneLine}), so that
 * it cannot start a heading, a list or a table row of its own.
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    /** {@code value} on one line, each of {@code & < > [ ] * _ ` # \} written as a character reference. */
    public static String value(String value) {
        String s = Texts.oneLine(value);
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            String ref = reference(s.charAt(i));
            if (ref != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (ref != null) {
                    out.append(ref);
                } else {
                    out.append(s.charAt(i));
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * The text of a line of a draft with the references {@link #value} writes read back as their
     * characters (nothing else is touched: a template's own {@code &nbsp;} stays as written).
     */
    public static String unescape(String line) {
        if (line.indexOf('&') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '&') {
                int end = line.indexOf(';', i);
                Character back = end < 0 || end - i > 6 ? null : character(line.substring(i, end + 1));
                if (back != null) {
                    out.append(back.charValue());
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The characters written as references, and each one's reference; {@link #unescape} reads the same table back. */
    private static final String SPECIAL = "&<>[]*_`#\\";
    private static final java.util.Map<String, Character> CHARACTERS = new java.util.HashMap<>();

    static {
        for (char c : SPECIAL.toCharArray()) {
            CHARACTERS.put(reference(c), c);
        }
    }

    private static String reference(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> SPECIAL.indexOf(c) >= 0 ? "&#" + (int) c + ";" : null;
        };
    }

    private static Character character(String ref) {
        return CHARACTERS.get(ref);
    }
}
