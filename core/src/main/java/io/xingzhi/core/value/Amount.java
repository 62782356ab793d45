package io.xingzhi.core.value;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sum of money in yuan, or "all personal property" (没收个人全部财产, {@code 全部}), which has no
 * amount and is always outstanding.
 *
 * <p>The amount is kept without trailing zeros ({@code 50000.00} is stored as {@code 50000},
 * {@code 1.50} as {@code 1.5}), so two amounts of the same value are {@code equals}.
 *
 * @param yuan the amount in yuan (zero for {@code allProperty})
 * @param allProperty true for confiscation of all personal property
 */
public record Amount(BigDecimal yuan, boolean allProperty) {

    private static final Pattern ALL_PROPERTY = Pattern.compile(
            "(?:并处)?(?:没收)?(?:被告人)?(?:个人)?全部(?:个人)?(?:财产)?");
    private static final Pattern PREFIX = Pattern.compile("^(?:人民币|RMB|CNY|¥)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIX = Pattern.compile("(?:元|圆|块)?(?:整|正)?(?:人民币|RMB|CNY)?$",
            Pattern.CASE_INSENSITIVE);
    /** X元Y角Z分 (角 and 分 are tenths and hundredths of a yuan; 零 may stand before 分). */
    private static final Pattern JIAO_FEN = Pattern.compile(
            "(?:(.+?)[元圆])?零?(?:([零〇0-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖])角)?零?"
                    + "(?:([零〇0-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖])分)?(?:整|正)?");

    /**
     * Checks the amount.
     *
     * @throws IllegalArgumentException when {@code yuan} is null or negative, or non-zero for all
     *     property
     */
    public Amount {
        if (yuan == null) {
            throw new IllegalArgumentException("amount is null");
        }
        if (yuan.signum() < 0) {
            throw new IllegalArgumentException("amount is negative");
        }
        if (allProperty && yuan.signum() != 0) {
            throw new IllegalArgumentException("all-property confiscation has no amount");
        }
        yuan = yuan.signum() == 0 ? BigDecimal.ZERO : yuan.stripTrailingZeros();
        if (yuan.scale() < 0) {
            yuan = yuan.setScale(0);
        }
    }

    public static Amount ofYuan(BigDecimal yuan) {
        return new Amount(yuan, false);
    }

    public static Amount ofAllProperty() {
        return new Amount(BigDecimal.ZERO, true);
    }

    /**
     * Reads {@code 50000}, {@code 50,000}, {@code 50000.00}, {@code 5万}, {@code 5万元},
     * {@code ￥50000}, {@code ¥5,000}, {@code 人民币伍万元}, {@code 人民币五万元}, {@code 二十万元},
     * {@code 壹万伍仟元}, {@code 1.5万元}, {@code 零点五万元}, the cheque style with 角 and 分 and a
     * closing {@code 整} or {@code 正} ({@code 陆万柒仟伍佰伍拾陆元叁角贰分} = 67556.32,
     * {@code 壹拾壹元正} = 11), and {@code 全部} / {@code 全部财产} / {@code 个人全部财产}
     * / {@code 全部个人财产} / {@code 没收个人全部财产}. Negative amounts and amounts below one fen
     * are failures.
     */
    public static Parsed<Amount> parse(String raw) {
        int n = raw == null ? 0 : raw.length();
        if (n > 0 && n <= 15 && (raw.charAt(0) != '0' || n == 1) && asciiDigits(raw)) {
            long yuan = Long.parseLong(raw); // the common case: whole yuan in digits
            if (yuan % 1000 == 0 && yuan <= 1000L * (ROUND.length - 1)) {
                // round thousands, as most fines and enforcement targets are: one shared result each
                int k = (int) (yuan / 1000);
                Parsed<Amount> known = ROUND[k];
                if (known == null) {
                    known = Parsed.ok(ofYuan(BigDecimal.valueOf(yuan)));
                    ROUND[k] = known; // racy but safe: a Parsed and an Amount are immutable
                }
                return known;
            }
            return Parsed.ok(ofYuan(BigDecimal.valueOf(yuan)));
        }
        return parseGeneral(raw);
    }

    /** The results for 0, 1000, 2000, ... 1,000,000 yuan, made when first read. */
    @SuppressWarnings("unchecked")
    private static final Parsed<Amount>[] ROUND = new Parsed[1001];

    private static boolean asciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The general path of {@link #parse}, which gives the same result for every input (FastPathsTest). */
    static Parsed<Amount> parseGeneral(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("amount is blank");
        }
        String s = Texts.removeSpaces(Texts.toSimplified(ChineseNumerals.capitalThree(Texts.foldWidth(raw))));
        if (ALL_PROPERTY.matcher(s).matches()) {
            return Parsed.ok(ofAllProperty());
        }
        if (s.startsWith("-") || s.startsWith("负") || s.startsWith("−")) {
            return Parsed.failed("amount is negative: " + Texts.forMessage(s));
        }
        String unprefixed = PREFIX.matcher(s).replaceFirst("");
        BigDecimal fraction = BigDecimal.ZERO;
        Matcher jiaoFen = JIAO_FEN.matcher(unprefixed);
        if ((unprefixed.contains("角") || unprefixed.contains("分")) && jiaoFen.matches()
                && (jiaoFen.group(2) != null || jiaoFen.group(3) != null)) {
            int jiao = jiaoFen.group(2) == null ? 0 : ChineseNumerals.digit(jiaoFen.group(2).charAt(0));
            int fen = jiaoFen.group(3) == null ? 0 : ChineseNumerals.digit(jiaoFen.group(3).charAt(0));
            fraction = BigDecimal.valueOf(jiao * 10 + fen, 2);
            if (jiaoFen.group(1) == null) {
                return Parsed.ok(ofYuan(fraction));
            }
            unprefixed = jiaoFen.group(1);
        }
        String number = SUFFIX.matcher(unprefixed).replaceFirst("");
        if (number.startsWith("-")) {
            return Parsed.failed("amount is negative: " + Texts.forMessage(s));
        }
        Parsed<BigDecimal> n = ChineseNumerals.parse(number);
        if (!n.isOk()) {
            return Parsed.failed("not an amount (" + n.reason().orElse("") + ")");
        }
        if (fraction.signum() != 0 && n.value().stripTrailingZeros().scale() > 0) {
            return Parsed.failed("not an amount (yuan with decimals and 角/分 besides): " + Texts.forMessage(s));
        }
        BigDecimal yuan = n.value().add(fraction);
        if (yuan.stripTrailingZeros().scale() > 2) {
            return Parsed.failed("amount has more than two decimal places (below one fen): " + Texts.forMessage(s));
        }
        return Parsed.ok(ofYuan(yuan));
    }

    /** True when this is a positive amount or all property. */
    public boolean isPositive() {
        return allProperty || yuan.signum() > 0;
    }
}
