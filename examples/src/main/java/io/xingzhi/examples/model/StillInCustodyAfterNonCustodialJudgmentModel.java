package io.xingzhi.examples.model;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.CustodyStay;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.sentence.Periods;
import io.xingzhi.core.supervision.LeadBuilder;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.Sentences;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 判决生效仍在押 - an example of a model written as code and added with
 * {@code Engine.builder().addModel(new StillInCustodyAfterNonCustodialJudgmentModel())}, with no
 * change to the engine. A person sentenced to a non-custodial penalty - a suspended sentence
 * (缓刑), 管制, a supplementary penalty alone (单处罚金, 单处剥夺政治权利 …) or 免予刑事处罚 - who is in
 * a detention center when judgment is pronounced must be released at once (人民检察院刑事诉讼规则
 * art. 626; 刑事诉讼法 art. 260 for exemption). The model reports {@value #STILL_IN_CUSTODY} when,
 * for an effective judgment of that kind, a detention-center stay for the same case (or a stay
 * that names no case) covers the day counted from and
 * <ul>
 *   <li>the person is still in custody on the as-of date, later than that day plus the grace
 *       days, or</li>
 *   <li>left later than that day plus the grace days.</li>
 * </ul>
 * The day counted from is the judgment date (宣判日, {@code judgment_date}) when the judgment has
 * one, else the effective date. The grace is one day by default (the reference's "pronouncement
 * date + 1 day"), so release on the day after pronouncement is not a lead.
 */
public final class StillInCustodyAfterNonCustodialJudgmentModel implements SupervisionModel {
    public static final String NAME = "non-custodial-still-held";
    /** 判决生效仍在押: a non-custodial judgment, the person still held past the grace. */
    public static final LeadKind STILL_IN_CUSTODY = LeadKind.of(NAME, "非监禁刑判后羁押", "STILL_IN_CUSTODY", "判决生效仍在押")
            .withAgency("看守所").withDocument(DocumentType.CORRECTION_NOTICE)
            .withBasis("人民检察院刑事诉讼规则第626条", "刑事诉讼法第260条")
            .withFacts("stay_admitted_on", "入所日期", "counted_from", "起算日", "release_by", "应当释放日",
                    "days_held_after_judgment", "判后羁押天数");
    /** The default grace, in days after the judgment date. */
    public static final int DEFAULT_GRACE_DAYS = 1;

    private final int graceDays;

    /** The model with the default grace of one day. */
    public StillInCustodyAfterNonCustodialJudgmentModel() {
        this(DEFAULT_GRACE_DAYS);
    }

    /** The model with {@code graceDays} (≥ 0) after the judgment date before a stay counts. */
    public StillInCustodyAfterNonCustodialJudgmentModel(int graceDays) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("grace days must not be negative");
        }
        this.graceDays = graceDays;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<LeadKind> kinds() {
        return List.of(STILL_IN_CUSTODY);
    }

    @Override
    public Set<Dataset> requires() {
        return Set.of(Dataset.JUDGMENTS, Dataset.CUSTODY);
    }

    /** True for the penalties that never keep a person in custody. */
    static boolean nonCustodial(Judgment j) {
        if (j.suspended()) {
            return true;
        }
        PrincipalPenalty p = j.penalty().orElse(null);
        return p == PrincipalPenalty.PUBLIC_SURVEILLANCE || p == PrincipalPenalty.SUPPLEMENTARY_ONLY
                || p == PrincipalPenalty.EXEMPTED;
    }

    private static String label(Judgment j) {
        return j.suspended() ? j.penalty().map(PrincipalPenalty::label).orElse("") + "缓刑"
                : j.penalty().map(PrincipalPenalty::label).orElse("");
    }

    @Override
    public void assess(Person p, ModelContext ctx, LeadCollector out) {
        LocalDate asOf = ctx.asOf();
        for (Judgment j : p.judgments()) {
            if (!Sentences.effective(j, asOf) || !nonCustodial(j)) {
                continue;
            }
            boolean fromPronouncement = j.judgmentDate().isPresent();
            LocalDate from = j.judgmentDate().orElse(j.effectiveDate());
            LocalDate releaseBy = Periods.daysAfter(from, graceDays);
            for (CustodyStay s : p.custody()) {
                if (!Sentences.sameCase(j, s.caseNumber()) || !s.covers(from)) {
                    continue;
                }
                Optional<LocalDate> left = s.leftOn();
                boolean stillIn = left.isEmpty() && asOf.isAfter(releaseBy);
                boolean leftLate = left.isPresent() && left.get().isAfter(releaseBy);
                if (!stillIn && !leftLate) {
                    continue;
                }
                LocalDate until = left.orElse(asOf);
                long days = until.toEpochDay() - from.toEpochDay();
                String center = s.detentionCenter().isEmpty() ? "看守所" : s.detentionCenter();
                out.add(LeadBuilder.lead(STILL_IN_CUSTODY, p).caseNumber(j.caseText()).unit(s.detentionCenter())
                        .evidence(j, "生效裁判（非监禁刑）").evidence(s, "看守所羁押记录")
                        .dueOn(releaseBy)
                        .summary(p.name().value() + "（" + j.caseText() + "）被判处" + label(j) + "，于" + from
                                + (fromPronouncement ? "宣判" : "生效") + "，依法应当立即释放，"
                                + (stillIn ? "截至" + asOf + "仍羁押于" + center : "但" + center + "至" + left.get() + "方予出所")
                                + "，判后羁押" + days + "日。")
                        .boundary(Periods.within(until, releaseBy, ctx.parameters().boundaryDays()))
                        .keyFact("stay_admitted_on", s.admittedOn().toString())
                        .fact("counted_from", from + (fromPronouncement ? "（宣判日）" : "（生效日，无宣判日）"))
                        .fact("release_by", releaseBy)
                        .fact("days_held_after_judgment", days)
                        .build());
            }
        }
    }
}
