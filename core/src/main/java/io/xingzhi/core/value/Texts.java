package io.xingzhi.core.value;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Text folding shared by every parser: full-width to half-width (NFKC), traditional to simplified,
 * whitespace handling. The one place that touches the Chinese-text library (ICU4J).
 *
 * <p>Width folding applies NFKC only to the width-variant blocks (the ideographic space U+3000,
 * CJK compatibility forms U+FE30-FE4F, small forms U+FE50-FE6F and halfwidth/fullwidth forms
 * U+FF00-FFEF), so {@code ２０２４} becomes {@code 2024}, {@code （）} becomes {@code ()} and
 * {@code ￥} becomes {@code ¥}, while CJK ideographs and every other character stay as written.
 *
 * <p>Traditional-to-simplified conversion uses ICU's {@code Traditional-Simplified} transliterator,
 * which maps character by character: it is not reversible and a few characters with a distinct
 * simplified meaning collapse (乾 → 干, 於 → 于). Because every record is converted the same way
 * this is harmless for comparing names; it is not meant for display of the original.
 */
public final class Texts {
    private static final java.util.regex.Pattern ID_LIKE =
            java.util.regex.Pattern.compile("[0-9０-９][0-9０-９\\s\\-]{13,}[0-9０-９xXｘＸ]");
    private static final int MESSAGE_LENGTH = 60;
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** ICU transliterators are not safe for concurrent use: one instance per thread, built lazily. */
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private Texts() {
    }

    /** Folds full-width letters, digits and punctuation to ASCII, and trims; keeps CJK as is. */
    public static String foldWidth(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isWidthVariant(c)) {
                if (out == null) {
                    out = new StringBuilder(raw.length()).append(raw, 0, i);
                }
                out.append(NFKC.normalize(String.valueOf(c)));
            } else if (out != null) {
                out.append(c);
            }
        }
        return trim(out == null ? raw : out.toString());
    }

    /**
     * Converts traditional Chinese characters to simplified (張三 → 张三), character by character
     * with ICU's {@code Traditional-Simplified} mapping (names and short fields carry no phrase
     * context). Each character's conversion is learned once, so text that needs no conversion -
     * nearly all of it - costs one table look-up per character. Thread-safe.
     */
    public static String toSimplified(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isSurrogate(c)) {
                return TO_SIMPLIFIED.get().transliterate(raw); // rare: characters outside the BMP
            }
            if (mayChange(c)) {
                StringBuilder b = new StringBuilder(raw.length());
                b.append(raw, 0, i);
                for (int j = i; j < raw.length(); j++) {
                    char d = raw.charAt(j);
                    if (Character.isSurrogate(d)) {
                        return TO_SIMPLIFIED.get().transliterate(raw);
                    }
                    b.append(mayChange(d) ? converted(d) : String.valueOf(d));
                }
                return b.toString();
            }
        }
        return raw; // the common case: no character that the conversion changes
    }

    private static String converted(char c) {
        String v = CONVERTED[c];
        if (v == null) {
            v = TO_SIMPLIFIED.get().transliterate(String.valueOf(c));
            CONVERTED[c] = v; // idempotent: a race computes the same string twice
        }
        return v;
    }

    /** Per character: 0 = not yet known, 1 = unchanged by the conversion, 2 = changed. */
    private static final byte[] CHANGES = new byte[65536];
    /** Per changed character: what ICU's Traditional-Simplified makes of it. */
    private static final String[] CONVERTED = new String[65536];

    /**
     * True when converting the character alone changes it (ASCII never does). Learned once per
     * character, so the ICU transliterator runs only on text that needs it: names and streamed
     * rows are mostly simplified already, and the transliterator dominates the cost otherwise.
     */
    private static boolean mayChange(char c) {
        if (c < 0x80) {
            return false;
        }
        byte known = CHANGES[c];
        if (known == 0) {
            String one = String.valueOf(c);
            String converted = TO_SIMPLIFIED.get().transliterate(one);
            known = converted.equals(one) ? (byte) 1 : (byte) 2;
            CONVERTED[c] = converted; // written before the flag, so a reader that sees 2 sees it
            CHANGES[c] = known;
        }
        return known == 2;
    }

    /** True for null, empty, or only whitespace (including the ideographic space U+3000). */
    public static boolean isBlank(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (!isSpace(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Removes every whitespace character, including U+3000, no-break spaces and the BOM. */
    public static String removeSpaces(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Removes leading and trailing whitespace in the sense of {@link #isBlank}. */
    public static String trim(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /**
     * A raw value made safe to quote in a failure reason or message: anything that looks like an
     * identity number (a run of 15 or more digits, possibly ending in X) is replaced by
     * {@code [identity-number-like]}, and long values are cut to 60 characters.
     */
    public static String forMessage(String raw) {
        if (raw == null) {
            return "";
        }
        String safe = ID_LIKE.matcher(raw).replaceAll("[identity-number-like]");
        return safe.length() <= MESSAGE_LENGTH ? safe : safe.substring(0, MESSAGE_LENGTH) + "…";
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF'
                || (c >= '\u200B' && c <= '\u200D');
    }

    private static boolean isWidthVariant(char c) {
        return c == '\u3000' || (c >= '\uFE30' && c <= '\uFE6F') || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
