package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "张三|张三",
        "' 张三 '|张三",
        "张 三|张三",
        "张\u3000三|张三",
        "向\u3000帥敏|向帅敏",
        "何 伟春|何伟春",
        "張三|张三",
        "鄧静萍|邓静萍",
        "ＺＨＡＮＧ|ZHANG",
        "买买提·艾力|买买提·艾力",
        "买买提•艾力|买买提·艾力",
        "买买提・艾力|买买提·艾力",
        "买买提.艾力|买买提·艾力",
        "买买提．艾力|买买提·艾力",
        "买买提‧艾力|买买提·艾力",
        "买买提ᐧ艾力|买买提·艾力",
        "买买提･艾力|买买提·艾力",
        "买买提 · 艾力|买买提·艾力",
        "买买提··艾力|买买提·艾力",
        "古丽娜尔·吐尔逊|古丽娜尔·吐尔逊",
    })
    void normalisesEveryFormToOne(String raw, String normalised) {
        assertThat(PersonName.parse(raw).value().value()).isEqualTo(normalised);
    }

    /**
     * The middle-dot lookalikes a music-tag validator replaces (its DOTS table, after 0x08.org's "middle dot"
     * article; find_string "middle_dot_replace"): each typed for the dot of a minority name is that dot.
     */
    @ParameterizedTest(name = "[{index}] U+{0}")
    @ValueSource(strings = {"2E31", "16EB", "2981", "25E6", "2218", "2E30"})
    void aMiddleDotLookalikeInAMinorityNameIsTheDot(String hex) {
        String dot = new String(Character.toChars(Integer.parseInt(hex, 16)));
        assertThat(PersonName.parse("买买提" + dot + "艾力").value().value()).isEqualTo("买买提·艾力");
    }

    @Test
    void controlCharactersAndBidiOverridesInANameAreDroppedAsSpacesAre() {
        // NUL padding of a fixed-width field, a BEL, an escape, DEL, a C1 character of a mis-decoded export, a bidi override
        assertThat(PersonName.parse("曹\u0000\u0007洋\u0000").value().value()).isEqualTo("曹洋");
        assertThat(PersonName.parse("\u001b曹\u007f\u0085洋\u202e").value().value()).isEqualTo("曹洋");
        assertThat(PersonName.parse("\u0000\u001b").isOk()).isFalse();
    }

    @Test
    void traditionalAndSimplifiedNamesAreEqual() {
        assertThat(PersonName.parse("張三").value()).isEqualTo(PersonName.parse("张三").value());
    }

    /** Variants OpenCC converts and ICU4J's table left as written: 李峯 must be 李峰. */
    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource({"李峯,李峰", "淩云,凌云", "王璿,王璇", "陈嫺,陈娴", "嶽飞,岳飞", "张儁,张俊", "査良镛,查良镛",
        "范凤軍,范凤军", "盧秀帆,卢秀帆", "付娜帥,付娜帅", "王鉅,王钜", "麴义,麹义"})
    void nameVariantsAreTheSameName(String traditional, String simplified) {
        assertThat(PersonName.parse(traditional).value()).isEqualTo(PersonName.parse(simplified).value());
        assertThat(PersonName.parse(traditional).value().value()).isEqualTo(simplified);
    }

    /** Standard characters in their own right stay as written, so two people stay two. */
    @ParameterizedTest(name = "[{index}] {0} != {1}")
    @CsvSource({"张昇,张升", "刘乾,刘干", "毕陞,毕升", "於梨华,于梨华", "甯静,宁静", "李徵,李征", "王夥,王伙"})
    void standardCharactersOfNamesAreNotCollapsed(String name, String other) {
        assertThat(PersonName.parse(name).value().value()).isEqualTo(name);
        assertThat(PersonName.parse(name).value()).isNotEqualTo(PersonName.parse(other).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000\u3000", "\t"})
    void blankNameIsAFailureWithAReason(String raw) {
        assertThat(PersonName.parse(raw).reason()).hasValue("name is blank");
    }

    @Test
    void constructorRefusesBlank() {
        assertThatThrownBy(() -> new PersonName(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonName(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"张三,张*", "欧阳娜娜,欧***", "王,王", "买买提·艾力,买*****"})
    void maskedKeepsTheFirstCharacter(String name, String masked) {
        assertThat(new PersonName(name).masked()).isEqualTo(masked);
    }
}
