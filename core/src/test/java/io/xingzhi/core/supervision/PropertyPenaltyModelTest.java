package io.xingzhi.core.supervision;

import static io.xingzhi.core.supervision.Fixtures.enforcement;
import static io.xingzhi.core.supervision.Fixtures.enforcementFor;
import static io.xingzhi.core.supervision.Fixtures.judgment;
import static io.xingzhi.core.supervision.Fixtures.kinds;
import static io.xingzhi.core.supervision.Fixtures.person;
import static io.xingzhi.core.supervision.Fixtures.role;
import static io.xingzhi.core.supervision.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.record.Closure;
import io.xingzhi.core.record.RoleType;
import io.xingzhi.core.record.RulingType;
import io.xingzhi.core.supervision.property.PropertyPenaltyModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LAW.md §4: effective 2024-01-10 → payment period ends 2024-04-10, transfer limit 2024-05-10. */
class PropertyPenaltyModelTest {
    private final PropertyPenaltyModel model = new PropertyPenaltyModel();

    @Test
    void unpaidFineWithNoEnforcementCaseAfterPaymentPeriodAndGraceIsNotTransferred() {
        assertThat(kinds(run(model, "2024-05-11", person(judgment().months(12).fine(50000).build()))))
                .containsExactly("NOT_TRANSFERRED");
    }

    @Test
    void withinThePaymentPeriodAndGraceThereIsNoLead() {
        assertThat(run(model, "2024-05-10", person(judgment().months(12).fine(50000).build()))).isEmpty();
    }

    @Test
    void aFineFullyPrepaidIsNotOutstanding() {
        assertThat(run(model, "2024-10-01", person(judgment().months(12).fine(50000).prepaid(50000).build()))).isEmpty();
    }

    @Test
    void confiscationOfAllPropertyIsAlwaysOutstanding() {
        assertThat(kinds(run(model, "2024-10-01", person(judgment().months(12).confiscateAll().prepaid(50000).build()))))
                .containsExactly("NOT_TRANSFERRED");
    }

    @Test
    void anOpenCasePastSixMonthsIsOverdue() {
        var p = person(judgment().fine(50000).build(), enforcement("2024-02-01", 50000L, 0L, null, null));
        assertThat(run(model, "2024-08-01", p)).isEmpty();
        assertThat(kinds(run(model, "2024-08-02", p))).containsExactly("ENFORCEMENT_OVERDUE");
    }

    @Test
    void closedAsCompletedWhileShortIsClosedNotPaid() {
        var p = person(judgment().fine(50000).build(), enforcement("2024-02-01", 50000L, 20000L, "2024-03-01", Closure.COMPLETED));
        assertThat(kinds(run(model, "2024-10-01", p))).containsExactly("CLOSED_NOT_PAID");
        var paid = person(judgment().fine(50000).build(), enforcement("2024-02-01", 50000L, 50000L, "2024-03-01", Closure.COMPLETED));
        assertThat(run(model, "2024-10-01", paid)).isEmpty();
    }

    @Test
    void terminatedWhileHoldingAShareIsTerminatedWithAssets() {
        var p = person(judgment().fine(50000).build(),
                enforcement("2024-02-01", 50000L, 0L, "2024-05-01", Closure.TERMINATED_THIS_ROUND));
        assertThat(kinds(run(model, "2024-10-01", p, role(RoleType.SHAREHOLDER, "建材销售", "2020-01-01", null))))
                .containsExactly("TERMINATED_WITH_ASSETS");
        assertThat(run(model, "2024-10-01", p, role(RoleType.SHAREHOLDER, "建材销售", "2020-01-01", "2024-04-30"))).isEmpty();
        assertThat(run(model, "2024-10-01", p, role(RoleType.SUPERVISOR, "建材销售", "2020-01-01", null))).isEmpty();
    }

    @Test
    void roleEndingOnTheClosingDayStillCounts() {
        var p = person(judgment().fine(50000).build(),
                enforcement("2024-02-01", 50000L, 0L, "2024-05-01", Closure.TERMINATED));
        assertThat(kinds(run(model, "2024-10-01", p, role(RoleType.LEGAL_REPRESENTATIVE, "", "2020-01-01", "2024-05-01"))))
                .containsExactly("TERMINATED_WITH_ASSETS");
    }

    @Test
    void closedAsCompletedWithNoExecutedAmountRecordedIsClosedNotPaid() {
        var p = person(judgment().fine(50000).build(), enforcement("2024-02-01", 50000L, null, "2024-03-01", Closure.COMPLETED));
        var leads = run(model, "2024-10-01", p);
        assertThat(kinds(leads)).containsExactly("CLOSED_NOT_PAID");
        assertThat(leads.get(0).facts()).containsEntry("executed", "未记录");
    }

    @Test
    void aCaseWithNoSourceNumberMatchesThePersonsOnlyJudgmentWithAPropertyPenalty() {
        var p = person(judgment().fine(50000).build(), judgment().caseNumber("(2020)辽0682刑初9号").months(24).build(),
                enforcementFor(null, null, "2024-02-01", 50000L, 0L, null, null));
        List<Lead> leads = run(model, "2024-10-01", p);
        assertThat(kinds(leads)).containsExactly("ENFORCEMENT_OVERDUE");
        assertThat(leads.get(0).caseNumber()).isEqualTo(Fixtures.CASE);
    }

    @Test
    void aCaseWithNoSourceNumberMatchesNoJudgmentWhenThePersonHasTwoWithAPropertyPenaltyAndTheReportListsIt() {
        var p = person(judgment().fine(50000).build(), judgment().caseNumber("(2023)辽0682刑初9号").effective("2023-06-01").fine(3000).build(),
                enforcementFor(null, null, "2024-02-01", 50000L, 0L, null, null));
        List<String> unmatched = new ArrayList<>();
        List<Lead> leads = run(model, "2024-10-01", Parameters.defaults(), p, unmatched);
        // each judgment is then without a case: both NOT_TRANSFERRED, and the open case is no ENFORCEMENT_OVERDUE
        assertThat(kinds(leads)).containsExactly("NOT_TRANSFERRED", "NOT_TRANSFERRED");
        assertThat(unmatched).singleElement().satisfies(u -> assertThat(u).contains("enforcement.csv", "未载明执行依据案号", "2份"));
    }

    @Test
    void aCaseNamingAnotherCaseNumberIsNotThisJudgmentsCase() {
        var p = person(judgment().fine(50000).build(),
                enforcementFor("(2022)辽0602刑初161号", null, "2024-02-01", 50000L, 50000L, "2024-03-01", Closure.COMPLETED));
        List<String> unmatched = new ArrayList<>();
        assertThat(kinds(run(model, "2024-10-01", Parameters.defaults(), p, unmatched))).containsExactly("NOT_TRANSFERRED");
        assertThat(unmatched).singleElement().satisfies(u -> assertThat(u).contains("(2022)辽0602刑初161号"));
    }

    // LATE_FILING (立案超期): transferred 2024-02-01 → to be filed by 2024-02-08 (filing limit 7 days)

    private List<Lead> filed(String transferred, String filed, Parameters params) {
        var p = person(judgment().fine(50000).build(),
                enforcementFor(Fixtures.CASE, transferred, filed, 50000L, 50000L, "2024-03-01", Closure.COMPLETED));
        return run(model, "2024-10-01", params, p);
    }

    @Test
    void filedSevenDaysAfterTheTransferIsOnTime() {
        assertThat(filed("2024-02-01", "2024-02-08", Parameters.defaults())).isEmpty();
    }

    @Test
    void filedEightDaysAfterTheTransferIsLate() {
        List<Lead> leads = filed("2024-02-01", "2024-02-09", Parameters.defaults());
        assertThat(kinds(leads)).containsExactly("LATE_FILING");
        Lead l = leads.get(0);
        assertThat(l.dueOn()).contains(java.time.LocalDate.parse("2024-02-08"));
        assertThat(l.facts()).containsEntry("days_late", "1").containsEntry("transferred_on", "2024-02-01");
        assertThat(l.supervisedAgency()).isEqualTo("法院");
        assertThat(l.supervisedUnit()).isEqualTo("凤城市人民法院立案庭");
        assertThat(l.caseNumber()).isEqualTo(Fixtures.CASE);
        assertThat(l.boundary()).isTrue();
    }

    @Test
    void theFilingLimitIsConfigurable() {
        assertThat(filed("2024-02-01", "2024-02-09", Parameters.defaults().withFilingLimitDays(10))).isEmpty();
        assertThat(kinds(filed("2024-02-01", "2024-02-06", Parameters.defaults().withFilingLimitDays(4)))).containsExactly("LATE_FILING");
    }

    @Test
    void withoutATransferDateThereIsNoLead() {
        assertThat(filed(null, "2024-12-09", Parameters.defaults())).isEmpty();
    }

    @Test
    void aCaseMatchedToNoJudgmentIsNotFiledLateForIt() {
        var p = person(judgment().fine(50000).build(), judgment().caseNumber("(2023)辽0682刑初9号").fine(3000).build(),
                enforcementFor(null, "2024-02-01", "2024-05-01", 50000L, 50000L, "2024-06-01", Closure.COMPLETED));
        assertThat(kinds(run(model, "2024-10-01", p))).doesNotContain("LATE_FILING");
    }

    // COMMUTED_WHILE_UNPAID (减刑假释时财产刑未履行): fine 50000 effective 2024-01-10

    private static final io.xingzhi.core.record.AgencyRecord PAID_ON_MAY_1 =
            Fixtures.enforcement("2024-02-01", 50000L, 50000L, "2024-05-01", Closure.COMPLETED);

    @Test
    void aRulingAfterFullPaymentIsNoLead() {
        var p = person(judgment().fine(50000).build(), PAID_ON_MAY_1, Fixtures.ruling(Fixtures.CASE, RulingType.COMMUTATION, "2024-06-01"));
        assertThat(run(model, "2024-10-01", p)).isEmpty();
    }

    @Test
    void aRulingOnTheDayOfFullPaymentIsNoLead() {
        var p = person(judgment().fine(50000).build(), PAID_ON_MAY_1, Fixtures.ruling(Fixtures.CASE, RulingType.PAROLE, "2024-05-01"));
        assertThat(run(model, "2024-10-01", p)).isEmpty();
    }

    @Test
    void aRulingTheDayBeforeFullPaymentIsCommutedWhileUnpaid() {
        var p = person(judgment().fine(50000).build(), PAID_ON_MAY_1, Fixtures.ruling(Fixtures.CASE, RulingType.PAROLE, "2024-04-30"));
        List<Lead> leads = run(model, "2024-10-01", p);
        assertThat(kinds(leads)).containsExactly("COMMUTED_WHILE_UNPAID");
        Lead l = leads.get(0);
        assertThat(l.supervisedAgency()).isEqualTo("法院");
        assertThat(l.supervisedUnit()).isEqualTo("辽宁省丹东市中级人民法院");
        assertThat(l.facts()).containsEntry("ruling_type", "假释").containsEntry("ruling_date", "2024-04-30");
        assertThat(l.summary()).contains("罚金50000元", "裁定假释", "履行能力");
        assertThat(l.legalBasis()).anySatisfy(b -> assertThat(b).contains("财产性判项"));
        assertThat(l.boundary()).isTrue();
    }

    @Test
    void aRulingAfterATerminationIsNoLeadButBeforeItIs() {
        var ended = Fixtures.enforcement("2024-02-01", 50000L, 0L, "2024-05-01", Closure.TERMINATED_THIS_ROUND);
        assertThat(run(model, "2024-10-01", person(judgment().fine(50000).build(), ended,
                Fixtures.ruling(Fixtures.CASE, RulingType.COMMUTATION, "2024-06-01")))).isEmpty();
        assertThat(kinds(run(model, "2024-10-01", person(judgment().fine(50000).build(), ended,
                Fixtures.ruling(Fixtures.CASE, RulingType.COMMUTATION, "2024-04-01"))))).containsExactly("COMMUTED_WHILE_UNPAID");
    }

    @Test
    void aRulingBeforeOrOnTheEffectiveDateIsNoLead() {
        var paidLater = Fixtures.enforcement("2024-02-01", 50000L, 50000L, "2024-03-01", Closure.COMPLETED);
        assertThat(run(model, "2024-10-01", person(judgment().fine(50000).build(), paidLater,
                Fixtures.ruling(Fixtures.CASE, RulingType.COMMUTATION, "2024-01-10")))).isEmpty();
        assertThat(kinds(run(model, "2024-10-01", person(judgment().fine(50000).build(), paidLater,
                Fixtures.ruling(Fixtures.CASE, RulingType.COMMUTATION, "2024-01-11"))))).containsExactly("COMMUTED_WHILE_UNPAID");
    }

    @Test
    void aRulingAfterAsOfIsNotYetKnown() {
        var p = person(judgment().fine(50000).build(), PAID_ON_MAY_1, Fixtures.ruling(Fixtures.CASE, RulingType.COMMUTATION, "2024-04-30"));
        assertThat(run(model, "2024-04-29", p)).isEmpty();
    }

    @Test
    void aCaseClosedAsCompletedButShortIsNotPayment() {
        var p = person(judgment().fine(50000).build(), Fixtures.enforcement("2024-02-01", 50000L, 20000L, "2024-03-01", Closure.COMPLETED),
                Fixtures.ruling(Fixtures.CASE, RulingType.COMMUTATION, "2024-06-01"));
        assertThat(kinds(run(model, "2024-10-01", p))).contains("COMMUTED_WHILE_UNPAID", "CLOSED_NOT_PAID");
    }

    @Test
    void aRulingWithoutACaseNumberCountsForEveryJudgmentOfThePerson() {
        var p = person(judgment().fine(50000).effective("2023-01-10").build(),
                judgment().caseNumber("(2023)辽0682刑初9号").effective("2023-03-01").fine(3000).build(),
                Fixtures.ruling(null, RulingType.COMMUTATION, "2023-06-01"));
        assertThat(run(model, "2023-06-10", p)).filteredOn(l -> l.kindCode().equals("COMMUTED_WHILE_UNPAID"))
                .extracting(Lead::caseNumber).containsExactlyInAnyOrder(Fixtures.CASE, "(2023)辽0682刑初9号");
    }

    @Test
    void aRulingNamingAnotherCaseNeverCounts() {
        var p = person(judgment().fine(50000).build(), PAID_ON_MAY_1,
                Fixtures.ruling("(2020)辽0682刑初9号", RulingType.COMMUTATION, "2024-04-01"));
        assertThat(run(model, "2024-10-01", p)).isEmpty();
    }

    @Test
    void aFinePaidBeforeJudgmentLeavesNothingOutstanding() {
        var p = person(judgment().fine(50000).prepaid(50000).build(), Fixtures.ruling(Fixtures.CASE, RulingType.PAROLE, "2024-04-01"));
        assertThat(run(model, "2024-10-01", p)).isEmpty();
    }

    @Test
    void oneLeadPerRuling() {
        var p = person(judgment().fine(50000).build(), PAID_ON_MAY_1, Fixtures.ruling(Fixtures.CASE, RulingType.COMMUTATION, "2024-03-01"),
                Fixtures.ruling(Fixtures.CASE, RulingType.PAROLE, "2024-04-20"));
        List<Lead> leads = run(model, "2024-10-01", p);
        assertThat(kinds(leads)).containsExactly("COMMUTED_WHILE_UNPAID", "COMMUTED_WHILE_UNPAID");
        assertThat(leads.get(0).leadId()).isNotEqualTo(leads.get(1).leadId());
    }

    @Test
    void aJudgmentWhosePrincipalPenaltyCannotBeDeterminedIsNotTakenAsAnyPenalty() {
        assertThat(run(model, "2024-10-01", person(judgment().penalty(null).months(36).fine(10000).build()))).isEmpty();
    }

    @Test
    void aRoleWithABlankStartIsHeldSinceBeforeAnyDateAndCountsAtTheClosing() {
        var p = person(judgment().fine(50000).build(),
                enforcement("2024-02-01", 50000L, 0L, "2024-05-01", Closure.TERMINATED_THIS_ROUND));
        assertThat(kinds(run(model, "2024-10-01", p, role(RoleType.LEGAL_REPRESENTATIVE, "建材销售", null, null))))
                .containsExactly("TERMINATED_WITH_ASSETS");
        assertThat(run(model, "2024-10-01", p, role(RoleType.LEGAL_REPRESENTATIVE, "建材销售", null, "2024-04-30"))).isEmpty();
    }
}
