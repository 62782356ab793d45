package io.xingzhi.core.supervision;

import static io.xingzhi.core.supervision.Fixtures.activity;
import static io.xingzhi.core.supervision.Fixtures.correction;
import static io.xingzhi.core.supervision.Fixtures.judgment;
import static io.xingzhi.core.supervision.Fixtures.kinds;
import static io.xingzhi.core.supervision.Fixtures.person;
import static io.xingzhi.core.supervision.Fixtures.reported;
import static io.xingzhi.core.supervision.Fixtures.role;
import static io.xingzhi.core.supervision.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.record.RoleType;
import io.xingzhi.core.supervision.prohibition.ProhibitionOrderModel;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LAW.md §3: suspended sentence effective 2024-01-10, probation 24 months → 2024-01-10 .. 2026-01-09. */
class ProhibitionOrderModelTest {
    private final ProhibitionOrderModel model = new ProhibitionOrderModel();
    private static final String BARS = "禁止进入夜总会、酒吧、网吧等娱乐场所";

    private Fixtures.J suspended() {
        return judgment().months(12).probation(24);
    }

    @Test
    void noCorrectionRecordAfterReportLimitAndGraceIsMissing() {
        // 2024-01-10 + 10 + 20 days = 2024-02-09
        assertThat(kinds(run(model, "2024-02-10", person(suspended().build())))).containsExactly("CORRECTION_MISSING");
    }

    @Test
    void onTheLastDayOfTheGraceThereIsNoLead() {
        assertThat(run(model, "2024-02-09", person(suspended().build()))).isEmpty();
    }

    @Test
    void aCorrectionRecordStartedBeforeTheJudgmentWithinThirtyDaysCounts() {
        assertThat(run(model, "2024-10-01", person(suspended().build(), correction("2023-12-15", null)))).isEmpty();
    }

    @Test
    void publicSurveillanceIsCoveredToo() {
        var j = judgment().penalty(PrincipalPenalty.PUBLIC_SURVEILLANCE).months(12).build();
        assertThat(kinds(run(model, "2024-10-01", person(j)))).containsExactly("CORRECTION_MISSING");
    }

    @Test
    void orderMissingFromTheCorrectionRecordIsNotRecorded() {
        List<Lead> leads = run(model, "2024-10-01", person(suspended().order(BARS).build(), correction("2024-01-15", null)));
        assertThat(kinds(leads)).containsExactly("ORDER_NOT_RECORDED");
    }

    @Test
    void enteringABarInsideThePeriodViolatesTheOrder() {
        var p = person(suspended().order(BARS).build(), correction("2024-01-15", BARS));
        List<Lead> leads = run(model, "2024-10-01", p, activity("2024-05-01", "酒吧", "蓝调酒吧"));
        assertThat(kinds(leads)).containsExactly("ORDER_VIOLATED");
        assertThat(leads.get(0).facts()).containsEntry("keyword", "酒吧");
        assertThat(leads.get(0).evidence()).hasSize(2);
    }

    @Test
    void enteringASupermarketIsNoViolation() {
        var p = person(suspended().order(BARS).build(), correction("2024-01-15", BARS));
        assertThat(run(model, "2024-10-01", p, activity("2024-05-01", "超市", "大润发超市"))).isEmpty();
    }

    @Test
    void enteringABarAfterTheOrderPeriodIsNoViolation() {
        var p = person(suspended().order(BARS).orderMonths(6).build(), correction("2024-01-15", BARS));
        // 6 months from 2024-01-10 → 2024-07-09
        assertThat(run(model, "2024-10-01", p, activity("2024-07-10", "酒吧", "蓝调酒吧"))).isEmpty();
        assertThat(kinds(run(model, "2024-10-01", p, activity("2024-07-09", "酒吧", "蓝调酒吧")))).containsExactly("ORDER_VIOLATED");
    }

    @Test
    void aRoleInAFoodBusinessOverlappingThePeriodViolatesAFoodOrder() {
        String food = "禁止从事食品生产、销售及相关经营活动";
        var p = person(suspended().order(food).build(), correction("2024-01-15", food));
        assertThat(kinds(run(model, "2024-10-01", p, role(RoleType.SHAREHOLDER, "食品销售", "2020-01-01", null))))
                .containsExactly("ORDER_VIOLATED");
        assertThat(run(model, "2024-10-01", p, role(RoleType.SHAREHOLDER, "建材销售", "2020-01-01", null))).isEmpty();
    }

    @Test
    void anOrderWatchActsOnAnActivityOnlyOnItsDaysWhichEndAtTheAsOfDate() {
        // the engine leaves activities outside a watch's days unbuilt: a day it would act on must be in them
        var p = person(suspended().order(BARS).orderMonths(6).build(), correction("2024-01-15", BARS));
        for (String asOf : List.of("2024-10-01", "2024-05-01")) {
            Range<LocalDate> days = model.watch(p, new ModelContext(LocalDate.parse(asOf), Parameters.defaults()))
                    .orElseThrow().activityDays();
            LocalDate last = asOf.equals("2024-10-01") ? LocalDate.parse("2024-07-09") : LocalDate.parse(asOf);
            assertThat(days).isEqualTo(Range.closed(LocalDate.parse("2024-01-10"), last));
            for (LocalDate d = LocalDate.parse("2024-01-01"); d.isBefore(LocalDate.parse("2024-07-20")); d = d.plusDays(1)) {
                boolean acted = kinds(run(model, asOf, p, activity(d.toString(), "酒吧", "蓝调酒吧"))).contains("ORDER_VIOLATED");
                assertThat(acted).as("%s, as of %s", d, asOf).isEqualTo(days.contains(d));
            }
        }
        String founding = "禁止设立公司、企业";
        var founder = person(suspended().order(founding).build(), correction("2024-01-15", founding));
        assertThat(model.watch(founder, new ModelContext(LocalDate.parse("2024-10-01"), Parameters.defaults()))
                .orElseThrow().activityDays().isEmpty()).as("an order only against founding looks at no activity").isTrue();
    }

    @Test
    void onlyARoleBegunInsideThePeriodBreaksAnOrderAgainstFounding() {
        String founding = "禁止设立公司、企业";
        var p = person(suspended().order(founding).build(), correction("2024-01-15", founding));
        assertThat(run(model, "2024-10-01", p, role(RoleType.LEGAL_REPRESENTATIVE, "建材销售", "2023-06-01", null))).isEmpty();
        assertThat(kinds(run(model, "2024-10-01", p, role(RoleType.LEGAL_REPRESENTATIVE, "建材销售", "2024-06-01", null))))
                .containsExactly("ORDER_VIOLATED");
        assertThat(run(model, "2024-10-01", p, role(RoleType.SUPERVISOR, "建材销售", "2024-06-01", null))).isEmpty();
    }

    @Test
    void aUserKeywordGroupIsConfigurationNotCode() {
        String order = "禁止进入大型群众性活动场所";
        Parameters params = Parameters.defaults().withKeywordGroups(List.of(new KeywordGroup("群众性活动",
                List.of("群众性活动"), List.of("演唱会", "体育场"), false)));
        var p = person(suspended().order(order).build(), correction("2024-01-15", order));
        assertThat(kinds(run(model, "2024-10-01", params, p, activity("2024-05-01", "体育场", "市体育场"))))
                .containsExactly("ORDER_VIOLATED");
    }

    @Test
    void anyCorrectionRecordOfThePersonStartedInTimeCountsAgainstMissing() {
        var other = new io.xingzhi.core.record.CorrectionTerm(Fixtures.ref(io.xingzhi.core.record.Dataset.CORRECTIONS), Fixtures.who(),
                java.util.Optional.empty(), java.util.Optional.of(io.xingzhi.core.value.CaseNumber.parse("(2024)辽0682刑初777号").value()),
                Fixtures.d("2024-01-20"), java.util.Optional.empty(), "草河司法所", java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Map.of());
        assertThat(run(model, "2024-10-01", person(suspended().build(), other))).isEmpty();
    }

    @Test
    void theCourtsOrderPeriodWinsOverTheOrderDatesInTheCorrectionRecord() {
        // court: 6 months from 2024-01-10 → 2024-07-09; the agency recorded only to 2024-03-31
        var p = person(suspended().order(BARS).orderMonths(6).build(), correction("2024-01-15", BARS, "2024-01-10", "2024-03-31"));
        assertThat(kinds(run(model, "2024-10-01", p, activity("2024-05-01", "酒吧", "蓝调酒吧")))).containsExactly("ORDER_VIOLATED");
        // and an agency period longer than the court's does not extend it
        var longer = person(suspended().order(BARS).orderMonths(6).build(), correction("2024-01-15", BARS, "2024-01-10", "2025-01-09"));
        assertThat(run(model, "2024-10-01", longer, activity("2024-07-10", "酒吧", "蓝调酒吧"))).isEmpty();
    }

    @Test
    void withoutOrderMonthsThePeriodIsTheWholeProbation() {
        // probation 24 months from 2024-01-10 → 2026-01-09
        var p = person(suspended().order(BARS).build(), correction("2024-01-15", BARS, "2024-01-10", "2024-03-31"));
        assertThat(kinds(run(model, "2025-10-01", p, activity("2025-06-01", "网吧", "星际网吧")))).containsExactly("ORDER_VIOLATED");
    }

    @Test
    void aSurveillanceOrderRunsToTheEndOfTheTermTheJudgmentGives() {
        // 管制 six months, the court's own term 2024-01-10 .. 2024-06-20 (custody credited): not .. 2024-07-09
        var j = judgment().penalty(PrincipalPenalty.PUBLIC_SURVEILLANCE).months(6).start("2024-01-10").end("2024-06-20")
                .order(BARS).build();
        var p = person(j, correction("2024-01-10", BARS));
        assertThat(run(model, "2024-12-01", p, activity("2024-07-01", "网吧", "星际网吧"))).as("after the term").isEmpty();
        List<Lead> last = run(model, "2024-12-01", p, activity("2024-06-20", "网吧", "星际网吧"));
        assertThat(kinds(last)).containsExactly("ORDER_VIOLATED");
        assertThat(last.get(0).facts()).containsEntry("order_to", "2024-06-20");
        assertThat(last.get(0).boundary()).as("an end the judgment gives is no computed boundary").isFalse();
    }

    @Test
    void aSurveillanceOrderForTheWholeTermEndsWhereTheTextStatesTheTerm() {
        var parsed = io.xingzhi.core.value.SentenceText.parse("判处管制六个月（刑期自2024年1月10日起至2024年6月20日止）。"
                + "禁止被告人在管制执行期间进入夜总会、酒吧、网吧等娱乐场所").value();
        var j = judgment().penalty(PrincipalPenalty.PUBLIC_SURVEILLANCE).months(6).start("2024-01-10").end("2024-06-20")
                .order(parsed.prohibitionOrder().orElseThrow());
        parsed.prohibitionTerm().ifPresent(m -> j.orderMonths(m.totalMonths()));
        var p = person(j.build(), correction("2024-01-10", BARS));
        assertThat(run(model, "2024-12-01", p, activity("2024-07-01", "网吧", "星际网吧"))).isEmpty();
    }

    @Test
    void aSurveillanceGivenOnlyByItsDatesIsWatchedForItsWholeTerm() {
        var j = judgment().penalty(PrincipalPenalty.PUBLIC_SURVEILLANCE).start("2024-01-10").end("2024-06-20").order(BARS).build();
        var p = person(j, correction("2024-01-10", BARS));
        assertThat(kinds(run(model, "2024-12-01", p, activity("2024-05-01", "网吧", "星际网吧")))).containsExactly("ORDER_VIOLATED");
    }

    @Test
    void aViolationNearAComputedEndOfTheOrderIsABoundaryLead() {
        // 6 months from 2024-01-10 → 2024-07-09, computed by the sentence rule
        var p = person(suspended().order(BARS).orderMonths(6).build(), correction("2024-01-15", BARS));
        assertThat(run(model, "2024-10-01", p, activity("2024-07-08", "酒吧", "蓝调酒吧")).get(0).boundary()).isTrue();
        assertThat(run(model, "2024-10-01", p, activity("2024-07-06", "酒吧", "蓝调酒吧")).get(0).boundary()).isFalse();
    }

    @Test
    void anOrderWhosePeriodCannotBeFoundIsToldNotSilentlyLeftUnwatched() {
        var j = judgment().penalty(PrincipalPenalty.PUBLIC_SURVEILLANCE).order(BARS).build(); // no term, no dates, no months
        List<String> unmatched = new java.util.ArrayList<>();
        run(model, "2024-12-01", Parameters.defaults(), person(j, correction("2024-01-10", BARS)), unmatched,
                activity("2024-05-01", "网吧", "星际网吧"));
        assertThat(unmatched).singleElement().asString().contains("禁止令期间无法确定");
    }

    @Test
    void anOrderOnlyInTheCorrectionRecordIsNotTheCourtsOrder() {
        var p = person(suspended().build(), correction("2024-01-15", BARS));
        assertThat(run(model, "2024-10-01", p, activity("2024-05-01", "酒吧", "蓝调酒吧"))).isEmpty();
    }

    // LATE_REPORT (报到超期): effective 2024-01-10 → report by 2024-01-20 (社区矫正法第21条), late-report grace 0 days

    @Test
    void reportingOnDayTenAfterEffectIsOnTime() {
        assertThat(run(model, "2024-10-01", person(suspended().build(), reported(Fixtures.CASE, "2024-01-20", "2024-01-20")))).isEmpty();
    }

    @Test
    void reportingOnDayElevenAfterEffectIsLate() {
        List<Lead> leads = run(model, "2024-10-01", person(suspended().build(), reported(Fixtures.CASE, "2024-01-21", "2024-01-21")));
        assertThat(kinds(leads)).containsExactly("LATE_REPORT");
        Lead l = leads.get(0);
        assertThat(l.dueOn()).contains(java.time.LocalDate.parse("2024-01-20"));
        assertThat(l.facts()).containsEntry("reported_on", "2024-01-21").containsEntry("days_late", "1");
        assertThat(l.supervisedAgency()).isEqualTo("司法局");
        assertThat(l.supervisedUnit()).isEqualTo("草河司法所");
        assertThat(l.legalBasis()).contains("社区矫正法第21条");
        assertThat(l.boundary()).isTrue();
    }

    @Test
    void theLateReportGraceIsConfigurable() {
        Parameters grace = Parameters.defaults().withLateReportGraceDays(5);
        assertThat(run(model, "2024-10-01", grace, person(suspended().build(), reported(null, "2024-01-25", "2024-01-25")))).isEmpty();
        assertThat(kinds(run(model, "2024-10-01", grace, person(suspended().build(), reported(null, "2024-01-26", "2024-01-26")))))
                .containsExactly("LATE_REPORT");
    }

    @Test
    void publicSurveillanceReportsWithinTenDaysToo() {
        var j = judgment().penalty(PrincipalPenalty.PUBLIC_SURVEILLANCE).months(12).build();
        assertThat(kinds(run(model, "2024-10-01", person(j, reported(null, "2024-02-01", "2024-02-01"))))).containsExactly("LATE_REPORT");
    }

    @Test
    void withoutAReportDateThereIsNoLead() {
        assertThat(run(model, "2024-10-01", person(suspended().build(), reported(Fixtures.CASE, "2024-03-01", null)))).isEmpty();
    }

    @Test
    void withSeveralRecordsTheEarliestReportCounts() {
        var p = person(suspended().build(), reported(Fixtures.CASE, "2024-03-01", "2024-03-01"),
                reported(Fixtures.CASE, "2024-01-18", "2024-01-18"));
        assertThat(run(model, "2024-10-01", p)).isEmpty();
    }

    @Test
    void aRecordForAnotherCaseIsNotThisJudgmentsReport() {
        var p = person(suspended().build(), reported("(2024)辽0682刑初777号", "2024-03-01", "2024-03-01"));
        assertThat(run(model, "2024-10-01", p)).isEmpty();
    }

    @Test
    void aRecordStartedLongBeforeTheJudgmentIsNotItsReport() {
        var p = person(suspended().build(), reported(null, "2023-11-01", "2023-11-01"));
        assertThat(kinds(run(model, "2024-10-01", p))).containsExactly("CORRECTION_MISSING");
    }

    /** Two suspended sentences of one person in force at once, each with its order (LAW.md: each judgment on its own). */
    private static final String SECOND_CASE = "(2024)辽0603刑初7号";

    private Fixtures.J secondSuspended(String order) {
        return judgment().caseNumber(SECOND_CASE).effective("2024-03-01").months(6).probation(12).order(order);
    }

    @Test
    void aVisitInsideTheOrdersOfTwoJudgmentsBreaksEachOrder() {
        var p = person(suspended().order(BARS).build(), secondSuspended("禁止进入网吧").build(),
                reported(Fixtures.CASE, "2024-01-15", "2024-01-15"), reported(SECOND_CASE, "2024-03-02", "2024-03-02"));
        List<Lead> leads = run(model, "2024-10-01", p, activity("2024-05-01", "网吧", "星际网吧")).stream()
                .filter(l -> l.kindCode().equals("ORDER_VIOLATED")).toList();
        assertThat(leads).extracting(Lead::caseNumber).containsExactlyInAnyOrder(Fixtures.CASE, SECOND_CASE);
        // outside the second order (2024-03-01 .. 2025-02-28) only the first one's
        List<Lead> later = run(model, "2025-06-01", p, activity("2025-03-01", "网吧", "星际网吧")).stream()
                .filter(l -> l.kindCode().equals("ORDER_VIOLATED")).toList();
        assertThat(later).extracting(Lead::caseNumber).containsExactly(Fixtures.CASE);
    }

    @Test
    void aCompanyFoundedInsideTheFoundingOrdersOfTwoJudgmentsBreaksEachOrder() {
        String founding = "禁止设立公司、企业";
        var p = person(suspended().order(founding).build(), secondSuspended(founding).build(),
                reported(Fixtures.CASE, "2024-01-15", "2024-01-15"), reported(SECOND_CASE, "2024-03-02", "2024-03-02"));
        List<Lead> leads = run(model, "2024-10-01", p, role(RoleType.LEGAL_REPRESENTATIVE, "建材销售", "2024-06-01", null)).stream()
                .filter(l -> l.kindCode().equals("ORDER_VIOLATED")).toList();
        assertThat(leads).extracting(Lead::caseNumber).containsExactlyInAnyOrder(Fixtures.CASE, SECOND_CASE);
    }

    @Test
    void aFoodBusinessDuringTheFoodOrdersOfTwoJudgmentsBreaksEachOrder() {
        String food = "禁止从事食品生产、销售及相关经营活动";
        var p = person(suspended().order(food).build(), secondSuspended(food).build(),
                reported(Fixtures.CASE, "2024-01-15", "2024-01-15"), reported(SECOND_CASE, "2024-03-02", "2024-03-02"));
        List<Lead> leads = run(model, "2024-10-01", p, role(RoleType.SHAREHOLDER, "食品销售", "2020-01-01", null)).stream()
                .filter(l -> l.kindCode().equals("ORDER_VIOLATED")).toList();
        assertThat(leads).extracting(Lead::caseNumber).containsExactlyInAnyOrder(Fixtures.CASE, SECOND_CASE);
    }
}
