package io.xingzhi.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.review.DismissReason;
import io.xingzhi.core.review.ReviewAction;
import io.xingzhi.core.review.ReviewActionType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * The body of {@code POST /leads/{id}/review}, read strictly: {@code action} (a
 * {@link ReviewActionType} code), {@code expected_version} (a whole number), an optional
 * {@code note}, and the action's own fields ({@code reason}, {@code text}, {@code document_type},
 * {@code number}, {@code date}, {@code recipient}, {@code reply_deadline}, {@code summary},
 * {@code as_of}), all snake_case. Anything missing, of the wrong type, out of range or unknown
 * becomes a 400 {@link ApiProblem} naming the field.
 *
 * @param expectedVersion the lead version the reviewer acted on
 * @param action the action
 * @param note the reviewer's note, possibly empty
 */
record ReviewRequest(long expectedVersion, ReviewAction action, String note) {
    /** Every member a review body may have, whatever its action. */
    static final Set<String> FIELDS = Set.of("action", "expected_version", "note", "reason", "text", "document_type",
            "number", "date", "recipient", "reply_deadline", "summary", "as_of");

    static ReviewRequest parse(JsonNode b) {
        XingzhiServer.onlyFields(b, FIELDS);
        String actionText = text(b, "action", true);
        ReviewActionType type = ReviewActionType.parse(actionText).orElseThrow(() -> ApiProblem.badRequest(
                "unknown action '" + actionText + "'; one of " + Arrays.stream(ReviewActionType.values())
                        .map(ReviewActionType::code).toList()));
        JsonNode v = b.get("expected_version");
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
            throw ApiProblem.badRequest("expected_version must be the lead's version, a whole number >= 0");
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
                    String t = text(b, "document_type", true);
                    DocumentType dt;
                    try {
                        dt = DocumentType.fromLabel(t.strip());
                    } catch (IllegalArgumentException e) {
                        throw ApiProblem.badRequest("unknown document_type '" + t + "'; one of "
                                + Arrays.toString(DocumentType.values()) + " or its Chinese label");
                    }
                    yield new ReviewAction.IssueDocument(dt, text(b, "number", true), date(b, "date"),
                            text(b, "recipient", true), date(b, "reply_deadline"));
                }
                case RECORD_REPLY -> new ReviewAction.RecordReply(date(b, "date"), text(b, "summary", true));
                case MARK_REPLY_OVERDUE -> new ReviewAction.MarkReplyOverdue(date(b, "as_of"));
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
