package io.xingzhi.generator;

import io.xingzhi.generator.Facts.Commutation;
import io.xingzhi.generator.Facts.Correction;
import io.xingzhi.generator.Facts.Custody;
import io.xingzhi.generator.Facts.Enforcement;
import io.xingzhi.generator.Facts.Judgment;
import io.xingzhi.generator.Facts.Lead;
import io.xingzhi.generator.Facts.Penalty;
import io.xingzhi.generator.Facts.Person;
import io.xingzhi.generator.Facts.Plan;
import io.xingzhi.generator.Facts.Release;
import io.xingzhi.generator.Facts.Role;
import io.xingzhi.generator.Facts.Supervision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plants one person's history for a {@link Scenario}: the judgment and every agency record, so
 * that LAW.md gives exactly the scenario's lead (or none), with every other rule of every model
 * satisfied. Dates are chosen relative to the as-of date; triggers stay at least three days from
 * every computed boundary except in the deliberate boundary cases (delivered on day 30 or 31,
 * remaining term of exactly three months, day 29 of the registration grace, the last day of the
 * transfer grace or of the six months), which LAW.md decides unambiguously.
 */
final class Planter {
    private static final String CT = "custody-transfer";
    private static final String PR = "political-rights";
    private static final String PO = "prohibition-order";
    private static final String PP = "property-penalty";
    private static final List<String> FOUNDING_ROLES = List.of("法定代表人", "股东", "投资人", "经营者");
    private static final List<String> OTHER_ROLES = List.of("监事", "经理", "其他");
    /** The company offices a person deprived of political rights may not hold (公司法 art. 178(二)), as registers write them. */
    private static final List<String> COMPANY_OFFICES = List.of("法定代表人", "董事", "董事长", "执行董事", "副董事长", "监事",
            "经理", "总经理");
    private static final long[] FINES = {1000, 2000, 3000, 5000, 8000, 10000, 15000, 20000, 30000, 50000, 80000,
        100000, 120000, 200000, 500000};
    private static final int[] LONG_TERMS = {24, 30, 36, 42, 48, 60, 72, 84, 96, 120, 144, 180};

    /** How a deprivation of political rights comes to start on a given day. */
    private enum DprOrigin { ALONE, PRISON_FULL_TERM, PRISON_PAROLE, SUSPENDED, SURVEILLANCE }

    private final LocalDate asOf;
    private final Map<String, Integer> caseSeq = new HashMap<>();
    private final Map<String, Integer> execSeq = new HashMap<>();
    private SplittableRandom r;
    private Plan p;

    Planter(LocalDate asOf) {
        this.asOf = asOf;
    }

    Plan plan(Person person, Scenario scenario, SplittableRandom rng) {
        this.r = rng;
        this.p = new Plan(person, scenario);
        switch (scenario) {
            case CT_NOT_TRANSFERRED -> ctNotTransferred(false);
            case CT_NOT_TRANSFERRED_LIFE -> ctNotTransferred(true);
            case CT_NOT_TRANSFERRED_SERVED_IN_DC -> ctServedInDetentionCenter();
            case CT_LATE_TRANSFER -> ctTransfer(d(34, 120), false);
            case CT_LATE_TRANSFER_DAY31 -> ctTransfer(31, false);
            case CT_HELD_PAST_TERM -> ctHeldPastTerm();
            case CT_RELEASED_EARLY -> ctReleasedEarly();
            case CT_HELD_AFTER_NON_CUSTODIAL -> ctHeldAfterNonCustodial();
            case PR_NOT_SUPERVISED -> prNotSupervised();
            case PR_SUPERVISION_ENDED_EARLY -> prEndedEarly();
            case PR_NOT_RESTORED -> prNotRestored();
            case PR_PERIOD_MISRECORDED -> prPeriodMisrecorded();
            case PR_BARRED_ROLE -> prBarredRole();
            case PO_CORRECTION_MISSING -> poCorrectionMissing();
            case PO_ORDER_NOT_RECORDED -> poOrderNotRecorded();
            case PO_ORDER_VIOLATED_ACTIVITY -> poViolatedByActivity();
            case PO_ORDER_VIOLATED_BUSINESS -> poViolatedByBusiness();
            case PO_ORDER_VIOLATED_FOUNDING -> poViolatedByFounding();
            case PO_LATE_REPORT -> poLateReport();
            case PP_NOT_TRANSFERRED -> ppNotTransferred();
            case PP_ENFORCEMENT_OVERDUE -> ppOverdue();
            case PP_CLOSED_NOT_PAID -> ppClosedNotPaid();
            case PP_TERMINATED_WITH_ASSETS -> ppTerminated(true);
            case PP_LATE_FILING -> ppLateFiling();
            case PP_COMMUTED_WHILE_UNPAID -> ppCommutedWhileUnpaid();
            case NM_CT_DELIVERED_DAY30 -> ctTransfer(30, true);
            case NM_CT_REMAINING_EXACTLY_3M -> nmExactlyThreeMonths();
            case NM_CT_JUYI_IN_DETENTION_CENTER -> nmJuyiInDetentionCenter();
            case NM_CT_RELEASED_DAY_AFTER_EFFECT -> nmReleasedDayAfterEffect();
            case NM_CT_STAY_ENDED_BEFORE_EFFECT -> nmStayEndedBeforeEffect();
            case NM_CT_STAY_OF_ANOTHER_CASE -> nmStayOfAnotherCase();
            case NM_PR_WITHIN_REGISTRATION_GRACE -> nmDprWithinGrace();
            case NM_PR_ENDED_WITHIN_GRACE -> nmDprEndedWithinGrace();
            case NM_PR_NOT_STARTED -> nmDprNotStarted();
            case NM_PR_SUPERVISED -> nmDprSupervised();
            case NM_PR_PERIOD_WITHIN_TOLERANCE -> nmPeriodWithinTolerance();
            case NM_PR_PERIOD_ESTIMATED_START -> nmPeriodEstimatedStart();
            case NM_PR_ROLE_AFTER_WINDOW -> nmRoleAfterWindow();
            case NM_PR_ROLE_ENDED_BEFORE_EFFECT -> nmRoleEndedBeforeEffect();
            case NM_PR_ROLE_NOT_AN_OFFICE -> nmRoleNotAnOffice();
            case NM_PR_ROLE_NOT_A_COMPANY -> nmRoleNotACompany();
            case NM_PO_OUTSIDE_PERIOD -> nmOrderOutsidePeriod();
            case NM_PO_NO_KEYWORD -> nmOrderNoKeyword();
            case NM_PO_FOUNDING_ROLE_BEFORE -> nmFounding(true);
            case NM_PO_FOUNDING_OTHER_ROLE -> nmFounding(false);
            case NM_PO_CORRECTION_WITHIN_GRACE -> nmCorrectionWithinGrace();
            case NM_PO_REPORTED_DAY10 -> nmReportedDay10();
            case NM_PO_NO_REPORT_DATE -> nmNoReportDate();
            case NM_PO_LATE_REPORT_OTHER_CASE -> nmLateReportOtherCase();
            case NM_PP_WITHIN_TRANSFER_GRACE -> nmTransferGrace();
            case NM_PP_FILED_WITHIN_6_MONTHS -> nmFiledRecently();
            case NM_PP_FULLY_PAID -> nmFullyPaid();
            case NM_PP_TERMINATED_NO_ROLE -> ppTerminated(false);
            case NM_PP_FINE_PREPAID -> nmPrepaid();
            case NM_PP_FILED_DAY7 -> nmFiledDay7();
            case NM_PP_NO_TRANSFER_DATE -> nmNoTransferDate();
            case NM_PP_CASE_OF_NO_JUDGMENT -> nmCaseOfNoJudgment();
            case NM_PP_COMMUTED_ON_PAYMENT_DAY -> nmCommutedOnPaymentDay();
            case NM_PP_COMMUTED_AFTER_TERMINATION -> nmCommutedAfterTermination();
            case NM_PP_COMMUTED_ON_EFFECTIVE_DATE -> nmCommutedOnEffectiveDate();
            case NM_PP_COMMUTED_AFTER_AS_OF -> nmCommutedAfterAsOf();
            case NM_PP_COMMUTED_OTHER_CASE -> nmCommutedOtherCase();
            case NM_PP_COMMUTED_FINE_PREPAID -> nmCommutedFinePrepaid();
            case NM_NOT_YET_EFFECTIVE -> nmNotYetEffective();
            case CLEAN_PRISON -> cleanPrison(false, false);
            case CLEAN_PRISON_DPR -> cleanPrison(true, false);
            case CLEAN_PRISON_FINE -> cleanPrisonFine();
            case CLEAN_PAROLE -> cleanPrison(chance(0.3), true);
            case CLEAN_SUSPENDED -> cleanSuspended(false);
            case CLEAN_SUSPENDED_ORDER -> cleanSuspended(true);
            case CLEAN_JUYI -> cleanJuyi();
            case CLEAN_GUANZHI -> cleanSurveillance();
            case CLEAN_LIFE -> cleanLife();
            case CLEAN_EXEMPTED -> judgment(Penalty.MIANYU, ago(1, 2000));
            default -> throw new IllegalStateException("unplanned scenario " + scenario);
        }
        Judgment j = p.judgment;
        if (j.hasOrder()) {
            p.anyVenueOk = false;
            p.rolesOk = false;
        }
        if (j.dprMonths != 0 || j.penalty.life()) { // life terms deprive for life, stated or not (CL art. 57)
            p.officesOk = false;
        }
        if (p.scenario.type == Scenario.Type.LEAD && p.leads.size() != 1) {
            throw new IllegalStateException(scenario + " planted " + p.leads.size() + " leads");
        }
        return p;
    }

    // ---------------------------------------------------------------- custody-transfer

    private void ctNotTransferred(boolean life) {
        LocalDate notice = ago(40, 300);
        boolean given = chance(0.8);
        LocalDate e = given ? notice.minusDays(d(2, 15)) : notice.minusDays(10);
        LocalDate admitted = TermMath.safe(e.minusDays(d(30, 270)));
        Judgment j;
        if (life) {
            j = judgment(chance(0.5) ? Penalty.WUQI : Penalty.SIHUAN, e);
            j.dprMonths = Facts.LIFE;
        } else {
            j = judgment(Penalty.YOUQI, e);
            int t = pickTerm(36);
            term(j, admitted, t);
            while (j.termEnd.isBefore(asOf.plusDays(30)) || !j.termEnd.isAfter(notice.plusMonths(3).plusDays(3))) {
                term(j, admitted, j.termMonths + 12);
            }
            if (chance(0.3)) {
                j.dprMonths = pick(new int[] {12, 24, 36});
            }
        }
        stay(j, admitted, given ? notice : null, null, null);
        lead(CT, "NOT_TRANSFERRED", "still in the detention center " + days(notice.plusDays(30), asOf)
                + " days after the delivery deadline (notice " + notice + (given ? "" : ", estimated") + ")");
    }

    private void ctServedInDetentionCenter() {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            int t = d(7, 14);
            LocalDate admitted = TermMath.safe(ago(t * 31 + 5, t * 31 + 900));
            LocalDate e = admitted.plusDays(d(15, 60));
            boolean given = chance(0.8);
            LocalDate notice = given ? e.plusDays(d(2, 10)) : e.plusDays(10);
            LocalDate end = TermMath.end(admitted, t);
            if (end.isAfter(notice.plusMonths(3).plusDays(3)) && !end.isAfter(asOf.minusDays(3))) {
                Judgment j = judgment(Penalty.YOUQI, e);
                term(j, admitted, t);
                stay(j, admitted, given ? notice : null, end, "刑满释放");
                lead(CT, "NOT_TRANSFERRED", "served the whole term in the detention center with "
                        + days(notice, end) + " days left at the notice, released 刑满释放 on " + end);
                return;
            }
        }
    }

    /** Delivered to prison {@code delay} days after the notice: 31+ is LATE_TRANSFER, 30 is lawful. */
    private void ctTransfer(int delay, boolean nearMiss) {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            LocalDate notice = ago(delay + 10, 1500);
            boolean given = delay == 31 || chance(nearMiss ? 0.75 : 0.8); // day 31 rests on a written notice
            LocalDate e = given ? notice.minusDays(d(2, 15)) : notice.minusDays(10);
            LocalDate admitted = TermMath.safe(e.minusDays(d(30, 270)));
            LocalDate left = notice.plusDays(delay);
            Judgment j = judgment(Penalty.YOUQI, e);
            term(j, admitted, pickTerm(24));
            if (left.isAfter(asOf.minusDays(1)) || j.termEnd.isBefore(left.plusDays(3))
                    || !j.termEnd.isAfter(notice.plusMonths(3).plusDays(3))) {
                continue;
            }
            stay(j, admitted, given ? notice : null, left, "投送监狱");
            releaseAfterPrison(j, true, false);
            if (!nearMiss) {
                lead(CT, "LATE_TRANSFER", "delivered to prison " + delay + " days after the notice"
                        + (given ? "" : " (notice estimated)") + (delay == 31 ? " (boundary: day 31)" : ""));
            }
            return;
        }
    }

    private void ctHeldPastTerm() {
        int variant = d(0, 2);
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            if (variant == 0) { // 拘役, released late
                int t = d(2, 6);
                LocalDate admitted = TermMath.safe(ago(t * 31 + 45, 1200));
                LocalDate end = TermMath.end(admitted, t);
                LocalDate e = admitted.plusDays(d(10, 25));
                LocalDate left = end.plusDays(d(3, 40));
                if (e.isAfter(end.minusDays(10)) || left.isAfter(asOf)) {
                    continue;
                }
                Judgment j = judgment(Penalty.JUYI, e);
                term(j, admitted, t);
                stay(j, admitted, maybeNotice(e, left), left, "刑满释放");
                lead(CT, "HELD_PAST_TERM", "拘役 ended " + end + ", released " + days(end, left) + " days later");
            } else if (variant == 1) { // 拘役, still held
                int t = d(1, 6);
                LocalDate admitted = TermMath.safe(ago(t * 31 + 3, t * 31 + 200));
                LocalDate end = TermMath.end(admitted, t);
                LocalDate e = admitted.plusDays(d(5, 20));
                if (end.isAfter(asOf.minusDays(3)) || e.isAfter(end.minusDays(5))) {
                    continue;
                }
                Judgment j = judgment(Penalty.JUYI, e);
                term(j, admitted, t);
                stay(j, admitted, maybeNotice(e, asOf), null, null);
                lead(CT, "HELD_PAST_TERM", "拘役 ended " + end + ", still in the detention center");
            } else { // short 有期徒刑 served in the detention center, released late
                int t = d(6, 12);
                LocalDate admitted = TermMath.safe(ago(t * 31 + 60, 1500));
                LocalDate end = TermMath.end(admitted, t);
                LocalDate e = end.minusDays(d(30, 80));
                boolean given = chance(0.8);
                LocalDate notice = given ? e.plusDays(d(2, 8)) : e.plusDays(10);
                LocalDate left = end.plusDays(d(3, 40));
                if (!e.isAfter(admitted.plusDays(5)) || end.isAfter(notice.plusMonths(3).minusDays(3))
                        || left.isAfter(asOf)) {
                    continue;
                }
                Judgment j = judgment(Penalty.YOUQI, e);
                term(j, admitted, t);
                stay(j, admitted, given ? notice : null, left, "刑满释放");
                lead(CT, "HELD_PAST_TERM", "有期徒刑 (remaining under 3 months) ended " + end + ", released "
                        + days(end, left) + " days later");
            }
            return;
        }
    }

    private void ctReleasedEarly() {
        boolean juyi = chance(0.6);
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            if (juyi) {
                int t = d(3, 6);
                LocalDate admitted = TermMath.safe(ago(t * 31 + 5, 1200));
                LocalDate end = TermMath.end(admitted, t);
                LocalDate e = admitted.plusDays(d(10, 25));
                LocalDate left = end.minusDays(d(3, 30));
                if (left.isBefore(e.plusDays(1)) || left.isAfter(asOf)) {
                    continue;
                }
                Judgment j = judgment(Penalty.JUYI, e);
                term(j, admitted, t);
                stay(j, admitted, maybeNotice(e, left), left, "刑满释放");
                lead(CT, "RELEASED_EARLY", "拘役 ends " + end + ", released 刑满释放 " + days(left, end) + " days early");
            } else {
                int t = d(6, 12);
                LocalDate admitted = TermMath.safe(ago(t * 31 + 30, 1500));
                LocalDate end = TermMath.end(admitted, t);
                LocalDate e = end.minusDays(d(40, 80));
                boolean given = chance(0.8);
                LocalDate notice = given ? e.plusDays(d(2, 8)) : e.plusDays(10);
                LocalDate left = end.minusDays(d(3, 20));
                if (!e.isAfter(admitted.plusDays(5)) || end.isAfter(notice.plusMonths(3).minusDays(3))
                        || left.isBefore(e.plusDays(1)) || left.isAfter(asOf)) {
                    continue;
                }
                Judgment j = judgment(Penalty.YOUQI, e);
                term(j, admitted, t);
                stay(j, admitted, given ? notice : null, left, "刑满释放");
                lead(CT, "RELEASED_EARLY", "有期徒刑 ends " + end + ", released 刑满释放 " + days(left, end) + " days early");
            }
            return;
        }
    }

    private void nmExactlyThreeMonths() {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            int t = d(6, 14);
            LocalDate admitted = TermMath.safe(ago(t * 31 + 10, 1500));
            LocalDate end = TermMath.end(admitted, t);
            LocalDate notice = end.minusMonths(3);
            LocalDate e = notice.minusDays(d(2, 10));
            if (!notice.plusMonths(3).equals(end) || e.isBefore(admitted.plusDays(5)) || end.isAfter(asOf.minusDays(3))) {
                continue;
            }
            Judgment j = judgment(Penalty.YOUQI, e);
            term(j, admitted, t);
            j.termEndWritten = true;
            stay(j, admitted, notice, end, "刑满释放");
            return;
        }
    }

    private void nmJuyiInDetentionCenter() {
        boolean released = chance(0.7);
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            int t = d(4, 6);
            LocalDate admitted = TermMath.safe(released ? ago(t * 31 + 10, 1500) : ago(50, t * 30 - 5));
            LocalDate end = TermMath.end(admitted, t);
            LocalDate e = admitted.plusDays(d(3, 15));
            LocalDate notice = e.plusDays(d(2, 6));
            if (!end.isAfter(notice.plusMonths(3).plusDays(3))) {
                continue;
            }
            if (released ? end.isAfter(asOf.minusDays(3))
                    : asOf.isBefore(notice.plusDays(33)) || end.isBefore(asOf.plusDays(3))) {
                continue;
            }
            Judgment j = judgment(Penalty.JUYI, e);
            term(j, admitted, t);
            stay(j, admitted, notice, released ? end : null, released ? "刑满释放" : null);
            return;
        }
    }

    /**
     * A judgment that keeps nobody in custody - a suspended sentence mostly, else 管制, 免予刑事处罚
     * or 单处 (剥夺政治权利) - effective on {@code e} while the person is held: the stay (admitted
     * before, for the case or naming none) is left for the caller to write.
     */
    private Judgment nonCustodial(LocalDate e, LocalDate admitted) {
        double x = r.nextDouble();
        if (x < 0.65) {
            Judgment j = suspendedJudgment(e, false);
            term(j, admitted, j.termMonths); // the custody counts against the suspended term
            return j;
        }
        if (x < 0.8) {
            return surveillanceJudgment(e);
        }
        if (x < 0.9) {
            return judgment(Penalty.MIANYU, e);
        }
        Judgment j = judgment(Penalty.DANCHU, e);
        j.dprMonths = pick(new int[] {12, 24, 36});
        lawfulSupervision(e, j.dprMonths);
        return j;
    }

    /**
     * The community-correction term of a 管制 or suspended judgment whose person came out of custody on
     * {@code left}: it starts a few days later; the report day is recorded only when it was in time.
     */
    private void correctionAfterRelease(Judgment j, LocalDate left) {
        if (!j.suspended() && j.penalty != Penalty.GUANZHI) {
            return;
        }
        String type = j.suspended() ? "缓刑" : "管制";
        if (left == null) {
            correction(j, type, null, true);
            return;
        }
        LocalDate start = left.plusDays(d(1, 7));
        if (start.isAfter(asOf)) {
            start = asOf;
        }
        correction(j, type, start, true, start.isAfter(j.effective.plusDays(10)) ? null : start);
    }

    private static String label(Judgment j) {
        return j.suspended() ? j.penalty.label + "缓刑" : j.penalty.label;
    }

    private void ctHeldAfterNonCustodial() {
        boolean stillHeld = chance(0.25);
        LocalDate e = stillHeld ? ago(5, 27) : ago(70, 1500);
        LocalDate admitted = TermMath.safe(e.minusDays(d(20, 150)));
        Judgment j = nonCustodial(e, admitted);
        if (stillHeld) { // effective less than 30 days ago: no correction term due yet
            stay(j, admitted, null, null, null);
            lead(CT, "HELD_AFTER_NON_CUSTODIAL", label(j) + " effective " + e + ", still in the detention center "
                    + days(e, asOf) + " days later");
            return;
        }
        int late = chance(0.3) ? 2 : d(3, 60);
        LocalDate left = e.plusDays(late);
        stay(j, admitted, null, left, j.suspended() ? "判处缓刑" : "释放");
        correctionAfterRelease(j, left);
        lead(CT, "HELD_AFTER_NON_CUSTODIAL", label(j) + " effective " + e + ", released " + late + " days later"
                + (late == 2 ? " (boundary: release grace 1 day)" : ""));
    }

    /** Near-miss: released on the day the judgment took effect or the day after (the release grace). */
    private void nmReleasedDayAfterEffect() {
        LocalDate e = ago(40, 1500);
        LocalDate admitted = TermMath.safe(e.minusDays(d(20, 150)));
        Judgment j = nonCustodial(e, admitted);
        LocalDate left = e.plusDays(chance(0.8) ? 1 : 0);
        stay(j, admitted, null, left, j.suspended() ? "判处缓刑" : "释放");
        correctionAfterRelease(j, left);
    }

    /** Near-miss: held before the judgment (bail, residential surveillance), the stay over before it took effect. */
    private void nmStayEndedBeforeEffect() {
        LocalDate e = ago(40, 1500);
        LocalDate admitted = TermMath.safe(e.minusDays(d(60, 300)));
        LocalDate left = chance(0.3) ? e.minusDays(1) : between(admitted.plusDays(5), e.minusDays(2));
        Judgment j = nonCustodial(e, admitted);
        if (j.penalty.hasTerm()) {
            term(j, TermMath.safe(e), j.termMonths);
            j.termStartWritten = true;
        }
        p.custody.add(new Custody(p.person, maybe(j.caseNumber, 0.7), pick(Catalog.DETENTION_CENTERS), admitted, null,
                left, pick(List.of("取保候审", "监视居住"))));
        correctionAfterRelease(j, null);
    }

    /** Near-miss: held past the effective date, but in a stay that names another case (LAW.md: never the judgment's). */
    private void nmStayOfAnotherCase() {
        LocalDate e = ago(40, 1500);
        LocalDate admitted = TermMath.safe(e.minusDays(d(20, 150)));
        Judgment j = nonCustodial(e, admitted);
        if (j.penalty.hasTerm()) {
            term(j, TermMath.safe(e), j.termMonths);
            j.termStartWritten = true;
        }
        LocalDate left = e.plusDays(d(3, 35));
        String other = caseNumber(pick(Catalog.COURTS), e.getYear());
        p.custody.add(new Custody(p.person, other, pick(Catalog.DETENTION_CENTERS), admitted, null, left, "其他"));
        correctionAfterRelease(j, left);
    }

    // ---------------------------------------------------------------- political-rights

    private void prNotSupervised() {
        int dpr = pick(new int[] {12, 24, 36, 48, 60});
        LocalDate start = dprStartRunning(dpr, 33);
        dprOrigin(start, dpr);
        lead(PR, "NOT_SUPERVISED", "deprivation of political rights from " + start + " to "
                + TermMath.end(start, dpr) + ", no police supervision record");
    }

    private void prEndedEarly() {
        int dpr = pick(new int[] {12, 24, 36, 48, 60});
        LocalDate start = dprStartRunning(dpr, 80);
        dprOrigin(start, dpr);
        LocalDate from = start.plusDays(d(2, 20));
        LocalDate to = from.plusDays(d(10, (int) days(from, asOf) - 3));
        supervision(from, to);
        lead(PR, "SUPERVISION_ENDED_EARLY", "deprivation runs to " + TermMath.end(start, dpr)
                + ", police supervision ended " + to);
    }

    private void prNotRestored() {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            int dpr = pick(new int[] {12, 24, 36});
            LocalDate start = TermMath.safe(ago(dpr * 31 + 40, dpr * 31 + 1500));
            LocalDate end = TermMath.end(start, dpr);
            if (asOf.isBefore(end.plusDays(33))) {
                continue;
            }
            dprOrigin(start, dpr);
            supervision(start.plusDays(d(2, 20)), chance(0.8) ? null : asOf.plusDays(d(30, 700)));
            lead(PR, "NOT_RESTORED", "deprivation ended " + end + ", police still supervising");
            return;
        }
    }

    private void nmDprWithinGrace() {
        int k = chance(0.25) ? 29 : d(2, 28);
        LocalDate start = asOf.minusDays(k);
        if (TermMath.ambiguous(start)) {
            start = start.plusDays(1);
        }
        int dpr = pick(new int[] {12, 24, 36, 48, 60});
        dprOrigin(start, dpr);
    }

    private void nmDprEndedWithinGrace() {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            int dpr = pick(new int[] {12, 24, 36});
            LocalDate end = asOf.minusDays(d(3, 27));
            LocalDate start = TermMath.startFor(end, dpr);
            if (start == null) {
                continue;
            }
            dprOrigin(start, dpr);
            supervision(start.plusDays(d(2, 20)), null);
            return;
        }
    }

    private void nmDprNotStarted() {
        deprivationNotStarted();
    }

    /** A prisoner (life in some cases) deprived of political rights, still serving: the deprivation has not started. */
    private Judgment deprivationNotStarted() {
        LocalDate e = ago(15, 1500);
        if (chance(0.15)) {
            Judgment j = judgment(chance(0.5) ? Penalty.WUQI : Penalty.SIHUAN, e);
            j.dprMonths = Facts.LIFE;
            lawfulTransfer(j, TermMath.safe(e.minusDays(d(60, 300))));
            return j;
        }
        Judgment j = judgment(Penalty.YOUQI, e);
        LocalDate admitted = TermMath.safe(e.minusDays(d(30, 270)));
        term(j, admitted, pickTerm(36));
        while (j.termEnd.isBefore(asOf.plusDays(30))) {
            term(j, admitted, j.termMonths + 12);
        }
        j.dprMonths = pick(new int[] {12, 24, 36, 48, 60});
        lawfulTransfer(j, admitted);
        return j;
    }

    private void nmDprSupervised() {
        int dpr = pick(new int[] {12, 24, 36, 48, 60});
        LocalDate start = dprStartRunning(dpr, 33);
        dprOrigin(start, dpr);
        if (chance(0.2) && days(start, asOf) > 62) {
            supervision(start.plusDays(d(31, 60)), chance(0.5) ? null : TermMath.end(start, dpr));
        } else {
            lawfulSupervision(start, dpr);
        }
    }

    /**
     * PERIOD_MISRECORDED: the police recorded the period wrong - from the judgment instead of the
     * release (or from the judgment day instead of its effect), or with another end (a commutation
     * ignored), or with an end at all for a deprivation for life. The record covers as-of while the
     * deprivation runs, and has ended when it is over, so no 脱管 or 期满未恢复 hides it.
     */
    private void prPeriodMisrecorded() {
        double x = r.nextDouble();
        if (x < 0.15) {
            lifeDeprivationWithEnd();
            return;
        }
        int dpr = pick(new int[] {12, 24, 36, 48, 60});
        boolean over = chance(0.3);
        LocalDate start = over ? dprStartOver(dpr) : dprStartRunning(dpr, 60);
        dprOrigin(start, dpr);
        Judgment j = p.judgment;
        LocalDate end = TermMath.end(start, dpr);
        if (x < 0.6) {
            LocalDate from = chance(0.15) ? start.minusDays(2)
                    : start.isAfter(j.effective.plusDays(2)) ? j.effective : j.judgmentDate;
            LocalDate counted = TermMath.end(from, dpr); // the end the police counted from their start
            LocalDate to = over ? (chance(0.5) && counted.isAfter(start.plusDays(3)) ? counted : end)
                    : (chance(0.6) ? null : end);
            supervision(from, to);
            lead(PR, "PERIOD_MISRECORDED", "deprivation " + start + " to " + end + ", police record from " + from
                    + " (" + days(from, start) + " days early" + (days(from, start) == 2 ? ", boundary: tolerance 1 day" : "")
                    + ")");
            return;
        }
        LocalDate from = start.plusDays(d(1, 20));
        LocalDate to;
        if (over) { // ended, but not on the legal end; and before as-of (else 期满未恢复)
            long after = days(end, asOf) - 3;
            to = chance(0.5) ? end.minusDays(d(3, 120)) : end.plusDays(d(3, (int) Math.min(200, after)));
        } else { // still covers as-of (else 脱管), ends on another day
            long before = days(asOf, end) - 3;
            to = before >= 3 && chance(0.5) ? end.minusDays(d(3, (int) Math.min(400, before))) : end.plusDays(d(3, 400));
        }
        LocalDate last = to.isBefore(asOf) ? to : asOf;
        if (chance(0.3) && days(from, last) > 40) { // moved to another police station on the way
            LocalDate mid = from.plusDays(d(10, (int) days(from, last) - 10));
            supervision(from, mid);
            supervision(mid.plusDays(1), to);
        } else {
            supervision(from, to);
        }
        lead(PR, "PERIOD_MISRECORDED", "deprivation " + start + " to " + end + ", police record ends " + to);
    }

    /**
     * A life sentence commuted to a fixed term and served: the deprivation is for life from the
     * release (CL art. 57), but the police gave their record an end.
     */
    private void lifeDeprivationWithEnd() {
        LocalDate released = ago(60, 1500);
        LocalDate e = TermMath.safe(released.minusDays(d(3650, 6000)));
        Judgment j = judgment(chance(0.6) ? Penalty.WUQI : Penalty.SIHUAN, e);
        j.dprMonths = Facts.LIFE;
        lawfulTransfer(j, TermMath.safe(e.minusDays(d(60, 300))));
        ruling(j, "减刑", e.plusDays(d(730, 1500)), maybe(j.caseNumber, 0.9));
        release(j, released, "刑满释放");
        LocalDate to = asOf.plusDays(d(30, 2000));
        supervision(released.plusDays(d(1, 20)), to);
        lead(PR, "PERIOD_MISRECORDED", "deprivation for life from " + released + ", police record ends " + to);
    }

    /** Near-miss: the police record starts one day early, or late, or ends one day off, or has no end. */
    private void nmPeriodWithinTolerance() {
        int dpr = pick(new int[] {12, 24, 36, 48, 60});
        boolean over = chance(0.3);
        LocalDate start = over ? dprStartOver(dpr) : dprStartRunning(dpr, 60);
        dprOrigin(start, dpr);
        LocalDate end = TermMath.end(start, dpr);
        LocalDate from = chance(0.5) ? start.minusDays(1) : start.plusDays(d(0, 45));
        LocalDate to = chance(0.6) ? end.plusDays(chance(0.5) ? 1 : -1) : over ? end : null;
        supervision(from, to);
    }

    /**
     * Near-miss: no release recorded after the prison term, so the deprivation's start is estimated
     * (the day after the term ends); the police counted from the judgment: not a lead on an estimate.
     */
    private void nmPeriodEstimatedStart() {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            int dpr = pick(new int[] {12, 24, 36, 48, 60});
            LocalDate start = dprStartRunning(dpr, 40);
            int t = pickTerm(24);
            LocalDate termStart = TermMath.startFor(start.minusDays(1), t);
            if (termStart == null) {
                continue;
            }
            LocalDate e = termStart.plusDays(d(40, 250));
            Judgment j = judgment(Penalty.YOUQI, e);
            term(j, termStart, t);
            j.dprMonths = dpr;
            lawfulTransfer(j, termStart);
            supervision(e.plusDays(d(0, 20)), null);
            return;
        }
    }

    /** A start such that the deprivation ended at least 33 days before as-of (past the restoration grace). */
    private LocalDate dprStartOver(int dpr) {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            LocalDate start = TermMath.safe(ago(dpr * 31 + 40, dpr * 31 + 1500));
            if (!asOf.isBefore(TermMath.end(start, dpr).plusDays(33))) {
                return start;
            }
        }
    }

    /** A deprivation that runs on as-of, lawfully supervised by the police; returns its start. */
    private LocalDate supervisedDeprivation(int dpr) {
        LocalDate start = dprStartRunning(dpr, 33);
        dprOrigin(start, dpr);
        lawfulSupervision(start, dpr);
        return start;
    }

    /**
     * BARRED_ROLE: a company office (法定代表人, 董事 and its variants, 监事, 经理, 总经理) held on some day
     * between the judgment taking effect and five years after the deprivation ends: taken up during
     * it, kept from before the judgment, taken up in the five years after, held while still in
     * prison, or held under a deprivation for life. One company, so one lead.
     */
    private void prBarredRole() {
        String office = pick(COMPANY_OFFICES);
        double x = r.nextDouble();
        if (x < 0.35) {
            supervisedDeprivation(pick(new int[] {12, 24, 36, 48, 60}));
            LocalDate from = between(p.judgment.effective.plusDays(3), asOf.minusDays(1));
            role(office, neutralScope(), from, null);
            lead(PR, "BARRED_ROLE", "became " + office + " of a company on " + from + ", deprived of political rights");
        } else if (x < 0.6) {
            supervisedDeprivation(pick(new int[] {12, 24, 36, 48, 60}));
            LocalDate e = p.judgment.effective;
            LocalDate from = chance(0.2) ? null : e.minusDays(d(30, 2000));
            LocalDate to = chance(0.7) ? null : between(e.plusDays(3), asOf.minusDays(1));
            role(office, neutralScope(), from, to);
            lead(PR, "BARRED_ROLE", office + " of a company since " + (from == null ? "before any date" : from)
                    + ", still after the judgment took effect on " + e);
        } else if (x < 0.8) {
            for (int attempt = 0; ; attempt++) {
                guard(attempt);
                int dpr = pick(new int[] {12, 24, 36});
                LocalDate start = dprStartOver(dpr);
                LocalDate end = TermMath.end(start, dpr);
                LocalDate last = TermMath.plusPeriod(end, 60);
                LocalDate hi = last.minusDays(3).isBefore(asOf.minusDays(1)) ? last.minusDays(3) : asOf.minusDays(1);
                if (end.plusDays(3).isAfter(hi)) {
                    continue;
                }
                dprOrigin(start, dpr);
                supervision(start.plusDays(d(1, 20)), end);
                LocalDate from = between(end.plusDays(3), hi);
                role(office, neutralScope(), from, null);
                lead(PR, "BARRED_ROLE", "became " + office + " of a company on " + from + ", within five years after the"
                        + " deprivation ended on " + end);
                return;
            }
        } else {
            Judgment j = deprivationNotStarted();
            LocalDate from = chance(0.2) ? null : j.effective.minusDays(d(30, 2000));
            role(office, neutralScope(), from, null);
            lead(PR, "BARRED_ROLE", office + " of a company while serving " + j.penalty.label
                    + " (deprivation not started yet" + (j.penalty.life() ? ", for life" : "") + ")");
        }
    }

    /** Near-miss: the office taken up the day after the barred period (deprivation end + five years) ended. */
    private void nmRoleAfterWindow() {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            int dpr = pick(new int[] {12, 24});
            LocalDate start = TermMath.safe(ago(dpr * 31 + 60 * 31 + 10, dpr * 31 + 60 * 31 + 1200));
            LocalDate end = TermMath.end(start, dpr);
            LocalDate after = TermMath.plusPeriod(end, 60).plusDays(1);
            if (after.isAfter(asOf.minusDays(1))) {
                continue;
            }
            dprOrigin(start, dpr);
            supervision(start.plusDays(d(1, 20)), end);
            role(pick(COMPANY_OFFICES), neutralScope(), after, null);
            return;
        }
    }

    /** Near-miss: the office ended the day before the judgment took effect, or earlier. */
    private void nmRoleEndedBeforeEffect() {
        supervisedDeprivation(pick(new int[] {12, 24, 36, 48, 60}));
        LocalDate e = p.judgment.effective;
        LocalDate to = chance(0.6) ? e.minusDays(1) : e.minusDays(d(2, 150));
        role(pick(COMPANY_OFFICES), neutralScope(), to.minusDays(d(100, 2000)), to);
    }

    /** Near-miss: a shareholder or investor of a company during the deprivation: not an office. */
    private void nmRoleNotAnOffice() {
        supervisedDeprivation(pick(new int[] {12, 24, 36, 48, 60}));
        LocalDate e = p.judgment.effective;
        LocalDate from = chance(0.5) ? e.minusDays(d(30, 2000)) : between(e.plusDays(3), asOf.minusDays(1));
        role(chance(0.6) ? "股东" : "投资人", neutralScope(), from, null);
    }

    /** Near-miss: an office in an enterprise that is not a company (经销部, 合作社, 商行). */
    private void nmRoleNotACompany() {
        supervisedDeprivation(pick(new int[] {12, 24, 36, 48, 60}));
        LocalDate e = p.judgment.effective;
        LocalDate from = chance(0.5) ? e.minusDays(d(30, 2000)) : between(e.plusDays(3), asOf.minusDays(1));
        String enterprise = pick(List.of("凤城市", "丹东市", "东港市", "宽甸县")) + pick(Catalog.ENTERPRISE_WORDS)
                + pick(List.of("五金经销部", "建材经销部", "农民专业合作社", "商行", "养殖场"));
        p.roles.add(new Role(p.person.id(), p.person.name(), enterprise, creditCode(r), pick(List.of("法定代表人", "经理")),
                neutralScope().text(), from, null));
    }

    /** A start such that the deprivation runs on as-of: at least {@code minDays} ago, ends 3+ days after as-of. */
    private LocalDate dprStartRunning(int dpr, int minDays) {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            LocalDate start = TermMath.safe(ago(minDays, Math.max(minDays, dpr * 30 - 10)));
            if (days(start, asOf) >= minDays && !TermMath.end(start, dpr).isBefore(asOf.plusDays(3))) {
                return start;
            }
        }
    }

    /** A judgment whose deprivation of political rights starts on {@code start} (LAW.md §2). */
    private void dprOrigin(LocalDate start, int dpr) {
        DprOrigin[] all = DprOrigin.values();
        DprOrigin origin = all[d(0, all.length - 1)];
        if (origin == DprOrigin.SURVEILLANCE && dpr > 24) {
            origin = DprOrigin.SUSPENDED;
        }
        switch (origin) {
            case ALONE -> judgment(Penalty.DANCHU, start);
            case SUSPENDED -> {
                Judgment j = suspendedJudgment(start, false);
                correction(j, "缓刑", null, true);
            }
            case SURVEILLANCE -> { // 管制 with deprivation: both run for the same term (CL art. 55)
                Judgment j = surveillanceJudgment(start);
                term(j, start, dpr);
                correction(j, "管制", null, true);
            }
            case PRISON_FULL_TERM -> {
                for (int attempt = 0; ; attempt++) {
                    guard(attempt);
                    int t = pickTerm(24);
                    LocalDate termStart = TermMath.startFor(start, t);
                    if (termStart == null) {
                        continue;
                    }
                    boolean custody = chance(0.8);
                    LocalDate e = custody ? termStart.plusDays(d(40, 250)) : termStart;
                    Judgment j = judgment(Penalty.YOUQI, e);
                    term(j, termStart, t);
                    if (custody) {
                        lawfulTransfer(j, termStart);
                    }
                    release(j, start, "刑满释放");
                    break;
                }
            }
            case PRISON_PAROLE -> {
                for (int attempt = 0; ; attempt++) {
                    guard(attempt);
                    int t = pickTerm(36);
                    LocalDate end = start.plusDays(d(60, 700));
                    LocalDate termStart = TermMath.startFor(end, t);
                    if (termStart == null) {
                        continue;
                    }
                    boolean custody = chance(0.8);
                    LocalDate e = custody ? termStart.plusDays(d(40, 250)) : termStart;
                    if (e.isAfter(start.minusDays(180))) {
                        continue;
                    }
                    Judgment j = judgment(Penalty.YOUQI, e);
                    term(j, termStart, t);
                    if (custody) {
                        lawfulTransfer(j, termStart);
                    }
                    paroled(j, start);
                    break;
                }
            }
            default -> throw new IllegalStateException();
        }
        p.judgment.dprMonths = dpr;
    }

    // ---------------------------------------------------------------- prohibition-order

    private void poCorrectionMissing() {
        LocalDate e = ago(33, 700);
        Judgment j = chance(0.8) ? suspendedJudgment(e, true) : surveillanceJudgment(e);
        if (chance(0.2)) { // an old correction term of an earlier case does not count
            LocalDate oldStart = e.minusDays(d(400, 1500));
            Catalog.Court court = pick(Catalog.COURTS);
            p.corrections.add(new Correction(p.person, "缓刑", caseNumber(court, oldStart.getYear() - 1), oldStart,
                    oldStart.plusDays(d(180, 360)), pick(Catalog.OFFICES), null, null, null, maybe(oldStart, 0.8)));
        }
        lead(PO, "CORRECTION_MISSING", (j.suspended() ? "缓刑" : "管制") + " effective " + e
                + ", no community-correction record " + days(e, asOf) + " days later");
    }

    private void poOrderNotRecorded() {
        LocalDate e = ago(15, 700);
        Judgment j = chance(0.85) ? suspendedJudgment(e, true) : surveillanceJudgment(e);
        order(j, pick(Catalog.ORDER_GROUPS));
        correction(j, j.suspended() ? "缓刑" : "管制", null, false);
        lead(PO, "ORDER_NOT_RECORDED", "judgment orders 「" + j.orderText() + "」, correction record has none");
    }

    private void poViolatedByActivity() {
        String group = pick(List.of("娱乐场所", "学校", "采砂", "排污"));
        Judgment j = orderedPerson(group, 40, 900);
        LocalDate[] window = insidePeriod(j);
        int n = d(1, 3);
        Facts.Activity first = null;
        for (int i = 0; i < n; i++) {
            Facts.Activity a = activity(between(window[0], window[1]), venueOf(group));
            first = first == null ? a : first;
        }
        lead(PO, "ORDER_VIOLATED", "order 「" + j.orderText() + "」, " + first.venue().venueName() + " on "
                + first.occurred().toLocalDate());
    }

    private void poViolatedByBusiness() {
        String group = chance(0.7) ? "食品" : pick(List.of("采砂", "排污"));
        Judgment j = orderedPerson(group, 40, 900);
        LocalDate ps = j.orderPeriodStart();
        LocalDate pe = j.orderPeriodEnd();
        LocalDate[] window = insidePeriod(j);
        Catalog.Scope scope = scopeOf(group);
        String role = pick(List.of("法定代表人", "股东", "经理", "监事", "投资人"));
        if (chance(0.6)) {
            LocalDate from = between(window[0], window[1]);
            role(role, scope, from, null);
            lead(PO, "ORDER_VIOLATED", "order 「" + j.orderText() + "」, became " + role + " of a business in 「"
                    + scope.text() + "」 on " + from);
        } else {
            LocalDate from = ps.minusDays(d(30, 900));
            LocalDate last = pe.isBefore(asOf) ? pe : asOf;
            LocalDate to = chance(0.7) ? null : ps.plusDays(d(3, (int) days(ps, last)));
            role(role, scope, from, to);
            lead(PO, "ORDER_VIOLATED", "order 「" + j.orderText() + "」, still " + role + " of a business in 「"
                    + scope.text() + "」 during the order (since " + from + ")");
        }
    }

    private void poViolatedByFounding() {
        Judgment j = orderedPerson("设立公司", 40, 900);
        LocalDate[] window = insidePeriod(j);
        LocalDate from = between(window[0], window[1]);
        String role = pick(FOUNDING_ROLES);
        role(role, neutralScope(), from, null);
        lead(PO, "ORDER_VIOLATED", "order 「" + j.orderText() + "」, became " + role + " of an enterprise on " + from);
    }

    private void nmOrderOutsidePeriod() {
        String group = pick(List.of("娱乐场所", "学校", "采砂", "排污", "食品"));
        boolean after = group.equals("食品") || chance(0.7);
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            LocalDate e = ago(100, 1500);
            p.custody.clear();
            p.corrections.clear();
            Judgment j = suspendedJudgment(e, false);
            int months = Math.min(j.probationMonths, d(2, 12));
            j.orderGroup = group;
            if (chance(0.7)) {
                j.orderMonths = months;
            } else {
                j.orderStart = e;
                j.orderEnd = TermMath.end(e, months);
            }
            LocalDate pe = j.orderPeriodEnd();
            if (after && pe.isAfter(asOf.minusDays(10))) {
                continue;
            }
            correction(j, "缓刑", null, true);
            if (group.equals("食品")) {
                role(pick(FOUNDING_ROLES), scopeOf("食品"), between(pe.plusDays(3), asOf), null);
            } else if (after) {
                activity(between(pe.plusDays(3), asOf), venueOf(group));
            } else {
                activity(between(e.minusDays(60), e.minusDays(3)), venueOf(group));
            }
            return;
        }
    }

    private void nmOrderNoKeyword() {
        String group = pick(List.of("娱乐场所", "学校", "采砂", "排污", "食品"));
        Judgment j = orderedPerson(group, 40, 900);
        LocalDate[] window = insidePeriod(j);
        if (group.equals("食品") && chance(0.5)) {
            role(pick(FOUNDING_ROLES), neutralScope(), between(window[0], window[1]), null);
            return;
        }
        for (int i = d(1, 2); i > 0; i--) {
            Catalog.Venue v;
            do {
                v = pick(Catalog.VENUES);
            } while (v.neutral() || v.group().equals(group));
            activity(between(window[0], window[1]), v);
        }
    }

    private void nmFounding(boolean roleBefore) {
        Judgment j = orderedPerson("设立公司", 40, 900);
        if (roleBefore) {
            role(pick(FOUNDING_ROLES), neutralScope(), j.orderPeriodStart().minusDays(d(30, 900)), null);
        } else {
            LocalDate[] window = insidePeriod(j);
            role(pick(OTHER_ROLES), neutralScope(), between(window[0], window[1]), null);
        }
    }

    private void nmCorrectionWithinGrace() {
        int k = chance(0.25) ? 30 : d(3, 29);
        LocalDate e = asOf.minusDays(k);
        if (TermMath.ambiguous(e)) {
            e = e.plusDays(1);
        }
        if (chance(0.8)) {
            suspendedJudgment(e, true);
        } else {
            surveillanceJudgment(e);
        }
    }

    /** A suspended (mostly) or 管制 judgment effective on {@code e}, without an order. */
    private Judgment communityJudgment(LocalDate e) {
        return chance(0.8) ? suspendedJudgment(e, true) : surveillanceJudgment(e);
    }

    private static String correctionType(Judgment j) {
        return j.suspended() ? "缓刑" : "管制";
    }

    /** LATE_REPORT: reported to the correction office more than 10 days after the judgment took effect. */
    private void poLateReport() {
        int late = chance(0.2) ? 11 : d(14, 60);
        LocalDate e = ago(late + 3, 900);
        Judgment j = communityJudgment(e);
        LocalDate reported = e.plusDays(late);
        correction(j, correctionType(j), chance(0.5) ? reported : e.plusDays(d(0, 5)), true, reported);
        lead(PO, "LATE_REPORT", correctionType(j) + " effective " + e + ", reported " + reported + ", " + (late - 10)
                + " days late" + (late == 11 ? " (boundary: day 11)" : ""));
    }

    /** Near-miss: reported on day 10, the last day CCL art. 21 allows. */
    private void nmReportedDay10() {
        LocalDate e = ago(15, 900);
        Judgment j = communityJudgment(e);
        LocalDate reported = e.plusDays(10);
        correction(j, correctionType(j), chance(0.5) ? reported : e.plusDays(d(0, 5)), true, reported);
    }

    /** Near-miss: the correction term started late, but the office recorded no report day. */
    private void nmNoReportDate() {
        LocalDate e = ago(40, 900);
        Judgment j = communityJudgment(e);
        correction(j, correctionType(j), e.plusDays(d(14, 30)), true, null);
    }

    /**
     * Near-miss: a late report on a correction record of another case (a sentence from elsewhere),
     * with the judgment's own record reported in time (or no record of its own yet: CORRECTION_MISSING
     * looks at every record of the person).
     */
    private void nmLateReportOtherCase() {
        LocalDate e = ago(40, 900);
        Judgment j = communityJudgment(e);
        LocalDate reported = e.plusDays(d(14, 30));
        String other = caseNumber(pick(Catalog.COURTS), e.getYear());
        p.corrections.add(new Correction(p.person, "缓刑", other, reported, reported.plusDays(d(180, 720)),
                pick(Catalog.OFFICES), null, null, null, reported));
        if (chance(0.5)) {
            correction(j, correctionType(j), null, true);
        }
    }

    /** A suspended (or 管制) person with an order of {@code group}, effective {@code min..max} days ago, order recorded. */
    private Judgment orderedPerson(String group, int min, int max) {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            p.custody.clear();
            p.corrections.clear();
            LocalDate e = ago(min, max);
            Judgment j = chance(0.85) ? suspendedJudgment(e, true) : surveillanceJudgment(e);
            order(j, group);
            LocalDate[] w = window(j);
            if (w[0].isAfter(w[1])) {
                continue;
            }
            correction(j, j.suspended() ? "缓刑" : "管制", null, true);
            return j;
        }
    }

    private LocalDate[] window(Judgment j) {
        LocalDate lo = j.orderPeriodStart().plusDays(3);
        LocalDate hi = j.orderPeriodEnd().minusDays(3);
        if (hi.isAfter(asOf.minusDays(1))) {
            hi = asOf.minusDays(1);
        }
        return new LocalDate[] {lo, hi};
    }

    private LocalDate[] insidePeriod(Judgment j) {
        LocalDate[] w = window(j);
        if (w[0].isAfter(w[1])) {
            throw new IllegalStateException("empty order window");
        }
        return w;
    }

    /** Gives the judgment an order of {@code group}, with its period in one of the ways LAW.md allows. */
    private void order(Judgment j, String group) {
        j.orderGroup = group;
        int span = j.suspended() ? j.probationMonths : j.termMonths;
        int months = d(Math.min(span, 6), span);
        double x = r.nextDouble();
        if (j.suspended() && j.textOnly && x < 0.3) {
            j.orderAsClause = true;
        } else if (j.suspended() && x < 0.2) {
            j.orderMonths = 0; // the whole probation
        } else if (x < 0.4) {
            j.orderStart = j.effective;
            j.orderEnd = TermMath.end(j.effective, months);
        } else {
            j.orderMonths = months;
        }
    }

    // ---------------------------------------------------------------- property-penalty

    private void ppNotTransferred() {
        LocalDate e;
        do {
            e = ago(130, 2000);
        } while (!asOf.isAfter(e.plusMonths(3).plusDays(33)));
        Judgment j = finedPerson(e);
        double x = r.nextDouble();
        if (x < 0.15) {
            j.confiscateAll = true;
            j.fine = 0;
        } else if (x < 0.3) {
            j.confiscation = j.fine;
            j.fine = chance(0.5) ? pickFine() : 0;
        } else if (x < 0.45 && j.fine >= 2000) {
            j.prepaid = j.fine / 2 / 1000 * 1000;
        }
        lead(PP, "NOT_TRANSFERRED", "effective " + e + ", " + (j.confiscateAll ? "没收全部财产" : "outstanding "
                + j.outstanding() + "元") + ", no enforcement case");
    }

    private void ppOverdue() {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            LocalDate e = ago(200, 2000);
            LocalDate filed = e.plusDays(d(5, 120));
            if (!asOf.isAfter(filed.plusMonths(6).plusDays(3))) {
                continue;
            }
            Judgment j = finedPerson(e);
            long executed = chance(0.5) ? 0 : part(j.outstanding());
            enforcement(j, filed, executed, null, null);
            lead(PP, "ENFORCEMENT_OVERDUE", "enforcement filed " + filed + ", still open");
            return;
        }
    }

    private void ppClosedNotPaid() {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            LocalDate e = ago(100, 2000);
            LocalDate filed = e.plusDays(d(5, 120));
            LocalDate closed = filed.plusDays(d(30, 170));
            if (closed.isAfter(asOf)) {
                continue;
            }
            Judgment j = finedPerson(e);
            long executed = part(j.outstanding());
            enforcement(j, filed, executed, closed, "执行完毕");
            lead(PP, "CLOSED_NOT_PAID", "closed 执行完毕 with " + executed + " of " + j.outstanding() + "元");
            return;
        }
    }

    private void ppTerminated(boolean withRole) {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            LocalDate e = ago(100, 2000);
            LocalDate filed = e.plusDays(d(5, 120));
            LocalDate closed = filed.plusDays(d(60, 180));
            if (closed.isAfter(asOf)) {
                continue;
            }
            Judgment j = finedPerson(e);
            p.rolesOk = false;
            String closure = chance(0.75) ? "终结本次执行程序" : "终结执行";
            enforcement(j, filed, chance(0.6) ? 0 : part(j.outstanding()), closed, closure);
            if (withRole) {
                String role = pick(FOUNDING_ROLES);
                LocalDate to = chance(0.7) || days(closed, asOf) < 3 ? null : closed.plusDays(d(3, (int) days(closed, asOf)));
                role(role, neutralScope(), closed.minusDays(d(3, 1500)), to);
                lead(PP, "TERMINATED_WITH_ASSETS", "closed " + closure + " on " + closed + " while " + role
                        + " of an enterprise");
                return;
            }
            double x = r.nextDouble();
            if (x < 0.3) {
                LocalDate to = closed.minusDays(d(3, 150));
                role(pick(FOUNDING_ROLES), neutralScope(), to.minusDays(d(100, 1500)), to);
            } else if (x < 0.55 && days(closed, asOf) >= 3) {
                role(pick(FOUNDING_ROLES), neutralScope(), closed.plusDays(d(3, (int) days(closed, asOf))), null);
            } else if (x < 0.75) {
                role("监事", neutralScope(), closed.minusDays(d(10, 900)), null);
            }
            return;
        }
    }

    private void nmTransferGrace() {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            LocalDate e = chance(0.25) ? asOf.minusDays(30).minusMonths(3).plusDays(d(-2, 2)) : ago(1, 120);
            if (asOf.isAfter(e.plusMonths(3).plusDays(30)) || e.isAfter(asOf.minusDays(1))) {
                continue;
            }
            finedPerson(e);
            return;
        }
    }

    private void nmFiledRecently() {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            LocalDate filed = chance(0.25) ? asOf.minusMonths(6) : ago(1, 170);
            if (asOf.isAfter(filed.plusMonths(6)) || !filed.isBefore(asOf)) {
                continue;
            }
            LocalDate e = filed.minusDays(d(5, 120));
            Judgment j = finedPerson(e);
            enforcement(j, filed, chance(0.5) ? 0 : part(j.outstanding()), null, null);
            return;
        }
    }

    private void nmFullyPaid() {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            LocalDate e = ago(60, 2000);
            LocalDate filed = e.plusDays(d(5, 120));
            LocalDate closed = filed.plusDays(d(10, 170));
            if (closed.isAfter(asOf)) {
                continue;
            }
            Judgment j = finedPerson(e);
            enforcement(j, filed, j.outstanding(), closed, "执行完毕");
            return;
        }
    }

    private void nmPrepaid() {
        Judgment j = finedPerson(ago(150, 2000));
        j.prepaid = j.fine;
    }

    private void nmNotYetEffective() {
        LocalDate e = asOf.plusDays(d(1, 6));
        if (chance(0.5)) {
            Judgment j = suspendedJudgment(e, true);
            j.fine = pickFine();
        } else {
            Judgment j = judgment(Penalty.YOUQI, e);
            LocalDate admitted = TermMath.safe(e.minusDays(d(30, 270)));
            term(j, admitted, pickTerm(24));
            j.fine = chance(0.5) ? pickFine() : 0;
            stay(j, admitted, null, null, null);
        }
    }

    /** LATE_FILING: the enforcement case was filed more than 7 days after the trial division transferred it. */
    private void ppLateFiling() {
        int late = chance(0.2) ? 8 : d(11, 120);
        LateCase c = lateCase(late, true);
        lead(PP, "LATE_FILING", "transferred " + c.transferred + ", filed " + c.filed + ", " + (late - 7) + " days late"
                + (late == 8 ? " (boundary: day 8)" : ""));
    }

    /** Near-miss: filed on day 7 after the transfer, the last day SPC-2014 art. 7 allows. */
    private void nmFiledDay7() {
        lateCase(7, true);
    }

    /** Near-miss: filed long after the judgment took effect, but with no transfer date recorded. */
    private void nmNoTransferDate() {
        lateCase(d(30, 200), false);
    }

    /** The transfer and filing days of a planted case. */
    private record LateCase(LocalDate transferred, LocalDate filed) {
    }

    /**
     * A fined person whose case was filed {@code days} days after the transfer (recorded or not),
     * lawful in every other way (open within its six months, or closed).
     */
    private LateCase lateCase(int days, boolean recorded) {
        for (int attempt = 0; ; attempt++) {
            guard(attempt);
            LocalDate e = ago(60, 2000);
            LocalDate transferred = e.plusDays(d(1, 100));
            LocalDate filed = transferred.plusDays(days);
            if (filed.isAfter(asOf.minusDays(1))) {
                continue;
            }
            lawfulCase(finedPerson(e), recorded ? transferred : null, filed);
            return new LateCase(transferred, filed);
        }
    }

    /**
     * Near-miss: an enforcement case whose criminal case is no judgment here (a sentence from
     * elsewhere): filed late after its transfer, and open past six months or closed; it collides
     * with nothing (LAW.md, common rules), and the person's own judgment has no property penalty.
     */
    private void nmCaseOfNoJudgment() {
        cleanPrison(false, false);
        Judgment j = p.judgment;
        LocalDate transferred = ago(40, 1500);
        LocalDate filed = transferred.plusDays(d(10, 30));
        String other = caseNumber(pick(Catalog.COURTS), transferred.getYear() - 1);
        long target = pickFine();
        boolean open = days(filed, asOf) > 200 && chance(0.5);
        LocalDate closed = open ? null : between(filed, asOf);
        p.enforcement.add(new Enforcement(p.person, execNumber(j, filed), other, transferred, filed, target,
                open ? 0 : target, closed, open ? null : "执行完毕"));
    }

    /**
     * A prisoner with a fine (sometimes a confiscation too) effective two years ago or more, delivered
     * to prison lawfully; no enforcement case yet.
     */
    private Judgment finedPrisoner() {
        LocalDate e = ago(730, 3000);
        Judgment j = judgment(Penalty.YOUQI, e);
        LocalDate termStart = TermMath.safe(e.minusDays(d(30, 270)));
        term(j, termStart, pickTerm(48));
        lawfulTransfer(j, termStart);
        j.fine = pickFine();
        if (chance(0.15)) {
            j.confiscation = pickFine();
        }
        return j;
    }

    /** A ruling day after the first year of the term, 30 days before its end and {@code margin} days before as-of. */
    private LocalDate rulingDay(Judgment j, int margin) {
        LocalDate hi = j.termEnd.minusDays(30).isBefore(asOf.minusDays(margin)) ? j.termEnd.minusDays(30)
                : asOf.minusDays(margin);
        return between(j.effective.plusDays(365), hi);
    }

    /** Commuted (减刑, still in prison) or paroled (假释: released a few days after) on {@code ruled}. */
    private void commuted(Judgment j, boolean parole, LocalDate ruled, String caseNumber) {
        ruling(j, parole ? "假释" : "减刑", ruled, caseNumber);
        if (parole) {
            LocalDate released = ruled.plusDays(d(3, 15));
            paroled(j, released);
        } else {
            releaseAfterPrison(j, false, false);
        }
    }

    /** The case of an unpaid penalty: filed late (within its six months before as-of) and still open. */
    private void openLateCase(Judgment j) {
        enforcement(j, ago(5, 170), chance(0.5) ? 0 : part(j.outstanding()), null, null);
    }

    /**
     * COMMUTED_WHILE_UNPAID: commuted or paroled while the fine was neither paid nor found
     * unenforceable - paid in full only after the ruling, closed 终本 only after it, or still open.
     */
    private void ppCommutedWhileUnpaid() {
        Judgment j = finedPrisoner();
        boolean parole = chance(0.3);
        LocalDate ruled = rulingDay(j, parole ? 20 : 3);
        LocalDate filed = j.effective.plusDays(d(1, 120));
        LocalDate closed = ruled.plusDays(d(3, (int) Math.min(300, days(ruled, asOf))));
        double x = r.nextDouble();
        String how;
        if (x < 0.45) {
            enforcement(j, filed, j.outstanding(), closed, "执行完毕");
            how = "paid in full on " + closed;
        } else if (x < 0.7) {
            p.rolesOk = false;
            String closure = chance(0.75) ? "终结本次执行程序" : "终结执行";
            enforcement(j, filed, chance(0.5) ? 0 : part(j.outstanding()), closed, closure);
            how = "closed " + closure + " on " + closed;
        } else {
            openLateCase(j);
            how = "enforcement still open";
        }
        commuted(j, parole, ruled, maybe(j.caseNumber, 0.85));
        lead(PP, "COMMUTED_WHILE_UNPAID", (parole ? "假释" : "减刑") + " ruled " + ruled + ", fine unpaid then (" + how + ")");
    }

    /** Near-miss: commuted on the day the fine was paid in full. */
    private void nmCommutedOnPaymentDay() {
        Judgment j = finedPrisoner();
        LocalDate ruled = rulingDay(j, 3);
        enforcement(j, j.effective.plusDays(d(1, 120)), j.outstanding(), ruled, "执行完毕");
        commuted(j, false, ruled, maybe(j.caseNumber, 0.85));
    }

    /** Near-miss: commuted after (or on the day) the case was closed 终本 or 终结执行: found unenforceable. */
    private void nmCommutedAfterTermination() {
        Judgment j = finedPrisoner();
        LocalDate ruled = rulingDay(j, 20);
        p.rolesOk = false;
        enforcement(j, j.effective.plusDays(d(1, 120)), chance(0.5) ? 0 : part(j.outstanding()),
                ruled.minusDays(d(0, 200)), chance(0.75) ? "终结本次执行程序" : "终结执行");
        commuted(j, chance(0.3), ruled, maybe(j.caseNumber, 0.85));
    }

    /** Near-miss: a ruling dated on the effective date (LAW.md: after it). */
    private void nmCommutedOnEffectiveDate() {
        Judgment j = finedPrisoner();
        lawfulEnforcement(j);
        ruling(j, "减刑", j.effective, maybe(j.caseNumber, 0.85));
        releaseAfterPrison(j, false, false);
    }

    /** Near-miss: the fine unpaid, but the ruling is dated after as-of. */
    private void nmCommutedAfterAsOf() {
        Judgment j = finedPrisoner();
        openLateCase(j);
        ruling(j, "减刑", asOf.plusDays(d(1, 60)), maybe(j.caseNumber, 0.85));
        releaseAfterPrison(j, false, false);
    }

    /** Near-miss: the fine unpaid, but the ruling names another case. */
    private void nmCommutedOtherCase() {
        Judgment j = finedPrisoner();
        openLateCase(j);
        LocalDate ruled = rulingDay(j, 20);
        commuted(j, chance(0.3), ruled, caseNumber(pick(Catalog.COURTS), j.judgmentDate.getYear() - 1 - d(0, 3)));
    }

    /** Near-miss: the fine was paid in full before the judgment (nothing outstanding), then commuted. */
    private void nmCommutedFinePrepaid() {
        Judgment j = finedPrisoner();
        j.confiscation = 0;
        j.prepaid = j.fine;
        commuted(j, chance(0.3), rulingDay(j, 20), maybe(j.caseNumber, 0.85));
    }

    /** A fined person (prison 70%, suspended 30%), lawful in every other model; no enforcement yet. */
    private Judgment finedPerson(LocalDate e) {
        Judgment j;
        if (chance(0.7)) {
            j = judgment(Penalty.YOUQI, e);
            boolean custody = chance(0.85);
            LocalDate termStart = TermMath.safe(custody ? e.minusDays(d(30, 270)) : e);
            term(j, termStart, pickTerm(24));
            if (custody) {
                lawfulTransfer(j, termStart);
            }
            releaseAfterPrison(j, true, false);
        } else {
            j = suspendedJudgment(e, true);
            correction(j, "缓刑", null, true);
        }
        j.fine = pickFine();
        return j;
    }

    // ---------------------------------------------------------------- clean persons

    private void cleanPrison(boolean dpr, boolean parole) {
        LocalDate e = parole ? ago(400, 3000) : ago(15, 3000);
        Judgment j = judgment(Penalty.YOUQI, e);
        double x = r.nextDouble();
        LocalDate termStart;
        if (x < 0.8) {
            termStart = TermMath.safe(e.minusDays(d(30, 270)));
            term(j, termStart, pickTerm(24));
            lawfulTransfer(j, termStart);
        } else {
            termStart = TermMath.safe(e);
            term(j, termStart, pickTerm(24));
            if (x < 0.9) { // in custody before, released on bail: the stay does not cover the judgment
                LocalDate in = TermMath.safe(e.minusDays(d(100, 300)));
                p.custody.add(new Custody(p.person, maybe(j.caseNumber, 0.6), pick(Catalog.DETENTION_CENTERS), in, null,
                        in.plusDays(d(10, 60)), "取保候审"));
                j.termStartWritten = true;
            }
        }
        if (dpr) {
            j.dprMonths = pick(new int[] {12, 24, 36, 48, 60});
        }
        LocalDate released = parole ? parole(j, true) : null;
        if (released == null) {
            maybeCommuted(j, 0.15);
            released = releaseAfterPrison(j, !dpr, dpr);
        }
        if (dpr && released != null) {
            lawfulSupervision(released, j.dprMonths);
        }
    }

    private void cleanPrisonFine() {
        Judgment j = finedPerson(ago(15, 2500));
        double x = r.nextDouble();
        if (x < 0.1) {
            j.prepaid = j.fine;
        } else if (x < 0.2) {
            j.confiscation = pickFine();
        }
        lawfulEnforcement(j);
        if (j.penalty != Penalty.YOUQI || j.suspended() || !chance(0.25)) {
            return;
        }
        // commuted once the penalty was paid (or prepaid): no COMMUTED_WHILE_UNPAID
        LocalDate paid = j.outstanding() <= 0 ? j.effective : null;
        for (Enforcement c : p.enforcement) {
            if ("执行完毕".equals(c.closure()) && c.executed() >= c.target()) {
                paid = c.closed();
            }
        }
        if (paid != null) {
            LocalDate lo = paid.plusDays(3).isBefore(j.effective.plusDays(365)) ? j.effective.plusDays(365) : paid.plusDays(3);
            LocalDate hi = j.termEnd.minusDays(30).isBefore(asOf.minusDays(1)) ? j.termEnd.minusDays(30) : asOf.minusDays(1);
            if (!lo.isAfter(hi)) {
                ruling(j, "减刑", between(lo, hi), maybe(j.caseNumber, 0.9));
            }
        }
    }

    private void cleanSuspended(boolean withOrder) {
        LocalDate e = ago(1, 1500);
        Judgment j = suspendedJudgment(e, true);
        if (withOrder) {
            order(j, pick(Catalog.ORDER_GROUPS));
        } else if (chance(0.15)) {
            j.dprMonths = pick(new int[] {12, 24, 36});
        }
        correction(j, "缓刑", null, true);
        if (j.dprMonths > 0) {
            lawfulSupervision(e, j.dprMonths);
        }
        if (!withOrder && chance(0.2)) {
            j.fine = pickFine();
            lawfulEnforcement(j);
        }
    }

    private void cleanJuyi() {
        int t = d(1, 6);
        LocalDate admitted = TermMath.safe(ago(10, 2000));
        LocalDate end = TermMath.end(admitted, t);
        LocalDate e = admitted.plusDays(d(3, Math.max(3, (int) days(admitted, end) - 3)));
        if (e.isAfter(asOf)) {
            e = asOf;
        }
        Judgment j = judgment(Penalty.JUYI, e);
        term(j, admitted, t);
        boolean released = !end.isAfter(asOf);
        stay(j, admitted, maybeNotice(e, released ? end : asOf), released ? end : null, released ? "刑满释放" : null);
    }

    private void cleanSurveillance() {
        LocalDate e = ago(1, 1500);
        Judgment j = surveillanceJudgment(e);
        if (chance(0.2)) {
            j.dprMonths = pick(new int[] {12, 24});
            term(j, e, j.dprMonths);
        }
        correction(j, "管制", null, true);
        if (j.dprMonths > 0) {
            lawfulSupervision(e, j.dprMonths);
        }
    }

    private void cleanLife() {
        LocalDate e = ago(15, 3000);
        Judgment j = judgment(chance(0.6) ? Penalty.WUQI : Penalty.SIHUAN, e);
        j.dprMonths = Facts.LIFE;
        if (chance(0.3)) {
            j.confiscateAll = true;
            lawfulEnforcementAll(j);
        } else {
            maybeCommuted(j, 0.3); // a life term commuted to a fixed one: nothing owed, no lead
        }
        lawfulTransfer(j, TermMath.safe(e.minusDays(d(60, 300))));
    }

    // ---------------------------------------------------------------- lawful building blocks

    private Judgment judgment(Penalty penalty, LocalDate effective) {
        Judgment j = new Judgment();
        j.person = p.person;
        j.penalty = penalty;
        j.effective = effective;
        j.judgmentDate = effective.minusDays(d(10, 16));
        j.court = pick(Catalog.COURTS);
        j.caseNumber = caseNumber(j.court, j.judgmentDate.getYear());
        j.textOnly = chance(0.2);
        p.judgment = j;
        return j;
    }

    private void term(Judgment j, LocalDate start, int months) {
        if (TermMath.ambiguous(start)) {
            throw new IllegalStateException("ambiguous term start " + start);
        }
        j.termStart = start;
        j.termMonths = months;
        j.termEnd = TermMath.end(start, months);
    }

    /** A suspended sentence effective on {@code e} (有期徒刑 or 拘役 with probation); maybe a custody stay before. */
    private Judgment suspendedJudgment(LocalDate e, boolean mayHaveCustody) {
        Judgment j = judgment(chance(0.85) ? Penalty.YOUQI : Penalty.JUYI, e);
        int t;
        if (j.penalty == Penalty.YOUQI) {
            t = pick(new int[] {6, 8, 10, 12, 18, 24, 30, 36});
            j.probationMonths = Math.min(60, Math.max(12, t) + 6 * d(0, 4));
        } else {
            t = d(1, 6);
            j.probationMonths = Math.min(12, Math.max(2, t) + d(0, 6));
        }
        if (mayHaveCustody && chance(0.5)) {
            LocalDate admitted = TermMath.safe(e.minusDays(d(20, 150)));
            term(j, admitted, t);
            LocalDate left = e.plusDays(d(0, 1)); // released within the release grace (HELD_AFTER_NON_CUSTODIAL)
            stay(j, admitted, null, left.isAfter(asOf) ? asOf : left, "判处缓刑");
        } else {
            term(j, TermMath.safe(e), t);
        }
        return j;
    }

    private Judgment surveillanceJudgment(LocalDate e) {
        Judgment j = judgment(Penalty.GUANZHI, e);
        term(j, TermMath.safe(e), d(3, 24));
        return j;
    }

    /**
     * The correction record of a 管制/缓刑/假释 term, starting at {@code start} (or a few days after
     * the judgment took effect, never after as-of), with the order recorded when asked.
     */
    private void correction(Judgment j, String type, LocalDate start, boolean recordOrder) {
        if (start == null) {
            long room = days(j.effective, asOf);
            if (room < 1) {
                return;
            }
            start = chance(0.1) ? j.judgmentDate : j.effective.plusDays(d(1, (int) Math.min(10, room)));
        }
        correction(j, type, start, recordOrder, lawfulReport(j, type, start));
    }

    /**
     * The day a person reported for a correction term starting on {@code start}: for 管制 and 缓刑
     * within 7 days of the judgment taking effect (CCL art. 21 allows 10: LATE_REPORT), on the term's
     * start when that is within them; for 假释 a few days after release; sometimes not recorded.
     */
    private LocalDate lawfulReport(Judgment j, String type, LocalDate start) {
        if (chance(0.15)) {
            return null;
        }
        if (type.equals("假释")) {
            LocalDate reported = start.plusDays(d(0, 3));
            return reported.isAfter(asOf) ? start : reported;
        }
        long room = days(j.effective, asOf);
        if (room < 0) {
            return null;
        }
        if (!start.isBefore(j.effective) && !start.isAfter(j.effective.plusDays(7))) {
            return start;
        }
        return j.effective.plusDays(d(0, (int) Math.min(7, room)));
    }

    /** The correction record of a term starting on {@code start}, reported on {@code reported} (null: not recorded). */
    private void correction(Judgment j, String type, LocalDate start, boolean recordOrder, LocalDate reported) {
        LocalDate end = switch (type) {
            case "缓刑" -> j.probationEnd();
            case "管制" -> j.termEnd;
            default -> j.termEnd;
        };
        String order = null;
        LocalDate os = null;
        LocalDate oe = null;
        if (j.hasOrder() && recordOrder && !type.equals("假释")) {
            order = j.orderText();
            if (chance(0.5)) {
                os = j.orderPeriodStart();
                oe = j.orderPeriodEnd();
            }
        }
        p.corrections.add(new Correction(p.person, type, maybe(j.caseNumber, 0.85), start, end, pick(Catalog.OFFICES),
                order, os, oe, reported));
    }

    private Custody stay(Judgment j, LocalDate admitted, LocalDate notice, LocalDate left, String reason) {
        Custody c = new Custody(p.person, maybe(j.caseNumber, 0.7), pick(Catalog.DETENTION_CENTERS), admitted, notice,
                left, reason);
        p.custody.add(c);
        return c;
    }

    /** A notice a few days after the judgment, when it is not after {@code latest}; else blank (estimated). */
    private LocalDate maybeNotice(LocalDate e, LocalDate latest) {
        LocalDate n = e.plusDays(d(2, 6));
        return chance(0.8) && !n.isAfter(latest) ? n : null;
    }

    /**
     * A lawful stay for a sentence that must go to prison: notice a few days after the judgment,
     * delivered within the 30 days, or still waiting with at least 3 days of the deadline left.
     */
    private void lawfulTransfer(Judgment j, LocalDate admitted) {
        LocalDate e = j.effective;
        boolean given = chance(0.85);
        LocalDate notice = given ? e.plusDays(d(2, 12)) : e.plusDays(10);
        if (given && !notice.isBefore(asOf)) {
            given = false;
            notice = e.plusDays(10);
        }
        LocalDate left = null;
        if (notice.isBefore(asOf) && !(days(notice, asOf) <= 27 && chance(0.5))) {
            left = notice.plusDays(d(1, (int) Math.min(27, days(notice, asOf))));
        }
        if (left == null && (days(notice, asOf) > 27 || (j.termEnd != null && j.termEnd.isBefore(asOf.plusDays(3))))) {
            throw new IllegalStateException("unlawful waiting stay");
        }
        if (left != null && j.termEnd != null && left.isAfter(j.termEnd)) {
            throw new IllegalStateException("delivered after the term");
        }
        if (j.termEnd != null && !j.termEnd.isAfter(notice.plusMonths(3).plusDays(3))) {
            throw new IllegalStateException("lawful transfer of a short term");
        }
        stay(j, admitted, given ? notice : null, left, left == null ? null : "投送监狱");
    }

    /**
     * Records the release from prison when the term has ended (always when {@code mustRecord}); a
     * parole now and then, when {@code allowParole}, without its ruling (the court's list is never
     * complete, and a ruling could meet an unpaid fine: COMMUTED_WHILE_UNPAID).
     */
    private LocalDate releaseAfterPrison(Judgment j, boolean allowParole, boolean mustRecord) {
        if (allowParole && chance(0.1)) {
            LocalDate released = parole(j, false);
            if (released != null) {
                return released;
            }
        }
        if (j.termEnd != null && j.termEnd.isBefore(asOf) && (mustRecord || chance(0.85))) {
            release(j, j.termEnd, "刑满释放");
            return j.termEnd;
        }
        return null;
    }

    /**
     * Parole somewhere in the second half of the term, before as-of, with the court's 假释 ruling a
     * few days before when {@code withRuling}; null when there is no room.
     */
    private LocalDate parole(Judgment j, boolean withRuling) {
        LocalDate lo = j.termStart.plusDays(days(j.termStart, j.termEnd) / 2);
        if (lo.isBefore(j.effective.plusDays(180))) {
            lo = j.effective.plusDays(180);
        }
        LocalDate hi = j.termEnd.minusDays(30);
        if (hi.isAfter(asOf.minusDays(1))) {
            hi = asOf.minusDays(1);
        }
        if (lo.isAfter(hi)) {
            return null;
        }
        LocalDate released = TermMath.safe(between(lo, hi));
        paroled(j, released);
        if (withRuling) {
            ruling(j, "假释", released.minusDays(d(3, 20)), j.caseNumber);
        }
        return released;
    }

    /** A commutation (减刑) or parole (假释) ruling for the judgment, by the intermediate court of its place. */
    private void ruling(Judgment j, String type, LocalDate date, String caseNumber) {
        Catalog.Court court = Catalog.intermediateCourt(j.court);
        int n = execSeq.merge(court.code() + "刑更" + date.getYear(), 1, Integer::sum);
        p.commutations.add(new Commutation(p.person, caseNumber, "(" + date.getYear() + ")" + court.code() + "刑更" + n + "号",
                type, date, court.name()));
    }

    /**
     * A lawful 减刑 ruling for a prisoner now and then: after the first year of the term, before its
     * end and before as-of. Only for a judgment without a property penalty still owed, or the ruling
     * would be COMMUTED_WHILE_UNPAID.
     */
    private void maybeCommuted(Judgment j, double probability) {
        if (!chance(probability)) {
            return;
        }
        LocalDate lo = j.effective.plusDays(365);
        LocalDate hi = asOf.minusDays(1);
        if (j.termEnd != null && j.termEnd.minusDays(30).isBefore(hi)) {
            hi = j.termEnd.minusDays(30);
        }
        if (!lo.isAfter(hi)) {
            ruling(j, "减刑", between(lo, hi), maybe(j.caseNumber, 0.9));
        }
    }

    /** Released on parole: the resettlement record and the 假释 correction term from that day. */
    private void paroled(Judgment j, LocalDate released) {
        release(j, released, "假释");
        correction(j, "假释", released, true);
    }

    private void release(Judgment j, LocalDate released, String type) {
        p.releases.add(new Release(p.person, released, type, pick(Catalog.PRISONS), maybe(j.caseNumber, 0.5)));
    }

    private void supervision(LocalDate start, LocalDate end) {
        p.supervisions.add(new Supervision(p.person, start, end, pick(Catalog.POLICE_STATIONS)));
    }

    /** Police supervision from shortly after {@code start}, covering as-of while it runs, ending with it. */
    private void lawfulSupervision(LocalDate start, int dpr) {
        if (!start.isBefore(asOf)) {
            return;
        }
        LocalDate from = start.plusDays(d(1, (int) Math.min(25, days(start, asOf))));
        LocalDate to = null;
        if (dpr != Facts.LIFE) {
            LocalDate end = TermMath.end(start, dpr);
            if (days(end, asOf) > 27) {
                to = end;
            } else if (!end.isBefore(asOf.plusDays(3)) && chance(0.5)) {
                to = end;
            }
        }
        supervision(from, to);
    }

    /** An enforcement case that breaks no rule as of as-of (or none, while the transfer period runs). */
    private void lawfulEnforcement(Judgment j) {
        long target = j.outstanding();
        if (target <= 0) {
            return;
        }
        LocalDate e = j.effective;
        // a case is needed from 3 days before the transfer deadline on (clean persons keep off the boundary)
        boolean due = asOf.isAfter(e.plusMonths(3).plusDays(27));
        long room = days(e, asOf) - 1;
        if ((!due && chance(0.5)) || room < 1) {
            if (due) {
                throw new IllegalStateException("no room to file");
            }
            return;
        }
        LocalDate filed = e.plusDays(d(1, (int) Math.min(120, room)));
        lawfulCase(j, transferDate(j, filed), filed);
    }

    /**
     * A case filed on {@code filed} that breaks no rule as of as-of: still open while its six months
     * run, else closed - in full (执行完毕) mostly, else 终本 or 终结执行 (no role is then written for the
     * person). Returns the case.
     */
    private Enforcement lawfulCase(Judgment j, LocalDate transferred, LocalDate filed) {
        long target = j.outstanding();
        boolean mayStayOpen = !asOf.isAfter(filed.plusMonths(6).minusDays(3));
        long closeRoom = days(filed, asOf);
        if ((mayStayOpen && chance(0.3)) || closeRoom < 20) {
            if (!mayStayOpen) {
                throw new IllegalStateException("open case past six months");
            }
            return enforcement(j, transferred, filed, chance(0.5) ? 0 : part(target), null, null);
        }
        LocalDate closed = filed.plusDays(d(20, (int) Math.min(170, closeRoom)));
        if (chance(0.88)) {
            return enforcement(j, transferred, filed, target, closed, "执行完毕");
        }
        p.rolesOk = false;
        return enforcement(j, transferred, filed, chance(0.5) ? 0 : part(target), closed,
                chance(0.8) ? "终结本次执行程序" : "终结执行");
    }

    /** Confiscation of all property: a case filed early and closed 终本 (no role is ever written for the person). */
    private void lawfulEnforcementAll(Judgment j) {
        LocalDate e = j.effective;
        long room = days(e, asOf) - 1;
        if (room < 1) {
            return;
        }
        LocalDate filed = e.plusDays(d(1, (int) Math.min(60, room)));
        LocalDate transferred = transferDate(j, filed);
        long closeRoom = days(filed, asOf);
        long target = pickFine() * 10;
        p.rolesOk = false;
        if (!asOf.isAfter(filed.plusMonths(6).minusDays(3)) && (closeRoom < 20 || chance(0.3))) {
            p.enforcement.add(new Enforcement(p.person, execNumber(j, filed), j.caseNumber, transferred, filed, target, 0,
                    null, null));
            return;
        }
        p.enforcement.add(new Enforcement(p.person, execNumber(j, filed), j.caseNumber, transferred, filed, target, 0,
                filed.plusDays(d(20, (int) Math.min(170, closeRoom))), "终结本次执行程序"));
    }

    /**
     * When the trial division transferred a case filed on {@code filed}: up to 4 days before (SPC-2014
     * art. 7 allows 7: LATE_FILING), not before the judgment took effect; sometimes not recorded.
     */
    private LocalDate transferDate(Judgment j, LocalDate filed) {
        if (chance(0.2)) {
            return null;
        }
        LocalDate t = filed.minusDays(d(0, 4));
        if (!t.isBefore(j.effective)) {
            return t;
        }
        return filed.isBefore(j.effective) ? filed : j.effective;
    }

    private Enforcement enforcement(Judgment j, LocalDate filed, long executed, LocalDate closed, String closure) {
        return enforcement(j, transferDate(j, filed), filed, executed, closed, closure);
    }

    private Enforcement enforcement(Judgment j, LocalDate transferred, LocalDate filed, long executed, LocalDate closed,
                                    String closure) {
        String source = chance(0.03) ? null : j.caseNumber;
        Enforcement c = new Enforcement(p.person, execNumber(j, filed), source, transferred, filed, j.outstanding(),
                executed, closed, closure);
        p.enforcement.add(c);
        return c;
    }

    private Facts.Activity activity(LocalDate day, Catalog.Venue venue) {
        LocalDateTime at = day.atTime(LocalTime.of(d(8, 23), d(0, 59), d(0, 59)));
        Facts.Activity a = new Facts.Activity(p.person.id(), p.person.name(), at, venue);
        p.activities.add(a);
        return a;
    }

    private void role(String role, Catalog.Scope scope, LocalDate start, LocalDate end) {
        String trade = scope.group().equals("食品") ? "食品" : pick(List.of("商贸", "建材", "科技", "农业", "物流", "机械"));
        String enterprise = pick(List.of("凤城市", "丹东市", "东港市", "宽甸县")) + pick(Catalog.ENTERPRISE_WORDS) + trade + "有限公司";
        p.roles.add(new Role(p.person.id(), p.person.name(), enterprise, creditCode(r), role, scope.text(), start, end));
    }

    static String creditCode(SplittableRandom r) {
        StringBuilder b = new StringBuilder("9121068");
        for (int i = 0; i < 10; i++) {
            b.append(Catalog.CREDIT_CHARS.charAt(r.nextInt(Catalog.CREDIT_CHARS.length())));
        }
        return b.append(Catalog.creditCheck(b)).toString();
    }

    // ---------------------------------------------------------------- small helpers

    private void lead(String model, String kind, String scenario) {
        p.leads.add(new Lead(model, kind, p.person.id(), p.judgment.caseNumber, scenario));
    }

    private String caseNumber(Catalog.Court court, int year) {
        int n = caseSeq.merge(court.code() + year, 1, Integer::sum);
        return "(" + year + ")" + court.code() + "刑初" + n + "号";
    }

    private String execNumber(Judgment j, LocalDate filed) {
        int n = execSeq.merge(j.court.code() + filed.getYear(), 1, Integer::sum);
        return "(" + filed.getYear() + ")" + j.court.code() + "执" + n + "号";
    }

    private Catalog.Venue venueOf(String group) {
        Catalog.Venue v;
        do {
            v = pick(Catalog.VENUES);
        } while (!v.group().equals(group));
        return v;
    }

    private Catalog.Scope scopeOf(String group) {
        Catalog.Scope s;
        do {
            s = pick(Catalog.SCOPES);
        } while (!s.group().equals(group));
        return s;
    }

    private Catalog.Scope neutralScope() {
        return scopeOf("");
    }

    private long pickFine() {
        return FINES[r.nextInt(FINES.length)];
    }

    /** A part of an amount: 10%-90%, in whole hundreds, at least 100 and below the amount. */
    private long part(long amount) {
        long v = amount * d(1, 9) / 10 / 100 * 100;
        return Math.max(100, Math.min(v, amount - 100));
    }

    private int pickTerm(int min) {
        int t;
        do {
            t = LONG_TERMS[r.nextInt(LONG_TERMS.length)];
        } while (t < min);
        return t;
    }

    private <T> T maybe(T value, double probability) {
        return chance(probability) ? value : null;
    }

    /** A day {@code min..max} days before as-of (moved off an ambiguous 28 February). */
    private LocalDate ago(int min, int max) {
        return TermMath.safe(asOf.minusDays(d(min, max)));
    }

    private LocalDate between(LocalDate lo, LocalDate hi) {
        return lo.plusDays(r.nextLong(days(lo, hi) + 1));
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private int d(int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    private boolean chance(double probability) {
        return r.nextDouble() < probability;
    }

    private int pick(int[] values) {
        return values[r.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static void guard(int attempt) {
        if (attempt > 10_000) {
            throw new IllegalStateException("could not place a scenario");
        }
    }
}
