package io.xingzhi.core.value;

/**
 * The width of text in a terminal's columns: an East Asian wide or full-width character (汉字,
 * full-width punctuation and forms, Hangul, kana) takes two columns, every other character one. Text
 * tables pad by it, so a column of Chinese labels lines up with the numbers beside it.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    /** The columns {@code s} takes. */
    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} followed by spaces up to {@code columns} columns (unchanged when it is as wide or wider). */
    public static String padRight(String s, int columns) {
        int w = of(s);
        return w >= columns ? s : s + " ".repeat(columns - w);
    }

    /** Spaces, then {@code s}, up to {@code columns} columns (unchanged when it is as wide or wider). */
    public static String padLeft(String s, int columns) {
        int w = of(s);
        return w >= columns ? s : " ".repeat(columns - w) + s;
    }

    /** True for the East Asian Wide and Fullwidth characters of Unicode's EastAsianWidth table. */
    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
