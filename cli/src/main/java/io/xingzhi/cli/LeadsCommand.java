package io.xingzhi.cli;

import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewState;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xingzhi leads}: the stored leads, filtered by model, kind and review state. */
@Command(name = "leads", mixinStandardHelpOptions = true, description = "List the stored leads (the store must exist).")
final class LeadsCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LeadIdKeyOption leadIdKey = new LeadIdKeyOption();

    @Option(names = "--store", required = true, description = "JDBC URL of the store")
    String store;

    @Option(names = "--model", description = "only this model")
    String model;

    @Option(names = "--kind", description = "only this kind")
    String kind;

    @Option(names = "--status", description = "only this review state (NEW, VERIFYING, CONFIRMED, … or 成案, 排除 …)")
    String status;

    @Option(names = "--json", description = "JSON on standard output")
    boolean json;

    @Override
    public Integer call() {
        ApplicationServices app = ApplicationServices.over(Stores.openExisting(store)).leadIdKey(leadIdKey.key()).build();
        checkModelAndKind(app);
        LeadFilter f = LeadFilter.all();
        if (model != null) {
            f = f.withModel(model);
        }
        if (kind != null) {
            f = f.withKind(kind);
        }
        if (status != null) {
            f = f.withState(ReviewState.parse(status).orElseThrow(() -> new XingzhiCli.UsageError(Lang.text(
                    "--status：“" + status + "”不是审查状态（新线索、核查中、成案、排除、已制发文书、已整改、逾期未回复，或 NEW、CONFIRMED …）",
                    "--status: \"" + status + "\" is not a review state (NEW, VERIFYING, CONFIRMED, DISMISSED, "
                            + "DOCUMENT_ISSUED, RECTIFIED, REPLY_OVERDUE)"))));
        }
        List<StoredLead> leads = app.leads().find(f).leads();
        CliAudit.read(app, "leads", leads.stream().map(StoredLead::leadId).toList(), filter());
        if (json) {
            System.out.println(Json.write(leads.stream().map(LeadsCommand::row).toList()));
            return 0;
        }
        TextTable t = new TextTable(List.of(Lang.text("线索编号", "lead id"), Lang.text("状态", "state"), Lang.text("类型", "kind"),
                Lang.text("被监督单位", "unit"), Lang.text("姓名", "name"), Lang.text("案号", "case number"),
                Lang.text("法定期限", "due on"), Lang.text("版本", "version")),
                false, false, false, false, false, false, false, true);
        for (StoredLead s : leads) {
            Lead l = s.lead();
            // a lead the latest run no longer found (the data was corrected) says so beside its state
            String state = (Lang.english() ? s.state().name() : s.state().label()) + s.noLongerFoundInRun()
                    .map(n -> Lang.text("（第 " + n + " 次运行起不再发现）", " (not found since run " + n + ")")).orElse("");
            t.row(s.leadId(), state,
                    Lang.english() ? l.model() + " " + l.kindCode() : l.kind().label(), l.addressee(), l.name(), l.caseNumber(),
                    l.dueOn().map(LocalDate::toString).orElse(""), s.version());
        }
        if (!t.isEmpty()) {
            System.out.print(t.render());
        }
        System.err.println(Lang.text("共 " + leads.size() + " 条线索", leads.size() + " lead(s)"));
        return 0;
    }

    /**
     * Refuses a {@code --model} or {@code --kind} the store's installation does not know, as the REST
     * server does ({@link ApplicationServices#unknownFilter}): a misspelt filter would list nothing and pass
     * for "no such leads". A kind written as its label (刑满未释放) is taken as its code.
     */
    private void checkModelAndKind(ApplicationServices app) {
        if (kind != null) {
            for (io.xingzhi.core.supervision.SupervisionModel m : io.xingzhi.core.engine.StandardModels.all()) {
                for (io.xingzhi.core.lead.LeadKind k : m.kinds()) {
                    if (k.label().equals(kind.strip()) && (model == null || model.equals(k.model()))) {
                        kind = k.code();
                    }
                }
            }
        }
        app.unknownFilter(Optional.ofNullable(model), Optional.ofNullable(kind)).ifPresent(u -> {
            if (u.field().equals("model")) {
                throw new XingzhiCli.UsageError(Lang.text("--model：没有名为“" + model + "”的模型（可用：" + String.join("、", u.known()) + "）",
                        "--model: no model is named \"" + model + "\" (one of " + String.join(", ", u.known()) + ")"));
            }
            throw new XingzhiCli.UsageError(Lang.text("--kind：“" + kind + "”不是" + (model == null ? "" : " " + model + " 的") + "线索类型（可用："
                            + String.join("、", u.known()) + "）",
                    "--kind: \"" + kind + "\" is not a kind" + (model == null ? "" : " of " + model) + " (one of "
                            + String.join(", ", u.known()) + ")"));
        });
    }

    /** The filter as given, for the audit trail. */
    private String filter() {
        StringBuilder b = new StringBuilder();
        for (String[] kv : new String[][] {{"model", model}, {"kind", kind}, {"status", status}}) {
            if (kv[1] != null) {
                b.append(b.length() == 0 ? "" : "&").append(kv[0]).append('=').append(kv[1]);
            }
        }
        return b.toString();
    }

    private static Map<String, Object> row(StoredLead s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lead_id", s.leadId());
        m.put("state", s.state().name());
        m.put("version", s.version());
        m.put("model", s.lead().model());
        m.put("kind", s.lead().kindCode());
        m.put("kind_label", s.lead().kind().label());
        m.put("state_label", s.state().label());
        m.put("supervised_agency", s.lead().supervisedAgency());
        m.put("supervised_unit", s.lead().supervisedUnit());
        m.put("name", s.lead().name());
        m.put("case_number", s.lead().caseNumber());
        m.put("due_on", s.lead().dueOn());
        m.put("summary", s.lead().summary());
        m.put("legal_basis", s.lead().legalBasis());
        m.put("reply_deadline", s.replyDeadline());
        m.put("first_seen_run", s.firstSeenRun());
        m.put("last_seen_run", s.lastSeenRun());
        m.put("no_longer_found_in_run", s.noLongerFoundInRun());
        return m;
    }
}
