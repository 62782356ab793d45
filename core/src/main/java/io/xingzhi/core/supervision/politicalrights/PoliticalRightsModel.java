package io.xingzhi.core.supervision.politicalrights;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.CustodyStay;
import io.xingzhi.core.record.DataNeed;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.DprSupervision;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.LeaveReason;
import io.xingzhi.core.record.Release;
import io.xingzhi.core.sentence.Periods;
import io.xingzhi.core.supervision.LeadBuilder;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.Sentences;
import io.xingzhi.core.supervision.StreamWatch;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.Months;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * political-rights (剥夺政治权利罪犯脱漏管), LAW.md §2. For each effective judgment with a
 * deprivation of political rights, computes when it starts (CL art. 55, 58: on release or parole
 * for 有期徒刑/拘役 and life terms, estimated from the term end when no release is recorded; on the
 * effective date for suspended sentences, 管制 and 单处) and ends, and collides it with police
 * supervision records: NOT_SUPERVISED (漏管), SUPERVISION_ENDED_EARLY (脱管), NOT_RESTORED
 * (期满未恢复), PERIOD_MISRECORDED (执行期间登记错误: the recorded start is earlier, or the recorded
 * end other, than the legal period by more than the tolerance), and - from the streamed business
 * registrations - BARRED_ROLE (任职资格违法: a company office during the deprivation or the five years
 * after it, 公司法 art. 178(二); see {@link BarredRoleWatch}). The registration grace (30 days by default) gives the police time to take over.
 * A police record that starts after as-of is not supervision yet and is ignored by every kind; a
 * judgment whose principal penalty cannot be determined is skipped, never taken as 单处.
 */
public final class PoliticalRightsModel implements SupervisionModel {
    public static final String NAME = "political-rights";
    private static final LeadKind DEFAULTS = LeadKind.of(NAME, "剥夺政治权利罪犯脱漏管", "DEFAULTS", "本模型")
            .withAgency("公安机关").withDocument(DocumentType.CORRECTION_NOTICE)
            .withFacts("dpr_start", "剥夺政治权利起始日", "dpr_end", "剥夺政治权利届满日", "supervision_ended_on", "监管终止日");
    /** The kinds that collide the deprivation with the police's records. */
    private static final LeadKind POLICE = DEFAULTS.withNeeds(DataNeed.dataset(Dataset.DPR_SUPERVISION));
    /** 漏管: deprivation running, no police supervision record for it at all. */
    public static final LeadKind NOT_SUPERVISED = POLICE.named("NOT_SUPERVISED", "漏管").withMissingFrom(Dataset.DPR_SUPERVISION)
            .withBasis("刑法第55条", "刑法第58条", "刑事诉讼法第270条", "公安机关办理刑事案件程序规定第311条",
                    "人民检察院刑事诉讼规则第627条", "人民检察院刑事诉讼规则第628条");
    /** 脱管: deprivation running, police supervision ended before it. */
    public static final LeadKind SUPERVISION_ENDED_EARLY = POLICE.named("SUPERVISION_ENDED_EARLY", "脱管")
            .withBasis("刑法第58条", "刑事诉讼法第270条", "公安机关办理刑事案件程序规定第312条", "人民检察院刑事诉讼规则第627条");
    /** 执行期间登记错误: the police record's start or end differs from the legal period by more than the tolerance. */
    public static final LeadKind PERIOD_MISRECORDED = POLICE.named("PERIOD_MISRECORDED", "执行期间登记错误")
            .withFacts("recorded_start", "公安机关登记的执行起日", "recorded_end", "公安机关登记的执行止日")
            .withBasis("刑法第55条", "刑法第57条", "刑法第58条", "人民检察院刑事诉讼规则第627条");
    /** 任职资格违法: a company office held during the deprivation or the five years after it (公司法 art. 178(二)). */
    public static final LeadKind BARRED_ROLE = DEFAULTS.named("BARRED_ROLE", "任职资格违法")
            .withNeeds(DataNeed.dataset(Dataset.BUSINESS_REGISTRATIONS))
            .withAgency("市场监督管理局").withDocument(DocumentType.RECOMMENDATION)
            .withFacts("enterprise", "企业", "role", "任职身份", "role_start", "任职起始日", "barred_until", "任职限制届满日")
            .withBasis("中华人民共和国公司法第178条第1款第（二）项", "刑法第54条", "刑法第58条");
    /** 期满未恢复: deprivation over, police still supervising. */
    public static final LeadKind NOT_RESTORED = POLICE.named("NOT_RESTORED", "期满未恢复")
            .withDocument(DocumentType.RECOMMENDATION)
            .withBasis("刑法第58条", "刑事诉讼法第270条", "公安机关办理刑事案件程序规定第314条", "人民检察院刑事诉讼规则第627条");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<LeadKind> kinds() {
        return List.of(NOT_SUPERVISED, SUPERVISION_ENDED_EARLY, NOT_RESTORED, PERIOD_MISRECORDED, BARRED_ROLE);
    }

    @Override
    public Set<Dataset> streams() {
        return Set.of(Dataset.BUSINESS_REGISTRATIONS);
    }

    @Override
    public Optional<StreamWatch> watch(Person p, ModelContext ctx) {
        return BarredRoleWatch.of(p, ctx);
    }

    /** Judgments only: each kind names what else it needs (the police's records, or the enterprise registers). */
    @Override
    public Set<Dataset> requires() {
        return Set.of(Dataset.JUDGMENTS);
    }

    /** A deprivation period: start, end (empty = life), whether the start was estimated, and its source. */
    record Deprivation(Judgment judgment, LocalDate start, Optional<LocalDate> end, boolean estimated,
                       Optional<AgencyRecord> releaseRecord) {
        boolean runningOn(LocalDate day, int grace) {
            return !Periods.daysAfter(start, grace).isAfter(day) && end.map(e -> !day.isAfter(e)).orElse(true);
        }
    }

    @Override
    public void assess(Person p, ModelContext ctx, LeadCollector out) {
        LocalDate asOf = ctx.asOf();
        int grace = ctx.parameters().dprRegistrationGraceDays();
        int margin = ctx.parameters().boundaryDays();
        // a police record that starts after as-of is not supervision yet: every kind ignores it
        List<DprSupervision> records = p.supervision().isEmpty() ? List.of()
                : p.supervision().stream().filter(s -> !s.startOn().isAfter(asOf)).toList();
        List<Deprivation> deprivations = new ArrayList<>();
        for (Judgment j : p.judgments()) {
            if (Sentences.effective(j, asOf) && j.politicalRights().isPresent() && !j.politicalRights().get().isZero()) {
                start(p, j, asOf).ifPresent(deprivations::add);
            }
        }
        for (Deprivation d : deprivations) {
            Judgment j = d.judgment();
            String caseNo = j.caseText();
            Months months = j.politicalRights().orElseThrow();
            String period = d.start() + (d.estimated() ? "（推定）" : "") + "至" + d.end().map(Object::toString).orElse("终身");
            LocalDate takeOver = Periods.daysAfter(d.start(), grace);
            boolean endedEarlyOrNotRestored = false;
            if (d.runningOn(asOf, grace)) {
                List<DprSupervision> overlapping = records.stream().filter(s -> s.overlaps(d.start(), d.end())).toList();
                boolean boundary = Periods.within(asOf, takeOver, margin) || d.end().map(e -> Periods.within(asOf, e, margin)).orElse(false);
                if (overlapping.isEmpty()) {
                    out.add(base(NOT_SUPERVISED, p, d, caseNo)
                            .dueOn(takeOver)
                            .summary(p.name().value() + "（" + caseNo + "）被判处剥夺政治权利" + label(months) + "，执行期间" + period
                                    + "，截至" + asOf + "公安机关无任何执行（监管）记录，疑似漏管。")
                            .estimated(d.estimated()).boundary(boundary)
                            .build());
                } else if (overlapping.stream().noneMatch(s -> s.covers(asOf))) {
                    // none covers as-of and none starts after it: every overlapping record has ended
                    DprSupervision last = overlapping.stream()
                            .max((a, b) -> a.endOn().orElseThrow().compareTo(b.endOn().orElseThrow())).orElseThrow();
                    LocalDate endedOn = last.endOn().orElseThrow();
                    LeadBuilder b = base(SUPERVISION_ENDED_EARLY, p, d, caseNo).unit(last.policeStation())
                            .dueOn(d.end().orElse(null))
                            .summary(p.name().value() + "（" + caseNo + "）剥夺政治权利执行期间" + period + "，公安机关监管于" + endedOn
                                    + "终止，早于剥夺期满，疑似脱管。")
                            .estimated(d.estimated()).boundary(boundary || Periods.within(endedOn, asOf, margin))
                            .fact("supervision_ended_on", endedOn);
                    overlapping.forEach(s -> b.evidence(s, "公安机关剥夺政治权利执行记录"));
                    out.add(b.build());
                    endedEarlyOrNotRestored = true;
                }
            }
            if (d.end().isPresent()) {
                LocalDate end = d.end().get();
                LocalDate restoreBy = Periods.daysAfter(end, grace);
                boolean otherRunning = deprivations.stream().anyMatch(o -> o != d && o.runningOn(asOf, 0));
                if (asOf.isAfter(restoreBy) && !otherRunning) {
                    List<DprSupervision> still = records.stream().filter(s -> s.covers(asOf)).toList();
                    if (!still.isEmpty()) {
                        LeadBuilder b = base(NOT_RESTORED, p, d, caseNo).unit(still.get(0).policeStation())
                                .dueOn(end)
                                .summary(p.name().value() + "（" + caseNo + "）剥夺政治权利于" + end + "期满，截至" + asOf
                                        + "公安机关仍在监管，未宣布恢复政治权利。")
                                .estimated(d.estimated()).boundary(Periods.within(asOf, restoreBy, margin));
                        still.forEach(s -> b.evidence(s, "公安机关剥夺政治权利执行记录"));
                        out.add(b.build());
                        endedEarlyOrNotRestored = true;
                    }
                }
            }
            if (!endedEarlyOrNotRestored) {
                periodMisrecorded(p, d, records, ctx, out);
            }
        }
    }

    /**
     * PERIOD_MISRECORDED (LAW.md §2): the deprivation has started (not estimated), police records
     * overlap it, and the earliest of them starts more than the tolerance before the legal start (the
     * police counted from the judgment, not the release; starting later is the police taking over,
     * not an error), or the latest of them (latest start) ends more than the tolerance away from the
     * legal end (for a life deprivation: ends at all; a blank end is never an error here).
     */
    private void periodMisrecorded(Person p, Deprivation d, List<DprSupervision> records, ModelContext ctx, LeadCollector out) {
        if (d.estimated() || d.start().isAfter(ctx.asOf())) {
            return;
        }
        List<DprSupervision> overlapping = records.stream().filter(s -> s.overlaps(d.start(), d.end())).toList();
        if (overlapping.isEmpty()) {
            return;
        }
        int tolerance = ctx.parameters().periodToleranceDays();
        int margin = ctx.parameters().boundaryDays();
        DprSupervision earliest = overlapping.stream().min(Comparator.comparing(DprSupervision::startOn)).orElseThrow();
        DprSupervision latest = overlapping.stream().max(Comparator.comparing(DprSupervision::startOn)).orElseThrow();
        long startEarly = ChronoUnit.DAYS.between(earliest.startOn(), d.start());
        boolean startWrong = startEarly > tolerance;
        Optional<LocalDate> recordedEnd = latest.endOn();
        long endOff = recordedEnd.isEmpty() || d.end().isEmpty() ? 0 : Math.abs(ChronoUnit.DAYS.between(d.end().get(), recordedEnd.get()));
        boolean endWrong = recordedEnd.isPresent() && (d.end().isEmpty() || endOff > tolerance);
        if (!startWrong && !endWrong) {
            return;
        }
        List<String> why = new ArrayList<>();
        if (startWrong) {
            why.add("登记的执行起日" + earliest.startOn() + "早于法定起始日" + startEarly + "日");
        }
        if (endWrong) {
            why.add(d.end().isEmpty() ? "剥夺政治权利终身，登记的执行止日却为" + recordedEnd.get()
                    : "登记的执行止日" + recordedEnd.get() + "与法定届满日相差" + endOff + "日");
        }
        boolean boundary = (startWrong && startEarly <= tolerance + margin)
                || (endWrong && d.end().isPresent() && endOff <= tolerance + margin);
        DprSupervision shown = startWrong ? earliest : latest;
        LeadBuilder b = base(PERIOD_MISRECORDED, p, d, d.judgment().caseText()).unit(shown.policeStation())
                .summary(p.name().value() + "（" + d.judgment().caseText() + "）剥夺政治权利依法应自" + d.start() + "起至"
                        + d.end().map(Object::toString).orElse("终身") + "，公安机关" + String.join("，", why) + "，疑似执行期间登记错误。")
                .boundary(boundary)
                .fact("recorded_start", earliest.startOn()).fact("recorded_end", recordedEnd.map(Object::toString).orElse("（空白）"));
        overlapping.forEach(s -> b.evidence(s, "公安机关剥夺政治权利执行记录"));
        out.add(b.build());
    }

    private LeadBuilder base(LeadKind kind, Person p, Deprivation d, String caseNo) {
        LeadBuilder b = LeadBuilder.lead(kind, p).caseNumber(caseNo)
                .evidence(d.judgment(), "生效裁判")
                .fact("dpr_start", d.start()).fact("dpr_end", d.end().map(Object::toString).orElse("终身"));
        d.releaseRecord().ifPresent(r -> b.evidence(r, r instanceof Release ? "刑满释放/假释记录" : "看守所出所记录"));
        return b;
    }

    private static String label(Months m) {
        if (m.life()) {
            return "终身";
        }
        StringBuilder s = new StringBuilder();
        if (m.years() > 0) {
            s.append(m.years()).append("年");
        }
        if (m.months() > 0) {
            s.append(m.months()).append("个月");
        }
        if (m.days() > 0) {
            s.append(m.days()).append("日");
        }
        return s.toString();
    }

    /** When the deprivation starts (CL art. 55, 58), or empty when it has not started. */
    static Optional<Deprivation> start(Person p, Judgment j, LocalDate asOf) {
        Months months = j.politicalRights().orElseThrow();
        if (j.penalty().isEmpty()) {
            // when the deprivation starts depends on the principal penalty: one that cannot be
            // determined is never taken as 单处 or any other (LAW.md, common rules)
            return Optional.empty();
        }
        PrincipalPenalty pen = j.penalty().get();
        boolean custodial = !j.suspended() && (pen == PrincipalPenalty.FIXED_TERM || pen == PrincipalPenalty.CRIMINAL_DETENTION
                || pen == PrincipalPenalty.LIFE || pen == PrincipalPenalty.DEATH_SUSPENDED);
        if (!custodial) {
            if (pen == PrincipalPenalty.DEATH || pen == PrincipalPenalty.EXEMPTED) {
                return Optional.empty();
            }
            LocalDate s = j.effectiveDate();
            return Optional.of(new Deprivation(j, s, Sentences.periodEnd(s, months), false, Optional.empty()));
        }
        boolean lifeTerm = pen == PrincipalPenalty.LIFE || pen == PrincipalPenalty.DEATH_SUSPENDED;
        Optional<AgencyRecord> release = releaseOf(p, j);
        if (release.isPresent()) {
            LocalDate s = releaseDay(release.get());
            // with 无期徒刑 or 死缓 the deprivation is for life (CL art. 57): it never ends
            return Optional.of(new Deprivation(j, s, lifeTerm ? Optional.empty() : Sentences.periodEnd(s, months), false, release));
        }
        Optional<LocalDate> termEnd = Sentences.termEnd(p, j);
        if (termEnd.isPresent() && termEnd.get().isBefore(asOf)) {
            LocalDate s = termEnd.get().plusDays(1);
            return Optional.of(new Deprivation(j, s, Sentences.periodEnd(s, months), true, Optional.empty()));
        }
        return Optional.empty();
    }

    /**
     * The earliest release (resettlement, or custody left as 刑满释放) on or after the effective date,
     * of the judgment's case: a release or stay naming another case (LAW.md, common rules: a person's
     * several judgments are each judged on their own, and a stay naming another case is never used)
     * is the release from that case's sentence, not this one's; one naming no case may be this one's.
     */
    private static Optional<AgencyRecord> releaseOf(Person p, Judgment j) {
        AgencyRecord best = null;
        LocalDate bestDay = null;
        for (Release r : p.releases()) {
            if (Sentences.sameCase(j, r.caseNumber())
                    && !r.releasedOn().isBefore(j.effectiveDate()) && (bestDay == null || r.releasedOn().isBefore(bestDay))) {
                best = r;
                bestDay = r.releasedOn();
            }
        }
        for (CustodyStay s : p.custody()) {
            if (s.leaveReason().orElse(null) == LeaveReason.SENTENCE_SERVED && s.leftOn().isPresent() && Sentences.sameCase(j, s.caseNumber())
                    && !s.leftOn().get().isBefore(j.effectiveDate()) && (bestDay == null || s.leftOn().get().isBefore(bestDay))) {
                best = s;
                bestDay = s.leftOn().get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static LocalDate releaseDay(AgencyRecord r) {
        return r instanceof Release rel ? rel.releasedOn() : ((CustodyStay) r).leftOn().orElseThrow();
    }
}
