package io.xingzhi.core.lead;

import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervision lead (监督线索): a clue, not a finding, that goes to a prosecutor for manual
 * verification (高检规则 art. 551). Carries every field of CONTRACT.md §4.
 *
 * @param leadId stable id: the same facts give the same id in every run under the same key; as the
 *     engine publishes it, the keyed hash of the lead's digest ({@link LeadIdKey}, {@link LeadIds})
 * @param kind the lead kind, with its model, labels and defaults
 * @param idNumber the normalised number; empty when linked by name + birth date only
 * @param name the normalised name
 * @param caseNumber the criminal case the lead is about (normalised), or empty string
 * @param supervisedAgency the agency whose conduct is at issue (看守所, 公安机关, 司法局, 法院, 市场监督管理局)
 * @param supervisedUnit the unit the data names, e.g. {@code 凤城市看守所}; empty when the data names none
 * @param dueOn the legal deadline that was missed, when there is one
 * @param summary one sentence in Chinese a prosecutor can read
 * @param legalBasis the articles relied on
 * @param evidence the source records
 * @param linkedBy how the records were linked
 * @param estimated true when the lead rests on an estimated date
 * @param boundary true when a trigger date lies within the boundary margin of a computed limit
 * @param suggestedDocument the document LAW.md suggests for this lead
 * @param facts key facts by name (dates, amounts, matched keyword), for documents and review; their
 *     Chinese labels are the kind's {@link LeadKind#factLabels()}
 * @param possibleMatches for a lead that says a record is missing: records of the other agency that
 *     nearly match; empty when none
 */
public record Lead(String leadId, LeadKind kind, Optional<IdNumber> idNumber, String name, String caseNumber,
                   String supervisedAgency, String supervisedUnit, Optional<LocalDate> dueOn, String summary,
                   List<String> legalBasis, List<Evidence> evidence, LinkedBy linkedBy, boolean estimated,
                   boolean boundary, DocumentType suggestedDocument, Map<String, String> facts,
                   List<PossibleMatch> possibleMatches) {
    public Lead {
        Objects.requireNonNull(leadId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(idNumber);
        Objects.requireNonNull(name);
        Objects.requireNonNull(caseNumber);
        Objects.requireNonNull(supervisedAgency);
        Objects.requireNonNull(supervisedUnit);
        Objects.requireNonNull(dueOn);
        summary = Texts.oneLine(summary); // CONTRACT §4: one sentence, whatever line breaks the data's values held
        legalBasis = List.copyOf(legalBasis);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(linkedBy);
        Objects.requireNonNull(suggestedDocument);
        facts = Map.copyOf(facts);
        possibleMatches = List.copyOf(possibleMatches);
    }

    /** The model's name, e.g. {@code custody-transfer}. */
    public String model() {
        return kind.model();
    }

    /** The kind's code, e.g. {@code LATE_TRANSFER}. */
    public String kindCode() {
        return kind.code();
    }

    /** The identity number's text, or the empty string. */
    public String idText() {
        return idNumber.isPresent() ? idNumber.get().value() : "";
    }

    /** The unit to address: {@link #supervisedUnit()} when the data names one, else the agency type. */
    public String addressee() {
        return supervisedUnit.isBlank() ? supervisedAgency : supervisedUnit;
    }

    /** This lead with other evidence, link and flags (when the engine merges two findings of one lead). */
    public Lead withEvidence(List<Evidence> ev, LinkedBy link, boolean est, boolean bound) {
        return new Lead(leadId, kind, idNumber, name, caseNumber, supervisedAgency, supervisedUnit, dueOn, summary,
                legalBasis, ev, link, est, bound, suggestedDocument, facts, possibleMatches);
    }

    /**
     * This lead under its published id: {@code key}'s {@link LeadIdKey#keyedId keyed id} of the digest
     * its model's builder computed (what the engine does with every lead before it leaves the engine).
     */
    public Lead publishedUnder(LeadIdKey key) {
        return new Lead(key.keyedId(leadId), kind, idNumber, name, caseNumber, supervisedAgency, supervisedUnit, dueOn,
                summary, legalBasis, evidence, linkedBy, estimated, boundary, suggestedDocument, facts, possibleMatches);
    }

    /**
     * This lead offering these near matches, its summary saying so first: {@code 【疑似同一人记录待核：
     * corrections.csv第15行】…} (one sentence still), so nobody reads the accusation before the check.
     * The lead's id does not change: it is the same finding.
     */
    public Lead offering(List<PossibleMatch> matches) {
        if (matches.isEmpty()) {
            return this;
        }
        PossibleMatch first = matches.get(0);
        String where = first.ref().source() + "第" + first.ref().line() + "行" + (matches.size() > 1 ? "等" + matches.size() + "条" : "");
        return new Lead(leadId, kind, idNumber, name, caseNumber, supervisedAgency, supervisedUnit, dueOn,
                "【疑似同一人记录待核：" + where + "】" + summary, legalBasis, evidence, linkedBy, estimated, boundary,
                suggestedDocument, facts, matches);
    }

    /** This lead offering these near matches. */
    public Lead withPossibleMatches(List<PossibleMatch> matches) {
        return new Lead(leadId, kind, idNumber, name, caseNumber, supervisedAgency, supervisedUnit, dueOn, summary,
                legalBasis, evidence, linkedBy, estimated, boundary, suggestedDocument, facts, matches);
    }
}
