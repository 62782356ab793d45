package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "(2024)辽0682刑初123号", "（2024）辽0682刑初123号", "〔2024〕辽0682刑初123号", "[2024]辽0682刑初123号",
        "［2024］辽0682刑初123号", "【2024】辽0682刑初123号", "﹝2024﹞辽0682刑初123号", "〔2024]辽0682刑初123号",
        "[2024〕辽0682刑初123号", "（2024]辽0682刑初123号", "（２０２４）辽０６８２刑初１２３号",
        " (2024) 辽0682 刑初 123 号 ", "(2024)辽0682刑初123号\u3000",
    })
    void everyBracketAndWidthFormNormalisesToOne(String raw) {
        assertThat(CaseNumber.parse(raw).value().value()).isEqualTo("(2024)辽0682刑初123号");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"2024辽0682刑初123号", " 2024 辽0682刑初123号", "２０２４辽０６８２刑初１２３号", "2024)辽0682刑初123号"})
    void aYearTypedWithoutItsBracketsGetsThemSoTheCaseEqualsTheBracketedOne(String raw) {
        assertThat(CaseNumber.parse(raw).value().value()).isEqualTo(raw.contains(")") ? "2024)辽0682刑初123号" : "(2024)辽0682刑初123号");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"1234辽0682刑初123号", "20245辽0682刑初123号", "2024-辽0682刑初123号", "2024ABC", "2024辽"})
    void digitsThatAreNoYearBeforeTheCourtsCodeStayAsWritten(String raw) {
        assertThat(CaseNumber.parse(raw).value().value()).isEqualTo(raw);
    }

    @Test
    void theChinesePartStaysAsWritten() {
        assertThat(CaseNumber.parse("〔2024〕辽0682执123号").value().toString()).isEqualTo("(2024)辽0682执123号");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000"})
    void blankIsAFailure(String raw) {
        assertThat(CaseNumber.parse(raw).reason()).hasValue("case number is blank");
    }

    @Test
    void constructorRefusesBlank() {
        assertThatThrownBy(() -> new CaseNumber("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(2023)辽0603刑初213号、(2023)辽0603刑初214号", "(2023)辽0603刑初213号,(2023)辽0603刑初214号",
            "（2023）辽0603刑初213号；〔2024〕辽0603刑终5号", "(2023)辽0603刑初213号 (2023)辽0603刑初214号",
            "2023辽0603刑初213号/2023辽0603刑初214号"})
    void aCellNamingTwoCasesIsRefusedNotTakenAsOneCaseThatMatchesNeither(String raw) {
        Parsed<CaseNumber> p = CaseNumber.parse(raw);
        assertThat(p.isOk()).as(raw).isFalse();
        assertThat(p.reason().orElseThrow()).contains("more than one case");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(2023)辽0603刑初213号", "（2023）辽0603刑初213-1号", "(2023)辽0603刑初213号之一", "(2015)振刑初字第72号",
            "(2024)辽06刑更1号", "(2024)辽0682执恢12号"})
    void aSingleCaseIsStillOneCase(String raw) {
        assertThat(CaseNumber.parse(raw).isOk()).as(raw).isTrue();
    }

    @Test
    void theScanForSeveralCasesAgreesWithItsDefinitionAsRegularExpressions() {
        java.util.regex.Pattern year = java.util.regex.Pattern.compile("[(（〔\\[【〖〘［]\\s*\\d{4}\\s*[)）〕\\]】〗〙］]");
        java.util.regex.Pattern separator = java.util.regex.Pattern.compile("[、,，;；/／|｜]");
        String alphabet = "(（〔[【〖〘［)）〕]】〗〙］、,，;；/／|｜号 \t2023４辽刑初x";
        java.util.Random r = new java.util.Random(7);
        int several = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(24);
            for (int i = 0; i < len; i++) {
                b.append(r.nextInt(4) == 0 ? "(2024)" : String.valueOf(alphabet.charAt(r.nextInt(alphabet.length()))));
            }
            String v = b.toString();
            java.util.regex.Matcher m = year.matcher(v);
            boolean expected = m.find() && m.find();
            if (!expected && separator.matcher(v).find()) {
                int numbered = 0;
                for (String part : separator.split(v)) {
                    numbered += part.strip().endsWith("号") ? 1 : 0;
                }
                expected = numbered > 1;
            }
            assertThat(CaseNumber.several(v)).as(v).isEqualTo(expected);
            several += expected ? 1 : 0;
        }
        assertThat(several).as("values naming several cases among the random ones").isGreaterThan(10_000);
    }
}
