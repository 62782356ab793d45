package io.xingzhi.core.supervision.custody;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.CustodyStay;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.LeaveReason;
import io.xingzhi.core.sentence.Periods;
import io.xingzhi.core.supervision.LeadBuilder;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.Parameters;
import io.xingzhi.core.supervision.Sentences;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * custody-transfer (驻所检察 · 看守所超期投送), LAW.md §1. Collides non-suspended judgments of
 * 有期徒刑, 无期徒刑, 死缓 and 拘役, and the non-custodial ones, with the judgment's detention-center
 * stay (the one that covers the effective date, {@link Sentences#stayAtEffect}).
 * <ul>
 *   <li>notice = {@code notice_received_on}, else effective + 10 days (CPL art. 264), estimated;</li>
 *   <li>deadline = notice + 30 days (高检规则 art. 625(二)) or one month (监狱法 art. 15);</li>
 *   <li>must go to prison: 有期徒刑/无期徒刑/死缓 with no end or an end later than notice + 3
 *       months (exactly three months is not a lead, CL art. 99);</li>
 *   <li>NOT_TRANSFERRED, LATE_TRANSFER, HELD_PAST_TERM, RELEASED_EARLY as in LAW.md;</li>
 *   <li>HELD_AFTER_NON_CUSTODIAL: a judgment of 管制, 免予刑事处罚, 单处附加刑 or any suspended
 *       sentence whose custody stay covers the effective date, left (or still held) later than
 *       effective + the release grace (1 day: the law says "immediately", 高检规则 art. 626).</li>
 * </ul>
 */
public final class CustodyTransferModel implements SupervisionModel {
    public static final String NAME = "custody-transfer";
    private static final LeadKind DEFAULTS = LeadKind.of(NAME, "看守所超期投送", "DEFAULTS", "本模型")
            .withAgency("看守所").withDocument(DocumentType.CORRECTION_NOTICE)
            .withFacts("notice_on", "收到执行通知书日期", "deadline", "应当投送监狱的期限", "term_end", "刑期届满日",
                    "left_on", "出所日期", "days_late", "超期天数", "release_by", "应当释放日", "days_held", "生效后羁押天数");
    /** 应当投送而未投送: more than 3 months left at notice, not delivered to prison within 30 days of it. */
    public static final LeadKind NOT_TRANSFERRED = DEFAULTS.named("NOT_TRANSFERRED", "应当投送而未投送")
            .withBasis("刑事诉讼法第264条", "监狱法第15条", "公安机关办理刑事案件程序规定第300条",
                    "人民检察院刑事诉讼规则第625条第（二）项", "人民检察院刑事诉讼规则第659条第（一）项");
    /** 超期投送: delivered to prison, but more than 30 days after the notice. */
    public static final LeadKind LATE_TRANSFER = DEFAULTS.named("LATE_TRANSFER", "超期投送")
            .withBasis("监狱法第15条", "公安机关办理刑事案件程序规定第300条", "人民检察院刑事诉讼规则第625条第（二）项");
    /** 刑满未释放: still in the detention center after the term ended. */
    public static final LeadKind HELD_PAST_TERM = DEFAULTS.named("HELD_PAST_TERM", "刑满未释放")
            .withBasis("刑事诉讼法第264条", "人民检察院刑事诉讼规则第628条", "人民检察院刑事诉讼规则第661条第（二）项");
    /** 提前释放: released as 刑满释放 before the term ended. */
    public static final LeadKind RELEASED_EARLY = DEFAULTS.named("RELEASED_EARLY", "提前释放")
            .withBasis("人民检察院刑事诉讼规则第628条", "人民检察院刑事诉讼规则第661条第（二）项");
    /** 判决生效仍在押: a non-custodial or suspended judgment effective, the person still held past the release grace. */
    public static final LeadKind HELD_AFTER_NON_CUSTODIAL = DEFAULTS.named("HELD_AFTER_NON_CUSTODIAL", "判决生效仍在押")
            .withBasis("人民检察院刑事诉讼规则第626条", "刑事诉讼法第260条");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<LeadKind> kinds() {
        return List.of(NOT_TRANSFERRED, LATE_TRANSFER, HELD_PAST_TERM, RELEASED_EARLY, HELD_AFTER_NON_CUSTODIAL);
    }

    @Override
    public Set<Dataset> requires() {
        return Set.of(Dataset.JUDGMENTS, Dataset.CUSTODY);
    }

    @Override
    public void assess(Person p, ModelContext ctx, LeadCollector out) {
        for (Judgment j : p.judgments()) {
            if (Sentences.effective(j, ctx.asOf()) && nonCustodial(j)) {
                Optional<CustodyStay> stay = Sentences.stayAtEffect(p, j);
                stay.ifPresent(s -> heldAfterNonCustodial(p, j, s, ctx, out));
                if (stay.isEmpty()) {
                    staysOfAnUnknownCase(p, j, out);
                }
                continue;
            }
            if (!Sentences.effective(j, ctx.asOf()) || j.suspended() || j.penalty().isEmpty()) {
                continue;
            }
            PrincipalPenalty pen = j.penalty().get();
            if (!pen.isPrisonPenalty() && pen != PrincipalPenalty.CRIMINAL_DETENTION) {
                continue;
            }
            Optional<CustodyStay> found = Sentences.stayAtEffect(p, j);
            if (found.isPresent()) {
                assess(p, j, found.get(), ctx, out);
            } else {
                staysOfAnUnknownCase(p, j, out);
            }
        }
    }

    /**
     * For a judgment without a custody stay: the person's stays that cover its effective date but name a
     * case none of the person's judgments has (an appeal's 刑终 judgment beside a stay naming the 刑初
     * case, a mistyped number). LAW.md never uses a stay naming another case, so no lead is built on
     * it; the run report lists it, so that the judgment is not silently left without its stay.
     */
    private static void staysOfAnUnknownCase(Person p, Judgment j, LeadCollector out) {
        for (CustodyStay s : p.custody()) {
            if (s.caseNumber().isPresent() && s.covers(j.effectiveDate())
                    && p.judgments().stream().noneMatch(x -> x.caseNumber().equals(s.caseNumber()))) {
                out.unmatched(s, "羁押记录载明案号" + s.caseNumber().get().value() + "，该人无此案号的判决；其生效裁判" + j.caseText()
                        + "生效时在押，但载明他案的羁押记录不作为该判决的羁押记录（如一审、二审案号不同），未据此比对，请核对是否同一案件");
            }
        }
    }

    private void assess(Person p, Judgment j, CustodyStay s, ModelContext ctx, LeadCollector out) {
        LocalDate asOf = ctx.asOf();
        int margin = ctx.parameters().boundaryDays();
        boolean noticeEstimated = s.noticeReceivedOn().isEmpty();
        LocalDate notice = s.noticeReceivedOn().orElse(Periods.daysAfter(j.effectiveDate(), 10));
        LocalDate deadline = ctx.parameters().deliveryDeadline() == Parameters.DeliveryDeadline.ONE_MONTH
                ? Periods.monthsAfter(notice, 1) : Periods.daysAfter(notice, 30);
        Optional<LocalDate> termEnd = Sentences.termEnd(p, j);
        PrincipalPenalty pen = j.penalty().orElseThrow();
        LocalDate threeMonths = Periods.monthsAfter(notice, 3);
        boolean termKnown = termEnd.isPresent() || pen == PrincipalPenalty.LIFE || pen == PrincipalPenalty.DEATH_SUSPENDED;
        boolean mustGo = pen.isPrisonPenalty() && termKnown && termEnd.map(e -> e.isAfter(threeMonths)).orElse(true);
        boolean remainderBoundary = termEnd.map(e -> Periods.within(e, threeMonths, margin)).orElse(false);
        Optional<LocalDate> left = s.leftOn();
        Optional<LeaveReason> reason = s.leaveReason();
        String caseNo = j.caseText();

        if (mustGo) {
            boolean stillIn = left.isEmpty() && asOf.isAfter(deadline);
            boolean leftOtherwise = left.isPresent() && left.get().isAfter(deadline)
                    && reason.map(r -> r != LeaveReason.TO_PRISON).orElse(true);
            if (stillIn || leftOtherwise) {
                LocalDate trigger = left.orElse(asOf);
                out.add(base(NOT_TRANSFERRED, p, j, s, caseNo)
                        .dueOn(deadline)
                        .summary(p.name().value() + "（" + caseNo + "）被判处" + pen.label() + "，看守所于" + notice
                                + (noticeEstimated ? "（推定）" : "") + "收到执行通知书，余刑三个月以上，应于" + deadline
                                + "前送交监狱执行，" + (stillIn ? "截至" + asOf + "仍羁押于" + nz(s.detentionCenter(), "看守所")
                                : "但于" + left.get() + "以" + reason.map(LeaveReason::label).orElse("不明原因") + "出所")
                                + "，未投送监狱。")
                        .estimated(noticeEstimated)
                        .boundary(Periods.within(trigger, deadline, margin) || remainderBoundary)
                        .fact("notice_on", notice).fact("deadline", deadline)
                        .fact("term_end", termEnd.map(Object::toString).orElse("无期/死缓")).fact("left_on", left)
                        .build());
            }
        }
        if (reason.orElse(null) == LeaveReason.TO_PRISON && left.isPresent() && left.get().isAfter(deadline)) {
            long late = left.get().toEpochDay() - deadline.toEpochDay();
            out.add(base(LATE_TRANSFER, p, j, s, caseNo)
                    .dueOn(deadline)
                    .summary(p.name().value() + "（" + caseNo + "）看守所于" + notice + (noticeEstimated ? "（推定）" : "")
                            + "收到执行通知书，应于" + deadline + "前送交监狱，实际于" + left.get() + "投送，超期" + late + "日。")
                    .estimated(noticeEstimated)
                    .boundary(Periods.within(left.get(), deadline, margin))
                    .fact("notice_on", notice).fact("deadline", deadline).fact("left_on", left.get()).fact("days_late", late)
                    .build());
        }
        if (termEnd.isPresent()) {
            LocalDate end = termEnd.get();
            boolean heldPast = left.map(l -> l.isAfter(end)).orElse(asOf.isAfter(end));
            if (heldPast) {
                LocalDate trigger = left.orElse(asOf);
                out.add(base(HELD_PAST_TERM, p, j, s, caseNo)
                        .dueOn(end)
                        .summary(p.name().value() + "（" + caseNo + "）刑期于" + end + "届满，"
                                + (left.isPresent() ? "看守所至" + left.get() + "方出所" : "截至" + asOf + "仍羁押于看守所")
                                + "，刑满未释放。")
                        .boundary(Periods.within(trigger, end, margin))
                        .fact("term_end", end).fact("left_on", left)
                        .build());
            }
            if (reason.orElse(null) == LeaveReason.SENTENCE_SERVED && left.isPresent() && left.get().isBefore(end)) {
                out.add(base(RELEASED_EARLY, p, j, s, caseNo)
                        .dueOn(end)
                        .summary(p.name().value() + "（" + caseNo + "）刑期至" + end + "届满，看守所于" + left.get()
                                + "以刑满释放名义提前释放。")
                        .boundary(Periods.within(left.get(), end, margin))
                        .fact("term_end", end).fact("left_on", left.get())
                        .build());
            }
        }
    }

    /**
     * A judgment that keeps nobody in custody: 管制, 免予刑事处罚, 单处附加刑, or any suspended
     * sentence (whatever its principal penalty). A judgment whose penalty cannot be determined is none.
     */
    static boolean nonCustodial(Judgment j) {
        if (j.suspended()) {
            return true;
        }
        PrincipalPenalty pen = j.penalty().orElse(null);
        return pen == PrincipalPenalty.PUBLIC_SURVEILLANCE || pen == PrincipalPenalty.EXEMPTED
                || pen == PrincipalPenalty.SUPPLEMENTARY_ONLY;
    }

    /**
     * HELD_AFTER_NON_CUSTODIAL (LAW.md §1): the judgment's custody stay covers the effective date and
     * the person left it later than effective + release grace, or is still held after that day.
     */
    private void heldAfterNonCustodial(Person p, Judgment j, CustodyStay s, ModelContext ctx, LeadCollector out) {
        LocalDate releaseBy = Periods.daysAfter(j.effectiveDate(), ctx.parameters().releaseGraceDays());
        Optional<LocalDate> left = s.leftOn();
        boolean stillIn = left.isEmpty() && ctx.asOf().isAfter(releaseBy);
        boolean leftLate = left.isPresent() && left.get().isAfter(releaseBy);
        if (!stillIn && !leftLate) {
            return;
        }
        LocalDate until = left.orElse(ctx.asOf());
        long days = until.toEpochDay() - j.effectiveDate().toEpochDay();
        String center = nz(s.detentionCenter(), "看守所");
        String caseNo = j.caseText();
        String what = j.suspended() ? j.penalty().map(PrincipalPenalty::label).orElse("") + "缓刑"
                : j.penalty().orElseThrow().label();
        LeadBuilder b = base(HELD_AFTER_NON_CUSTODIAL, p, j, s, caseNo)
                .dueOn(releaseBy)
                .summary(p.name().value() + "（" + caseNo + "）被判处" + what + "，判决于" + j.effectiveDate() + "生效，依法应当立即释放，"
                        + (stillIn ? "截至" + ctx.asOf() + "仍羁押于" + center : "但" + center + "至" + left.get() + "方予出所")
                        + "，生效后羁押" + days + "日。")
                .boundary(Periods.within(until, releaseBy, ctx.parameters().boundaryDays()))
                .fact("release_by", releaseBy).fact("days_held", days);
        left.ifPresent(l -> b.fact("left_on", l));
        out.add(b.build());
    }

    private LeadBuilder base(LeadKind kind, Person p, Judgment j, CustodyStay s, String caseNo) {
        return LeadBuilder.lead(kind, p).caseNumber(caseNo).unit(s.detentionCenter())
                .evidence(j, "生效裁判").evidence(s, "看守所羁押记录");
    }

    private static String nz(String s, String dflt) {
        return s == null || s.isEmpty() ? dflt : s;
    }
}
