package io.xingzhi.core.value;

/**
 * A person's name in normalised form: full-width characters folded, all whitespace (including
 * the ideographic space) and every character that shows nothing (a control character - NUL padding, an
 * escape, DEL, C1 - or a bidirectional override, {@link PlainText#unsafe}) removed, every middle-dot form ({@code · • ・ . ． ‧ ᐧ}, and the
 * lookalikes typed for it: {@code ∙ ⋅ · ㆍ ˙ ․ ⸱ ᛫ ⦁ ◦ ∘ ⸰}) made one {@code ·}, traditional
 * characters converted to simplified (張三 = 张三).
 *
 * <p>A run of several dots becomes one dot. Nothing else is changed: letters keep their case.
 *
 * @param value the normalised name, never blank
 */
public record PersonName(String value) {

    /** The middle dot every dot form becomes (U+00B7). */
    public static final char MIDDLE_DOT = '\u00B7';

    /**
     * Checks the value is present.
     *
     * @throws IllegalArgumentException when the value is null or blank
     */
    public PersonName {
        if (Texts.isBlank(value)) {
            throw new IllegalArgumentException("name is blank");
        }
    }

    /** Normalises a raw name; fails only when nothing is left of it. */
    public static Parsed<PersonName> parse(String raw) {
        if (alreadyNormal(raw)) {
            return Parsed.ok(new PersonName(raw)); // the common case: nothing to fold, remove or convert
        }
        return parseGeneral(raw);
    }

    /** The general path of {@link #parse}, which gives the same result for every input (FastPathsTest). */
    static Parsed<PersonName> parseGeneral(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("name is blank");
        }
        String folded = Texts.foldWidth(raw);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Texts.isSpace(c) || PlainText.unsafe(c)) {
                continue; // a control character (NUL padding, an escape, DEL, C1) or a bidi override shows nothing, as a space
            }
            if (isDot(c)) {
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != MIDDLE_DOT) {
                    sb.append(MIDDLE_DOT);
                }
                continue;
            }
            sb.append(c);
        }
        String name = Texts.toSimplified(sb.toString());
        if (Texts.isBlank(name)) {
            return Parsed.failed("name is blank");
        }
        return Parsed.ok(new PersonName(name));
    }

    /** True for a non-empty name of characters no step of {@link #parseGeneral} changes (no dot, no space …). */
    private static boolean alreadyNormal(String raw) {
        if (raw == null || raw.isEmpty()) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Texts.untouched(c) || isDot(c) || PlainText.unsafe(c)) {
                return false;
            }
        }
        return true;
    }

    /** Masked for viewers: the first character kept, the rest starred ({@code 张*}, {@code 欧阳**}). */
    public String masked() {
        int first = value.offsetByCodePoints(0, 1);
        int rest = value.codePointCount(first, value.length());
        return value.substring(0, first) + "*".repeat(rest);
    }

    @Override
    public String toString() {
        return value;
    }

    /** True for every middle-dot form a name may be written with (package-private: {@link PersonalData} reads names alike). */
    static boolean isDot(char c) {
        switch (c) {
            case '\u00B7': // · middle dot
            case '\u2022': // • bullet
            case '\u30FB': // ・ katakana middle dot (also what NFKC makes of ･)
            case '.':      // full stop, also what NFKC makes of ．
            case '\u2027': // ‧ hyphenation point
            case '\u1427': // ᐧ canadian syllabics final middle dot
            case '\u2219': // ∙ bullet operator
            case '\u22C5': // ⋅ dot operator
            case '\u0387': // · greek ano teleia
            case '\u318D': // ㆍ hangul letter araea
            case '\u02D9': // ˙ dot above
            case '\u2024': // ․ one dot leader
            case '\u2E31': // ⸱ word separator middle dot
            case '\u16EB': // ᛫ runic single punctuation
            case '\u2981': // ⦁ z notation spot
            case '\u25E6': // ◦ white bullet
            case '\u2218': // ∘ ring operator
            case '\u2E30': // ⸰ ring point
                return true;
            default:
                return false;
        }
    }

    /**
     * The value's equality, written out: what a record derives, without the method-handle chain the
     * quick compiler calls through on every comparison.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof PersonName other && value.equals(other.value));
    }

    /** The value's hash code: the same number a record with this one component derives. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
