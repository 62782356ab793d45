package io.xingzhi.core.lead;

import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.value.IdNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervision lead (监督线索): a clue, not a finding, that goes to a prosecutor for manual
 * verification (高检规则 art. 551). Carries every field of CONTRACT.md §4.
 *
 * @param leadId stable id: the same facts give the same id in every run ({@link LeadIds})
 * @param model the model name, e.g. {@code custody-transfer}
 * @param kind the lead kind, e.g. {@code LATE_TRANSFER}
 * @param idNumber the normalised number; empty when linked by name + birth date only
 * @param name the normalised name
 * @param caseNumber the criminal case the lead is about (normalised), or empty string
 * @param supervisedAgency the agency whose conduct is at issue (看守所, 公安机关, 司法局, 法院)
 * @param dueOn the legal deadline that was missed, when there is one
 * @param summary one sentence in Chinese a prosecutor can read
 * @param legalBasis the articles relied on
 * @param evidence the source records
 * @param linkedBy how the records were linked
 * @param estimated true when the lead rests on an estimated date
 * @param boundary true when a trigger date lies within the boundary margin of a computed limit
 * @param suggestedDocument the document LAW.md suggests for this kind
 * @param facts key facts by name (dates, amounts, matched keyword), for documents and review
 */
public record Lead(String leadId, String model, String kind, Optional<IdNumber> idNumber, String name,
                   String caseNumber, String supervisedAgency, Optional<LocalDate> dueOn, String summary,
                   List<String> legalBasis, List<Evidence> evidence, LinkedBy linkedBy, boolean estimated,
                   boolean boundary, DocumentType suggestedDocument, Map<String, String> facts) {
    public Lead {
        Objects.requireNonNull(leadId);
        Objects.requireNonNull(model);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(idNumber);
        Objects.requireNonNull(name);
        Objects.requireNonNull(caseNumber);
        Objects.requireNonNull(supervisedAgency);
        Objects.requireNonNull(dueOn);
        Objects.requireNonNull(summary);
        legalBasis = List.copyOf(legalBasis);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(linkedBy);
        Objects.requireNonNull(suggestedDocument);
        facts = Map.copyOf(facts);
    }

    /** The identity number's text, or the empty string. */
    public String idText() {
        return idNumber.map(IdNumber::value).orElse("");
    }
}
