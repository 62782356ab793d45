package io.xingzhi.cli;

import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewState;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xingzhi leads}: the stored leads, filtered by model, kind and review state. */
@Command(name = "leads", mixinStandardHelpOptions = true, description = "List the stored leads.")
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
        LeadFilter f = LeadFilter.all();
        if (model != null) {
            f = f.withModel(model);
        }
        if (kind != null) {
            f = f.withKind(kind);
        }
        if (status != null) {
            f = f.withState(ReviewState.parse(status).orElseThrow(() -> new XingzhiCli.UsageError(
                    "--status: \"" + status + "\" is not a review state (NEW, VERIFYING, CONFIRMED, DISMISSED, "
                            + "DOCUMENT_ISSUED, RECTIFIED, REPLY_OVERDUE)")));
        }
        List<StoredLead> leads = ApplicationServices.over(Stores.open(store)).leadIdKey(leadIdKey.key()).build().leads().find(f).leads();
        if (json) {
            System.out.println(Json.write(leads.stream().map(LeadsCommand::row).toList()));
            return 0;
        }
        for (StoredLead s : leads) {
            System.out.println(String.join("\t", s.leadId(), s.state().name(), s.lead().model(), s.lead().kindCode(),
                    s.lead().supervisedAgency(), s.lead().name(), s.lead().caseNumber(),
                    s.lead().dueOn().map(LocalDate::toString).orElse(""), "v" + s.version()));
        }
        System.err.println(leads.size() + " lead(s)");
        return 0;
    }

    private static Map<String, Object> row(StoredLead s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lead_id", s.leadId());
        m.put("state", s.state().name());
        m.put("version", s.version());
        m.put("model", s.lead().model());
        m.put("kind", s.lead().kindCode());
        m.put("kind_label", s.lead().kind().label());
        m.put("supervised_agency", s.lead().supervisedAgency());
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
