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
    void aNameWithAMiddleDotIsMaskedInEveryFormTheEngineReadsAsThatName() {
        for (String written : List.of("买买提·艾力", "买买提•艾力", "买买提‧艾力", "买买提・艾力", "买买提．艾力", "买买提.艾力",
                "买买提 · 艾力", "买买提艾力", "買買提·艾力", "买 买 提 · 艾 力", "买\u200B买\u200C提\u200D·\uFEFF艾\u200B力",
                "买\u00A0买提·艾力", "买\u3000买提\t艾力", "买买\n提·艾力")) {
            assertThat(PersonalData.mask("经查" + written + "仍在押", List.of("买买提·艾力")))
                    .as(written).isEqualTo("经查买*****仍在押");
        }
    }

    @Test
    void aNameGivenInAnyWrittenFormFindsItsOtherForms() {
        assertThat(PersonalData.mask("经查买买提·艾力与古丽娜尔吐尔逊同住", List.of("买买提•艾力", "古丽娜尔\u200B·\u200B吐尔逊")))
                .isEqualTo("经查买*****与古*******同住");
        assertThat(PersonalData.mask("魏-健-超、魏\u200B健超", List.of("魏健超"))).isEqualTo("魏**、魏**");
    }

    @Test
    void ofTwoNamesThatBeginAlikeTheLongerIsMaskedWhereBothCouldBe() {
        assertThat(PersonalData.mask("欧阳娜娜与欧阳见面，欧阳·娜娜在场", List.of("欧阳", "欧阳娜娜")))
                .isEqualTo("欧***与欧*见面，欧***在场");
    }

    @Test
    void aNameDoesNotSwallowTheDotsOrSpacesAroundIt() {
        assertThat(PersonalData.mask("·买买提·艾力· 说", List.of("买买提·艾力"))).isEqualTo("·买*****· 说");
    }

    @Test
    void anIdentityNumberSplitByLineBreaksSpacesOrInvisibleCharactersIsMasked() {
        assertThat(PersonalData.maskIdNumbers("号码210103 1990 0117 1536。")).isEqualTo("号码210103********1536。");
        assertThat(PersonalData.maskIdNumbers("号码2101031990\n01171536。")).isEqualTo("号码210103********1536。");
        assertThat(PersonalData.maskIdNumbers("号码2101031990\r\n01171536")).isEqualTo("号码210103********1536");
        assertThat(PersonalData.maskIdNumbers("210103  1990  0117  1536")).isEqualTo("210103********1536");
        assertThat(PersonalData.maskIdNumbers("210103\u200B199001171536")).isEqualTo("210103********1536");
        assertThat(PersonalData.maskIdNumbers("210103\uFEFF1990\u00A00117\u20601536")).isEqualTo("210103********1536");
        assertThat(PersonalData.maskIdNumbers("210211·19971126·0598")).isEqualTo("210211********0598");
        assertThat(PersonalData.maskIdNumbers("210211－19971126－0598")).isEqualTo("210211********0598");
        assertThat(PersonalData.maskIdNumbers("210103\t1990\t0117\t153X")).isEqualTo("210103********153X");
    }

    @Test
    void digitsFartherApartThanAFewSeparatorsAreNotOneNumber() {
        String text = "2101031990 说明    01171536";
        assertThat(PersonalData.maskIdNumbers(text)).isEqualTo(text);
        assertThat(PersonalData.maskIdNumbers("21010319900117\n\n\n\n1536")).isEqualTo("21010319900117\n\n\n\n1536");
    }

    @Test
    void twoDatesWrittenAsAPeriodStayAsWritten() {
        for (String period : List.of("禁止令期间 2024-01-01 - 2024-06-30", "2024.01.01-2024.06.30", "2024-01-01—2024-06-30",
                "2024-01-01–2024-06-30", "20240101—20240630", "2024.01.01 2024.06.30")) {
            assertThat(PersonalData.maskIdNumbers(period)).isEqualTo(period);
        }
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
