package io.xingzhi.core.value;

/**
 * A case number (案号) in normalised form: every bracket form ({@code 〔〕 [] （） ［］ 【】 ()})
 * becomes ASCII {@code ( )}, whitespace is removed and full-width characters folded, e.g.
 * {@code (2024)辽0682刑初123号}.
 *
 * @param value the normalised case number, never blank
 */
public record CaseNumber(String value) {

    public CaseNumber {
        throw new UnsupportedOperationException("TODO: non-blank");
    }

    public static Parsed<CaseNumber> parse(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public String toString() {
        return value;
    }
}
