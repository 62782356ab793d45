package io.xingzhi.core.value;

import java.math.BigDecimal;

/**
 * A sum of money in yuan, or "all personal property" (没收个人全部财产, {@code 全部}), which has no
 * amount and is always outstanding.
 *
 * @param yuan the amount in yuan (zero for {@code allProperty})
 * @param allProperty true for confiscation of all personal property
 */
public record Amount(BigDecimal yuan, boolean allProperty) {

    public Amount {
        throw new UnsupportedOperationException("TODO: non-negative");
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
     * {@code 壹万伍仟元}, {@code 1.5万元}, and {@code 全部} / {@code 全部财产} / {@code 个人全部财产}.
     */
    public static Parsed<Amount> parse(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** True when this is a positive amount or all property. */
    public boolean isPositive() {
        return allProperty || yuan.signum() > 0;
    }
}
