package io.xingzhi.core.value;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written in Chinese: ordinary ({@code 二十}, {@code 一百零五}), capital
 * ({@code 壹万伍仟}, {@code 贰拾}), with {@code 两} and {@code 〇/零}, up to {@code 亿}, as well as
 * Arabic digits mixed with units ({@code 1.5万}, {@code 10万}), plain Arabic numbers
 * ({@code 50000}, {@code 50,000}, {@code 50000.00}, full-width digits) and digit strings
 * ({@code 二〇二四} = 2024).
 *
 * Decimals are written with {@code 点} after a whole number with or without units
 * ({@code 零点五万} = 5000, {@code 二十点五万} = 205000, {@code 一十点零一} = 10.01), and {@code 十}
 * right after {@code 百} may drop its {@code 一} ({@code 一百十一} = 111).
 *
 * <p>Not guessed, so refused: the colloquial abbreviation that drops the last unit ({@code 一万五}
 * can mean 15000 or 10005), also before 万 or 亿 ({@code 八千三万} can mean 83,000,000 or
 * 80,030,000; {@code 一百五万}), units in the wrong order ({@code 十百}), a {@code 万} or {@code 亿}
 * group written twice ({@code 5万3万}, {@code 一亿二亿}: a typing error or two amounts run
 * together, never a sum), digits after a decimal that a unit multiplied ({@code 1.5万3千} writes
 * the thousands twice: 18000 as a sum, 15300 as a typing error of {@code 1.53万}; a larger unit
 * after it, {@code 1.5千万}, still multiplies it), negative numbers, and any character that is not
 * a digit, unit, {@code 点} or decimal point.
 *
 * <p>{@link #parseCount} reads a count (of years, months or days) and refuses a digit string
 * there: {@code 三六个月} is no way to write 36 months ({@code 三十六个月}), and may be
 * {@code 三年六个月} with its 年 lost.
 */
public final class ChineseNumerals {
    private static final Pattern ARABIC = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private ChineseNumerals() {
    }

    /** Reads a number; the result is never negative. */
    public static Parsed<BigDecimal> parse(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("number is blank");
        }
        String s = Texts.removeSpaces(Texts.foldWidth(raw));
        Matcher plain = ARABIC.matcher(s);
        if (plain.matches()) {
            return Parsed.ok(new BigDecimal(s.replace(",", "")));
        }
        BigDecimal digitString = digitString(s);
        if (digitString != null) {
            return Parsed.ok(digitString);
        }
        return parseWithUnits(s);
    }

    /**
     * {@link #parse} for a count of years, months or days ({@code 三年}, {@code 十八个月},
     * {@code 二十四日}), which refuses a digit string of Chinese digits ({@code 三六}, {@code 一二}):
     * a count is written with its units ({@code 三十六}, {@code 十二}), and digits run together there
     * are more likely a unit lost ({@code 三六个月} for {@code 三年六个月}: 42 months, not 36) than a
     * number, so they are refused rather than read as one. Arabic digits ({@code 36}) read as
     * {@link #parse} reads them.
     */
    static Parsed<BigDecimal> parseCount(String raw) {
        if (!Texts.isBlank(raw)) {
            String s = Texts.removeSpaces(Texts.foldWidth(raw));
            if (!ARABIC.matcher(s).matches() && digitString(s) != null) {
                return Parsed.failed("Chinese digits without units are not a count (write 三十六, or the unit that is"
                        + " missing, 三年六个月): " + Texts.forMessage(s));
            }
        }
        return parse(raw);
    }

    /**
     * {@code s} with the traditional capital {@code 參} (3) written {@code 叁}. Traditional to
     * simplified ({@link Texts#toSimplified}) makes {@code 參} the everyday {@code 参}, which is no
     * numeral (alone it is a miswriting of {@code 叁}, and stays refused), so a parser that
     * simplifies a whole value that is a number (an amount, a term), where {@code 參} can mean nothing
     * but 3, calls this first: {@code 參萬元} is 30000 and {@code 參年} three years.
     */
    static String capitalThree(String s) {
        return s.indexOf('參') < 0 ? s : s.replace('參', '叁');
    }

    /** Capital numerals and the units after them: a 參 beside one of these is the capital 3. */
    private static final String BESIDE_CAPITAL_THREE = "零壹贰貳叁肆伍陆陸柒捌玖拾佰仟万萬亿億元圆圓角年个個月日天";

    /**
     * {@code s} with each {@code 參} written {@code 叁} where it stands beside a capital numeral or a
     * unit ({@code 人民幣參萬元}, {@code 參年}): the {@link #capitalThree} of a free text such as a
     * judgment's, where {@code 參} elsewhere is a word of its own ({@code 參加}) and is left alone.
     */
    static String capitalThreeBesideNumerals(String s) {
        if (s.indexOf('參') < 0) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '參' && (i + 1 < c.length && BESIDE_CAPITAL_THREE.indexOf(c[i + 1]) >= 0
                    || i > 0 && BESIDE_CAPITAL_THREE.indexOf(c[i - 1]) >= 0)) {
                c[i] = '叁';
            }
        }
        return new String(c);
    }

    /** The value of one digit character (Chinese ordinary, capital, or ASCII), or -1. */
    static int digit(char c) {
        switch (c) {
            case '0': case '零': case '〇': return 0;
            case '1': case '一': case '壹': case '幺': return 1;
            case '2': case '二': case '贰': case '貳': case '两': case '兩': return 2;
            case '3': case '三': case '叁': case '參': case '叄': return 3;
            case '4': case '四': case '肆': return 4;
            case '5': case '五': case '伍': return 5;
            case '6': case '六': case '陆': case '陸': return 6;
            case '7': case '七': case '柒': return 7;
            case '8': case '八': case '捌': return 8;
            case '9': case '九': case '玖': return 9;
            default: return -1;
        }
    }

    private static int smallUnit(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            default: return 0;
        }
    }

    private static boolean isWan(char c) {
        return c == '万' || c == '萬';
    }

    private static boolean isYi(char c) {
        return c == '亿' || c == '億';
    }

    /** 二〇二四 = 2024: several digits and no unit (a single digit goes through the unit parser too). */
    private static BigDecimal digitString(String s) {
        if (s.length() < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0 || (s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
                return null;
            }
            sb.append((char) ('0' + d));
        }
        return new BigDecimal(sb.toString());
    }

    /**
     * Whether a single digit {@code pending} after the unit {@code lastUnit} (a hundred or more) with no
     * 零 between is the colloquial abbreviation that drops its unit ({@code 一万五}, {@code 八千三万}):
     * one digit lower than that unit, or the next digit as written, and not to be guessed.
     */
    private static boolean abbreviated(BigDecimal pending, int lastUnit, boolean zeroSinceUnit) {
        return pending != null && lastUnit >= 100 && !zeroSinceUnit && pending.scale() == 0
                && pending.compareTo(BigDecimal.TEN) < 0;
    }

    private static Parsed<BigDecimal> parseWithUnits(String s) {
        BigDecimal total = BigDecimal.ZERO;   // completed 亿 groups
        BigDecimal belowYi = BigDecimal.ZERO; // completed 万 groups below the current 亿
        BigDecimal section = BigDecimal.ZERO; // below 万
        BigDecimal pending = null;            // a number not yet multiplied by a unit
        int lastSmallUnit = Integer.MAX_VALUE;
        int lastUnit = 0;                     // the unit just before pending: 10, 100, 1000, 10^4, 10^8
        boolean zeroSinceUnit = false;
        boolean anything = false;
        boolean wanSinceYi = false;           // a 万 group already closed since the last 亿
        boolean yiSeen = false;
        boolean fractionPlaced = false;       // a decimal was multiplied by a unit (1.5万): no digit may follow
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            Matcher arabic = ARABIC.matcher(s).region(i, s.length());
            if (c >= '0' && c <= '9' && arabic.lookingAt()) {
                if (fractionPlaced) {
                    return Parsed.failed("digits after a decimal with a unit write its places twice (write 1.8万 or 一万八千): "
                            + Texts.forMessage(s));
                }
                if (pending != null) {
                    return Parsed.failed("two numbers without a unit between them: " + Texts.forMessage(s));
                }
                pending = new BigDecimal(arabic.group().replace(",", ""));
                anything = true;
                i = arabic.end();
                continue;
            }
            int d = digit(c);
            if (fractionPlaced && (d >= 0 || c == '点' || c == '點')) {
                // 1.5万3千: the 5 of 1.5万 is the thousands, written again (a sum, 18000, or 1.53万 mistyped?)
                return Parsed.failed("digits after a decimal with a unit write its places twice (write 1.8万 or 一万八千): "
                        + Texts.forMessage(s));
            }
            if (c == '点' || c == '點') {
                // the whole part: what the section holds so far (二十点五), a digit (一点五), or a zero (零点五)
                boolean zeroBefore = i > 0 && digit(s.charAt(i - 1)) == 0;
                BigDecimal whole = section.add(pending == null ? BigDecimal.ZERO : pending);
                if ((pending == null && section.signum() == 0 && !zeroBefore) || i + 1 >= s.length()
                        || whole.stripTrailingZeros().scale() > 0) {
                    return Parsed.failed("misplaced 点 (decimal point): " + Texts.forMessage(s));
                }
                StringBuilder frac = new StringBuilder();
                int j = i + 1;
                while (j < s.length() && digit(s.charAt(j)) >= 0) {
                    frac.append(digit(s.charAt(j)));
                    j++;
                }
                if (frac.length() == 0) {
                    return Parsed.failed("misplaced 点 (decimal point): " + Texts.forMessage(s));
                }
                pending = new BigDecimal(whole.toBigInteger() + "." + frac);
                section = BigDecimal.ZERO;
                zeroSinceUnit = false;
                i = j;
                continue;
            }
            if (d == 0) {
                if (pending != null) {
                    return Parsed.failed("two numbers without a unit between them: " + Texts.forMessage(s));
                }
                zeroSinceUnit = true;
                anything = true;
                i++;
                continue;
            }
            if (d > 0) {
                if (pending != null) {
                    return Parsed.failed("two numbers without a unit between them: " + Texts.forMessage(s));
                }
                pending = BigDecimal.valueOf(d);
                anything = true;
                i++;
                continue;
            }
            int unit = smallUnit(c);
            if (unit > 0) {
                if (unit >= lastSmallUnit) {
                    return Parsed.failed("units out of order: " + Texts.forMessage(s));
                }
                BigDecimal n = pending;
                if (n == null) {
                    if (unit == 10 && !anything) {
                        n = BigDecimal.ONE; // 十五 = 15
                    } else if (unit == 10 && zeroSinceUnit) {
                        n = BigDecimal.ONE; // 一千零十 = 1010
                    } else if (unit == 10 && lastSmallUnit == 100) {
                        n = BigDecimal.ONE; // 一百十一 = 111
                    } else {
                        return Parsed.failed("unit without a number before it: " + Texts.forMessage(s));
                    }
                }
                section = section.add(n.multiply(BigDecimal.valueOf(unit)));
                fractionPlaced |= n.stripTrailingZeros().scale() > 0;
                pending = null;
                lastSmallUnit = unit;
                lastUnit = unit;
                zeroSinceUnit = false;
                anything = true;
                i++;
                continue;
            }
            if (isWan(c) || isYi(c)) {
                if (!(isWan(c) ? wanSinceYi : yiSeen) && abbreviated(pending, lastUnit, zeroSinceUnit)) {
                    // 八千三万: 8300万 as people say it, 8003万 by the rule that would write 八千零三万 (a group
                    // written twice, 5万3万, is told as that below)
                    return Parsed.failed("abbreviated number is ambiguous (write the unit, e.g. 八千三百万): "
                            + Texts.forMessage(s));
                }
                BigDecimal group = section.add(pending == null ? BigDecimal.ZERO : pending);
                fractionPlaced |= group.stripTrailingZeros().scale() > 0;
                if (isWan(c)) {
                    if (group.signum() == 0) {
                        return Parsed.failed("万 without a number before it: " + Texts.forMessage(s));
                    }
                    if (wanSinceYi) {
                        return Parsed.failed("万 written twice (two amounts, not one): " + Texts.forMessage(s));
                    }
                    belowYi = belowYi.add(group.multiply(TEN_THOUSAND));
                    wanSinceYi = true;
                    lastUnit = 10_000;
                } else {
                    group = group.add(belowYi);
                    if (group.signum() == 0) {
                        return Parsed.failed("亿 without a number before it: " + Texts.forMessage(s));
                    }
                    if (yiSeen) {
                        return Parsed.failed("亿 written twice (two amounts, not one): " + Texts.forMessage(s));
                    }
                    total = total.add(group.multiply(HUNDRED_MILLION));
                    belowYi = BigDecimal.ZERO;
                    wanSinceYi = false;
                    yiSeen = true;
                    lastUnit = 100_000_000;
                }
                section = BigDecimal.ZERO;
                pending = null;
                lastSmallUnit = Integer.MAX_VALUE;
                zeroSinceUnit = false;
                anything = true;
                i++;
                continue;
            }
            return Parsed.failed("not a number: " + Texts.forMessage(s));
        }
        if (!anything) {
            return Parsed.failed("not a number: " + Texts.forMessage(s));
        }
        if (abbreviated(pending, lastUnit, zeroSinceUnit)) {
            return Parsed.failed("abbreviated number is ambiguous (write the last unit, e.g. 一万五千): " + Texts.forMessage(s));
        }
        BigDecimal result = total.add(belowYi).add(section).add(pending == null ? BigDecimal.ZERO : pending);
        return Parsed.ok(result);
    }
}
