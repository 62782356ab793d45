package io.xingzhi.core.supervision;

import static io.xingzhi.core.supervision.Fixtures.judgment;
import static io.xingzhi.core.supervision.Fixtures.kinds;
import static io.xingzhi.core.supervision.Fixtures.person;
import static io.xingzhi.core.supervision.Fixtures.release;
import static io.xingzhi.core.supervision.Fixtures.run;
import static io.xingzhi.core.supervision.Fixtures.supervision;
import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.record.RoleType;
import io.xingzhi.core.supervision.politicalrights.PoliticalRightsModel;
import io.xingzhi.core.value.Months;
import io.xingzhi.core.value.PrincipalPenalty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LAW.md §2. */
class PoliticalRightsModelTest {
    private final PoliticalRightsModel model = new PoliticalRightsModel();
    private static final Months TWO_YEARS = Months.of(24);

    @Test
    void releasedPrisonerWithNoSupervisionIsNotSupervised() {
        // released 2024-01-31 → deprivation 2024-01-31 .. 2026-01-30; grace ends 2024-03-01
        List<Lead> leads = run(model, "2024-06-01", person(judgment().effective("2021-01-10").months(36).dpr(TWO_YEARS).build(),
                release("2024-01-31")));
        assertThat(kinds(leads)).containsExactly("NOT_SUPERVISED");
        assertThat(leads.get(0).facts()).containsEntry("dpr_end", "2026-01-30");
        assertThat(leads.get(0).supervisedAgency()).isEqualTo("公安机关");
    }

    @Test
    void aReleaseOrStayNamingAnotherCaseIsNotTheReleaseThatStartsThisJudgmentsDeprivation() {
        // serving an earlier case's sentence when this one took effect: released from that case 2021-05-31
        // (resettlement) and 2021-06-30 (custody, 刑满释放), both naming it; from this case's prison term on 2023-12-31
        var earlier = new io.xingzhi.core.record.Release(Fixtures.ref(io.xingzhi.core.record.Dataset.RESETTLEMENT), Fixtures.who(),
                Fixtures.d("2021-05-31"), io.xingzhi.core.record.ReleaseType.SENTENCE_SERVED, "辽宁省某监狱",
                java.util.Optional.of(io.xingzhi.core.value.CaseNumber.parse("(2019)辽0682刑初62号").value()), java.util.Map.of());
        var earlierStay = Fixtures.stay("（2019）辽0682刑初62号", "2019-05-01", null, "2021-06-30",
                io.xingzhi.core.record.LeaveReason.SENTENCE_SERVED);
        var own = new io.xingzhi.core.record.Release(Fixtures.ref(io.xingzhi.core.record.Dataset.RESETTLEMENT), Fixtures.who(),
                Fixtures.d("2023-12-31"), io.xingzhi.core.record.ReleaseType.SENTENCE_SERVED, "辽宁省某监狱",
                java.util.Optional.of(io.xingzhi.core.value.CaseNumber.parse("〔2024〕辽0682刑初1号").value()), java.util.Map.of());
        var p = person(judgment().effective("2021-03-01").start("2021-01-01").months(36).dpr(TWO_YEARS).build(), earlier,
                earlierStay, own);
        List<Lead> leads = run(model, "2024-10-01", p);
        assertThat(kinds(leads)).containsExactly("NOT_SUPERVISED");
        assertThat(leads.get(0).facts()).containsEntry("dpr_start", "2023-12-31").containsEntry("dpr_end", "2025-12-30");
        // a release naming no case may be this judgment's: it still starts the deprivation
        List<Lead> unnamed = run(model, "2024-10-01", person(judgment().effective("2021-03-01").start("2021-01-01").months(36)
                .dpr(TWO_YEARS).build(), release("2023-12-31")));
        assertThat(unnamed.get(0).facts()).containsEntry("dpr_start", "2023-12-31");
    }

    @Test
    void withinTheRegistrationGraceThereIsNoLead() {
        var p = person(judgment().effective("2021-01-10").months(36).dpr(TWO_YEARS).build(), release("2024-01-31"));
        assertThat(run(model, "2024-02-29", p)).isEmpty(); // start + 30 days = 2024-03-01 > as-of
    }

    @Test
    void theLastDayOfTheGraceStartsTheRunningPeriod() {
        var p = person(judgment().effective("2021-01-10").months(36).dpr(TWO_YEARS).build(), release("2024-01-31"));
        List<Lead> leads = run(model, "2024-03-01", p);
        assertThat(kinds(leads)).containsExactly("NOT_SUPERVISED");
        assertThat(leads.get(0).boundary()).isTrue();
    }

    @Test
    void supervisionEndedBeforeTheDeprivationIsEndedEarly() {
        var p = person(judgment().effective("2021-01-10").months(36).dpr(TWO_YEARS).build(), release("2024-01-31"),
                supervision("2024-02-05", "2024-08-01"));
        assertThat(kinds(run(model, "2024-10-01", p))).containsExactly("SUPERVISION_ENDED_EARLY");
    }

    @Test
    void supervisionCoveringAsOfIsLawful() {
        var p = person(judgment().effective("2021-01-10").months(36).dpr(TWO_YEARS).build(), release("2024-01-31"),
                supervision("2024-02-05", null));
        assertThat(run(model, "2024-10-01", p)).isEmpty();
    }

    @Test
    void supervisionStillRunningLongAfterTheEndIsNotRestored() {
        // suspended sentence: from effective 2021-03-01 for 2 years → ends 2023-02-28; grace to 2023-03-30
        var p = person(judgment().effective("2021-03-01").months(24).probation(36).dpr(TWO_YEARS).build(),
                supervision("2021-03-05", null));
        List<Lead> leads = run(model, "2024-10-01", p);
        assertThat(kinds(leads)).containsExactly("NOT_RESTORED");
    }

    @Test
    void noReleaseRecordedEstimatesTheStartFromTheTermEnd() {
        // term 2021-01-10 .. 2023-01-09 (24 months from effective) → deprivation from 2023-01-10, estimated
        List<Lead> leads = run(model, "2024-06-01", person(judgment().effective("2021-01-10").months(24).dpr(TWO_YEARS).build()));
        assertThat(kinds(leads)).containsExactly("NOT_SUPERVISED");
        assertThat(leads.get(0).estimated()).isTrue();
        assertThat(leads.get(0).facts()).containsEntry("dpr_start", "2023-01-10");
    }

    @Test
    void prisonerStillServingHasNoDeprivationYet() {
        assertThat(run(model, "2024-06-01", person(judgment().effective("2023-01-10").months(60).dpr(TWO_YEARS).build()))).isEmpty();
    }

    @Test
    void deprivationAloneStartsOnTheEffectiveDate() {
        var p = person(judgment().penalty(PrincipalPenalty.SUPPLEMENTARY_ONLY).effective("2024-03-01").dpr(Months.of(12)).build());
        assertThat(kinds(run(model, "2024-06-01", p))).containsExactly("NOT_SUPERVISED");
    }

    @Test
    void aJudgmentWhosePenaltyCannotBeDeterminedIsNeverTakenAsSupplementaryOnly() {
        // taken as 单处, the deprivation would start on the effective date and be unsupervised
        var p = person(judgment().penalty(null).effective("2024-03-01").dpr(Months.of(12)).build());
        assertThat(run(model, "2024-06-01", p)).isEmpty();
    }

    @Test
    void aPoliceRecordStartingAfterAsOfIsNotSupervisionYet() {
        // released 2024-01-31; the only record starts after as-of: not 脱管 "ended on as-of", but 漏管
        var p = person(judgment().effective("2021-01-10").months(36).dpr(TWO_YEARS).build(), release("2024-01-31"),
                supervision("2024-10-15", null));
        List<Lead> leads = run(model, "2024-10-01", p);
        assertThat(kinds(leads)).containsExactly("NOT_SUPERVISED");
        assertThat(leads.get(0).evidence()).noneMatch(e -> e.ref().dataset() == io.xingzhi.core.record.Dataset.DPR_SUPERVISION);
    }

    @Test
    void aRecordThatEndedBeforeAsOfBesideOneStartingAfterItIsEndedEarlyOnItsOwnEndDate() {
        var p = person(judgment().effective("2021-01-10").months(36).dpr(TWO_YEARS).build(), release("2024-01-31"),
                supervision("2024-02-05", "2024-08-01"), supervision("2024-10-15", null));
        List<Lead> leads = run(model, "2024-10-01", p);
        assertThat(kinds(leads)).containsExactly("SUPERVISION_ENDED_EARLY");
        assertThat(leads.get(0).facts()).containsEntry("supervision_ended_on", "2024-08-01");
        assertThat(leads.get(0).evidence()).hasSize(3); // judgment, release, the record that ended
    }

    @Test
    void lifeDeprivationNeverEnds() {
        var p = person(judgment().penalty(PrincipalPenalty.LIFE).effective("2000-03-01").dpr(Months.ofLife()).build(),
                release("2020-05-01"), supervision("2020-05-10", "2022-05-01"));
        List<Lead> leads = run(model, "2024-06-01", p);
        assertThat(kinds(leads)).containsExactly("SUPERVISION_ENDED_EARLY");
        assertThat(leads.get(0).facts()).containsEntry("dpr_end", "终身");
    }

    @Test
    void aDeprivationWithALifeSentenceNeverEndsEvenWhenAMonthCountIsGiven() {
        var p = person(judgment().penalty(PrincipalPenalty.DEATH_SUSPENDED).effective("2000-03-01").dpr(Months.of(24)).build(),
                release("2020-05-01"), supervision("2020-05-10", null));
        assertThat(run(model, "2030-06-01", p)).isEmpty(); // still supervised years later: lawful, not NOT_RESTORED
    }

    // PERIOD_MISRECORDED (执行期间登记错误): released 2024-01-31, two years → legal period 2024-01-31 .. 2026-01-30

    private List<Lead> recorded(String start, String end, Parameters params) {
        var p = person(judgment().effective("2021-01-10").months(36).dpr(TWO_YEARS).build(), release("2024-01-31"),
                supervision(start, end));
        return run(model, "2024-10-01", params, p);
    }

    private List<Lead> recorded(String start, String end) {
        return recorded(start, end, Parameters.defaults());
    }

    @Test
    void theLegalPeriodRecordedExactlyIsNoLead() {
        assertThat(recorded("2024-01-31", "2026-01-30")).isEmpty();
    }

    @Test
    void aStartOneDayBeforeTheReleaseIsWithinTheTolerance() {
        assertThat(recorded("2024-01-30", "2026-01-30")).isEmpty();
    }

    @Test
    void aStartTwoDaysBeforeTheReleaseIsMisrecorded() {
        List<Lead> leads = recorded("2024-01-29", "2026-01-30");
        assertThat(kinds(leads)).containsExactly("PERIOD_MISRECORDED");
        Lead l = leads.get(0);
        assertThat(l.facts()).containsEntry("recorded_start", "2024-01-29").containsEntry("dpr_start", "2024-01-31");
        assertThat(l.summary()).contains("早于法定起始日2日");
        assertThat(l.supervisedAgency()).isEqualTo("公安机关");
        assertThat(l.supervisedUnit()).isEqualTo("草河派出所");
        assertThat(l.boundary()).isTrue();
    }

    @Test
    void policeCountingFromTheJudgmentInsteadOfTheReleaseIsMisrecorded() {
        assertThat(kinds(recorded("2021-01-10", null))).containsExactly("PERIOD_MISRECORDED");
    }

    @Test
    void aStartAfterTheReleaseIsThePoliceTakingOverNotAnError() {
        assertThat(recorded("2024-02-20", "2026-01-30")).isEmpty();
    }

    @Test
    void anEndOneDayOffIsWithinTheToleranceTwoDaysOffIsMisrecorded() {
        assertThat(recorded("2024-01-31", "2026-01-31")).isEmpty();
        assertThat(recorded("2024-01-31", "2026-01-29")).isEmpty();
        assertThat(kinds(recorded("2024-01-31", "2026-02-01"))).containsExactly("PERIOD_MISRECORDED");
        assertThat(kinds(recorded("2024-01-31", "2026-01-28"))).containsExactly("PERIOD_MISRECORDED");
    }

    @Test
    void aBlankEndIsNeverAnErrorHere() {
        assertThat(recorded("2024-01-31", null)).isEmpty();
    }

    @Test
    void thePeriodToleranceIsConfigurable() {
        assertThat(recorded("2024-01-29", "2026-02-01", Parameters.defaults().withPeriodToleranceDays(2))).isEmpty();
        assertThat(kinds(recorded("2024-01-30", "2026-01-30", Parameters.defaults().withPeriodToleranceDays(0))))
                .containsExactly("PERIOD_MISRECORDED");
    }

    @Test
    void theLatestRecordsEndIsTheOneCompared() {
        var p = person(judgment().effective("2021-01-10").months(36).dpr(TWO_YEARS).build(), release("2024-01-31"),
                supervision("2024-01-31", "2024-06-30"), supervision("2024-07-01", "2026-01-30"));
        assertThat(run(model, "2024-10-01", p)).isEmpty();
    }

    @Test
    void aLifeDeprivationRecordedWithAnEndIsMisrecorded() {
        var judgment = judgment().penalty(PrincipalPenalty.LIFE).effective("2000-03-01").dpr(Months.ofLife()).build();
        assertThat(run(model, "2024-06-01", person(judgment, release("2020-05-01"), supervision("2020-05-01", null)))).isEmpty();
        List<Lead> leads = run(model, "2024-06-01", person(judgment, release("2020-05-01"), supervision("2020-05-01", "2030-05-01")));
        assertThat(kinds(leads)).containsExactly("PERIOD_MISRECORDED");
        assertThat(leads.get(0).summary()).contains("终身");
    }

    @Test
    void notWhenTheStartIsEstimated() {
        // no release recorded: the start (2023-01-10) is estimated from the term end
        var p = person(judgment().effective("2021-01-10").months(24).dpr(TWO_YEARS).build(), supervision("2022-12-01", null));
        assertThat(run(model, "2024-06-01", p)).isEmpty();
    }

    @Test
    void notBesideASupervisionEndedEarlyLead() {
        assertThat(kinds(recorded("2024-01-20", "2024-08-01"))).containsExactly("SUPERVISION_ENDED_EARLY");
    }

    @Test
    void aRecordStartingAfterAsOfIsNotComparedWithThePeriod() {
        var p = person(judgment().effective("2021-01-10").months(36).dpr(TWO_YEARS).build(), release("2024-01-31"),
                supervision("2024-01-31", "2026-01-30"), supervision("2024-11-01", "2030-01-01"));
        assertThat(run(model, "2024-10-01", p)).isEmpty();
    }

    @Test
    void aDeprivationAlreadyOverWithAWrongEndIsMisrecorded() {
        // suspended sentence effective 2021-03-01, two years → 2023-02-28; the police recorded 2023-03-31
        var p = person(judgment().effective("2021-03-01").months(24).probation(36).dpr(TWO_YEARS).build(),
                supervision("2021-03-01", "2023-03-31"));
        assertThat(kinds(run(model, "2024-10-01", p))).containsExactly("PERIOD_MISRECORDED");
    }

    // BARRED_ROLE (任职资格违法): 有期徒刑 from 2012-07-30, released 2017-07-21, two years → deprivation to
    // 2019-07-20, barred from company offices to 2024-07-20 (five years by the period rule)

    private static final String COMPANY = "凤城市长青科技有限公司";

    private List<Lead> office(RoleType role, String enterprise, String start, String end, String asOf) {
        var p = person(judgment().effective("2012-11-21").start("2012-07-30").months(60).dpr(TWO_YEARS).build(),
                release("2017-07-21"));
        return run(model, asOf, p, Fixtures.role(enterprise, role, start, end));
    }

    @Test
    void aSupervisorAppointedOnTheLastDayOfTheFiveYearsIsBarred() {
        List<Lead> leads = office(RoleType.SUPERVISOR, COMPANY, "2024-07-20", null, "2024-10-01");
        assertThat(kinds(leads)).containsExactly("BARRED_ROLE");
        Lead l = leads.get(0);
        assertThat(l.supervisedAgency()).isEqualTo("市场监督管理局");
        assertThat(l.suggestedDocument()).isEqualTo(io.xingzhi.core.lead.DocumentType.RECOMMENDATION);
        assertThat(l.legalBasis()).contains("中华人民共和国公司法第178条第1款第（二）项");
        assertThat(l.facts()).containsEntry("barred_until", "2024-07-20").containsEntry("role", "监事");
        assertThat(l.boundary()).isTrue();
        assertThat(l.evidence()).extracting(e -> e.ref().dataset())
                .contains(io.xingzhi.core.record.Dataset.BUSINESS_REGISTRATIONS);
    }

    @Test
    void anOfficeTakenTheDayAfterTheFiveYearsIsLawful() {
        assertThat(office(RoleType.SUPERVISOR, COMPANY, "2024-07-21", null, "2024-10-01")).isEmpty();
    }

    @Test
    void everyCompanyOfficeCountsButAShareDoesNot() {
        for (RoleType r : new RoleType[] {RoleType.LEGAL_REPRESENTATIVE, RoleType.DIRECTOR, RoleType.SUPERVISOR, RoleType.MANAGER}) {
            assertThat(kinds(office(r, COMPANY, "2018-01-01", null, "2024-10-01"))).as(r.label()).containsExactly("BARRED_ROLE");
        }
        assertThat(office(RoleType.SHAREHOLDER, COMPANY, "2018-01-01", null, "2024-10-01")).isEmpty();
        assertThat(office(RoleType.INVESTOR, COMPANY, "2018-01-01", null, "2024-10-01")).isEmpty();
    }

    @Test
    void anEnterpriseThatIsNotACompanyIsOutsideTheCompanyLaw() {
        assertThat(office(RoleType.LEGAL_REPRESENTATIVE, "凤城市金谷建材经销部", "2018-01-01", null, "2024-10-01")).isEmpty();
    }

    @Test
    void anOfficeHeldBeforeTheJudgmentAndKeptAfterItIsBarred() {
        List<Lead> leads = office(RoleType.DIRECTOR, COMPANY, "2010-05-01", null, "2024-10-01");
        assertThat(kinds(leads)).containsExactly("BARRED_ROLE");
        assertThat(leads.get(0).summary()).contains("判决生效后继续担任");
    }

    @Test
    void anOfficeLeftBeforeTheJudgmentTookEffectIsNoLead() {
        assertThat(office(RoleType.DIRECTOR, COMPANY, "2010-05-01", "2012-11-20", "2024-10-01")).isEmpty();
        assertThat(kinds(office(RoleType.DIRECTOR, COMPANY, "2010-05-01", "2012-11-21", "2024-10-01"))).containsExactly("BARRED_ROLE");
    }

    @Test
    void anOfficeStartingAfterAsOfIsNotYetHeld() {
        assertThat(office(RoleType.MANAGER, COMPANY, "2024-06-01", null, "2024-05-31")).isEmpty();
    }

    @Test
    void whileStillServingTheFiveYearsCountFromTheTermEnd() {
        // 10 years from 2022-12-03 → 2032-12-02; deprivation 3 years from 2032-12-03; the office is held now
        var p = person(judgment().effective("2023-06-21").start("2022-12-03").months(120).dpr(Months.of(36)).build());
        List<Lead> leads = run(model, "2024-10-01", p, Fixtures.role(COMPANY, RoleType.MANAGER, "2019-08-06", null));
        assertThat(kinds(leads)).containsExactly("BARRED_ROLE");
        assertThat(leads.get(0).facts()).containsEntry("barred_until", "2040-12-02");
        assertThat(leads.get(0).estimated()).isFalse();
    }

    @Test
    void aLifeDeprivationBarsForLife() {
        var p = person(judgment().penalty(PrincipalPenalty.DEATH_SUSPENDED).effective("2023-08-29").dpr(Months.ofLife()).build());
        List<Lead> leads = run(model, "2040-01-01", p, Fixtures.role(COMPANY, RoleType.DIRECTOR, "2039-01-01", null));
        assertThat(kinds(leads)).containsExactly("BARRED_ROLE");
        assertThat(leads.get(0).facts()).containsEntry("barred_until", "终身");
    }

    @Test
    void aJudgmentWhosePenaltyCannotBeDeterminedBarsNobody() {
        var p = person(judgment().penalty(null).effective("2023-08-29").dpr(TWO_YEARS).build());
        assertThat(run(model, "2024-10-01", p, Fixtures.role(COMPANY, RoleType.DIRECTOR, "2024-01-01", null))).isEmpty();
    }

    @Test
    void twoOfficesInOneCompanyAreOneLead() {
        var p = person(judgment().effective("2012-11-21").start("2012-07-30").months(60).dpr(TWO_YEARS).build(),
                release("2017-07-21"));
        List<Lead> leads = run(model, "2024-10-01", p, Fixtures.role(COMPANY, RoleType.DIRECTOR, "2018-01-01", null),
                Fixtures.role(COMPANY, RoleType.MANAGER, "2018-01-01", null));
        assertThat(leads).extracting(Lead::leadId).containsOnly(leads.get(0).leadId());
    }
}
