package io.xingzhi.cli;

import io.xingzhi.core.value.PlainText;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.StatisticsReport;
import io.xingzhi.core.governance.GovernanceStatistics;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.review.DismissReason;
import io.xingzhi.core.stats.ClassCaseReport;
import io.xingzhi.core.stats.ReviewStatistics;
import java.util.List;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xingzhi stats}: review statistics, the seed's funnel (线索 → 核查 → 成案 → 文书 → 整改, and 移送)
 * and the 类案 report, as text tables or JSON, counted by
 * core's {@link io.xingzhi.core.app.StatisticsService} - the numbers of {@code GET /stats} and
 * {@code GET /class-cases}.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Review statistics per model, kind and agency, the funnel (leads → verified → confirmed → "
                + "documents → rectified, and referrals) in total and per model, and the 类案 report (the numbers of "
                + "GET /stats and GET /class-cases).")
final class StatsCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LeadIdKeyOption leadIdKey = new LeadIdKeyOption();

    @Option(names = "--store", required = true, description = "JDBC URL of the store")
    String store;

    @Option(names = "--json", description = "JSON on standard output: {statistics, class_cases, governance}")
    boolean json;

    @Option(names = "--from", description = "leads first seen by a run as of this date or later, and the funnel's "
            + "decisions made on it or later (YYYY-MM-DD)")
    String from;

    @Option(names = "--to", description = "leads first seen by a run as of this date or earlier, and the funnel's "
            + "decisions made on it or earlier (YYYY-MM-DD)")
    String to;

    @Option(names = "--min-count", defaultValue = "2", description = "fewest confirmed leads of a 类案 group (default ${DEFAULT-VALUE})")
    int minCount;

    @Override
    public Integer call() {
        Optional<LocalDate> f = Optional.ofNullable(from).map(s -> date("--from", s));
        Optional<LocalDate> t = Optional.ofNullable(to).map(s -> date("--to", s));
        ApplicationServices app = ApplicationServices.over(Stores.openExisting(store)).leadIdKey(leadIdKey.key()).build();
        StatisticsReport report = app.statistics().report(f, t, minCount);
        CliAudit.read(app, "stats", List.of(), (from == null ? "" : "from=" + from) + (from != null && to != null ? "&" : "")
                + (to == null ? "" : "to=" + to));
        // source governance as of the end of the period (today when open): what is overdue then
        Optional<GovernanceStatistics> governance = app.governance().map(g -> g.statistics(t.or(() -> Optional.of(LocalDate.now()))));
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("statistics", report.statistics());
            o.put("class_cases", report.classCases());
            governance.ifPresent(g -> o.put("governance", g));
            System.out.println(Json.write(o));
            return 0;
        }
        ReviewStatistics s = report.statistics();
        System.out.println(Lang.text("审查统计", "Review statistics") + (f.isPresent() || t.isPresent()
                ? Lang.text("（首次发现于 ", " (first found ") + f.map(LocalDate::toString).orElse("…") + Lang.text(" 至 ", " to ")
                        + t.map(LocalDate::toString).orElse("…") + Lang.text("）", ")") : ""));
        System.out.println();
        TextTable byKind = counts(Lang.text("模型与类型", "model and kind"));
        for (ReviewStatistics.KindRow r : s.byKind()) {
            add(byKind, Lang.english() ? r.model() + " " + r.kind() : r.kindLabel() + "（" + modelLabel(r) + "）", r.counts());
        }
        add(byKind, Lang.text("合计", "total"), s.total());
        System.out.print(byKind.render());
        System.out.println();
        TextTable byAgency = counts(Lang.text("被监督单位", "agency"));
        for (ReviewStatistics.AgencyRow r : s.byAgency()) {
            add(byAgency, r.agency(), r.counts());
        }
        System.out.print(byAgency.render());
        if (!s.total().dismissedByReason().isEmpty()) {
            System.out.println(Lang.text("排除理由：", "dismissed for: ") + s.total().dismissedByReason().entrySet().stream()
                    .map(e -> (Lang.english() ? e.getKey() : DismissReason.valueOf(e.getKey()).label()) + " " + e.getValue())
                    .collect(Collectors.joining(Lang.text("，", ", "))));
        }
        if (!s.total().documentsByType().isEmpty()) {
            System.out.println(Lang.text("已制发文书：", "documents issued: ") + s.total().documentsByType().entrySet().stream()
                    .map(e -> (Lang.english() ? e.getKey() : DocumentType.valueOf(e.getKey()).label()) + " " + e.getValue())
                    .collect(Collectors.joining(Lang.text("，", ", "))));
        }
        System.out.println();
        funnel(s, f, t);
        System.out.println();
        ClassCaseReport cc = report.classCases();
        System.out.println(Lang.text("类案（同一被监督单位、同一类型、至少 " + cc.minCount() + " 件成案线索）",
                "Class cases (one unit, one kind, at least " + cc.minCount() + " confirmed leads)"));
        if (cc.groups().isEmpty()) {
            System.out.println(Lang.text("  没有达到 " + cc.minCount() + " 件的同类成案线索",
                    "  no group of " + cc.minCount() + " or more confirmed leads of one kind"));
        }
        for (ClassCaseReport.Group g : cc.groups()) {
            System.out.println();
            System.out.println("  " + PlainText.line(g.agency()) + " · " + (Lang.english() ? g.model() + " " + g.kind() : g.kindLabel())
                    + Lang.text("：" + g.count() + " 件", ": " + g.count() + " leads")
                    + g.earliest().map(d -> Lang.text("，", ", ") + d + Lang.text(" 至 ", " to ") + g.latest().orElse(d)).orElse(""));
            System.out.println(Lang.text("  案号：", "  cases: ") + PlainText.line(String.join(Lang.text("、", ", "), g.caseNumbers())));
            System.out.println(Lang.text("  线索：", "  leads: ") + String.join(" ", g.leadIds()));
            if (!Lang.english()) {
                System.out.println("  " + PlainText.line(g.pattern()));
            }
            governance.flatMap(gs -> gs.byAgency().stream().filter(r -> r.agency().equals(g.agency())).findFirst())
                    .ifPresent(r -> System.out.println(Lang.text("  诉源治理：检察建议 " + r.recommendations() + " 件（已采纳 "
                            + r.adopted() + "），整改措施 " + r.measures() + " 项（已整改 " + r.rectified() + "，逾期未落实 "
                            + r.overdue() + "），联席会议 " + r.meetings() + " 次，运行中的协作机制 " + r.mechanismsInForce() + " 项",
                            "  governance: " + r.recommendations() + " recommendations (" + r.adopted() + " adopted), "
                                    + r.measures() + " measures (" + r.rectified() + " rectified, " + r.overdue() + " overdue), "
                                    + r.meetings() + " meetings, " + r.mechanismsInForce() + " mechanisms in force")));
            if (!g.recommendations().isEmpty()) {
                System.out.println(Lang.text("  已制作检察建议：", "  recommendations already filed: ")
                        + String.join(Lang.text("、", ", "), g.recommendations()));
            }
            // a recommendation is suggested for the leads none cites yet, so that one already filed is not drafted twice
            if (g.leadsWithoutRecommendation().size() >= Math.min(2, g.count())) {
                System.out.println((g.recommendations().isEmpty()
                        ? Lang.text("  制作类案检察建议：xingzhi document ", "  draft one recommendation for them: xingzhi document ")
                        : Lang.text("  其余线索可制作检察建议：xingzhi document ", "  draft one for the other leads: xingzhi document "))
                        + String.join(" ", g.leadsWithoutRecommendation()) + " --store " + store + " --type 检察建议 --out "
                        + Lang.text("类案检察建议.docx", "class-case.docx"));
            }
        }
        if (governance.isPresent() && !governance.get().byAgency().isEmpty()) {
            System.out.println();
            System.out.println(Lang.text("诉源治理（按单位，状态截至 " + governance.get().asOf() + "；xingzhi governance list 查看明细）",
                    "Source governance (per agency, status as of " + governance.get().asOf() + "; xingzhi governance list for each)"));
            System.out.print(GovernanceCommand.perAgency(governance.get()).render());
        }
        return 0;
    }

    /** The seed's funnel: a table per model and in total, the referrals by recipient, and the total in the seed's words. */
    private static void funnel(ReviewStatistics s, Optional<LocalDate> f, Optional<LocalDate> t) {
        System.out.println(Lang.text("线索 → 核查 → 成案 → 文书 → 整改", "leads → verified → confirmed → documents → rectified")
                + (f.isPresent() || t.isPresent() ? Lang.text("（核查至移送按决定日期：", " (verified to referred by decision date: ")
                        + f.map(LocalDate::toString).orElse("…") + Lang.text(" 至 ", " to ") + t.map(LocalDate::toString).orElse("…")
                        + Lang.text("）", ")") : ""));
        TextTable table = new TextTable(List.of(Lang.text("模型", "model"), Lang.text("线索", "leads"), Lang.text("核查", "verified"),
                Lang.text("成案", "confirmed"), Lang.text("文书", "documents"), Lang.text("文书涉及线索", "their leads"),
                Lang.text("整改", "rectified"), Lang.text("移送", "referred")), false, true, true, true, true, true, true, true);
        for (ReviewStatistics.ModelFunnel m : s.byModel()) {
            funnelRow(table, Lang.english() ? m.model() : m.modelLabel(), m.funnel());
        }
        funnelRow(table, Lang.text("合计", "total"), s.funnel());
        System.out.print(table.render());
        if (!s.funnel().referralsByRecipient().isEmpty()) {
            System.out.println(Lang.text("移送：", "referred to: ") + s.funnel().referralsByRecipient().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(Lang.text("，", ", "))));
        }
        if (!Lang.english()) {
            System.out.println("合计：" + s.funnel().sentence());
        }
    }

    private static void funnelRow(TextTable t, String label, ReviewStatistics.Funnel f) {
        t.row(label, f.leads(), f.verified(), f.confirmed(), f.documents(), f.documentLeads(), f.rectified(), f.referrals());
    }

    private static String modelLabel(ReviewStatistics.KindRow r) {
        return io.xingzhi.core.engine.StandardModels.all().stream().flatMap(m -> m.kinds().stream())
                .filter(k -> k.model().equals(r.model())).map(io.xingzhi.core.lead.LeadKind::modelLabel).findFirst()
                .orElse(r.model());
    }

    private static TextTable counts(String first) {
        return new TextTable(List.of(first, Lang.text("线索", "leads"), Lang.text("新线索", "new"), Lang.text("核查中", "verifying"),
                Lang.text("成案", "confirmed"), Lang.text("排除", "dismissed"), Lang.text("文书", "documents"),
                Lang.text("待回复", "awaiting"), Lang.text("已整改", "rectified"), Lang.text("逾期", "overdue")),
                false, true, true, true, true, true, true, true, true, true);
    }

    private static void add(TextTable t, String label, ReviewStatistics.Counts c) {
        t.row(label, c.leads(), c.newLeads(), c.verifying(), c.confirmed(), c.dismissed(), c.documents(), c.awaitingReply(),
                c.rectified(), c.replyOverdue());
    }

    private static LocalDate date(String option, String text) {
        try {
            return RunCommand.parseAsOf(text);
        } catch (XingzhiCli.UsageError e) {
            throw new XingzhiCli.UsageError(option + Lang.text("：“" + text + "”不是日期，请写成 YYYY-MM-DD",
                    ": \"" + text + "\" is not a date; use YYYY-MM-DD"));
        }
    }
}
