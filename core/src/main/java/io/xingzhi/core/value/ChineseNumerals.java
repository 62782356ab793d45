package io.xingzhi.core.value;

import java.math.BigDecimal;

/**
 * Reads numbers written in Chinese: ordinary ({@code 二十}, {@code 一百零五}), capital
 * ({@code 壹万伍仟}, {@code 贰拾}), with {@code 两} and {@code 〇/零}, up to {@code 亿}, as well as
 * Arabic digits mixed with units ({@code 1.5万}, {@code 10万}).
 */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    public static Parsed<BigDecimal> parse(String raw) {
        throw new UnsupportedOperationException("TODO");
    }
}
