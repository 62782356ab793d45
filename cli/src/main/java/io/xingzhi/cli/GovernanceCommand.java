package io.xingzhi.cli;

import io.xingzhi.core.value.PlainText;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.GovernanceService;
import io.xingzhi.core.app.UnknownGovernanceRecordException;
import io.xingzhi.core.governance.GovernanceKind;
import io.xingzhi.core.governance.GovernanceRecord;
import io.xingzhi.core.governance.GovernanceStatistics;
import io.xingzhi.core.governance.GovernanceStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xingzhi governance}: source governance (诉源治理) after a class case - a systemic 检察建议,
 * a joint meeting, a rectification measure, a cooperation mechanism - recorded, closed and listed
 * through core's {@link GovernanceService}, with the fields of {@code POST /governance} as options
 * ({@code --deadline}, {@code --parent}, ...). Only confirmed leads can be cited.
 */
@Command(name = "governance", mixinStandardHelpOptions = true,
        description = "Source governance (诉源治理): record a 检察建议, a joint meeting, a rectification measure or a "
                + "cooperation mechanism; close one; list them with the counts per agency.",
        subcommands = {GovernanceCommand.Recommendation.class, GovernanceCommand.Meeting.class,
            GovernanceCommand.Measure.class, GovernanceCommand.Mechanism.class, GovernanceCommand.Close.class,
            GovernanceCommand.ListRecords.class})
final class GovernanceCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The store, and who acts. */
    static final class Where {
        @Mixin
        LeadIdKeyOption leadIdKey = new LeadIdKeyOption();

        @Option(names = "--store", required = true, descriptionKey = "governance-store", description = "JDBC URL of the store")
        String store;

        ApplicationServices app() {
            return ApplicationServices.over(Stores.openExisting(store)).leadIdKey(leadIdKey.key()).build();
        }

        GovernanceService service() {
            return service(app());
        }

        static GovernanceService service(ApplicationServices app) {
            return app.governance().orElseThrow(() -> new XingzhiCli.UsageError(Lang.text(
                    "--store：此存储不保存诉源治理记录", "--store: this store keeps no governance records")));
        }
    }

    /** The fields of a record, as options named like the fields of {@code POST /governance}. */
    static final class Fields {
        @Option(names = "--title", required = true, descriptionKey = "governance-title", description = "its subject")
        String title;

        @Option(names = {"--agencies", "--agency"}, required = true, descriptionKey = "governance-agencies",
                description = "the agencies, separated by 、 or commas; the addressee or responsible agency first")
        String agencies;

        @Option(names = "--date", descriptionKey = "governance-date", description = "issued, held or agreed on (YYYY-MM-DD; default today)")
        String date;

        @Option(names = "--content", descriptionKey = "governance-content",
                description = "the recommendation's text, the minutes, what the measure or mechanism is")
        String content;

        Map<String, String> map() {
            Map<String, String> m = new LinkedHashMap<>();
            put(m, GovernanceService.TITLE, title);
            put(m, GovernanceService.AGENCIES, agencies);
            put(m, GovernanceService.DATE, date);
            put(m, GovernanceService.CONTENT, content);
            return m;
        }
    }

    static void put(Map<String, String> m, String field, String value) {
        if (value != null) {
            m.put(field, value);
        }
    }

    /** Records one record and says so. */
    abstract static class Recording implements Callable<Integer> {
        @Mixin
        Where where = new Where();

        @Mixin
        Fields fields = new Fields();

        @Option(names = "--by", required = true, descriptionKey = "governance-by", description = "who records it")
        String by;

        abstract GovernanceKind kind();

        Map<String, String> more() {
            return Map.of();
        }

        List<String> leadIds() {
            return List.of();
        }

        @Override
        public Integer call() {
            Map<String, String> f = fields.map();
            f.putAll(more());
            GovernanceRecord r = where.service().record(kind(), f, leadIds(), new io.xingzhi.core.app.Actor(by, "cli"));
            System.out.println(Lang.text("已记录 ", "recorded ") + line(r, LocalDate.now()));
            return XingzhiCli.OK;
        }
    }

    @Command(name = "recommendation", mixinStandardHelpOptions = true,
            description = "Record a systemic 检察建议 to an agency, resting on confirmed leads (a class case).")
    static final class Recommendation extends Recording {
        @Parameters(arity = "1..*", descriptionKey = "governance-lead-ids", description = "the confirmed leads it rests on")
        List<String> leads;

        @Option(names = "--deadline", descriptionKey = "governance-reply-deadline", description = "the reply deadline (YYYY-MM-DD)")
        String deadline;

        @Option(names = "--number", descriptionKey = "governance-number", description = "its 文号, e.g. 凤检刑执建〔2024〕2号")
        String number;

        @Override
        GovernanceKind kind() {
            return GovernanceKind.RECOMMENDATION;
        }

        @Override
        Map<String, String> more() {
            Map<String, String> m = new LinkedHashMap<>();
            put(m, GovernanceService.DEADLINE, deadline);
            put(m, GovernanceService.NUMBER, number);
            return m;
        }

        @Override
        List<String> leadIds() {
            return leads;
        }
    }

    /** A record that may follow from an earlier one. */
    abstract static class Following extends Recording {
        @Option(names = "--parent", descriptionKey = "governance-parent", description = "the record it follows from, e.g. g1")
        String parent;

        @Override
        Map<String, String> more() {
            Map<String, String> m = new LinkedHashMap<>();
            put(m, GovernanceService.PARENT, parent);
            return m;
        }
    }

    @Command(name = "meeting", mixinStandardHelpOptions = true,
            description = "Record a joint meeting (联席会议): the agencies present, the day, the minutes.")
    static final class Meeting extends Following {
        @Override
        GovernanceKind kind() {
            return GovernanceKind.MEETING;
        }
    }

    @Command(name = "measure", mixinStandardHelpOptions = true,
            description = "Record a rectification measure (整改措施): what the responsible agency does, by a deadline.")
    static final class Measure extends Following {
        @Option(names = "--deadline", required = true, descriptionKey = "governance-deadline", description = "the deadline (YYYY-MM-DD)")
        String deadline;

        @Override
        GovernanceKind kind() {
            return GovernanceKind.MEASURE;
        }

        @Override
        Map<String, String> more() {
            Map<String, String> m = new LinkedHashMap<>(super.more());
            put(m, GovernanceService.DEADLINE, deadline);
            return m;
        }
    }

    @Command(name = "mechanism", mixinStandardHelpOptions = true,
            description = "Record a cooperation mechanism (联动协作机制) in force between the agencies.")
    static final class Mechanism extends Following {
        @Override
        GovernanceKind kind() {
            return GovernanceKind.MECHANISM;
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true,
            description = "Close a record: a 检察建议 adopted or rectified, a measure rectified, a mechanism terminated.")
    static final class Close implements Callable<Integer> {
        @Mixin
        Where where = new Where();

        @Parameters(index = "0", descriptionKey = "governance-id", description = "the record's id, e.g. g3")
        String id;

        @Option(names = "--status", descriptionKey = "governance-status",
                description = "adopted, rectified or terminated (or 已采纳, 已整改, 已终止); default the first the record allows")
        String status;

        @Option(names = "--date", descriptionKey = "governance-close-date", description = "the day (YYYY-MM-DD; default today)")
        String date;

        @Option(names = "--note", descriptionKey = "governance-note", description = "what was said, e.g. the agency's reply")
        String note;

        @Option(names = "--by", required = true, descriptionKey = "governance-by", description = "who closes it")
        String by;

        @Override
        public Integer call() {
            Map<String, String> f = new LinkedHashMap<>();
            put(f, GovernanceService.STATUS, status);
            put(f, GovernanceService.DATE, date);
            put(f, GovernanceService.NOTE, note);
            GovernanceRecord r;
            try {
                r = where.service().close(id, f, new io.xingzhi.core.app.Actor(by, "cli"));
            } catch (UnknownGovernanceRecordException e) {
                throw new XingzhiCli.CliError(XingzhiCli.REFUSED, Lang.text("存储中没有诉源治理记录 " + id
                        + "（用 xingzhi governance list 查看）", "no governance record " + id + " in this store (xingzhi governance "
                        + "list lists them)"));
            } catch (IllegalStateException e) {
                throw new XingzhiCli.CliError(XingzhiCli.REFUSED, Lang.text("记录 " + id + " 已被他人办结，本次未保存",
                        "record " + id + " was closed by someone else first; nothing was kept"));
            }
            System.out.println(Lang.text("已办结 ", "closed ") + line(r, LocalDate.now()));
            return XingzhiCli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the governance records with their status as of a date, and the counts per agency.")
    static final class ListRecords implements Callable<Integer> {
        @Mixin
        Where where = new Where();

        @Option(names = "--as-of", descriptionKey = "governance-as-of",
                description = "the date statuses are seen from: pending past the deadline is overdue (default today)")
        String asOf;

        @Option(names = "--json", descriptionKey = "governance-json", description = "JSON on standard output: {as_of, records, by_agency, total}")
        boolean json;

        @Override
        public Integer call() {
            LocalDate day = asOf == null ? LocalDate.now() : RunCommand.parseAsOf(asOf);
            ApplicationServices app = where.app();
            GovernanceService g = Where.service(app);
            List<GovernanceRecord> records = g.records();
            GovernanceStatistics stats = g.statistics(Optional.of(day));
            CliAudit.read(app, "governance list", records.stream().flatMap(r -> r.leadIds().stream()).distinct().toList(),
                    "as_of=" + day);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("as_of", day.toString());
                o.put("records", records.stream().map(r -> json(r, day)).toList());
                o.put("by_agency", stats.byAgency());
                o.put("total", stats.total());
                System.out.println(Json.write(o));
                return XingzhiCli.OK;
            }
            System.out.println(Lang.text("诉源治理（状态截至 " + day + "）", "Source governance (status as of " + day + ")"));
            TextTable t = new TextTable(List.of(Lang.text("编号", "id"), Lang.text("类型", "kind"), Lang.text("事项", "title"),
                    Lang.text("单位", "agencies"), Lang.text("日期", "date"), Lang.text("期限", "deadline"),
                    Lang.text("状态", "status"), Lang.text("线索", "leads")));
            for (GovernanceRecord r : records) {
                t.row(r.id(), kind(r.kind()), r.title(), String.join(Lang.text("、", ", "),
                        r.agencies()), r.date(), r.deadline().map(Object::toString).orElse(""), status(r.status(day)),
                        r.leadIds().size());
            }
            System.out.print(t.render());
            System.out.println();
            System.out.print(perAgency(stats).render());
            return XingzhiCli.OK;
        }
    }

    /** The counts per agency as a table: what {@code stats} and {@code governance list} print. */
    static TextTable perAgency(GovernanceStatistics s) {
        TextTable t = new TextTable(List.of(Lang.text("单位", "agency"), Lang.text("检察建议", "recommendations"),
                Lang.text("已采纳", "adopted"), Lang.text("整改措施", "measures"), Lang.text("已整改", "rectified"),
                Lang.text("逾期未落实", "overdue"), Lang.text("联席会议", "meetings"), Lang.text("运行中的机制", "mechanisms in force")),
                false, true, true, true, true, true, true, true);
        List<GovernanceStatistics.Row> rows = new ArrayList<>(s.byAgency());
        rows.add(s.total());
        for (GovernanceStatistics.Row r : rows) {
            t.row(r.agency().equals(GovernanceStatistics.TOTAL) ? Lang.text("合计", "total") : r.agency(), r.recommendations(),
                    r.adopted(), r.measures(), r.rectified(), r.overdue(), r.meetings(), r.mechanismsInForce());
        }
        return t;
    }

    static String status(GovernanceStatus s) {
        return Lang.english() ? s.code() : s.label();
    }

    static String kind(GovernanceKind k) {
        return Lang.english() ? k.code() : k.label();
    }

    static String line(GovernanceRecord r, LocalDate asOf) {
        return PlainText.line(r.id() + " " + kind(r.kind()) + Lang.text("「", " \"") + r.title()
                + Lang.text("」（", "\" (") + String.join(Lang.text("、", ", "), r.agencies())
                + r.deadline().map(d -> Lang.text("，期限 ", ", due ") + d).orElse("") + Lang.text("，", ", ")
                + status(r.status(asOf)) + Lang.text("）", ")"));
    }

    static Map<String, Object> json(GovernanceRecord r, LocalDate asOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        GovernanceStatus now = r.status(asOf);
        m.put("id", r.id());
        m.put("kind", r.kind().code());
        m.put("kind_label", r.kind().label());
        m.put("title", r.title());
        m.put("agencies", r.agencies());
        m.put("date", r.date());
        m.put("deadline", r.deadline());
        m.put("number", r.documentNumber());
        m.put("content", r.content());
        m.put("lead_ids", r.leadIds());
        m.put("parent", r.parent().map(n -> "g" + n));
        m.put("status", now.code());
        m.put("status_label", now.label());
        m.put("closed_on", r.closedOn());
        m.put("closing_note", r.closingNote());
        m.put("adopted_on", r.adoptedOn());
        m.put("adoption_note", r.adoptionNote());
        m.put("recorded_by", r.recordedBy());
        return m;
    }
}
