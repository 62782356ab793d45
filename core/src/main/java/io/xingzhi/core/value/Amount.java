package io.xingzhi.core.value;

import java.math.BigDecimal;
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
    private static final Pattern SUFFIX = Pattern.compile("(?:元|圆|块)?(?:整)?(?:人民币|RMB|CNY)?$",
            Pattern.CASE_INSENSITIVE);

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
     * {@code 壹万伍仟元}, {@code 1.5万元}, and {@code 全部} / {@code 全部财产} / {@code 个人全部财产}
     * / {@code 全部个人财产} / {@code 没收个人全部财产}. Negative amounts and amounts below one fen
     * are failures.
     */
    public static Parsed<Amount> parse(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("amount is blank");
        }
        String s = Texts.removeSpaces(Texts.toSimplified(Texts.foldWidth(raw)));
        if (ALL_PROPERTY.matcher(s).matches()) {
            return Parsed.ok(ofAllProperty());
        }
        if (s.startsWith("-") || s.startsWith("负") || s.startsWith("−")) {
            return Parsed.failed("amount is negative: " + Texts.forMessage(s));
        }
        String number = SUFFIX.matcher(PREFIX.matcher(s).replaceFirst("")).replaceFirst("");
        if (number.startsWith("-")) {
            return Parsed.failed("amount is negative: " + Texts.forMessage(s));
        }
        Parsed<BigDecimal> n = ChineseNumerals.parse(number);
        if (!n.isOk()) {
            return Parsed.failed("not an amount (" + n.reason().orElse("") + ")");
        }
        BigDecimal yuan = n.value();
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
