package io.xingzhi.core.supervision.politicalrights;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.record.BusinessRole;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.RoleType;
import io.xingzhi.core.sentence.Periods;
import io.xingzhi.core.supervision.LeadBuilder;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.Sentences;
import io.xingzhi.core.supervision.StreamWatch;
import io.xingzhi.core.value.Months;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BARRED_ROLE (任职资格违法, LAW.md §2): watches one person's business registrations for a company
 * office - 法定代表人, 董事, 监事 or 经理 of an enterprise whose name contains 公司 - held on some day
 * of a judgment's barred period: from {@code effective_date} (the deprivation is in force during the
 * principal penalty too, CL art. 58) to five years after the deprivation ends (公司法 (2023) art.
 * 178(二)), by the period rule. The deprivation's end is the model's; when it has not started, it is
 * counted from {@code term_end} + 1 day; when that cannot be computed either, and for a life
 * deprivation, the period has no end.
 */
final class BarredRoleWatch implements StreamWatch {
    /** Five years after the deprivation ends (公司法 art. 178(二)). */
    static final int YEARS_AFTER_MONTHS = 60;

    private final Person person;
    private final List<Barred> periods;
    private final ModelContext ctx;

    /**
     * One judgment's barred period.
     *
     * @param judgment the judgment with a deprivation of political rights
     * @param start the deprivation's start, when known (recorded, estimated or projected from the term end)
     * @param estimated true when {@code start} is not a recorded release
     * @param deprivationEnd the deprivation's end; empty for life or when it cannot be computed
     * @param last the period's last day; empty = no end
     */
    record Barred(Judgment judgment, Optional<LocalDate> start, boolean estimated, Optional<LocalDate> deprivationEnd,
                  Optional<LocalDate> last) {
    }

    private BarredRoleWatch(Person person, List<Barred> periods, ModelContext ctx) {
        this.person = person;
        this.periods = periods;
        this.ctx = ctx;
    }

    /** A watch on the person's company offices, or empty when no effective judgment deprives them of political rights. */
    static Optional<StreamWatch> of(Person p, ModelContext ctx) {
        List<Barred> periods = new ArrayList<>();
        for (Judgment j : p.judgments()) {
            if (!Sentences.effective(j, ctx.asOf()) || j.politicalRights().isEmpty() || j.politicalRights().get().isZero()
                    || j.penalty().isEmpty()) {
                continue; // a penalty that cannot be determined is never guessed
            }
            PrincipalPenalty pen = j.penalty().get();
            if (pen == PrincipalPenalty.DEATH || pen == PrincipalPenalty.EXEMPTED) {
                continue;
            }
            periods.add(barred(p, j, ctx.asOf()));
        }
        return periods.isEmpty() ? Optional.empty() : Optional.of(new BarredRoleWatch(p, periods, ctx));
    }

    private static Barred barred(Person p, Judgment j, LocalDate asOf) {
        Months months = j.politicalRights().orElseThrow();
        Optional<PoliticalRightsModel.Deprivation> d = PoliticalRightsModel.start(p, j, asOf);
        if (d.isPresent()) {
            Optional<LocalDate> end = d.get().end();
            return new Barred(j, Optional.of(d.get().start()), d.get().estimated(), end,
                    end.map(e -> Periods.monthsAfter(e, YEARS_AFTER_MONTHS)));
        }
        PrincipalPenalty pen = j.penalty().orElseThrow();
        boolean lifeTerm = pen == PrincipalPenalty.LIFE || pen == PrincipalPenalty.DEATH_SUSPENDED || months.life();
        Optional<LocalDate> termEnd = Sentences.termEnd(p, j);
        if (lifeTerm || termEnd.isEmpty()) {
            return new Barred(j, termEnd.map(e -> e.plusDays(1)), true, Optional.empty(), Optional.empty());
        }
        LocalDate start = termEnd.get().plusDays(1);
        Optional<LocalDate> end = Sentences.periodEnd(start, months);
        return new Barred(j, Optional.of(start), true, end, end.map(e -> Periods.monthsAfter(e, YEARS_AFTER_MONTHS)));
    }

    @Override
    public void onBusinessRole(BusinessRole r, LeadCollector out) {
        Optional<RoleType> office = r.roleThat(RoleType::companyOffice); // 股东、监事: the 监事
        if (office.isEmpty() || !r.enterprise().contains("公司")) {
            return;
        }
        LocalDate asOf = ctx.asOf();
        int margin = ctx.parameters().boundaryDays();
        for (Barred b : periods) {
            LocalDate from = b.judgment().effectiveDate();
            boolean startsInTime = r.roleStart().map(s -> !s.isAfter(asOf) && b.last().map(l -> !s.isAfter(l)).orElse(true))
                    .orElse(true);
            boolean endsInTime = r.roleEnd().map(e -> !e.isBefore(from)).orElse(true);
            if (!startsInTime || !endsInTime) {
                continue;
            }
            Judgment j = b.judgment();
            String until = b.last().map(Object::toString).orElse("终身");
            boolean reliesOnEstimate = b.estimated() && r.roleStart().isPresent() && b.start().isPresent()
                    && r.roleStart().get().isAfter(b.start().get());
            boolean boundary = r.roleStart().flatMap(s -> b.last().map(l -> Periods.within(s, l, margin))).orElse(false)
                    || r.roleEnd().map(e -> Periods.within(e, from, margin)).orElse(false);
            String held = r.roleStart().map(s -> s.isBefore(from) ? "自" + s + "起担任并在判决生效后继续担任" : "于" + s + "起担任")
                    .orElse("担任");
            out.add(LeadBuilder.lead(PoliticalRightsModel.BARRED_ROLE, person).caseNumber(j.caseText())
                    .evidence(j, "生效裁判（剥夺政治权利）").evidence(r, "企业登记记录")
                    .keyFact("enterprise", r.creditCode().isBlank() ? r.enterprise() : r.creditCode())
                    .fact("role", office.get().label()).fact("role_start", r.roleStart().map(Object::toString).orElse("（未记载）"))
                    .fact("barred_until", until)
                    .fact("dpr_start", b.start().map(Object::toString).orElse("尚未开始"))
                    .fact("dpr_end", b.deprivationEnd().map(Object::toString).orElse("终身或无法计算"))
                    .summary(person.name().value() + "（" + j.caseText() + "）被判处剥夺政治权利，自判决" + from + "生效至"
                            + (b.last().isPresent() ? "剥夺期满后五年（" + until + "）" : "终身") + "不得担任公司董事、监事、高级管理人员，但其"
                            + held + r.enterprise() + "的" + office.get().label() + "，疑似任职资格违法。")
                    .estimated(reliesOnEstimate).boundary(boundary)
                    .build());
        }
    }
}
