package io.xingzhi.core.supervision.prohibition;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.Activity;
import io.xingzhi.core.record.BusinessRole;
import io.xingzhi.core.record.CorrectionTerm;
import io.xingzhi.core.record.DataNeed;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.RoleType;
import io.xingzhi.core.sentence.Periods;
import io.xingzhi.core.supervision.KeywordGroup;
import io.xingzhi.core.supervision.LeadBuilder;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.Sentences;
import io.xingzhi.core.supervision.StreamWatch;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.Months;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * prohibition-order (社区矫正禁止令), LAW.md §3. For 管制 and suspended sentences:
 * CORRECTION_MISSING (no community-correction record after the report limit and grace),
 * ORDER_NOT_RECORDED (the judgment's order is missing from the correction record), LATE_REPORT
 * (the correction record's {@code reported_on} is more than 10 days after the effective date) and
 * ORDER_VIOLATED (an activity or business registration inside the order period that matches a
 * keyword group selected by the order's text; for an order against founding enterprises, a
 * controlling role that begins inside the period). Keyword groups are configuration
 * ({@link KeywordGroup}); a lead names the keyword and the record that matched.
 */
public final class ProhibitionOrderModel implements SupervisionModel {
    public static final String NAME = "prohibition-order";
    private static final String ORDER_RULES = "最高人民法院、最高人民检察院、公安部、司法部《关于对判处管制、宣告缓刑的犯罪分子适用禁止令有关问题的规定（试行）》";
    private static final LeadKind DEFAULTS = LeadKind.of(NAME, "社区矫正禁止令", "DEFAULTS", "本模型")
            .withAgency("司法局").withDocument(DocumentType.RECOMMENDATION)
            .withFacts("prohibition_order", "禁止令内容", "order_from", "禁止令起始日", "order_to", "禁止令届满日",
                    "keyword_group", "关键词组", "keyword", "命中关键词", "occurred_on", "行为发生日", "venue", "场所",
                    "enterprise", "企业名称", "role", "任职身份", "role_start", "任职起始日",
                    "report_by", "应当报到日期", "reported_on", "实际报到日期", "days_late", "逾期天数");
    /** 社区矫正漏管: 管制/缓刑 effective over 10 days ago (plus the grace), no correction record. */
    public static final LeadKind CORRECTION_MISSING = DEFAULTS.named("CORRECTION_MISSING", "社区矫正漏管").withMissingFrom(Dataset.CORRECTIONS)
            .withBasis("社区矫正法第20条", "社区矫正法第21条", "人民检察院刑事诉讼规则第642条");
    /** 禁止令未交付执行: the judgment has an order, the correction record has none. */
    public static final LeadKind ORDER_NOT_RECORDED = DEFAULTS.named("ORDER_NOT_RECORDED", "禁止令未交付执行")
            .withBasis("社区矫正法第20条", ORDER_RULES + "第9条", "人民检察院刑事诉讼规则第642条");
    /** 报到超期: reported to community correction more than 10 days (plus the late-report grace) after the judgment took effect. */
    public static final LeadKind LATE_REPORT = DEFAULTS.named("LATE_REPORT", "报到超期")
            .withNeeds(DataNeed.column(Dataset.CORRECTIONS, "reported_on"))
            .withBasis("社区矫正法第21条", "人民检察院刑事诉讼规则第642条");
    /** 违反禁止令: a record of the prohibited activity, place or business inside the order's period. */
    public static final LeadKind ORDER_VIOLATED = DEFAULTS.named("ORDER_VIOLATED", "违反禁止令")
            .withBasis("刑法第77条第2款", ORDER_RULES, "人民检察院刑事诉讼规则第643条");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<LeadKind> kinds() {
        return List.of(CORRECTION_MISSING, ORDER_NOT_RECORDED, ORDER_VIOLATED, LATE_REPORT);
    }

    @Override
    public Set<Dataset> requires() {
        return Set.of(Dataset.JUDGMENTS, Dataset.CORRECTIONS);
    }

    @Override
    public Set<Dataset> streams() {
        return Set.of(Dataset.ACTIVITIES, Dataset.BUSINESS_REGISTRATIONS);
    }

    private static boolean community(Judgment j) {
        return j.suspended() || j.penalty().orElse(null) == PrincipalPenalty.PUBLIC_SURVEILLANCE;
    }

    @Override
    public void assess(Person p, ModelContext ctx, LeadCollector out) {
        LocalDate asOf = ctx.asOf();
        int margin = ctx.parameters().boundaryDays();
        for (Judgment j : p.judgments()) {
            if (!Sentences.effective(j, asOf) || !community(j)) {
                continue;
            }
            String caseNo = j.caseText();
            String type = j.suspended() ? "缓刑" : "管制";
            LocalDate reportBy = Periods.daysAfter(j.effectiveDate(), 10);
            LocalDate limit = Periods.daysAfter(reportBy, ctx.parameters().correctionReportGraceDays());
            LocalDate earliest = j.effectiveDate().minusDays(30);
            // LAW.md: any correction record of the person starting on or after effective − 30 days
            List<CorrectionTerm> started = p.corrections().stream().filter(c -> !c.startOn().isBefore(earliest)).toList();
            // the record "for" this judgment: the same case when both say which
            List<CorrectionTerm> terms = started.stream()
                    .filter(c -> Sentences.sameCase(j, c.caseNumber()))
                    .toList();
            if (asOf.isAfter(limit) && started.isEmpty()) {
                out.add(LeadBuilder.lead(CORRECTION_MISSING, p).caseNumber(caseNo)
                        .evidence(j, "生效裁判").dueOn(reportBy)
                        .summary(p.name().value() + "（" + caseNo + "）被判处" + type + "，判决于" + j.effectiveDate()
                                + "生效，应于" + reportBy + "前到社区矫正机构报到，截至" + asOf + "无社区矫正记录，疑似漏管。")
                        .boundary(Periods.within(asOf, limit, margin))
                        .build());
            }
            lateReport(p, j, type, terms, ctx, out);
            if (j.prohibitionOrder().isPresent() && orderPeriod(j).isEmpty()) {
                out.unmatched(j, "禁止令期间无法确定（无禁止令期限或起止日期，" + type + "期限也无法计算），未据此比对活动和企业登记记录");
            }
            if (j.prohibitionOrder().isPresent() && !terms.isEmpty()
                    && terms.stream().allMatch(c -> c.prohibitionOrder().isEmpty())) {
                LeadBuilder b = LeadBuilder.lead(ORDER_NOT_RECORDED, p).caseNumber(caseNo).unit(terms.get(0).office())
                        .evidence(j, "生效裁判（含禁止令）").dueOn(Periods.daysAfter(j.effectiveDate(), 5))
                        .summary(p.name().value() + "（" + caseNo + "）判决宣告禁止令“" + j.prohibitionOrder().get()
                                + "”，社区矫正记录未载明该禁止令，疑似禁止令未交付执行。")
                        .fact("prohibition_order", j.prohibitionOrder().get());
                terms.forEach(c -> b.evidence(c, "社区矫正记录（禁止令为空）"));
                out.add(b.build());
            }
        }
    }

    /**
     * LATE_REPORT (LAW.md §3): of the person's correction records for the judgment (the ones
     * CORRECTION_MISSING looks for, and for its case when they say which), the earliest
     * {@code reported_on} is later than effective + 10 days (CCL art. 21) + the late-report grace. No
     * {@code reported_on}: no lead.
     */
    private static void lateReport(Person p, Judgment j, String type, List<CorrectionTerm> terms, ModelContext ctx,
                                   LeadCollector out) {
        Optional<CorrectionTerm> first = terms.stream().filter(c -> c.reportedOn().isPresent())
                .min(java.util.Comparator.comparing(c -> c.reportedOn().get()));
        if (first.isEmpty()) {
            return;
        }
        LocalDate reported = first.get().reportedOn().get();
        LocalDate reportBy = Periods.daysAfter(j.effectiveDate(), 10);
        LocalDate limit = Periods.daysAfter(reportBy, ctx.parameters().lateReportGraceDays());
        if (!reported.isAfter(limit)) {
            return;
        }
        long late = reported.toEpochDay() - reportBy.toEpochDay();
        String caseNo = j.caseText();
        out.add(LeadBuilder.lead(LATE_REPORT, p).caseNumber(caseNo).unit(first.get().office())
                .evidence(j, "生效裁判").evidence(first.get(), "社区矫正记录（报到日期）").dueOn(reportBy)
                .summary(p.name().value() + "（" + caseNo + "）被判处" + type + "，判决于" + j.effectiveDate() + "生效，应于" + reportBy
                        + "前到社区矫正机构报到，实际于" + reported + "报到，逾期" + late + "日。")
                .boundary(Periods.within(reported, limit, ctx.parameters().boundaryDays()))
                .fact("report_by", reportBy).fact("reported_on", reported).fact("days_late", late)
                .build());
    }

    /** An order being watched: its judgment, period (whether its end was computed), text and selected keyword groups. */
    record WatchedOrder(Judgment judgment, LocalDate from, LocalDate to, boolean computedEnd, String text,
                        List<KeywordGroup> groups, String office) {
    }

    @Override
    public Optional<StreamWatch> watch(Person p, ModelContext ctx) {
        List<WatchedOrder> orders = new ArrayList<>();
        for (Judgment j : p.judgments()) {
            if (!Sentences.effective(j, ctx.asOf()) || !community(j)) {
                continue;
            }
            // the order is the court's: only the judgment's order (column or sentence text) counts
            Optional<String> text = j.prohibitionOrder();
            if (text.isEmpty()) {
                continue;
            }
            String t = text.get();
            List<KeywordGroup> groups = ctx.parameters().keywordGroups().stream().filter(g -> g.selectedBy(t)).toList();
            if (groups.isEmpty()) {
                continue;
            }
            Optional<OrderPeriod> period = orderPeriod(j);
            if (period.isEmpty()) {
                continue; // told in the run report by assess(): the order cannot be watched
            }
            String office = p.corrections().stream().filter(c -> Sentences.sameCase(j, c.caseNumber()))
                    .filter(c -> !c.startOn().isBefore(j.effectiveDate().minusDays(30)))
                    .map(CorrectionTerm::office).filter(s -> !s.isBlank()).findFirst().orElse("");
            orders.add(new WatchedOrder(j, period.get().from(), period.get().to(), period.get().computedEnd(), t, groups,
                    office));
        }
        if (orders.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OrderWatch(p, orders, ctx));
    }

    /**
     * The court's order period (LAW.md §3 "Order period"): the judgment's {@code prohibition_start}
     * and {@code prohibition_end} when given; else from the effective date (or the given start) for
     * {@code prohibition_months} by the sentence rule; when the months are blank, the whole term: a
     * probation counted from the effective date (LAW.md: it runs from {@code effective_date}), a 管制
     * to the end the judgment gives ({@code term_end}, or the term its text states), else counted by
     * the sentence rule from its {@code term_start} or the effective date. A correction record's order
     * dates are what the agency recorded, never the period. Empty when no end can be found.
     */
    static Optional<OrderPeriod> orderPeriod(Judgment j) {
        LocalDate from = j.prohibitionStart().orElse(j.effectiveDate());
        if (j.prohibitionEnd().isPresent()) {
            return Optional.of(new OrderPeriod(from, j.prohibitionEnd().get(), false));
        }
        Optional<LocalDate> to;
        if (j.prohibitionTerm().isPresent()) {
            to = j.prohibitionTerm().flatMap(m -> Sentences.periodEnd(from, m));
        } else if (j.suspended()) {
            to = j.probation().flatMap(m -> Sentences.periodEnd(j.effectiveDate(), m));
        } else if (j.termEnd().isPresent()) {
            return Optional.of(new OrderPeriod(from, j.termEnd().get(), false)); // the court's own end of the 管制
        } else {
            to = j.term().flatMap(m -> Sentences.periodEnd(j.termStart().orElse(j.effectiveDate()), m));
        }
        return to.map(end -> new OrderPeriod(from, end, true));
    }

    /**
     * An order's first and last day; {@code computedEnd} when the last day was counted by the
     * sentence rule rather than given by the judgment (a lead near it says so: LAW.md, boundary).
     */
    record OrderPeriod(LocalDate from, LocalDate to, boolean computedEnd) {
    }

    /**
     * The person's watched orders. A record that breaks several of them (two suspended sentences of
     * one person, each with its order, in force at once) gives one lead per order: each judgment is
     * judged on its own (LAW.md, common rules). Within one order, the first keyword group that
     * matches makes the lead.
     */
    private static final class OrderWatch implements StreamWatch {
        private final Person person;
        private final List<WatchedOrder> orders;
        private final ModelContext ctx;

        OrderWatch(Person person, List<WatchedOrder> orders, ModelContext ctx) {
            this.person = person;
            this.orders = orders;
            this.ctx = ctx;
        }

        /**
         * From the first order's first day to the last order's last day, and never past the as-of date:
         * the days {@link #onActivity} looks at (orders whose keywords are only about founding a
         * business never look at an activity).
         */
        @Override
        public com.google.common.collect.Range<LocalDate> activityDays() {
            LocalDate first = null;
            LocalDate last = null;
            for (WatchedOrder o : orders) {
                if (o.groups().stream().allMatch(KeywordGroup::founding)) {
                    continue;
                }
                LocalDate to = o.to().isAfter(ctx.asOf()) ? ctx.asOf() : o.to();
                first = first == null || o.from().isBefore(first) ? o.from() : first;
                last = last == null || to.isAfter(last) ? to : last;
            }
            if (first == null || last.isBefore(first)) {
                return com.google.common.collect.Range.closedOpen(ctx.asOf(), ctx.asOf()); // no day
            }
            return com.google.common.collect.Range.closed(first, last);
        }

        @Override
        public void onActivity(Activity a, LeadCollector out) {
            for (WatchedOrder o : orders) {
                if (a.occurredOn().isBefore(o.from()) || a.occurredOn().isAfter(o.to()) || a.occurredOn().isAfter(ctx.asOf())) {
                    continue;
                }
                for (KeywordGroup g : o.groups()) {
                    if (g.founding()) {
                        continue;
                    }
                    Optional<String> kw = match(g, a.venueType(), a.venueName(), a.description());
                    if (kw.isPresent()) {
                        String where = a.venueName().isEmpty() ? a.venueType() : a.venueName();
                        out.add(violation(o, g, a.occurredOn()).evidence(a, "活动记录（" + a.category() + "）")
                                .fact("keyword", kw.get()).fact("occurred_on", a.occurredOn()).fact("venue", where)
                                .summary(person.name().value() + "（" + o.judgment().caseText() + "）禁止令“" + o.text() + "”执行期间（"
                                        + o.from() + "至" + o.to() + "），" + what(a) + "（命中关键词“" + kw.get() + "”），疑似违反禁止令。")
                                .build());
                        break; // one lead per order; another judgment's order is judged on its own (LAW.md)
                    }
                }
            }
        }

        @Override
        public void onBusinessRole(BusinessRole r, LeadCollector out) {
            for (WatchedOrder o : orders) {
                if (r.roleStart().map(s -> s.isAfter(ctx.asOf())).orElse(false)) {
                    continue;
                }
                for (KeywordGroup g : o.groups()) {
                    if (g.founding()) {
                        Optional<LocalDate> start = r.roleStart();
                        Optional<RoleType> founder = r.roleThat(RoleType::controlling); // 监事、股东: the 股东
                        if (founder.isPresent() && start.isPresent() && !start.get().isBefore(o.from()) && !start.get().isAfter(o.to())) {
                            out.add(violation(o, g, start.get()).evidence(r, "企业登记记录")
                                    .fact("keyword", "设立企业").fact("enterprise", r.enterprise()).fact("role", founder.get().label())
                                    .fact("role_start", start.get())
                                    .summary(person.name().value() + "（" + o.judgment().caseText() + "）禁止令“" + o.text() + "”执行期间（"
                                            + o.from() + "至" + o.to() + "），于" + start.get() + "成为" + r.enterprise() + "的"
                                            + founder.get().label() + "，疑似违反禁止设立公司、企业的禁止令。")
                                    .build());
                            break; // one lead per order; the next order is judged on its own
                        }
                        continue;
                    }
                    if (!r.overlaps(o.from(), o.to())) {
                        continue;
                    }
                    Optional<String> kw = match(g, r.businessScope());
                    if (kw.isPresent()) {
                        out.add(violation(o, g, r.roleStart().filter(d -> d.isAfter(o.from())).orElse(o.from()))
                                .evidence(r, "企业登记记录")
                                .fact("keyword", kw.get()).fact("enterprise", r.enterprise()).fact("role", r.role().label())
                                .summary(person.name().value() + "（" + o.judgment().caseText() + "）禁止令“" + o.text() + "”执行期间（"
                                        + o.from() + "至" + o.to() + "），担任" + r.enterprise() + "的" + r.role().label()
                                        + "，该企业经营范围含“" + kw.get() + "”，疑似违反禁止令从事相关经营活动。")
                                .build());
                        break; // one lead per order; the next order is judged on its own
                    }
                }
            }
        }

        /** What the activity record says happened, in one clause: a place entered, or a recorded act. */
        private static String what(Activity a) {
            String venue = a.venueName().isEmpty() ? a.venueType() : a.venueName()
                    + (a.venueType().isEmpty() ? "" : "（" + a.venueType() + "）");
            if (!a.description().isEmpty()) {
                String by = a.agency().isEmpty() ? venue : a.agency();
                return "于" + a.occurredOn() + (by.isEmpty() ? "" : "被" + by) + "记录" + (a.category().isEmpty() ? "" : a.category())
                        + "：" + a.description();
            }
            return "于" + a.occurredOn() + "进入" + venue;
        }

        /**
         * The lead for a violation on {@code day}: near an end the sentence rule computed, it says so
         * (LAW.md: a lead within 2 days of a computed boundary is a boundary lead).
         */
        private LeadBuilder violation(WatchedOrder o, KeywordGroup g, LocalDate day) {
            Judgment j = o.judgment();
            return LeadBuilder.lead(ORDER_VIOLATED, person).caseNumber(j.caseText()).unit(o.office())
                    .boundary(o.computedEnd() && Periods.within(day, o.to(), ctx.parameters().boundaryDays()))
                    .evidence(j, "生效裁判（含禁止令）").keyFact("keyword_group", g.name())
                    .fact("prohibition_order", o.text()).fact("order_from", o.from()).fact("order_to", o.to())
                    .basis(j.suspended() ? "刑法第72条第2款" : "刑法第38条第2款");
        }

        private static Optional<String> match(KeywordGroup g, String... texts) {
            for (String kw : g.keywords()) {
                for (String t : texts) {
                    if (t != null && !t.isEmpty() && t.toUpperCase(java.util.Locale.ROOT).contains(kw.toUpperCase(java.util.Locale.ROOT))) {
                        return Optional.of(kw);
                    }
                }
            }
            return Optional.empty();
        }
    }
}
