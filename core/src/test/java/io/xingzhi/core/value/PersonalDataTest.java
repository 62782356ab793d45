package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void aNoteWithAnIdentityNumberAndTheNameShowsNeither() {
        String note = "已核实段旭（身份证210682199908110777）仍在押";
        assertThat(PersonalData.mask(note, List.of("段旭")))
                .isEqualTo("已核实段*（身份证210682********0777）仍在押");
    }

    @Test
    void fullWidthSpacedAndHyphenatedNumbersAreMasked() {
        assertThat(PersonalData.maskIdNumbers("号码２１０６８２１９９９０８１１０７７７。"))
                .isEqualTo("号码２１０６８２********０７７７。");
        assertThat(PersonalData.maskIdNumbers("号码 210682 19990811 0777 止")).isEqualTo("号码 210682********0777 止");
        assertThat(PersonalData.maskIdNumbers("210682-19990811-077X")).isEqualTo("210682********077X");
        assertThat(PersonalData.maskIdNumbers("21068219990811077ｘ")).isEqualTo("210682********077ｘ");
    }

    @Test
    void aFifteenDigitNumberLosesItsBirthDate() {
        assertThat(PersonalData.maskIdNumbers("旧号210682990811077")).isEqualTo("旧号210682******077")
                .doesNotContain("990811").doesNotContain("0811").doesNotContain("11077");
    }

    @Test
    void exactMaskingTakesOnlyRunsOfFifteenOrEighteenDigits() {
        assertThat(PersonalData.maskExactIdNumbers("查无 21010319900307123X；旧号 210682990811077；/tmp/junit-13418673146402082925/xd"))
                .isEqualTo("查无 210103********123X；旧号 210682******077；/tmp/junit-13418673146402082925/xd");
    }

    @Test
    void shortNumbersDatesAndCaseNumbersStayAsWritten() {
        String text = "(2024)辽0682刑初123号，2024-03-05 收到，罚金50000元，电话13912345678";
        assertThat(PersonalData.mask(text, List.of("张三"))).isEqualTo(text);
    }

    @Test
    void aLongerDigitRunIsMaskedToo() {
        assertThat(PersonalData.maskIdNumbers("卡号6222021234567890123")).isEqualTo("卡号622202*********0123");
    }

    @Test
    void aNameWrittenWithSpacesOrInTraditionalCharactersIsMasked() {
        assertThat(PersonalData.mask("经查 段 旭 与張三丰同住", List.of("段旭", "张三丰"))).isEqualTo("经查 段* 与张**同住");
    }

    @Test
    void aSingleCharacterNameIsNotMaskedEverywhere() {
        assertThat(PersonalData.mask("王检察官", List.of("王"))).isEqualTo("王检察官");
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(PersonalData.mask(null, List.of("张三"))).isNull();
        assertThat(PersonalData.mask("", List.of("张三"))).isEmpty();
    }
}
