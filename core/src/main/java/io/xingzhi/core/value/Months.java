package io.xingzhi.core.value;

/**
 * A length of a term as the law states it: years, months and days (半个月 = 15 days), or life
 * (终身, for deprivation of political rights and 无期徒刑).
 *
 * @param years whole years
 * @param months months beyond the years (0-11 after normalisation is not required)
 * @param days days beyond the months
 * @param life true for a life term; then the other fields are zero
 */
public record Months(int years, int months, int days, boolean life) {

    public Months {
        throw new UnsupportedOperationException("TODO: non-negative");
    }

    public static Months of(int totalMonths) {
        return new Months(totalMonths / 12, totalMonths % 12, 0, false);
    }

    public static Months ofLife() {
        return new Months(0, 0, 0, true);
    }

    /**
     * Reads {@code 42} (months), {@code 42个月}, {@code 三年六个月}, {@code 3年6个月},
     * {@code 一年零二个月}, {@code 两年}, {@code 六个月零十天}, {@code 一年半}, {@code 终身}, {@code 无期}.
     * {@code 0} and blank-equivalent forms ({@code 无}) read as zero (callers treat zero as absent).
     */
    public static Parsed<Months> parse(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Years times twelve plus months (ignores days; 0 for life). */
    public int totalMonths() {
        return years * 12 + months;
    }

    public boolean isZero() {
        return !life && years == 0 && months == 0 && days == 0;
    }
}
