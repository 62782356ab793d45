package io.xingzhi.core.document;

import io.xingzhi.core.lead.DocumentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A drafted 纠正违法通知书 or 检察建议, ready for a prosecutor to edit and issue: drafted by
 * {@link DocumentDrafter} from one confirmed lead or from several against one agency (类案).
 *
 * @param type the document type
 * @param number the document number (文号) it was filed under; empty for a draft not filed
 * @param title the title, e.g. {@code 纠正违法通知书}
 * @param procuratorate the issuing procuratorate
 * @param recipient the unit it is addressed to: the one the data names, e.g. {@code 凤城市看守所}
 * @param leadIds the leads it rests on, at least one
 * @param facts the facts of each lead, in the leads' order
 * @param legalBasis the articles relied on, each once, in first-mention order
 * @param requestedCorrection what the unit is asked to do (纠正意见) or recommended (检察建议), one numbered
 *     request a line
 * @param issueDate the date on the document
 * @param replyDeadline the date by which the agency must reply
 * @param templateName the template it was rendered from
 * @param markdown the whole text, as Markdown
 */
public record DocumentDraft(DocumentType type, String number, String title, String procuratorate, String recipient,
                            List<String> leadIds, List<Fact> facts, List<String> legalBasis,
                            String requestedCorrection, LocalDate issueDate, LocalDate replyDeadline,
                            String templateName, String markdown) {
    public DocumentDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(procuratorate, "procuratorate");
        Objects.requireNonNull(recipient, "recipient");
        leadIds = List.copyOf(leadIds);
        if (leadIds.isEmpty()) {
            throw new IllegalArgumentException("a document rests on at least one lead");
        }
        facts = List.copyOf(facts);
        legalBasis = List.copyOf(legalBasis);
        Objects.requireNonNull(requestedCorrection, "requestedCorrection");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(replyDeadline, "replyDeadline");
        Objects.requireNonNull(templateName, "templateName");
        Objects.requireNonNull(markdown, "markdown");
    }

    /**
     * True when it rests on several leads of one kind against one unit: a 类案, as
     * {@link io.xingzhi.core.stats.ClassCaseReport} groups confirmed leads. Several leads of
     * different kinds make one document about several problems, not a 类案.
     */
    public boolean classCase() {
        return facts.size() > 1 && facts.stream().map(f -> f.model() + "/" + f.kind()).distinct().count() == 1;
    }

    /**
     * The facts of one lead as the document states them.
     *
     * @param leadId the lead
     * @param name the person's name
     * @param caseNumber the case number, or empty
     * @param model the model
     * @param kind the lead kind
     * @param kindLabel the kind's Chinese name
     * @param dueOn the missed deadline, when there is one
     * @param summary the lead's one-sentence summary
     * @param details the lead's key facts (dates, amounts), name → value
     */
    public record Fact(String leadId, String name, String caseNumber, String model, String kind, String kindLabel,
                       Optional<LocalDate> dueOn, String summary, Map<String, String> details) {
        public Fact {
            Objects.requireNonNull(leadId, "leadId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(kindLabel, "kindLabel");
            Objects.requireNonNull(dueOn, "dueOn");
            Objects.requireNonNull(summary, "summary");
            details = Map.copyOf(details);
        }
    }
}
