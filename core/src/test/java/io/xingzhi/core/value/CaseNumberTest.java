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
}
