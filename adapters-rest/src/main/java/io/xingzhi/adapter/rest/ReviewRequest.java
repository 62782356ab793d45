package io.xingzhi.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.review.DismissReason;
import io.xingzhi.core.review.ReviewAction;
import io.xingzhi.core.review.ReviewActionType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The body of {@code POST /leads/{id}/review}, read strictly: {@code action} (a
 * {@link ReviewActionType} code), {@code expectedVersion} (a whole number), an optional
 * {@code note}, and the action's own fields. Anything missing, of the wrong type or out of range
 * becomes a 400 {@link ApiProblem} naming the field.
 *
 * @param expectedVersion the lead version the reviewer acted on
 * @param action the action
 * @param note the reviewer's note, possibly empty
 */
record ReviewRequest(long expectedVersion, ReviewAction action, String note) {

    static ReviewRequest parse(JsonNode b) {
        String actionText = text(b, "action", true);
        ReviewActionType type = ReviewActionType.parse(actionText).orElseThrow(() -> ApiProblem.badRequest(
                "unknown action '" + actionText + "'; one of " + Arrays.stream(ReviewActionType.values())
                        .map(ReviewActionType::code).toList()));
        JsonNode v = b.get("expectedVersion");
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
            throw ApiProblem.badRequest("expectedVersion must be the lead's version, a whole number >= 0");
        }
        String note = b.has("note") ? text(b, "note", false) : "";
        ReviewAction action;
        try {
            action = switch (type) {
                case VERIFY -> ReviewAction.verify();
                case CONFIRM -> ReviewAction.confirm();
                case DISMISS -> {
                    String r = text(b, "reason", true);
                    DismissReason reason = DismissReason.parse(r).orElseThrow(() -> ApiProblem.badRequest(
                            "unknown reason '" + r + "'; one of " + Arrays.toString(DismissReason.values())));
                    yield ReviewAction.dismiss(reason, b.has("text") ? text(b, "text", false) : "");
                }
                case ISSUE_DOCUMENT -> {
                    String t = text(b, "documentType", true);
                    DocumentType dt;
                    try {
                        dt = DocumentType.valueOf(t.strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw ApiProblem.badRequest("unknown documentType '" + t + "'; one of "
                                + Arrays.toString(DocumentType.values()));
                    }
                    yield new ReviewAction.IssueDocument(dt, text(b, "number", true), date(b, "date"),
                            text(b, "recipient", true), date(b, "replyDeadline"));
                }
                case RECORD_REPLY -> new ReviewAction.RecordReply(date(b, "date"), text(b, "summary", true));
                case MARK_REPLY_OVERDUE -> new ReviewAction.MarkReplyOverdue(date(b, "asOf"));
                case REOPEN -> new ReviewAction.Reopen(text(b, "reason", true));
            };
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("invalid " + type.code() + ": " + e.getMessage());
        }
        return new ReviewRequest(v.asLong(), action, note);
    }

    private static String text(JsonNode b, String field, boolean required) {
        JsonNode n = b.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw ApiProblem.badRequest("missing field " + field);
            }
            return "";
        }
        if (!n.isTextual()) {
            throw ApiProblem.badRequest("field " + field + " must be a string");
        }
        if (required && n.asText().isBlank()) {
            throw ApiProblem.badRequest("field " + field + " is blank");
        }
        return n.asText();
    }

    private static LocalDate date(JsonNode b, String field) {
        return XingzhiServer.date(field, text(b, field, true));
    }
}
