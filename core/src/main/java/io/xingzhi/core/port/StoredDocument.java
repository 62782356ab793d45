package io.xingzhi.core.port;

import io.xingzhi.core.lead.DocumentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A procuratorial document (纠正违法通知书 or 检察建议) as a {@link DocumentStore} keeps it: drafted from
 * one confirmed lead, or from several against one agency (类案).
 *
 * @param id the caller's id for it, unique in the store; saving the same id again replaces it
 * @param leadIds the leads it rests on, at least one, in the caller's order
 * @param type the document type
 * @param number the document number (文号); empty while a draft has none
 * @param date the date on the document
 * @param recipient the agency it is addressed to
 * @param replyDeadline the date by which a reply is required, when one is
 * @param bodyMarkdown the text, as Markdown
 */
public record StoredDocument(String id, List<String> leadIds, DocumentType type, String number, LocalDate date,
                             String recipient, Optional<LocalDate> replyDeadline, String bodyMarkdown) {
    public StoredDocument {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is blank");
        }
        leadIds = List.copyOf(leadIds);
        if (leadIds.isEmpty()) {
            throw new IllegalArgumentException("document " + id + " rests on no lead");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(replyDeadline, "replyDeadline");
        Objects.requireNonNull(bodyMarkdown, "bodyMarkdown");
    }
}
