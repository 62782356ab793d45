package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.value.IdNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: before a lead says another agency's record is missing, the engine offers that agency's
 * records that nearly match (CONTRACT.md §4 {@code possible_matches}), says so first, and neither
 * links them nor drops the lead.
 */
class PossibleMatchesEngineTest {
    private static final String BODY = "21060319910519348";
    private static final String ID = BODY + IdNumber.checkCharacter(BODY);
    private static final String TYPO = "21060319910519448";
    private static final LocalDate AS_OF = LocalDate.parse("2024-10-01");

    private static EngineTest.ListSource source(String correctionName, String correctionId) {
        return new EngineTest.ListSource()
                .add(Dataset.JUDGMENTS, "案号", "(2024)辽0602刑初108号", "姓名", "潘宁勇", "身份证号", ID, "生效日期", "2024-05-01",
                        "主刑", "有期徒刑", "刑期", "12", "缓刑考验期", "24")
                .add(Dataset.CORRECTIONS, "姓名", correctionName, "身份证号", correctionId, "矫正类别", "缓刑", "矫正起日", "2024-05-09");
    }

    @Test
    void aCorrectionRecordUnderAMistypedNumberIsOfferedFirstAndTheLeadStays() {
        RunResult r = Engine.builder().source(source("潘宁勇", TYPO + IdNumber.checkCharacter(TYPO))).build().run(AS_OF);
        Lead l = r.leads().stream().filter(x -> x.kindCode().equals("CORRECTION_MISSING")).findFirst().orElseThrow();
        assertThat(l.possibleMatches()).singleElement().satisfies(m -> {
            assertThat(m.ref().dataset()).isEqualTo(Dataset.CORRECTIONS);
            assertThat(m.ref().line()).isEqualTo(2);
            assertThat(m.reason()).isEqualTo("同名同出生日期；身份证号顺序码一位不同（校验码有效）");
        });
        assertThat(l.summary()).startsWith("【疑似同一人记录待核：corrections.mem第2行】潘宁勇");
        // never linked silently: the record is not evidence of the lead, and the lead is the same finding
        assertThat(l.evidence()).noneMatch(e -> e.ref().dataset() == Dataset.CORRECTIONS);
        Lead plain = Engine.builder().source(source("张三", "21068219800101123" + IdNumber.checkCharacter("21068219800101123")))
                .build().run(AS_OF).leads().stream().filter(x -> x.kindCode().equals("CORRECTION_MISSING")).findFirst().orElseThrow();
        assertThat(plain.possibleMatches()).isEmpty();
        assertThat(plain.summary()).doesNotContain("疑似同一人");
        assertThat(plain.leadId()).isEqualTo(l.leadId());
    }

    @Test
    void aLeadThatSaysNothingIsMissingOffersNothing() {
        assertThat(io.xingzhi.core.supervision.custody.CustodyTransferModel.LATE_TRANSFER.missingFrom()).isEmpty();
        assertThat(io.xingzhi.core.supervision.prohibition.ProhibitionOrderModel.CORRECTION_MISSING.missingFrom())
                .contains(Dataset.CORRECTIONS);
        assertThat(io.xingzhi.core.supervision.politicalrights.PoliticalRightsModel.NOT_SUPERVISED.missingFrom())
                .contains(Dataset.DPR_SUPERVISION);
        assertThat(io.xingzhi.core.supervision.property.PropertyPenaltyModel.NOT_TRANSFERRED.missingFrom())
                .contains(Dataset.ENFORCEMENT);
    }
}
