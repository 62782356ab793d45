package io.xingzhi.core.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates in the forms agencies export: {@code 2024-03-05}, {@code 2024/3/5},
 * {@code 2024.3.5}, {@code 20240305}, {@code 2024年3月5日} (also {@code 2024年3月5号}),
 * full-width digits, each optionally followed by a time ({@code 2024-03-05 14:30:00},
 * {@code 2024-03-05T14:30}, {@code 2017-02-01 12:23:45,123}) which is dropped, and the compact
 * date-time {@code 20170201122345}. Court-style dates written in Chinese digits
 * ({@code 二〇二四年三月五日}, also with the white circle {@code ○} that court documents type for
 * {@code 〇}: {@code 二○一九年三月五日}) are read too, and so are times such as {@code 下午2:30} or
 * {@code 2:30 PM} (Excel's Chinese and English exports).
 *
 * <p>A time with a zone ({@code 2009-08-12T22:15:09Z}, {@code +0800}, {@code +08:00}, with or
 * without a space before it) is an instant: its date is the date in Beijing (UTC+8), where every
 * agency of the data keeps its calendar, so {@code 2009-08-12T22:15:09Z} is 2009-08-13 and
 * {@code 2009-08-12 22:15:09 +0800} is 2009-08-12. A date with Beijing's zone and no time
 * ({@code 2024-03-05+08:00}, XML's {@code xs:date}) is that day; a date with another zone and no
 * time ({@code 2024-03-05Z}, {@code 2024-03-05-05:00}) is refused, as it spans two of Beijing's days.
 * A date in Chinese digits may be followed by a time as the others are
 * ({@code 二〇二四年三月五日 14:30}, {@code 二〇二四年三月五日14时}). It is read as courts write it too: {@code 元月}
 * for January ({@code 二〇二四年元月五日}, {@code 2024年元月5日}), {@code 廿} and {@code 卅} in the day
 * ({@code 一月廿日} = 20, {@code 廿一日} = 21, {@code 卅日} = 30, {@code 卅一日} = 31), and the year's zero typed as the
 * white circle {@code ○} or {@code ◯}, the letter {@code O} or the digit {@code 0} ({@code 二O二四年}). The lunar
 * calendar's {@code 正月} and {@code 初五} are refused.
 *
 * <p>One leading apostrophe, Excel's mark for a value kept as text ({@code '2024-03-05}), is
 * dropped.
 *
 * <p>Years outside 1800-2199 are refused (they are typing errors or placeholders, not dates), as
 * are impossible days ({@code 2023-02-29}). Two-digit years and spreadsheet serial numbers are
 * refused rather than guessed, and so are a month or day in Chinese digits run together
 * ({@code 二〇二四年一二月五日}: 十二月, or 一、二月?) and a time glued to a one-digit-able day
 * ({@code 2024-3-109:30}: the 10th at 9:30, or the 1st at 09:30?).
 */
public final class Dates {
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2199;

    /** 2024-03-05, 2024/3/5, 2024.3.5 (one separator used twice). */
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    /** 2024年3月5日, 2024年3月5号 (日 optional). */
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号號]?");
    /** 20240305. */
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /**
     * 二〇二四年三月五日, also as courts' documents and their scans write it: 元月 for January, 廿 (twenty) and 卅
     * (thirty) in the day ({@code 一月廿日}, {@code 一月廿一日}, {@code 一月卅一日}), and a zero of the year typed as
     * the letter O or the digit 0 ({@code 二O二四年}, {@code 二0二四年}).
     */
    private static final Pattern CHINESE_DIGITS = Pattern.compile(
            "([〇零一二三四五六七八九Oo0]{4})年(元|[一二三四五六七八九十]{1,2})月(廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九十]{1,3})[日号號]");
    /** 2024年元月5日: 元月 is January. */
    private static final Pattern FIRST_MONTH = Pattern.compile("(?<=\\d{4}年)元(?=月)");
    /** 20170201122345 (yyyyMMddHHmmss), optionally with milliseconds. */
    private static final Pattern COMPACT_DATE_TIME = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(?:\\d{3})?");
    /** A zone right after a date, with no time ({@code 2024-03-05+08:00}, XML's {@code xs:date}). */
    private static final Pattern DATE_ZONE = Pattern.compile("\\s*(Z|[+-]\\d{2}:?\\d{2})");
    /** Where every agency of the data keeps its calendar. */
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** Spaces around 年 and 月 and before 日 (2024 年 3 月 5 日). */
    private static final Pattern SPACE_IN_CHINESE_DATE = Pattern.compile("\\s*([年月])\\s*|\\s+(?=日)");
    /**
     * A trailing time of day: 14:30, 14:30:00, 14:30:00.000 or 14:30:00,000, with an optional zone
     * (Z, +0800, +08:00, +08) or AM/PM; or 14时30分.
     */
    private static final Pattern TIME = Pattern.compile(
            "[T\\s]*(?<half>上午|下午|晚上|凌晨|中午)?\\s*"
                    + "(?:(?<h>\\d{1,2}):(?<mi>\\d{1,2})(?::(?<s>\\d{1,2})(?:[.,]\\d{1,9})?)?"
                    + "(?:\\s*(?<zone>Z|[+-]\\d{2}(?::?\\d{2})?)|\\s*(?<ampm>[AaPp][Mm]))?"
                    + "|(?<ch>\\d{1,2})[时点](?:(?<cm>\\d{1,2})分(?:(?<cs>\\d{1,2})秒)?)?)");

    private Dates() {
    }

    /*
     * One instance per calendar day of 1800-2199, made when first read: the records of a run hold
     * millions of dates of a few tens of thousands of days, and LocalDate is a value class (compared
     * with equals, never by identity). The slots are filled racily with immutable objects, which the
     * final-field guarantees make safe to share between threads.
     */
    private static final LocalDate[] DAYS = new LocalDate[(MAX_YEAR - MIN_YEAR + 1) * 12 * 31];
    @SuppressWarnings("unchecked")
    private static final Parsed<LocalDate>[] PARSED = new Parsed[DAYS.length];
    /** The same days as {@code Optional}s, so a record's date is one reference away from its day's numbers. */
    @SuppressWarnings("unchecked")
    private static final Optional<LocalDate>[] OPTIONALS = new Optional[DAYS.length];

    private static int slot(int year, int month, int day) {
        return ((year - MIN_YEAR) * 12 + month - 1) * 31 + day - 1;
    }

    /**
     * {@code Optional.of(day)}, the same instance for the same day of 1800-2199 (records hold millions
     * of dates of a few thousand days).
     */
    public static Optional<LocalDate> optional(LocalDate day) {
        int year = day.getYear();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Optional.of(day);
        }
        return optionalDay(year, day.getMonthValue(), day.getDayOfMonth());
    }

    /**
     * The day {@code year-month-day} as {@link #optional}, empty when there is no such day; for a
     * year in 1800-2199 without looking at a date object (one array slot read: a run asks this for
     * every record's birth date).
     */
    static Optional<LocalDate> optionalDay(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.ofNullable(day(year, month, day));
        }
        int slot = slot(year, month, day);
        Optional<LocalDate> known = OPTIONALS[slot];
        if (known == null) {
            Parsed<LocalDate> parsed = parsedDay(year, month, day);
            if (parsed == null) {
                return Optional.empty();
            }
            known = parsed.toOptional(); // the same instance the day's parse result gives
            OPTIONALS[slot] = known;
        }
        return known;
    }

    /**
     * The shared parse result of the day {@code year-month-day} (a year in 1800-2199, month 1-12, day
     * 1-31), or null when there is no such day.
     */
    private static Parsed<LocalDate> parsedDay(int year, int month, int day) {
        int slot = slot(year, month, day);
        Parsed<LocalDate> known = PARSED[slot];
        if (known == null) {
            LocalDate date = day(year, month, day);
            if (date == null) {
                return null;
            }
            known = Parsed.ok(date);
            PARSED[slot] = known;
        }
        return known;
    }

    /**
     * The day {@code year-month-day}, or null when there is no such day; the same instance every time
     * for a year in 1800-2199.
     */
    static LocalDate day(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) {
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
        int slot = slot(year, month, day);
        LocalDate known = DAYS[slot];
        if (known == null) {
            try {
                known = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
            DAYS[slot] = known;
        }
        return known;
    }

    /** Reads a date; an impossible date (2023-02-29) or an unknown form is a failure with a reason. */
    public static Parsed<LocalDate> parse(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("date is blank");
        }
        Parsed<LocalDate> quick = fast(raw.strip());
        return quick != null ? quick : parseGeneral(raw);
    }

    /** The general path of {@link #parse}, which gives the same result for every input (FastPathsTest). */
    static Parsed<LocalDate> parseGeneral(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("date is blank");
        }
        String folded = Texts.foldWidth(raw);
        if (folded.startsWith("'")) {
            folded = Texts.trim(folded.substring(1)); // Excel's mark for a value kept as text ('2024-03-05)
        }
        String s = SPACE_IN_CHINESE_DATE.matcher(oneSpacePerRun(folded)).replaceAll("$1");
        String januaryAsOne = s.contains("元") ? FIRST_MONTH.matcher(s).replaceFirst("1") : s;
        for (Pattern p : new Pattern[] {SEPARATED, CHINESE, COMPACT}) {
            String read = p == CHINESE ? januaryAsOne : s; // 元月 written 1月: the same length, so the same indices
            Matcher m = p.matcher(read);
            if (m.lookingAt() && !gluedTimeAmbiguous(read, m.end(), m.group(m.groupCount()))) {
                int last = m.groupCount();
                Parsed<LocalDate> withTime = withTime(s, Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(last - 1)), Integer.parseInt(m.group(last)), s.substring(m.end()));
                if (withTime != null) {
                    return withTime;
                }
            }
        }
        Matcher compact = COMPACT_DATE_TIME.matcher(s);
        if (compact.matches()) {
            if (Integer.parseInt(compact.group(4)) <= 23 && Integer.parseInt(compact.group(5)) <= 59
                    && Integer.parseInt(compact.group(6)) <= 60) {
                return of(s, Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3)));
            }
            return Parsed.failed("not a time of day in a compact date-time (yyyyMMddHHmmss): " + Texts.forMessage(s));
        }
        // the white circles ○ (U+25CB) and ◯ (U+25EF) are the zeros courts' documents type for 〇 (二○一九年三月五日)
        String spaceless = Texts.removeSpaces(s).replace('\u25CB', '〇').replace('\u25EF', '〇');
        Matcher m = CHINESE_DIGITS.matcher(spaceless);
        if (m.lookingAt()) {
            StringBuilder year = new StringBuilder(4);
            for (char c : m.group(1).toCharArray()) {
                year.append("Oo0".indexOf(c) >= 0 ? 0 : ChineseNumerals.digit(c));
            }
            // 一二月, 一五日: Chinese digits run together are no month or day (十二月, 十五日), so refused
            Parsed<java.math.BigDecimal> month = m.group(2).equals("元")
                    ? Parsed.ok(java.math.BigDecimal.ONE) : ChineseNumerals.parseCount(m.group(2));
            Parsed<java.math.BigDecimal> day = chineseDay(m.group(3));
            if (month.isOk() && day.isOk()) {
                Parsed<LocalDate> withTime = withTime(s, Integer.parseInt(year.toString()), month.value().intValue(),
                        day.value().intValue(), spaceless.substring(m.end()));
                if (withTime != null) {
                    return withTime;
                }
            }
        }
        return Parsed.failed("not a date in a known form (e.g. 2024-03-05, 2024/3/5, 2024年3月5日, 20240305): "
                + Texts.forMessage(s));
    }

    /** A day of the month in Chinese digits: 五, 十五, 三十一, and 廿 (20), 廿一 (21), 卅 (30), 卅一 (31). */
    private static Parsed<java.math.BigDecimal> chineseDay(String day) {
        char first = day.charAt(0);
        if (first != '廿' && first != '卅') {
            return ChineseNumerals.parseCount(day);
        }
        int value = (first == '廿' ? 20 : 30) + (day.length() > 1 ? ChineseNumerals.digit(day.charAt(1)) : 0);
        return Parsed.ok(java.math.BigDecimal.valueOf(value));
    }

    /**
     * Whether a time written right after the date's last digit, with no space or {@code T} between
     * ({@code 2024-3-109:30}), could be split elsewhere: 2024-03-10 09:30 or 2024-03-01 09:30. Such a
     * time is read only when the date's day has two digits and the time's hour two digits
     * ({@code 2024-03-0509:30}); otherwise the value is refused rather than split by guess.
     *
     * @param s the value being read
     * @param end where the date's pattern ended in {@code s}
     * @param day the digits the pattern took for the day
     */
    private static boolean gluedTimeAmbiguous(String s, int end, String day) {
        if (end >= s.length() || !isAsciiDigit(s.charAt(end)) || !isAsciiDigit(s.charAt(end - 1))) {
            return false; // nothing after the date, or a separator (space, T, 日) between
        }
        boolean twoDigitHour = end + 2 < s.length() && isAsciiDigit(s.charAt(end + 1))
                && (s.charAt(end + 2) == ':' || s.charAt(end + 2) == '时' || s.charAt(end + 2) == '点');
        return day.length() != 2 || !twoDigitHour;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * {@code s} with every run of the whitespace the patterns know ({@code \s}: space, tab, line
     * breaks) made one space. Every pattern takes such whitespace only as a run of any length
     * ({@code \s*}, {@code \s+}, {@code [T\s]*}), never needing two of its characters, so this
     * changes no result; it keeps the patterns' backtracking linear, which over a long run of spaces
     * took time growing with the run's square (a date, 50,000 spaces and a letter took 81 s).
     */
    static String oneSpacePerRun(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < n && isRegexSpace(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s; // the common case: no whitespace but single spaces
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) {
                b.append(c);
                inRun = false;
            } else if (!inRun) {
                b.append(' ');
                inRun = true;
            }
        }
        return b.toString();
    }

    /** Whitespace as the patterns' {@code \s} means it: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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

    /**
     * True when {@code b[from, to)}, exactly as given (no trimming), is a date in one of the machine
     * forms - {@code 2024-03-05}, {@code 2024/03/05}, {@code 2024.03.05}, {@code 20240305}, optionally
     * followed by {@code HH:mm} or {@code HH:mm:ss} after a space or {@code T}; or as Excel and people
     * write them, {@code 2024/3/5}, {@code 2024-3-5}, {@code 2024.3.5}, optionally followed by a space
     * and {@code H:mm} or {@code H:mm:ss} (hours to 23); seconds in either may carry a fraction of one
     * to nine digits, as databases write them ({@code 07:51:07.0}) - and a real day between the years
     * {@value #MIN_YEAR} and {@value #MAX_YEAR}: then {@code parse} of those characters is ok, and
     * reads that day. False for everything else
     * (which {@code parse} may still read). For screening streamed rows from their bytes: allocates
     * nothing; {@code ScreenChecksTest} holds it to {@link #parse}.
     */
    public static boolean isPlainValid(byte[] b, int from, int to) {
        return plainDayKey(b, from, to) >= 0;
    }

    /**
     * {@link #isPlainValid}'s test, giving the day when it passes as {@code year * 10000 + month * 100
     * + day} (so later days give larger keys); -1 when it fails.
     */
    public static int plainDayKey(byte[] b, int from, int to) {
        int key = paddedDayKey(b, from, to);
        return key >= 0 ? key : looseDayKey(b, from, to);
    }

    /** {@link #plainDayKey} for the forms with a two-digit month, day and hour. */
    private static int paddedDayKey(byte[] b, int from, int to) {
        int n = to - from;
        if ((n == 19 || n == 10) && b[from + 4] == '-' && b[from + 7] == '-') {
            return isoDayKey(b, from, n == 19);
        }
        int end;
        int y;
        int mo;
        int d;
        if (n >= 10 && digits(b, from, 4) && (b[from + 4] == '-' || b[from + 4] == '/' || b[from + 4] == '.')
                && b[from + 7] == b[from + 4] && digits(b, from + 5, 2) && digits(b, from + 8, 2)) {
            y = num(b, from, 4);
            mo = num(b, from + 5, 2);
            d = num(b, from + 8, 2);
            end = 10;
        } else if (n >= 8 && digits(b, from, 8) && (n == 8 || !digits(b, from + 8, 1))) {
            y = num(b, from, 4);
            mo = num(b, from + 4, 2);
            d = num(b, from + 6, 2);
            end = 8;
        } else {
            return -1;
        }
        if (end < n) {
            byte sep = b[from + end];
            int t = from + end + 1;
            boolean hm = (sep == ' ' || sep == 'T') && n >= end + 6 && digits(b, t, 2) && b[t + 2] == ':'
                    && digits(b, t + 3, 2) && num(b, t, 2) <= 24 && num(b, t + 3, 2) <= 59;
            if (!hm) {
                return -1;
            }
            if (n >= end + 9) {
                if (b[t + 5] != ':' || !digits(b, t + 6, 2) || num(b, t + 6, 2) > 60 || !fraction(b, t + 8, from + n)) {
                    return -1;
                }
            } else if (n != end + 6) {
                return -1;
            }
        }
        return dayKey(y, mo, d);
    }

    /**
     * {@link #plainDayKey} for the forms Excel and people write: a year, a one- or two-digit month and
     * day ({@code 2024/3/5}, {@code 2024-3-5}, {@code 2024.3.5}, one separator twice), optionally a
     * space and a one- or two-digit hour to 23 with two-digit minutes ({@code 2024/3/5 7:05}) and
     * seconds ({@code 7:05:09}), to 59.
     */
    private static int looseDayKey(byte[] b, int from, int to) {
        if (to - from < 8 || !digits(b, from, 4)) {
            return -1;
        }
        byte sep = b[from + 4];
        if (sep != '/' && sep != '-' && sep != '.') {
            return -1;
        }
        int mo = oneOrTwoDigits(b, from + 5, to);
        int i = from + 5 + (mo & 3);
        if (mo < 0 || i >= to || b[i] != sep) {
            return -1;
        }
        int d = oneOrTwoDigits(b, i + 1, to);
        i += 1 + (d & 3);
        if (d < 0) {
            return -1;
        }
        if (i < to) {
            int h = b[i] == ' ' ? oneOrTwoDigits(b, i + 1, to) : -1;
            i += 1 + (h & 3);
            if (h < 0 || h >> 2 > 23 || !minutesOrSeconds(b, i, to)) {
                return -1;
            }
            i += 3;
            if (i < to && (!minutesOrSeconds(b, i, to) || !fraction(b, i + 3, to))) {
                return -1;
            }
        }
        return dayKey(num(b, from, 4), mo >> 2, d >> 2);
    }

    /**
     * The number of the one or two digits at {@code b[i]} (no more are read) shifted left by two, plus
     * how many digits it had; -1 when {@code b[i]} is no digit.
     */
    private static int oneOrTwoDigits(byte[] b, int i, int to) {
        int v = 0;
        int k = 0;
        for (; i + k < to && k < 2 && b[i + k] >= '0' && b[i + k] <= '9'; k++) {
            v = v * 10 + b[i + k] - '0';
        }
        return k == 0 ? -1 : v << 2 | k;
    }

    /**
     * Whether {@code b[i, to)} is nothing, or a fraction of a second - a dot and one to nine digits - as
     * databases write timestamps ({@code 07:51:07.0}).
     */
    private static boolean fraction(byte[] b, int i, int to) {
        return i == to || b[i] == '.' && to - i >= 2 && to - i <= 10 && digits(b, i + 1, to - i - 1);
    }

    /** Whether {@code b[i, i + 3)} is {@code :MM} with MM up to 59, within {@code to}. */
    private static boolean minutesOrSeconds(byte[] b, int i, int to) {
        return i + 3 <= to && b[i] == ':' && digits(b, i + 1, 2) && num(b, i + 1, 2) <= 59;
    }

    /** {@code year * 10000 + month * 100 + day} for a real day between the supported years, else -1. */
    private static int dayKey(int y, int mo, int d) {
        return y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) ? y * 10000 + mo * 100 + d : -1;
    }

    /**
     * Whether {@code day} is one that systems write for "no date": 1900-01-01 (SQL Server's and many
     * databases' zero date), 1899-12-30 and 1899-12-31 (day zero of Excel's and OLE Automation's
     * serial dates). {@link #parse} reads them as the days they are (it reads dates; whether a day is
     * a filler is for the reader of a field to say); the record mapping reads them as blank, as no
     * person of the data was born, sentenced or released on them.
     */
    public static boolean isPlaceholder(LocalDate day) {
        return isPlaceholder(dayKey(day));
    }

    /** {@link #isPlaceholder(LocalDate)} for a day's key ({@link #plainDayKey}). */
    public static boolean isPlaceholder(int dayKey) {
        return dayKey == 19000101 || dayKey == 18991230 || dayKey == 18991231;
    }

    /** The key {@link #plainDayKey} gives {@code day}. */
    public static int dayKey(LocalDate day) {
        return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    /**
     * {@link #plainDayKey} for the commonest forms, {@code 2024-03-05} and (with {@code time})
     * {@code 2024-03-05 14:30:00} or {@code 2024-03-05T14:30:00}, whose dashes the caller checked:
     * each byte read once, with no loop (the screen asks it of every streamed row).
     */
    private static int isoDayKey(byte[] b, int from, boolean time) {
        int y0 = b[from] - '0';
        int y1 = b[from + 1] - '0';
        int y2 = b[from + 2] - '0';
        int y3 = b[from + 3] - '0';
        int m0 = b[from + 5] - '0';
        int m1 = b[from + 6] - '0';
        int d0 = b[from + 8] - '0';
        int d1 = b[from + 9] - '0';
        // a value outside 0-9 makes d or 9 - d negative
        int outside = y0 | 9 - y0 | y1 | 9 - y1 | y2 | 9 - y2 | y3 | 9 - y3 | m0 | 9 - m0 | m1 | 9 - m1 | d0 | 9 - d0 | d1 | 9 - d1;
        if (time) {
            byte sep = b[from + 10];
            int h0 = b[from + 11] - '0';
            int h1 = b[from + 12] - '0';
            int i0 = b[from + 14] - '0';
            int i1 = b[from + 15] - '0';
            int s0 = b[from + 17] - '0';
            int s1 = b[from + 18] - '0';
            outside |= h0 | 9 - h0 | h1 | 9 - h1 | i0 | 9 - i0 | i1 | 9 - i1 | s0 | 9 - s0 | s1 | 9 - s1;
            if (sep != ' ' && sep != 'T' || b[from + 13] != ':' || b[from + 16] != ':' || outside < 0
                    || h0 * 10 + h1 > 24 || i0 * 10 + i1 > 59 || s0 * 10 + s1 > 60) {
                return -1;
            }
        } else if (outside < 0) {
            return -1;
        }
        return dayKey(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
    }

    /** The days of {@code month} (1-12) in {@code year} of the proleptic Gregorian calendar. */
    static int daysIn(int year, int month) {
        if (month == 2) {
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static boolean digits(byte[] b, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number the ASCII digits {@code b[from, from + count)} write (checked to be digits by the caller). */
    private static int num(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return v;
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

    /**
     * The date, when what follows it is nothing or a plausible time of day (which is dropped, unless
     * it has a zone: then the date is Beijing's); null when what follows is not a time.
     */
    private static Parsed<LocalDate> withTime(String shown, int year, int month, int day, String rest) {
        if (rest.isEmpty()) {
            return of(shown, year, month, day);
        }
        Matcher m = TIME.matcher(rest);
        if (!m.matches()) {
            Matcher zoned = DATE_ZONE.matcher(rest);
            return zoned.matches() ? zonedDate(shown, year, month, day, zoned.group(1)) : null;
        }
        String[] groups = {"h", "mi", "s", "ch", "cm", "cs"};
        int[] limits = {24, 59, 60, 24, 59, 60};
        for (int g = 0; g < groups.length; g++) {
            if (m.group(groups[g]) != null && Integer.parseInt(m.group(groups[g])) > limits[g]) {
                return null;
            }
        }
        Parsed<LocalDate> date = of(shown, year, month, day);
        if (m.group("zone") == null || !date.isOk()) {
            return date;
        }
        int hour = Integer.parseInt(m.group("h"));
        String half = m.group("half");
        if (half != null && (half.equals("下午") || half.equals("晚上") || (half.equals("中午") && hour < 11))
                && hour < 12) {
            hour += 12;
        } else if (half != null && (half.equals("上午") || half.equals("凌晨")) && hour == 12) {
            hour = 0;
        }
        LocalDateTime local = date.value().atStartOfDay().plusHours(hour)
                .plusMinutes(Integer.parseInt(m.group("mi")))
                .plusSeconds(m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
        Optional<ZoneOffset> zone = offset(m.group("zone"));
        if (zone.isEmpty()) {
            return Parsed.failed("not a time zone offset: " + Texts.forMessage(shown));
        }
        return Parsed.ok(local.atOffset(zone.get()).withOffsetSameInstant(BEIJING).toLocalDate());
    }

    /**
     * A date with a zone and no time ({@code 2024-03-05+08:00}, XML's {@code xs:date}): the day in
     * Beijing when the zone is Beijing's; refused for any other zone, whose day is not one day of
     * Beijing's calendar (it overlaps two).
     */
    private static Parsed<LocalDate> zonedDate(String shown, int year, int month, int day, String zone) {
        Parsed<LocalDate> date = of(shown, year, month, day);
        if (!date.isOk() || offset(zone).equals(Optional.of(BEIJING))) {
            return date;
        }
        return Parsed.failed("a date with the zone " + zone + ", not Beijing's (+08:00), is not one day of"
                + " Beijing's calendar: " + Texts.forMessage(shown));
    }

    /** Z, +0800, +08:00 or +08 as an offset; empty when out of range. */
    private static Optional<ZoneOffset> offset(String zone) {
        if (zone.equals("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Parsed<LocalDate> of(String shown, int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Parsed.failed("year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR + ": "
                    + Texts.forMessage(shown));
        }
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            // said without asking LocalDate, whose refusal is an exception: a column of impossible dates
            // rejects a row for each
            return Parsed.failed("no such day " + year + "-" + month + "-" + day + ": " + Texts.forMessage(shown));
        }
        Parsed<LocalDate> known = parsedDay(year, month, day);
        if (known != null) {
            return known;
        }
        return Parsed.ok(LocalDate.of(year, month, day));
    }
}
