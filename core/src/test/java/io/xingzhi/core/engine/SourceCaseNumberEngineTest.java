package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.value.IdNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.4, LAW.md: "Enforcement cases match a judgment by {@code source_case_number} first,
 * whatever the identity columns say; a case with no source number matches the person's judgment
 * only when the person has exactly one judgment with a property penalty (otherwise none, and the
 * run report lists the case)."
 */
class SourceCaseNumberEngineTest {
    private static final String ID = "21068219800101123" + IdNumber.checkCharacter("21068219800101123");
    private static final LocalDate AS_OF = LocalDate.parse("2024-10-01");

    private static EngineTest.ListSource judgmentWithFine(String caseNumber) {
        return new EngineTest.ListSource().add(Dataset.JUDGMENTS, "案号", caseNumber, "姓名", "张三", "身份证号", ID,
                "生效日期", "2023-11-19", "主刑", "有期徒刑", "刑期", "36", "罚金", "3000元");
    }

    private static RunResult run(EngineTest.ListSource s) {
        return Engine.builder().source(s).build().run(AS_OF);
    }

    @Test
    void aCaseWithTheRightCaseNumberAndAMistypedIdentityNumberIsTheJudgmentsCaseSoNoFalseNotTransferred() {
        // 0929 → 9029: two adjacent digits swapped, not a valid number; the name is written in traditional characters
        var s = judgmentWithFine("(2023)辽0602刑初160号").add(Dataset.ENFORCEMENT, "执行案号", "(2023)辽0682执25号",
                "执行依据", "（2023）辽0602刑初160号", "姓名", "張三", "身份证号", ID.substring(0, 14) + "9029",
                "立案日期", "2023-11-25", "执行标的", "3000", "已执行金额", "3000", "结案日期", "2024-01-23", "结案方式", "执行完毕");
        RunResult r = run(s);
        assertThat(r.leads()).extracting(Lead::kindCode).doesNotContain("NOT_TRANSFERRED");
        assertThat(r.report().identity().linkedByCaseNumber()).isEqualTo(1);
        assertThat(r.report().identity().unresolved()).isZero();
    }

    @Test
    void aCaseWithTheRightCaseNumberAndNoIdentityNumberAtAllIsTheJudgmentsCase() {
        var s = judgmentWithFine("(2023)辽0602刑初160号").add(Dataset.ENFORCEMENT, "执行依据", "(2023)辽0602刑初160号",
                "姓名", "张三", "立案日期", "2023-11-25");
        RunResult r = run(s);
        // the case is open past six months: its lead is about the judgment, on the judgment's person
        assertThat(r.leads()).singleElement().satisfies(l -> {
            assertThat(l.kindCode()).isEqualTo("ENFORCEMENT_OVERDUE");
            assertThat(l.idText()).isEqualTo(ID);
            assertThat(l.caseNumber()).isEqualTo("(2023)辽0602刑初160号");
        });
    }

    @Test
    void aCaseWithASourceNumberButNeitherNameNorIdentityNumberIsTheJudgmentsCaseNotARejectedRow() {
        // the court's export leaves the person's columns blank: the source case number still names the judgment
        var s = judgmentWithFine("(2024)辽06刑终5号").add(Dataset.ENFORCEMENT, "执行案号", "(2024)辽0603执55号",
                "执行依据", "〔2024〕辽06刑终5号", "姓名", "", "身份证号", "", "移送执行日期", "2023-11-20", "立案日期", "2023-12-01",
                "执行标的", "3000", "已执行金额", "0");
        RunResult r = run(s);
        assertThat(r.leads()).extracting(Lead::kindCode).containsExactlyInAnyOrder("LATE_FILING", "ENFORCEMENT_OVERDUE")
                .doesNotContain("NOT_TRANSFERRED");
        assertThat(r.leads()).allSatisfy(l -> {
            assertThat(l.idText()).isEqualTo(ID);
            assertThat(l.caseNumber()).isEqualTo("(2024)辽06刑终5号");
        });
        assertThat(r.report().identity().linkedByCaseNumber()).isEqualTo(1);
        assertThat(r.report().identity().unresolved()).isZero();
    }

    @Test
    void aCaseWithNeitherNameNorIdentityNumberWhoseSourceNumberNamesNoJudgmentIsCountedUnresolved() {
        var s = judgmentWithFine("(2023)辽0602刑初160号").add(Dataset.ENFORCEMENT, "执行案号", "(2024)辽0603执56号",
                "执行依据", "(2023)辽0602刑初999号", "立案日期", "2023-12-01");
        RunResult r = run(s);
        assertThat(r.report().identity().unresolved()).isEqualTo(1);
        assertThat(r.leads()).extracting(Lead::kindCode).containsExactly("NOT_TRANSFERRED");
    }

    @Test
    void aCaseWithNoSourceNumberBesideTwoJudgmentsWithAPropertyPenaltyMatchesNoneAndTheReportListsIt() {
        var s = judgmentWithFine("(2020)辽0682刑初150号").add(Dataset.JUDGMENTS, "案号", "(2023)辽0602刑初151号", "姓名", "张三",
                        "身份证号", ID, "生效日期", "2023-10-28", "主刑", "单处附加刑", "罚金", "10000")
                .add(Dataset.ENFORCEMENT, "执行案号", "(2023)辽0682执19号", "姓名", "张三", "身份证号", ID, "立案日期", "2023-11-15",
                        "执行标的", "10000", "已执行金额", "0");
        RunResult r = run(s);
        assertThat(r.leads()).extracting(Lead::kindCode, Lead::caseNumber).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("NOT_TRANSFERRED", "(2020)辽0682刑初150号"),
                org.assertj.core.groups.Tuple.tuple("NOT_TRANSFERRED", "(2023)辽0602刑初151号"));
        assertThat(r.report().unmatchedRecords()).singleElement().satisfies(u -> {
            assertThat(u.ref().dataset()).isEqualTo(Dataset.ENFORCEMENT);
            assertThat(u.ref().line()).isEqualTo(2);
            assertThat(u.reason()).contains("未载明执行依据案号");
        });
    }
}
