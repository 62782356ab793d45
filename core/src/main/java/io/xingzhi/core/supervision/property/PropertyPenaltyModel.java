package io.xingzhi.core.supervision.property;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.BusinessRole;
import io.xingzhi.core.record.Closure;
import io.xingzhi.core.record.Commutation;
import io.xingzhi.core.record.DataNeed;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.EnforcementCase;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.RoleType;
import io.xingzhi.core.record.RulingType;
import io.xingzhi.core.sentence.Periods;
import io.xingzhi.core.supervision.LeadBuilder;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.Sentences;
import io.xingzhi.core.supervision.StreamWatch;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.Amount;
import io.xingzhi.core.value.CaseNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * property-penalty (刑事涉财产刑执行), LAW.md §4. Fines and confiscations never sent for
 * enforcement (NOT_TRANSFERRED: outstanding after the 3-month payment period plus the transfer
 * grace, and no enforcement case), cases open past six months (ENFORCEMENT_OVERDUE), closed as
 * 执行完毕 while short (CLOSED_NOT_PAID), and closed by 终本/终结执行 while the person held a role of
 * 法定代表人, 股东, 投资人 or 经营者 (TERMINATED_WITH_ASSETS, from the streamed business registrations),
 * filed more than 7 days after the transfer (LATE_FILING, from {@code transferred_on}), and commuted
 * or paroled while the penalty was neither paid nor found unenforceable (COMMUTED_WHILE_UNPAID, from
 * the optional {@code commutations} dataset).
 * An enforcement case belongs to the judgment its {@code source_case_number} names; a case with none,
 * to the person's one judgment with a property penalty ({@link Sentences#judgmentOf}); a case that
 * matches no judgment collides with nothing and is listed in the run report.
 */
public final class PropertyPenaltyModel implements SupervisionModel {
    public static final String NAME = "property-penalty";
    private static final String SPC_2014 = "最高人民法院关于刑事裁判涉财产部分执行的若干规定";
    private static final LeadKind DEFAULTS = LeadKind.of(NAME, "刑事涉财产刑执行", "DEFAULTS", "本模型")
            .withAgency("法院").withDocument(DocumentType.RECOMMENDATION)
            .withFacts("effective_date", "裁判生效日", "pay_by", "缴纳期限届满日", "enforcement_number", "执行案号",
                    "target", "执行标的（元）", "executed", "已执行金额（元）", "enterprise", "企业名称", "role", "任职身份",
                    "closed_on", "结案日期", "transferred_on", "移送执行日期", "file_by", "应当立案日期", "filed_on", "立案日期",
                    "days_late", "超期天数", "ruling_number", "减刑假释裁定书文号", "ruling_type", "裁定类型", "ruling_date", "裁定日期");
    /** 未移送执行: unpaid property penalty, no enforcement case 3 months + the transfer grace after effect. */
    public static final LeadKind NOT_TRANSFERRED = DEFAULTS.named("NOT_TRANSFERRED", "未移送执行").withMissingFrom(Dataset.ENFORCEMENT)
            .withBasis("刑法第53条", "最高人民法院关于适用财产刑若干问题的规定第5条", SPC_2014 + "第7条", "人民检察院刑事诉讼规则第645条");
    /** 执行超期: enforcement case open past 6 months. */
    public static final LeadKind ENFORCEMENT_OVERDUE = DEFAULTS.named("ENFORCEMENT_OVERDUE", "执行超期")
            .withBasis(SPC_2014 + "第3条", "人民检察院刑事诉讼规则第645条");
    /** 执行完毕但未足额: closed as 执行完毕 with executed &lt; target. */
    public static final LeadKind CLOSED_NOT_PAID = DEFAULTS.named("CLOSED_NOT_PAID", "执行完毕但未足额")
            .withDocument(DocumentType.CORRECTION_NOTICE)
            .withBasis("刑法第53条", SPC_2014 + "第3条", "人民检察院刑事诉讼规则第645条");
    /** 终本不当: closed by 终本/终结执行 while the person held an enterprise role. */
    public static final LeadKind TERMINATED_WITH_ASSETS = DEFAULTS.named("TERMINATED_WITH_ASSETS", "终本不当")
            .withNeeds(DataNeed.dataset(Dataset.BUSINESS_REGISTRATIONS))
            .withDocument(DocumentType.CORRECTION_NOTICE)
            .withBasis("最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释第529条", SPC_2014 + "第3条",
                    "人民检察院刑事诉讼规则第645条");

    /** 立案超期: filed more than the filing limit (7 days) after the transfer. */
    public static final LeadKind LATE_FILING = DEFAULTS.named("LATE_FILING", "立案超期")
            .withNeeds(DataNeed.column(Dataset.ENFORCEMENT, "transferred_on"))
            .withDocument(DocumentType.CORRECTION_NOTICE)
            .withBasis(SPC_2014 + "第7条", "人民检察院刑事诉讼规则第645条第（一）项");

    /** 减刑假释时财产刑未履行: commuted or paroled while the property penalty was unpaid and not found unenforceable. */
    public static final LeadKind COMMUTED_WHILE_UNPAID = DEFAULTS.named("COMMUTED_WHILE_UNPAID", "减刑假释时财产刑未履行")
            .withNeeds(DataNeed.dataset(Dataset.COMMUTATIONS))
            .withDocument(DocumentType.CORRECTION_NOTICE)
            .withBasis("最高人民法院关于办理减刑、假释案件审查财产性判项执行问题的规定第3条至第6条",
                    "最高人民法院关于办理减刑、假释案件具体应用法律的规定第27条", "人民检察院刑事诉讼规则第636条",
                    "人民检察院刑事诉讼规则第639条");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<LeadKind> kinds() {
        return List.of(NOT_TRANSFERRED, ENFORCEMENT_OVERDUE, CLOSED_NOT_PAID, TERMINATED_WITH_ASSETS, LATE_FILING,
                COMMUTED_WHILE_UNPAID);
    }

    @Override
    public Set<Dataset> requires() {
        return Set.of(Dataset.JUDGMENTS, Dataset.ENFORCEMENT);
    }

    @Override
    public Set<Dataset> streams() {
        return Set.of(Dataset.BUSINESS_REGISTRATIONS);
    }

    /** Fine + confiscation − prepaid; positive for confiscation of all property. */
    static boolean outstanding(Judgment j) {
        if (j.confiscation().map(Amount::allProperty).orElse(false)) {
            return true;
        }
        BigDecimal due = j.fine().map(Amount::yuan).orElse(BigDecimal.ZERO)
                .add(j.confiscation().map(Amount::yuan).orElse(BigDecimal.ZERO))
                .subtract(j.prepaid().map(Amount::yuan).orElse(BigDecimal.ZERO));
        return due.signum() > 0;
    }


    @Override
    public void assess(Person p, ModelContext ctx, LeadCollector out) {
        LocalDate asOf = ctx.asOf();
        int margin = ctx.parameters().boundaryDays();
        for (Judgment j : p.judgments()) {
            if (!Sentences.effective(j, asOf) || (j.fine().isEmpty() && j.confiscation().isEmpty()) || !outstanding(j)) {
                continue;
            }
            if (j.penalty().isEmpty()) {
                continue; // LAW.md: a judgment whose principal penalty cannot be determined is rejected, never guessed
            }
            commutedWhileUnpaid(p, j, ctx, out);
            LocalDate payBy = Periods.monthsAfter(j.effectiveDate(), 3);
            LocalDate limit = Periods.daysAfter(payBy, ctx.parameters().transferGraceDays());
            if (asOf.isAfter(limit) && Sentences.enforcementOf(p, j, asOf).isEmpty()) {
                out.add(LeadBuilder.lead(NOT_TRANSFERRED, p).caseNumber(j.caseText()).unit(j.court())
                        .evidence(j, "生效裁判（财产刑）").dueOn(payBy)
                        .summary(p.name().value() + "（" + j.caseText() + "）判处" + penalties(j) + "，判决于" + j.effectiveDate()
                                + "生效，缴纳期限" + payBy + "届满后未缴足，截至" + asOf + "未见移送执行立案。")
                        .boundary(Periods.within(asOf, limit, margin))
                        .fact("effective_date", j.effectiveDate()).fact("pay_by", payBy)
                        .build());
            }
        }
        for (EnforcementCase e : p.enforcement()) {
            Optional<Judgment> j = Sentences.judgmentOf(p, e, asOf);
            if (j.isEmpty()) {
                // LAW.md: a case matched to no judgment collides with nothing; the run report lists it
                out.unmatched(e, Sentences.whyNoJudgment(p, e, asOf));
                continue;
            }
            String caseNo = j.get().caseText();
            String enf = e.enforcementNumber().map(CaseNumber::value).orElse("");
            LocalDate limit = Periods.monthsAfter(e.filedOn(), 6);
            if (e.closedOn().isEmpty() && asOf.isAfter(limit)) {
                out.add(base(ENFORCEMENT_OVERDUE, p, e, j, caseNo)
                        .dueOn(limit)
                        .summary(p.name().value() + "（" + caseNo + "）财产刑执行案件" + enf + "于" + e.filedOn() + "立案，应于" + limit
                                + "前执行完毕，截至" + asOf + "仍未结案，执行超期。")
                        .boundary(Periods.within(asOf, limit, margin))
                        .build());
            }
            lateFiling(p, e, j.get(), caseNo, ctx, out);
            // a blank executed amount on a case closed as 执行完毕 means nothing was recorded as executed
            BigDecimal executed = e.executed().map(Amount::yuan).orElse(BigDecimal.ZERO);
            if (e.closure().orElse(null) == Closure.COMPLETED && e.target().isPresent() && !e.target().get().allProperty()
                    && executed.compareTo(e.target().get().yuan()) < 0) {
                out.add(base(CLOSED_NOT_PAID, p, e, j, caseNo)
                        .summary(p.name().value() + "（" + caseNo + "）执行案件" + enf + "以“执行完毕”结案，但执行到位"
                                + (e.executed().isPresent() ? plain(executed) + "元" : "金额未记录") + "，少于执行标的"
                                + plain(e.target().get().yuan()) + "元。")
                        .fact("target", plain(e.target().get().yuan()))
                        .fact("executed", e.executed().isPresent() ? plain(executed) : "未记录")
                        .build());
            }
        }
    }

    /**
     * LATE_FILING (LAW.md §4): the case gives both {@code transferred_on} and {@code filed_on}, and
     * was filed later than transfer + the filing limit (SPC-2014 art. 7: 7 days); about the court's
     * 立案庭.
     */
    private void lateFiling(Person p, EnforcementCase e, Judgment j, String caseNo, ModelContext ctx, LeadCollector out) {
        if (e.transferredOn().isEmpty()) {
            return;
        }
        LocalDate transferred = e.transferredOn().get();
        LocalDate fileBy = Periods.daysAfter(transferred, ctx.parameters().filingLimitDays());
        if (!e.filedOn().isAfter(fileBy)) {
            return;
        }
        long late = e.filedOn().toEpochDay() - fileBy.toEpochDay();
        String enf = e.enforcementNumber().map(CaseNumber::value).orElse("");
        out.add(base(LATE_FILING, p, e, Optional.of(j), caseNo)
                .unit(j.court().isBlank() ? "" : j.court() + "立案庭")
                .dueOn(fileBy)
                .summary(p.name().value() + "（" + caseNo + "）财产刑执行案件" + enf + "于" + transferred + "移送执行，应于" + fileBy
                        + "前立案，实际于" + e.filedOn() + "立案，超期" + late + "日。")
                .boundary(Periods.within(e.filedOn(), fileBy, ctx.parameters().boundaryDays()))
                .fact("transferred_on", transferred).fact("file_by", fileBy).fact("filed_on", e.filedOn()).fact("days_late", late)
                .build());
    }

    /**
     * COMMUTED_WHILE_UNPAID (LAW.md §4), for a judgment with an outstanding property penalty: each
     * commutation or parole ruling for it (its {@code case_number} is the judgment's; a blank one counts
     * for every judgment of the person; one naming another case never does) dated after the effective
     * date and on or before as-of, on whose date no enforcement case of the judgment had been closed
     * 执行完毕 in full nor by 终结本次执行程序 or 终结执行. One lead per ruling; about the court that ruled.
     */
    private void commutedWhileUnpaid(Person p, Judgment j, ModelContext ctx, LeadCollector out) {
        LocalDate asOf = ctx.asOf();
        int margin = ctx.parameters().boundaryDays();
        List<EnforcementCase> cases = null;
        for (Commutation c : p.commutations()) {
            if (c.caseNumber().isPresent() && !c.caseNumber().equals(j.caseNumber())) {
                continue;
            }
            LocalDate ruled = c.rulingDate();
            if (!ruled.isAfter(j.effectiveDate()) || ruled.isAfter(asOf)) {
                continue;
            }
            if (cases == null) {
                cases = Sentences.enforcementOf(p, j, asOf);
            }
            if (cases.stream().anyMatch(e -> e.paidInFullBy(ruled) || e.terminatedBy(ruled))) {
                continue;
            }
            String type = c.rulingType().map(RulingType::label).orElse("减刑、假释");
            String caseNo = j.caseText();
            boolean boundary = Periods.within(ruled, j.effectiveDate(), margin)
                    || cases.stream().anyMatch(e -> e.closedOn().map(d -> Periods.within(d, ruled, margin)).orElse(false));
            LeadBuilder b = LeadBuilder.lead(COMMUTED_WHILE_UNPAID, p).caseNumber(caseNo).unit(c.court())
                    .evidence(j, "生效裁判（财产刑）").evidence(c, "减刑、假释裁定")
                    .keyFact("ruling_number", c.rulingNumber().map(CaseNumber::value).orElse(ruled.toString()))
                    .fact("ruling_type", type).fact("ruling_date", ruled).fact("effective_date", j.effectiveDate())
                    .summary(p.name().value() + "（" + caseNo + "）判处" + penalties(j) + "，" + (c.court().isBlank() ? "法院" : c.court())
                            + "于" + ruled + "裁定" + type + "时，该财产刑既未执行完毕，也未经终结本次执行程序或终结执行，"
                            + "请核查其是否有履行能力而拒不履行。")
                    .boundary(boundary);
            cases.forEach(e -> b.evidence(e, "财产刑执行案件（裁定时未执行完毕）"));
            out.add(b.build());
        }
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }


    private static String penalties(Judgment j) {
        StringBuilder s = new StringBuilder();
        j.fine().ifPresent(f -> s.append("罚金").append(plain(f.yuan())).append("元"));
        j.confiscation().ifPresent(c -> s.append(s.length() > 0 ? "、" : "")
                .append(c.allProperty() ? "没收个人全部财产" : "没收财产" + plain(c.yuan()) + "元"));
        return s.toString();
    }

    private LeadBuilder base(LeadKind kind, Person p, EnforcementCase e, Optional<Judgment> j, String caseNo) {
        LeadBuilder b = LeadBuilder.lead(kind, p).caseNumber(caseNo)
                .keyFact("enforcement_number", e.enforcementNumber().map(CaseNumber::value).orElse(e.filedOn().toString()));
        j.ifPresent(x -> b.evidence(x, "生效裁判（财产刑）").unit(x.court()));
        boolean sameIdentity = p.idNumber().isPresent() && e.identity().idNumber().equals(p.idNumber());
        return b.evidence(e, sameIdentity || p.idNumber().isEmpty() ? "财产刑执行案件" : "财产刑执行案件（按执行依据案号归属，身份信息不一致）");
    }

    @Override
    public Optional<StreamWatch> watch(Person p, ModelContext ctx) {
        if (p.enforcement().isEmpty()) {
            return Optional.empty(); // most persons: no case, no stream to build
        }
        List<EnforcementCase> terminated = p.enforcement().stream()
                .filter(e -> e.closure().map(Closure::terminates).orElse(false) && e.closedOn().isPresent()
                        && !e.closedOn().get().isAfter(ctx.asOf()))
                .toList();
        if (terminated.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StreamWatch() {
            @Override
            public void onBusinessRole(BusinessRole r, LeadCollector out) {
                // a blank role_start is a role held since before any date in the data (CONTRACT.md §1)
                Optional<RoleType> role = r.roleThat(RoleType::controlling); // 股东、监事: the 股东
                if (role.isEmpty()) {
                    return;
                }
                for (EnforcementCase e : terminated) {
                    LocalDate closed = e.closedOn().orElseThrow();
                    Optional<Judgment> j = Sentences.judgmentOf(p, e, ctx.asOf());
                    if (j.isPresent() && r.heldOn(closed)) {
                        String caseNo = j.get().caseText();
                        out.add(base(TERMINATED_WITH_ASSETS, p, e, j, caseNo)
                                .evidence(r, "企业登记记录")
                                .dueOn(closed)
                                .summary(p.name().value() + "（" + caseNo + "）执行案件于" + closed + "以“" + e.closure().orElseThrow().label()
                                        + "”结案，但结案时其担任" + r.enterprise() + "的" + role.get().label() + "，疑似有财产可供执行。")
                                .fact("enterprise", r.enterprise()).fact("role", role.get().label()).fact("closed_on", closed)
                                .build());
                    }
                }
            }
        });
    }
}
