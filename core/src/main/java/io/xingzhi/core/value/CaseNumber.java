package io.xingzhi.core.value;

/**
 * A case number (案号) in normalised form: every bracket form ({@code 〔〕 [] （） ［］ 【】 ()},
 * also {@code ﹝﹞ 〖〗 〘〙}) becomes ASCII {@code ( )}, whitespace is removed and full-width
 * characters folded, e.g. {@code (2024)辽0682刑初123号}. The Chinese part stays as written; the
 * number's structure is not checked.
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

    /** Normalises a raw case number; fails only when nothing is left of it. */
    public static Parsed<CaseNumber> parse(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("case number is blank");
        }
        if (plain(raw)) {
            return Parsed.ok(new CaseNumber(raw)); // the common case: nothing to fold, remove or replace
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
        return Parsed.ok(new CaseNumber(sb.toString()));
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
