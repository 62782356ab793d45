package io.xingzhi.core.value;

/**
 * A person's name in normalised form: full-width characters folded, all whitespace (including
 * the ideographic space) removed, every middle-dot form ({@code · • ・ . ． ‧ ᐧ}) made one
 * {@code ·}, traditional characters converted to simplified (張三 = 张三).
 *
 * @param value the normalised name, never blank
 */
public record PersonName(String value) {

    public PersonName {
        throw new UnsupportedOperationException("TODO: non-blank");
    }

    /** Normalises a raw name; fails only when nothing is left of it. */
    public static Parsed<PersonName> parse(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Masked for viewers: the first character kept, the rest starred ({@code 张*}, {@code 欧阳**}). */
    public String masked() {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public String toString() {
        return value;
    }
}
