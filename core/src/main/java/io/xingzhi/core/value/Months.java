package io.xingzhi.core.value;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of a term as the law states it: years, months and days (半个月 = 15 days), or life
 * (终身, for deprivation of political rights and 无期徒刑).
 *
 * <p>Twelve months are one year (LAW.md, common rules: {@code 12个月} = {@code 一年}, and so for
 * every multiple of twelve), so the months part is always normalised into years: {@code 18个月}
 * is 1 year 6 months, {@code 12个月} equals {@code 一年}, and sentence arithmetic
 * ({@code io.xingzhi.core.sentence.SentenceArithmetic}), which adds the years first and then the
 * months, gives the same end for both. Days are not folded into months (a month is not thirty
 * days).
 *
 * @param years whole years
 * @param months months beyond the years, 0-11 (a larger value given is carried into the years)
 * @param days days beyond the months
 * @param life true for a life term; then the other fields are zero
 */
public record Months(int years, int months, int days, boolean life) {

    private static final String N = "[0-9零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰]+";
    /** 3年6个月15天, 三年零六个月, 一年又三个月, 一年半, 半年, 三个半月, 半个月, 六个月零十天. */
    private static final Pattern TERM = Pattern.compile(
            "(?:(?<y>" + N + ")年(?<yh>半)?|(?<hy>半)年)?"
                    + "(?:(?:零|(?<=年)又)?(?:(?<m>" + N + ")个?(?<mh>半)?月|(?<hm>半)个?月))?"
                    + "(?:(?:零|(?<=[年月])又)?(?<d>" + N + ")(?:天|日))?");
    private static final Pattern PLAIN_MONTHS = Pattern.compile("(\\d+)(?:\\.0+)?");
    /** {@link #parse} of up to three ASCII digits, by their value: made when first read, shared (racily, immutable). */
    @SuppressWarnings("unchecked")
    private static final Parsed<Months>[] PLAIN = new Parsed[1000];

    /**
     * Checks the parts and carries twelve months into a year ({@code new Months(0, 12, 0, false)}
     * equals {@code new Months(1, 0, 0, false)}).
     *
     * @throws IllegalArgumentException when a part is negative, or a life term has other parts
     */
    public Months {
        if (years < 0 || months < 0 || days < 0) {
            throw new IllegalArgumentException("term parts must not be negative");
        }
        if (life && (years != 0 || months != 0 || days != 0)) {
            throw new IllegalArgumentException("a life term has no years, months or days");
        }
        years += months / 12;
        months %= 12;
    }

    /** A term of {@code totalMonths} months, as years and months. */
    public static Months of(int totalMonths) {
        return new Months(0, totalMonths, 0, false);
    }

    /** A life term (终身, 无期). */
    public static Months ofLife() {
        return new Months(0, 0, 0, true);
    }

    /**
     * Reads {@code 42} (months), {@code 42个月}, {@code 三年六个月}, {@code 3年6个月},
     * {@code 一年零二个月}, {@code 一年又三个月} (X年又Y个月, as judgments write it), {@code 两年},
     * {@code 六个月零十天}, {@code 一年半}, {@code 终身}, {@code 无期}.
     * {@code 0} and blank-equivalent forms ({@code 无}) read as zero (callers treat zero as absent).
     * Months are normalised into years ({@code 42} and {@code 42个月} = 3 years 6 months).
     */
    public static Parsed<Months> parse(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("term is blank");
        }
        int n = raw.length();
        if (n <= 3) {
            // the common case: a few ASCII digits of months, one shared result per number
            int v = 0;
            int i = 0;
            while (i < n && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
                v = v * 10 + raw.charAt(i++) - '0';
            }
            if (i == n) {
                Parsed<Months> known = PLAIN[v];
                if (known == null) {
                    known = Parsed.ok(of(v));
                    PLAIN[v] = known;
                }
                return known;
            }
        }
        String s = Texts.removeSpaces(Texts.toSimplified(ChineseNumerals.capitalThree(Texts.foldWidth(raw))));
        switch (s) {
            case "终身", "无期", "无期徒刑", "终生" -> {
                return Parsed.ok(ofLife());
            }
            case "无", "零", "〇" -> {
                return Parsed.ok(new Months(0, 0, 0, false));
            }
            default -> {
            }
        }
        Matcher plain = PLAIN_MONTHS.matcher(s);
        if (plain.matches()) {
            if (plain.group(1).length() > 6) {
                return Parsed.failed("term is too long: " + Texts.forMessage(s) + " months");
            }
            return Parsed.ok(of(Integer.parseInt(plain.group(1))));
        }
        Matcher m = TERM.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            return Parsed.failed("not a term (e.g. 42, 3年6个月, 三年六个月, 终身): " + Texts.forMessage(s));
        }
        int years = 0;
        int months = 0;
        int days = 0;
        boolean any = false;
        if (m.group("y") != null) {
            Integer y = whole(m.group("y"));
            if (y == null) {
                return Parsed.failed("not a whole number of years: " + Texts.forMessage(s));
            }
            years = y;
            months += m.group("yh") != null ? 6 : 0;
            any = true;
        }
        if (m.group("hy") != null) {
            months += 6;
            any = true;
        }
        if (m.group("m") != null) {
            Integer mo = whole(m.group("m"));
            if (mo == null) {
                return Parsed.failed("not a whole number of months: " + Texts.forMessage(s));
            }
            months += mo;
            days += m.group("mh") != null ? 15 : 0;
            any = true;
        }
        if (m.group("hm") != null) {
            days += 15;
            any = true;
        }
        if (m.group("d") != null) {
            Integer d = whole(m.group("d"));
            if (d == null) {
                return Parsed.failed("not a whole number of days: " + Texts.forMessage(s));
            }
            days += d;
            any = true;
        }
        if (!any) {
            return Parsed.failed("not a term (e.g. 42, 3年6个月, 三年六个月, 终身): " + Texts.forMessage(s));
        }
        return Parsed.ok(new Months(years, months, days, false));
    }

    /** Years times twelve plus months (ignores days; 0 for life). */
    public int totalMonths() {
        return years * 12 + months;
    }

    public boolean isZero() {
        return !life && years == 0 && months == 0 && days == 0;
    }

    private static Integer whole(String numeral) {
        Parsed<BigDecimal> n = ChineseNumerals.parseCount(numeral); // 三六个月 is refused, not 36 months
        if (!n.isOk()) {
            return null;
        }
        BigDecimal v = n.value();
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            return null;
        }
        return v.intValueExact();
    }
}
