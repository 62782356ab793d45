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
}
