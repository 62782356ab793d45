package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrincipalPenaltyTest {

    @ParameterizedTest
    @EnumSource(PrincipalPenalty.class)
    void everyCanonicalLabelReadsBack(PrincipalPenalty penalty) {
        assertThat(PrincipalPenalty.parse(penalty.label()).value()).isEqualTo(penalty);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "有期,FIXED_TERM", "' 有期徒刑 ',FIXED_TERM", "无期,LIFE", "死缓,DEATH_SUSPENDED",
        "死刑缓期执行,DEATH_SUSPENDED", "死刑缓期两年执行,DEATH_SUSPENDED", "死刑，缓期二年执行,DEATH_SUSPENDED",
        "死刑立即执行,DEATH", "免刑,EXEMPTED", "免于刑事处罚,EXEMPTED", "单处罚金,SUPPLEMENTARY_ONLY",
        "单处剥夺政治权利,SUPPLEMENTARY_ONLY", "单处,SUPPLEMENTARY_ONLY", "管制,PUBLIC_SURVEILLANCE",
        "拘役,CRIMINAL_DETENTION", "無期徒刑,LIFE",
    })
    void readsCommonVariants(String raw, PrincipalPenalty expected) {
        assertThat(PrincipalPenalty.parse(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"缓刑", "徒刑", "罚金", "xyz", " "})
    void unknownLabelsFailAndAreNotGuessed(String raw) {
        assertThat(PrincipalPenalty.parse(raw).isOk()).isFalse();
        assertThat(PrincipalPenalty.fromLabel(raw)).isEmpty();
    }

    @Test
    void prisonPenaltiesAreFixedTermLifeAndSuspendedDeath() {
        assertThat(PrincipalPenalty.FIXED_TERM.isPrisonPenalty()).isTrue();
        assertThat(PrincipalPenalty.DEATH_SUSPENDED.isPrisonPenalty()).isTrue();
        assertThat(PrincipalPenalty.CRIMINAL_DETENTION.isPrisonPenalty()).isFalse();
    }

    /** The quick look before the expression ({@code mentionsSuspension}) passes every character that reads as 缓. */
    @Test
    void everyCharacterThatReadsAs缓IsOneTheQuickLookForASuspendedLabelKnows() {
        StringBuilder missed = new StringBuilder();
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String read = Texts.toSimplified(Texts.foldWidth(String.valueOf(c)));
            if (read.indexOf('缓') >= 0 && PrincipalPenalty.SUSPENSION_CHARACTERS.indexOf(c) < 0) {
                missed.append(c);
            }
        }
        assertThat(missed.toString()).isEmpty();
        assertThat(PrincipalPenalty.suspendedLabel("有期徒刑（緩刑）")).hasValue(PrincipalPenalty.FIXED_TERM);
        assertThat(PrincipalPenalty.suspendedLabel("有期徒刑")).isEmpty();
    }
}
