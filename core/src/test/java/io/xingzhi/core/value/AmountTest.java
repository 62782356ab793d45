package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "50000|50000", "50,000|50000", "50,000元|50000", "50000.00|50000", "5000.00|5000", "5万|50000",
        "5万元|50000", "1.5万元|15000", "1万元|10000", "10000元|10000", "20000元|20000", "20,000|20000",
        "￥50000|50000", "¥50000|50000", "¥5,000|5000", "￥５００００|50000", "人民币伍万元|50000",
        "人民币五万元|50000", "人民币叁仟元|3000", "二十万元|200000", "壹万伍仟元|15000",
        "人民币壹拾贰万元|120000", "伍万元整|50000", "50000元人民币|50000", "RMB 50000|50000",
        "' 5 万 元 '|50000", "0|0", "1234.5|1234.5", "0.01|0.01",
    })
    void readsEveryFormOfYuan(String raw, BigDecimal yuan) {
        Parsed<Amount> parsed = Amount.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isTrue();
        assertThat(parsed.value().allProperty()).isFalse();
        assertThat(parsed.value().yuan()).isEqualByComparingTo(yuan);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "陆万柒仟伍佰伍拾陆元叁角贰分|67556.32", "人民币陆万柒仟伍佰伍拾陆元叁角贰分|67556.32", "壹拾壹元正|11",
        "壹拾壹元整|11", "壹元零伍分|1.05", "叁角|0.3", "伍角伍分|0.55", "一百元五角|100.5", "零点五万元|5000",
        "二十点五万元|205000", "一百十一元|111", "壹拾元叁角整|10.3",
    })
    void readsChequeStyleAmountsWithJiaoFenAndZheng(String raw, BigDecimal yuan) {
        Parsed<Amount> parsed = Amount.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isTrue();
        assertThat(parsed.value().yuan()).isEqualByComparingTo(yuan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5万3万元", "一亿二亿元", "1.5元3角", "叁角贰分伍厘"})
    void amountsThatWouldBeASumOrAGuessAreRefused(String raw) {
        assertThat(Amount.parse(raw).isOk()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"全部", "全部财产", "个人全部财产", "全部个人财产", "没收个人全部财产", "并处没收个人全部财产"})
    void allPropertyFormsReadAsAllProperty(String raw) {
        assertThat(Amount.parse(raw).value()).isEqualTo(Amount.ofAllProperty());
    }

    @Test
    void roundThousandsInDigitsShareOneResultAndOtherWholeAmountsReadAlike() {
        // a hundred thousand records naming a fine of 5000 hold one Optional, not one each
        assertThat(Amount.parse("5000").toOptional()).isSameAs(Amount.parse("5000").toOptional());
        assertThat(Amount.parse("1000000").value().yuan()).isEqualTo(new BigDecimal("1000000"));
        assertThat(Amount.parse("0").value()).isEqualTo(Amount.ofYuan(BigDecimal.ZERO));
        for (String raw : new String[] {"1001000", "5001", "999", "12345000"}) {
            assertThat(Amount.parse(raw).value().yuan()).as(raw).isEqualTo(new BigDecimal(raw));
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {"參萬元|30000", "參仟元|3000", "人民幣參拾萬元整|300000", "壹萬參仟元|13000",
        "參角|0.3", "伍元參角參分|5.33"})
    void theTraditionalCapitalThreeIsThree(String raw, BigDecimal yuan) {
        assertThat(Amount.parse(raw).value().yuan()).isEqualByComparingTo(yuan);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"参万元", "参仟元"})
    void theEverydayCanThatMiswritesThreeIsStillRefused(String raw) {
        assertThat(Amount.parse(raw).isOk()).isFalse();
    }

    @Test
    void sameValueWithDifferentScaleIsEqual() {
        assertThat(Amount.parse("50000.00").value()).isEqualTo(Amount.parse("5万元").value());
        assertThat(Amount.ofYuan(new BigDecimal("50000.00")).yuan()).isEqualTo(new BigDecimal("50000"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "-500|negative", "负五百元|negative", "人民币-500元|negative", "五千块钱啊|not an amount",
        "abc|not an amount", "1.005|two decimal", "$500|not an amount", "一万五|ambiguous",
    })
    void badAmountsFailWithAReason(String raw, String reasonMentions) {
        Parsed<Amount> parsed = Amount.parse(raw);
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains(reasonMentions);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void blankIsAFailure(String raw) {
        assertThat(Amount.parse(raw).reason()).hasValue("amount is blank");
    }

    @Test
    void constructorRefusesNegativeAndNull() {
        assertThatThrownBy(() -> Amount.ofYuan(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Amount.ofYuan(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Amount(BigDecimal.TEN, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void positiveMeansAnAmountAboveZeroOrAllProperty() {
        assertThat(Amount.ofYuan(BigDecimal.ONE).isPositive()).isTrue();
        assertThat(Amount.ofYuan(BigDecimal.ZERO).isPositive()).isFalse();
        assertThat(Amount.ofAllProperty().isPositive()).isTrue();
    }
}
