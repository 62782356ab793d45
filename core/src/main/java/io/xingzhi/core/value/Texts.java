package io.xingzhi.core.value;

/**
 * Text folding shared by every parser: full-width to half-width (NFKC), traditional to simplified,
 * whitespace handling. The one place that touches the Chinese-text library.
 */
public final class Texts {
    private Texts() {
    }

    /** Folds full-width letters, digits and punctuation to ASCII, and trims; keeps CJK as is. */
    public static String foldWidth(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Converts traditional Chinese characters to simplified (張三 → 张三). */
    public static String toSimplified(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** True for null, empty, or only whitespace (including the ideographic space U+3000). */
    public static boolean isBlank(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
