package io.xingzhi.cli;

import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.DismissReason;
import io.xingzhi.core.review.IllegalTransitionException;
import io.xingzhi.core.review.ReviewAction;
import io.xingzhi.core.review.ReviewEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xingzhi review LEAD_ID}: one review action on a stored lead, recorded as an event. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Apply a review action to a stored lead (verify, confirm, dismiss, reopen, issue, reply, overdue).")
final class ReviewCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the lead id")
    String leadId;

    @Option(names = "--store", required = true, description = "JDBC URL of the store")
    String store;

    @Option(names = "--action", required = true, description = "verify|confirm|dismiss|reopen|issue|reply|overdue")
    String action;

    @Option(names = "--by", required = true, description = "who acts")
    String by;

    @Option(names = "--note", defaultValue = "", description = "a note (also the dismissal or reopening text)")
    String note;

    @Option(names = "--reason", description = "dismiss: data_error|lawful_reason|already_corrected|duplicate|other (or 数据错误…)")
    String reason;

    @Option(names = "--type", description = "issue: 纠正违法通知书|检察建议 (default: the lead's suggested document)")
    String type;

    @Option(names = "--number", description = "issue: the document number (文号)")
    String number;

    @Option(names = "--date", description = "issue/reply/overdue: the date (YYYY-MM-DD, default today)")
    String date;

    @Option(names = "--recipient", description = "issue: the recipient (default: the supervised agency)")
    String recipient;

    @Option(names = "--reply-by", description = "issue: reply deadline (default: 15 days for a notice, 2 months for a recommendation)")
    String replyBy;

    @Option(names = "--summary", description = "reply: what the reply says")
    String summary;

    @Option(names = "--version", description = "the lead version acted on (default: the current one)")
    Long version;

    @Override
    public Integer call() {
        LeadStore s = Stores.open(store);
        StoredLead lead = s.lead(leadId).orElseThrow(() -> new XingzhiCli.UsageError("no lead " + leadId + " in the store"));
        ReviewAction a = action(lead);
        ReviewEvent e;
        try {
            e = s.review(leadId, version == null ? lead.version() : version, a, by, note, Instant.now());
        } catch (IllegalTransitionException refused) {
            throw new XingzhiCli.UsageError(refused.getMessage());
        }
        s.audit(new AuditEntry(e.at(), by, "cli", "review " + e.action().code(), List.of(leadId), note));
        System.out.println(leadId + ": " + e.from() + " → " + e.to() + " (event " + e.seq() + ")");
        return 0;
    }

    private ReviewAction action(StoredLead lead) {
        LocalDate day = date == null ? LocalDate.now() : RunCommand.parseAsOf(date);
        switch (action.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "verify":
                return ReviewAction.verify();
            case "confirm":
                return ReviewAction.confirm();
            case "dismiss": {
                if (reason == null) {
                    throw new XingzhiCli.UsageError("dismiss needs --reason (data_error, lawful_reason, already_corrected, duplicate, other)");
                }
                DismissReason r = DismissReason.parse(reason).orElseThrow(() -> new XingzhiCli.UsageError(
                        "--reason: \"" + reason + "\" is not one of data_error, lawful_reason, already_corrected, duplicate, other"));
                if (r == DismissReason.OTHER && note.isBlank()) {
                    throw new XingzhiCli.UsageError("dismissing for other needs an explanation in --note");
                }
                return ReviewAction.dismiss(r, note);
            }
            case "reopen":
                if (note.isBlank()) {
                    throw new XingzhiCli.UsageError("reopen needs a reason in --note");
                }
                return new ReviewAction.Reopen(note);
            case "issue":
            case "issue-document": {
                DocumentType t = type == null ? lead.lead().suggestedDocument() : parseType(type);
                if (number == null || number.isBlank()) {
                    throw new XingzhiCli.UsageError("issue needs --number (the document number, 文号)");
                }
                LocalDate due = replyBy == null ? DocumentDrafter.withDefaults().replyDeadline(t, day) : RunCommand.parseAsOf(replyBy);
                if (due.isBefore(day)) {
                    throw new XingzhiCli.UsageError("--reply-by " + due + " is before the document date " + day);
                }
                return new ReviewAction.IssueDocument(t, number, day,
                        recipient == null ? lead.lead().supervisedAgency() : recipient, due);
            }
            case "reply":
            case "record-reply":
                if (summary == null || summary.isBlank()) {
                    throw new XingzhiCli.UsageError("reply needs --summary");
                }
                return new ReviewAction.RecordReply(day, summary);
            case "overdue":
            case "mark-reply-overdue":
                return new ReviewAction.MarkReplyOverdue(day);
            default:
                throw new XingzhiCli.UsageError("--action: \"" + action + "\" is not verify, confirm, dismiss, reopen, issue, reply or overdue");
        }
    }

    static DocumentType parseType(String s) {
        try {
            return DocumentType.fromLabel(s.trim());
        } catch (IllegalArgumentException e) {
            throw new XingzhiCli.UsageError("--type: " + e.getMessage());
        }
    }
}
