package io.xingzhi.core.supervision;

import static io.xingzhi.core.supervision.Fixtures.judgment;
import static io.xingzhi.core.supervision.Fixtures.kinds;
import static io.xingzhi.core.supervision.Fixtures.person;
import static io.xingzhi.core.supervision.Fixtures.run;
import static io.xingzhi.core.supervision.Fixtures.stay;
import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.record.LeaveReason;
import io.xingzhi.core.supervision.custody.CustodyTransferModel;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LAW.md §1: notice 2024-01-20, so the 30-day deadline is 2024-02-19. */
class CustodyTransferModelTest {
    private final CustodyTransferModel model = new CustodyTransferModel();

    private List<Lead> leads(Fixtures.J j, String left, LeaveReason reason, String asOf) {
        return run(model, asOf, person(j.build(), stay("2023-10-01", "2024-01-20", left, reason)));
    }

    @Test
    void deliveredOnDay30IsOnTime() {
        assertThat(leads(judgment().months(36), "2024-02-19", LeaveReason.TO_PRISON, "2024-10-01")).isEmpty();
    }

    @Test
    void deliveredOnDay31IsLate() {
        List<Lead> leads = leads(judgment().months(36), "2024-02-20", LeaveReason.TO_PRISON, "2024-10-01");
        assertThat(kinds(leads)).containsExactly("LATE_TRANSFER");
        assertThat(leads.get(0).dueOn()).contains(LocalDate.parse("2024-02-19"));
        assertThat(leads.get(0).boundary()).isTrue();
        assertThat(leads.get(0).legalBasis()).contains("人民检察院刑事诉讼规则第625条第（二）项");
    }

    @Test
    void oneMonthModeCountsToTheSameDayNextMonth() {
        Parameters oneMonth = Parameters.defaults().withDeliveryDeadline(Parameters.DeliveryDeadline.ONE_MONTH);
        // notice 2024-01-20 + one month = 2024-02-20: delivered that day is on time in this mode
        assertThat(run(model, "2024-10-01", oneMonth, person(judgment().months(36).build(),
                stay("2023-10-01", "2024-01-20", "2024-02-20", LeaveReason.TO_PRISON)))).isEmpty();
    }

    @Test
    void stillInCustodyAfterDeadlineIsNotTransferred() {
        List<Lead> leads = leads(judgment().months(36), null, null, "2024-03-01");
        assertThat(kinds(leads)).containsExactly("NOT_TRANSFERRED");
        assertThat(leads.get(0).supervisedAgency()).isEqualTo("看守所");
        assertThat(leads.get(0).estimated()).isFalse();
    }

    @Test
    void stillInCustodyOnTheDeadlineIsNotYetALead() {
        assertThat(leads(judgment().months(36), null, null, "2024-02-19")).isEmpty();
    }

    @Test
    void remainingTermOfExactlyThreeMonthsStaysInTheDetentionCenter() {
        // notice 2024-01-20 + 3 months = 2024-04-20; term ends that day: not "more than three months"
        assertThat(leads(judgment().end("2024-04-20"), null, null, "2024-03-01")).isEmpty();
    }

    @Test
    void remainingTermOfThreeMonthsAndOneDayMustGoToPrison() {
        List<Lead> leads = leads(judgment().end("2024-04-21"), null, null, "2024-03-01");
        assertThat(kinds(leads)).containsExactly("NOT_TRANSFERRED");
        assertThat(leads.get(0).boundary()).isTrue();
    }

    @Test
    void servedWholeTermInDetentionCenterInsteadOfPrisonIsNotTransferred() {
        List<Lead> leads = leads(judgment().start("2023-10-01").months(12), "2024-09-30", LeaveReason.SENTENCE_SERVED, "2024-10-01");
        assertThat(kinds(leads)).containsExactly("NOT_TRANSFERRED");
    }

    @Test
    void missingNoticeIsEstimatedAsEffectivePlusTenDays() {
        // effective 2024-01-10 → notice 2024-01-20 (estimated) → deadline 2024-02-19
        List<Lead> leads = run(model, "2024-10-01", person(judgment().months(36).build(),
                stay("2023-10-01", null, "2024-02-25", LeaveReason.TO_PRISON)));
        assertThat(kinds(leads)).containsExactly("LATE_TRANSFER");
        assertThat(leads.get(0).estimated()).isTrue();
    }

    @Test
    void criminalDetentionNeverGoesToPrison() {
        assertThat(leads(judgment().penalty(PrincipalPenalty.CRIMINAL_DETENTION).start("2023-10-01").months(6), null, null, "2024-03-01"))
                .isEmpty();
    }

    @Test
    void heldAfterTheTermEndedIsHeldPastTerm() {
        // 拘役 6 months from custody admission 2023-10-01 ends 2024-03-31
        List<Lead> leads = leads(judgment().penalty(PrincipalPenalty.CRIMINAL_DETENTION).months(6), null, null, "2024-04-05");
        assertThat(kinds(leads)).containsExactly("HELD_PAST_TERM");
        assertThat(leads.get(0).dueOn()).contains(LocalDate.parse("2024-03-31"));
    }

    @Test
    void releasedOnTheLastDayOfTheTermIsOnTime() {
        assertThat(leads(judgment().penalty(PrincipalPenalty.CRIMINAL_DETENTION).months(6), "2024-03-31",
                LeaveReason.SENTENCE_SERVED, "2024-10-01")).isEmpty();
    }

    @Test
    void releasedBeforeTheTermEndedIsReleasedEarly() {
        List<Lead> leads = leads(judgment().penalty(PrincipalPenalty.CRIMINAL_DETENTION).months(6), "2024-03-20",
                LeaveReason.SENTENCE_SERVED, "2024-10-01");
        assertThat(kinds(leads)).containsExactly("RELEASED_EARLY");
    }

    @Test
    void aSuspendedSentenceIsNeverToBeTransferredToPrisonButMustNotBeHeld() {
        assertThat(kinds(leads(judgment().months(36).probation(48), null, null, "2024-10-01")))
                .containsExactly("HELD_AFTER_NON_CUSTODIAL");
    }

    @Test
    void aStayForAnotherCaseDoesNotCount() {
        var j = judgment().months(36).build();
        var other = new io.xingzhi.core.record.CustodyStay(Fixtures.ref(io.xingzhi.core.record.Dataset.CUSTODY), Fixtures.who(),
                "凤城市看守所", java.util.Optional.of(io.xingzhi.core.value.CaseNumber.parse("(2024)辽0682刑初999号").value()),
                Fixtures.d("2023-10-01"), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Map.of());
        assertThat(run(model, "2024-10-01", person(j, other))).isEmpty();
    }

    @Test
    void theJudgmentsStayIsTheOneNamingItsCaseNotAStaleOpenStayWithoutACaseNumber() {
        // a stale open stay with no case number would give a false HELD_PAST_TERM and hide the late transfer
        var named = person(judgment().months(36).build(), stay(null, "2020-05-01", null, null, null),
                stay(Fixtures.CASE, "2023-10-01", "2024-01-20", "2024-02-20", LeaveReason.TO_PRISON));
        assertThat(kinds(run(model, "2024-10-01", named))).containsExactly("LATE_TRANSFER");
    }

    @Test
    void aStayNamingTheJudgmentsCaseThatDoesNotCoverTheEffectiveDateLeavesTheJudgmentWithoutAStay() {
        // LAW.md: the stay without a case number is used only when no stay of the person names the case
        var p = person(judgment().months(36).build(), stay(null, "2023-10-01", "2024-01-20", null, null),
                stay(Fixtures.CASE, "2023-09-01", null, "2023-09-20", LeaveReason.BAIL));
        assertThat(run(model, "2024-10-01", p)).isEmpty();
    }

    @Test
    void withoutAStayNamingTheCaseTheLatestAdmittedStayWithoutACaseNumberThatCoversTheEffectiveDateCounts() {
        var p = person(judgment().months(36).build(), stay(null, "2020-05-01", null, null, null),
                stay(null, "2023-10-01", "2024-01-20", "2024-02-20", LeaveReason.TO_PRISON));
        assertThat(kinds(run(model, "2024-10-01", p))).containsExactly("LATE_TRANSFER");
    }

    @Test
    void aJudgmentWhosePenaltyCannotBeDeterminedIsNotGuessed() {
        assertThat(leads(judgment().penalty(null).months(36), null, null, "2024-10-01")).isEmpty();
    }

    @Test
    void leadIdIsStableForTheSameFacts() {
        String a = leads(judgment().months(36), null, null, "2024-03-01").get(0).leadId();
        String b = leads(judgment().months(36), null, null, "2024-03-01").get(0).leadId();
        assertThat(a).isEqualTo(b).startsWith("XZ-");
    }

    // HELD_AFTER_NON_CUSTODIAL (判决生效仍在押): effective 2024-01-10, release grace 1 day → released by 2024-01-11

    private List<Lead> nonCustodial(Fixtures.J j, String left, String asOf) {
        return run(model, asOf, person(j.effective("2024-01-10").build(),
                stay(Fixtures.CASE, "2023-12-01", null, left, left == null ? null : LeaveReason.RELEASED)));
    }

    @Test
    void aSuspendedSentenceReleasedOnTheLastDayOfTheGraceIsNoLead() {
        assertThat(nonCustodial(judgment().months(12).probation(24), "2024-01-11", "2024-10-01")).isEmpty();
    }

    @Test
    void aSuspendedSentenceReleasedTheDayAfterTheGraceIsHeldAfterNonCustodial() {
        List<Lead> leads = nonCustodial(judgment().months(12).probation(24), "2024-01-12", "2024-10-01");
        assertThat(kinds(leads)).containsExactly("HELD_AFTER_NON_CUSTODIAL");
        Lead l = leads.get(0);
        assertThat(l.dueOn()).contains(LocalDate.parse("2024-01-11"));
        assertThat(l.facts()).containsEntry("days_held", "2").containsEntry("release_by", "2024-01-11");
        assertThat(l.supervisedAgency()).isEqualTo("看守所");
        assertThat(l.supervisedUnit()).isEqualTo("凤城市看守所");
        assertThat(l.legalBasis()).contains("人民检察院刑事诉讼规则第626条", "刑事诉讼法第260条");
        assertThat(l.summary()).contains("有期徒刑缓刑", "2024-01-10生效", "至2024-01-12方予出所");
        assertThat(l.boundary()).isTrue();
    }

    @Test
    void stillInCustodyIsALeadOnlyOnceAsOfIsPastTheGrace() {
        assertThat(nonCustodial(judgment().months(12).probation(24), null, "2024-01-11")).isEmpty();
        assertThat(kinds(nonCustodial(judgment().months(12).probation(24), null, "2024-01-12")))
                .containsExactly("HELD_AFTER_NON_CUSTODIAL");
    }

    @Test
    void theReleaseGraceIsConfigurable() {
        Parameters noGrace = Parameters.defaults().withReleaseGraceDays(0);
        assertThat(kinds(run(model, "2024-10-01", noGrace, person(judgment().months(12).probation(24).build(),
                stay(Fixtures.CASE, "2023-12-01", null, "2024-01-11", LeaveReason.SUSPENDED_SENTENCE)))))
                .containsExactly("HELD_AFTER_NON_CUSTODIAL");
    }

    @Test
    void publicSurveillanceExemptionAndSupplementaryPenaltyAloneAreNonCustodialToo() {
        for (PrincipalPenalty p : new PrincipalPenalty[] {PrincipalPenalty.PUBLIC_SURVEILLANCE, PrincipalPenalty.EXEMPTED,
                PrincipalPenalty.SUPPLEMENTARY_ONLY}) {
            assertThat(kinds(nonCustodial(judgment().penalty(p), "2024-01-20", "2024-10-01"))).as(p.label())
                    .containsExactly("HELD_AFTER_NON_CUSTODIAL");
        }
    }

    @Test
    void aSuspendedCriminalDetentionIsNonCustodial() {
        assertThat(kinds(nonCustodial(judgment().penalty(PrincipalPenalty.CRIMINAL_DETENTION).months(6).probation(6), null, "2024-10-01")))
                .containsExactly("HELD_AFTER_NON_CUSTODIAL");
    }

    @Test
    void aPrisonSentenceIsNeverHeldAfterNonCustodial() {
        assertThat(kinds(nonCustodial(judgment().months(36), "2024-01-20", "2024-10-01"))).doesNotContain("HELD_AFTER_NON_CUSTODIAL");
    }

    @Test
    void aStayThatEndedBeforeTheEffectiveDateIsNotTheJudgmentsStay() {
        // released on bail before judgment: nobody was held after it took effect
        assertThat(nonCustodial(judgment().months(12).probation(24), "2024-01-09", "2024-10-01")).isEmpty();
    }

    @Test
    void aStayForAnotherCaseIsNeverHeldAfterNonCustodial() {
        var p = person(judgment().months(12).probation(24).build(),
                stay("(2024)辽0682刑初999号", "2023-12-01", null, null, null));
        assertThat(run(model, "2024-10-01", p)).isEmpty();
    }

    @Test
    void aJudgmentWhosePenaltyCannotBeDeterminedIsNotTakenAsNonCustodial() {
        assertThat(nonCustodial(judgment().penalty(null), null, "2024-10-01")).isEmpty();
    }

    @Test
    void aStayNamingACaseThePersonHasNoJudgmentOfIsNeverUsedButTheReportListsIt() {
        // the appeal's judgment (刑终) took effect while the person was held under the first instance's number (刑初)
        var appeal = judgment().caseNumber("(2024)辽06刑终6号").effective("2024-04-10").start("2023-12-01").months(48).build();
        var firstInstance = stay("(2023)辽0682刑初100号", "2023-12-01", null, null, null);
        List<String> unmatched = new java.util.ArrayList<>();
        List<Lead> leads = run(model, "2024-10-01", io.xingzhi.core.supervision.Parameters.defaults(), person(appeal, firstInstance),
                unmatched);
        assertThat(leads).isEmpty();
        assertThat(unmatched).singleElement().satisfies(u -> assertThat(u).contains("(2023)辽0682刑初100号", "(2024)辽06刑终6号"));
        // a stay naming another judgment of the person is that judgment's: not listed
        var other = judgment().caseNumber("(2023)辽0682刑初100号").effective("2023-06-01").start("2023-05-01").months(3).build();
        List<String> none = new java.util.ArrayList<>();
        run(model, "2024-10-01", io.xingzhi.core.supervision.Parameters.defaults(), person(appeal, other, firstInstance), none);
        assertThat(none).isEmpty();
    }
}
