package io.xingzhi.core.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates in the forms agencies export: {@code 2024-03-05}, {@code 2024/3/5},
 * {@code 2024.3.5}, {@code 20240305}, {@code 2024年3月5日}, full-width digits, each optionally
 * followed by a time ({@code 2024-03-05 14:30:00}, {@code 2024-03-05T14:30}) which is dropped.
 * Court-style dates written in Chinese digits ({@code 二〇二四年三月五日}) are read too, and so are
 * times such as {@code 下午2:30} or {@code 2:30 PM} (Excel's Chinese and English exports).
 *
 * <p>Years outside 1800-2199 are refused (they are typing errors or placeholders, not dates), as
 * are impossible days ({@code 2023-02-29}). Two-digit years and spreadsheet serial numbers are
 * refused rather than guessed.
 */
public final class Dates {
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2199;

    /** 2024-03-05, 2024/3/5, 2024.3.5 (one separator used twice). */
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    /** 2024年3月5日 (日 optional). */
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
    /** 20240305. */
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** 二〇二四年三月五日. */
    private static final Pattern CHINESE_DIGITS = Pattern.compile(
            "([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");
    /** Spaces around 年 and 月 and before 日 (2024 年 3 月 5 日). */
    private static final Pattern SPACE_IN_CHINESE_DATE = Pattern.compile("\\s*([年月])\\s*|\\s+(?=日)");
    /** A trailing time of day: 14:30, 14:30:00, 14:30:00.000, with an optional zone; or 14时30分. */
    private static final Pattern TIME = Pattern.compile(
            "[T\\s]*(?:上午|下午|晚上|凌晨|中午)?\\s*"
                    + "(?:(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2}|\\s*[AaPp][Mm])?"
                    + "|(\\d{1,2})[时点](?:(\\d{1,2})分(?:(\\d{1,2})秒)?)?)");

    private Dates() {
    }

    /** Reads a date; an impossible date (2023-02-29) or an unknown form is a failure with a reason. */
    public static Parsed<LocalDate> parse(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("date is blank");
        }
        Parsed<LocalDate> quick = fast(raw.strip());
        if (quick != null) {
            return quick;
        }
        String s = SPACE_IN_CHINESE_DATE.matcher(Texts.foldWidth(raw)).replaceAll("$1");
        for (Pattern p : new Pattern[] {SEPARATED, CHINESE, COMPACT}) {
            Matcher m = p.matcher(s);
            if (m.lookingAt() && isTimeOrNothing(s.substring(m.end()))) {
                int last = m.groupCount();
                return of(s, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(last - 1)),
                        Integer.parseInt(m.group(last)));
            }
        }
        Matcher m = CHINESE_DIGITS.matcher(Texts.removeSpaces(s));
        if (m.matches()) {
            StringBuilder year = new StringBuilder(4);
            for (char c : m.group(1).toCharArray()) {
                year.append(ChineseNumerals.digit(c));
            }
            Parsed<java.math.BigDecimal> month = ChineseNumerals.parse(m.group(2));
            Parsed<java.math.BigDecimal> day = ChineseNumerals.parse(m.group(3));
            if (month.isOk() && day.isOk()) {
                return of(s, Integer.parseInt(year.toString()), month.value().intValue(), day.value().intValue());
            }
        }
        return Parsed.failed("not a date in a known form (e.g. 2024-03-05, 2024/3/5, 2024年3月5日, 20240305): "
                + Texts.forMessage(s));
    }

    /**
     * The common machine forms without regular expressions: {@code 2024-03-05}, {@code 2024/03/05},
     * {@code 2024.03.05}, {@code 20240305}, each optionally followed by {@code HH:mm} or
     * {@code HH:mm:ss} after a space or {@code T}. Returns null for anything else (the general
     * parser then decides), so the result is the same as the general parser's.
     */
    private static Parsed<LocalDate> fast(String s) {
        int n = s.length();
        int end;
        int y;
        int mo;
        int d;
        if (n >= 10 && digits(s, 0, 4) && (s.charAt(4) == '-' || s.charAt(4) == '/' || s.charAt(4) == '.')
                && s.charAt(7) == s.charAt(4) && digits(s, 5, 7) && digits(s, 8, 10)) {
            y = num(s, 0, 4);
            mo = num(s, 5, 7);
            d = num(s, 8, 10);
            end = 10;
        } else if (n >= 8 && digits(s, 0, 8) && (n == 8 || !Character.isDigit(s.charAt(8)))) {
            y = num(s, 0, 4);
            mo = num(s, 4, 6);
            d = num(s, 6, 8);
            end = 8;
        } else {
            return null;
        }
        if (end < n) {
            char sep = s.charAt(end);
            int t = end + 1;
            boolean hm = (sep == ' ' || sep == 'T') && n >= t + 5 && digits(s, t, t + 2) && s.charAt(t + 2) == ':'
                    && digits(s, t + 3, t + 5) && num(s, t, t + 2) <= 24 && num(s, t + 3, t + 5) <= 59;
            if (!hm) {
                return null;
            }
            if (n == t + 8) {
                if (s.charAt(t + 5) != ':' || !digits(s, t + 6, t + 8) || num(s, t + 6, t + 8) > 60) {
                    return null;
                }
            } else if (n != t + 5) {
                return null;
            }
        }
        return of(s, y, mo, d);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /** True when what follows the date is nothing, or a plausible time of day (which is dropped). */
    private static boolean isTimeOrNothing(String rest) {
        if (rest.isEmpty()) {
            return true;
        }
        Matcher m = TIME.matcher(rest);
        if (!m.matches()) {
            return false;
        }
        int[] limits = {24, 59, 60, 24, 59, 60};
        for (int g = 1; g <= 6; g++) {
            if (m.group(g) != null && Integer.parseInt(m.group(g)) > limits[g - 1]) {
                return false;
            }
        }
        return true;
    }

    private static Parsed<LocalDate> of(String shown, int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Parsed.failed("year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR + ": "
                    + Texts.forMessage(shown));
        }
        try {
            return Parsed.ok(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Parsed.failed("no such day " + year + "-" + month + "-" + day + ": "
                    + Texts.forMessage(shown));
        }
    }
}
