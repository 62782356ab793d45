package io.xingzhi.core.value;

/**
 * A case number (案号) in normalised form: every bracket form ({@code 〔〕 [] （） ［］ 【】 ()},
 * also {@code ﹝﹞ 〖〗 〘〙}) becomes ASCII {@code ( )}, whitespace is removed and full-width
 * characters folded, e.g. {@code (2024)辽0682刑初123号}. A year typed without its brackets at the start
 * ({@code 2024辽0682刑初123号}, as some registers keep it) gets them: a case number is the year in brackets
 * and then the court's code, so four digits of a year from 1949 to 2199 followed by a Chinese character
 * can be nothing else, and without them it would never equal the same case written by another agency.
 * The Chinese part stays as written; the number's structure is not checked.
 *
 * @param value the normalised case number, never blank
 */
public record CaseNumber(String value) {

    /**
     * Checks the value is present.
     *
     * @throws IllegalArgumentException when the value is null or blank
     */
    public CaseNumber {
        if (Texts.isBlank(value)) {
            throw new IllegalArgumentException("case number is blank");
        }
    }

    /**
     * Normalises a raw case number; fails when nothing is left of it, and when the value names more
     * than one case ({@code (2023)辽0603刑初213号、(2023)辽0603刑初214号}, a stay held for two cases or an
     * enforcement of two judgments written in one cell): taken as one case it would match neither, so
     * a custody stay would silently belong to no judgment and an enforcement case make false 未移送执行
     * leads; which one the row is about cannot be known, so it is refused.
     */
    public static Parsed<CaseNumber> parse(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("case number is blank");
        }
        if (plain(raw) && !bareYear(raw)) {
            return several(raw) ? severalFailure(raw) : Parsed.ok(new CaseNumber(raw)); // the common case: nothing to fold
        }
        String folded = Texts.removeSpaces(Texts.foldWidth(raw));
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case '〔', '[', '【', '〖', '〘', '（', '［' -> sb.append('(');
                case '〕', ']', '】', '〗', '〙', '）', '］' -> sb.append(')');
                default -> sb.append(c);
            }
        }
        String value = sb.toString();
        if (several(value)) {
            return severalFailure(value);
        }
        return Parsed.ok(new CaseNumber(bareYear(value) ? "(" + value.substring(0, 4) + ")" + value.substring(4) : value));
    }

    /**
     * True when {@code v} starts with a year without brackets: four ASCII digits from 1949 to 2199 and then
     * a Chinese character (the court's code, {@code 辽0682}, {@code 最高法}, or an old form's {@code 沈}).
     */
    private static boolean bareYear(String v) {
        if (v.length() < 6) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        int year = Integer.parseInt(v, 0, 4, 10);
        return year >= 1949 && year <= 2199 && Character.UnicodeScript.of(v.codePointAt(4)) == Character.UnicodeScript.HAN;
    }

    /** Opening and closing brackets around a case number's year. */
    private static final String OPEN = "(（〔[【〖〘［";
    private static final String CLOSE = ")）〕]】〗〙］";
    /** Characters that separate two case numbers written in one cell. */
    private static final String SEPARATORS = "、,，;；/／|｜";

    /**
     * True when {@code v} names more than one case: two bracketed years ({@code (2023)…号(2024)…号}), or
     * parts each ending in 号 around a separator ({@code 2023辽0603刑初1号、2023辽0603刑初2号}). One pass over
     * the characters (every case number of every row is asked: a regular expression here cost the small
     * datasets a tenth of their reading time under the quick compiler).
     */
    static boolean several(String v) {
        int years = 0;
        boolean separated = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                int end = bracketedYearEnd(v, i + 1);
                if (end > 0 && ++years > 1) {
                    return true;
                }
            } else if (SEPARATORS.indexOf(c) >= 0) {
                separated = true;
            }
        }
        if (!separated) {
            return false;
        }
        int numbered = 0;
        int from = 0;
        for (int i = 0; i <= v.length(); i++) {
            if (i == v.length() || SEPARATORS.indexOf(v.charAt(i)) >= 0) {
                numbered += v.substring(from, i).strip().endsWith("号") ? 1 : 0;
                from = i + 1;
            }
        }
        return numbered > 1;
    }

    /** After an opening bracket at {@code i - 1}: the index past {@code \s*dddd\s*} and a closing bracket, or -1. */
    private static int bracketedYearEnd(String v, int i) {
        int n = v.length();
        while (i < n && isRegexSpace(v.charAt(i))) {
            i++;
        }
        for (int k = 0; k < 4; k++, i++) {
            if (i >= n || v.charAt(i) < '0' || v.charAt(i) > '9') {
                return -1;
            }
        }
        while (i < n && isRegexSpace(v.charAt(i))) {
            i++;
        }
        return i < n && CLOSE.indexOf(v.charAt(i)) >= 0 ? i + 1 : -1;
    }

    /** {@code \s} of a regular expression: an ASCII space, tab, line break, vertical tab or form feed. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Parsed<CaseNumber> severalFailure(String v) {
        return Parsed.failed("names more than one case, and a row is about one case: " + Texts.forMessage(v));
    }

    /** True when {@link #parse} would return {@code raw} as it is: no space, width variant or bracket to replace. */
    private static boolean plain(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Texts.untouched(c)) {
                return false;
            }
            switch (c) {
                case '〔', '[', '【', '〖', '〘', '〕', ']', '】', '〗', '〙' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * The value's equality, written out: what a record derives, without the method-handle chain the
     * quick compiler calls through on every comparison.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof CaseNumber other && value.equals(other.value));
    }

    /** The value's hash code: the same number a record with this one component derives. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
