package io.xingzhi.cli;

import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.RequestFields;
import io.xingzhi.core.app.ReviewOutcome;
import io.xingzhi.core.review.ReviewEvent;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xingzhi review LEAD_ID}: one review action on a stored lead. The options are the fields of
 * {@code POST /leads/{id}/review} ({@link RequestFields}), {@code -} for {@code _}; core's
 * {@link io.xingzhi.core.app.ReviewService} parses, decides, records and audits it.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Apply a review action to a stored lead, with the fields of POST /leads/{id}/review.",
            "verify | confirm: --note optional.",
            "dismiss: --reason DATA_ERROR|LAWFUL_REASON|ALREADY_CORRECTED|DUPLICATE|OTHER; --note (required for OTHER).",
            "reopen: --note (the reason, required).",
            "issue-document: takes number, type, date, recipient and deadline from the latest document filed for "
                    + "the lead (xingzhi document); each may be given.",
            "record-reply: --summary (required), --date (default today).",
            "mark-reply-overdue: --date (default today).",
            "refer: --to (required: a department or body of referral_departments in --config, by default 公益诉讼部门, "
                    + "刑事检察部门, 控告申诉部门, 纪检监察部门, 监察委员会, 公安机关), --date (default today), --number; "
                    + "the lead keeps its state. Then: xingzhi document LEAD_ID --type 线索移送函."})
final class ReviewCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LeadIdKeyOption leadIdKey = new LeadIdKeyOption();

    @Parameters(index = "0", descriptionKey = "lead-id", description = "the lead id")
    String leadId;

    @Option(names = "--store", required = true, description = "JDBC URL of the store")
    String store;

    @Option(names = "--by", required = true, description = "who acts")
    String by;

    @Option(names = "--action", required = true,
            description = "verify|confirm|dismiss|reopen|issue-document|record-reply|mark-reply-overdue|refer "
                    + "(or 核查, 成案, 排除, 移送 …)")
    String action;

    @Option(names = "--expected-version", description = "the lead version you read (default: the current one)")
    Long expectedVersion;

    @Option(names = "--note", description = "the reviewer's note; the explanation of dismiss for OTHER and of reopen")
    String note;

    @Option(names = "--reason", description = "dismiss: DATA_ERROR|LAWFUL_REASON|ALREADY_CORRECTED|DUPLICATE|OTHER (or 数据错误 …)")
    String reason;

    @Option(names = "--document-type", description = "issue-document: CORRECTION_NOTICE|RECOMMENDATION (or 纠正违法通知书|检察建议)")
    String documentType;

    @Option(names = "--number", description = "issue-document: the document number (文号); refer: the referral's number")
    String number;

    @Option(names = "--date", description = "issue-document: the document's date; record-reply, mark-reply-overdue, "
            + "refer: the day (YYYY-MM-DD, default today)")
    String date;

    @Option(names = "--to", description = "refer: the department or body the lead is referred to (移送), e.g. 公益诉讼部门")
    String to;

    @Option(names = "--config", description = "JSON file naming the departments leads may be referred to "
            + "(\"referral_departments\"; docs/configuration.md)")
    Path config;

    @Option(names = "--recipient", description = "issue-document: the agency it went to")
    String recipient;

    @Option(names = "--reply-deadline", description = "issue-document: the reply deadline (YYYY-MM-DD)")
    String replyDeadline;

    @Option(names = "--summary", description = "record-reply: what the reply says")
    String summary;

    @Override
    public Integer call() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, RequestFields.ACTION, action);
        put(fields, RequestFields.EXPECTED_VERSION, expectedVersion == null ? null : expectedVersion.toString());
        put(fields, RequestFields.NOTE, note);
        put(fields, RequestFields.REASON, reason);
        put(fields, RequestFields.DOCUMENT_TYPE, documentType);
        put(fields, RequestFields.NUMBER, number);
        put(fields, RequestFields.DATE, date);
        put(fields, RequestFields.RECIPIENT, recipient);
        put(fields, RequestFields.REPLY_DEADLINE, replyDeadline);
        put(fields, RequestFields.SUMMARY, summary);
        put(fields, RequestFields.TO, to);
        io.xingzhi.core.app.DocumentSettings settings = DocumentOptions.referrals(Wiring.config(config),
                io.xingzhi.core.app.DocumentSettings.defaults());
        ReviewOutcome r = ApplicationServices.over(Stores.openExisting(store)).documents(settings).leadIdKey(leadIdKey.key())
                .build().reviews().review(leadId, fields, new Actor(by, "cli"));
        ReviewEvent e = r.event();
        if (e.action() == io.xingzhi.core.review.ReviewActionType.REFER) {
            String to = e.details().get(io.xingzhi.core.review.ReviewAction.REFERRED_TO);
            System.out.println(Lang.text("线索 " + leadId + "：已移送" + to + "（" + e.to().label() + "，第 " + e.seq() + " 条审查记录）",
                    leadId + ": referred to " + to + " (" + e.to().name() + ", event " + e.seq() + ")"));
            return 0;
        }
        System.out.println(Lang.text("线索 " + leadId + "：" + e.from().label() + " → " + e.to().label() + "（第 " + e.seq() + " 条审查记录）",
                leadId + ": " + e.from().name() + " → " + e.to().name() + " (event " + e.seq() + ")"));
        return 0;
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
