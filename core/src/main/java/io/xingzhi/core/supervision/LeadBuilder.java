package io.xingzhi.core.supervision;

import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadIds;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.AgencyRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link Lead} of a {@link LeadKind} for a model: starts from the kind's agency, document
 * and articles, computes the stable id from the model, kind, person, case and key facts, and
 * {@code linked_by} as the weakest link among the evidence records. Every fact must have a label in
 * the kind ({@link LeadKind#factLabels()}), so no English key reaches a document.
 */
public final class LeadBuilder {
    private final LeadKind kind;
    private final Person person;
    private String caseNumber = "";
    private String agency;
    private String unit = "";
    private Optional<LocalDate> dueOn = Optional.empty();
    private String summary = "";
    private final List<String> basis = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<String> keyFacts = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private LinkedBy linkedBy = LinkedBy.ID_NUMBER;
    private boolean estimated;
    private boolean boundary;
    private DocumentType document;

    private LeadBuilder(LeadKind kind, Person person) {
        this.kind = kind;
        this.person = person;
        this.agency = kind.supervisedAgency();
        this.document = kind.suggestedDocument();
        this.basis.addAll(kind.legalBasis());
    }

    /** Starts a lead of {@code kind} about {@code person}. */
    public static LeadBuilder lead(LeadKind kind, Person person) {
        return new LeadBuilder(kind, person);
    }

    public LeadBuilder caseNumber(String c) {
        this.caseNumber = c == null ? "" : c;
        return this;
    }

    /** Another agency than the kind's. */
    public LeadBuilder agency(String a) {
        this.agency = a;
        return this;
    }

    /** The unit the data names (a detention center, a police station, a justice office, a court). */
    public LeadBuilder unit(String u) {
        this.unit = u == null ? "" : u.strip();
        return this;
    }

    public LeadBuilder dueOn(LocalDate d) {
        this.dueOn = Optional.ofNullable(d);
        return this;
    }

    public LeadBuilder summary(String s) {
        this.summary = s;
        return this;
    }

    /** Articles this lead relies on besides the kind's. */
    public LeadBuilder basis(String... articles) {
        for (String a : articles) {
            if (!basis.contains(a)) {
                basis.add(a);
            }
        }
        return this;
    }

    /** Adds a source record; its link to the person lowers {@code linked_by} when weaker. */
    public LeadBuilder evidence(AgencyRecord record, String role) {
        evidence.add(new Evidence(record.ref(), role));
        linkedBy = linkedBy.weakest(linkOf(record));
        return this;
    }

    private LinkedBy linkOf(AgencyRecord record) {
        if (person.linkedBy().containsKey(record)) {
            return person.linkedBy().get(record);
        }
        return record.identity().idNumber().isPresent() ? LinkedBy.ID_NUMBER : LinkedBy.NAME_BIRTH_DATE;
    }

    /** A fact that distinguishes this lead from others of the same kind on the same case (part of the id). */
    public LeadBuilder keyFact(String name, String value) {
        keyFacts.add(name + "=" + value);
        facts.put(name, value);
        return this;
    }

    /** A fact shown to the reviewer and used in documents (not part of the id). */
    public LeadBuilder fact(String name, Object value) {
        facts.put(name, String.valueOf(value));
        return this;
    }

    /** A fact as {@link #fact(String, Object)}, only when it is present (a document then states it). */
    public LeadBuilder fact(String name, java.util.Optional<?> value) {
        value.ifPresent(v -> fact(name, v));
        return this;
    }

    public LeadBuilder estimated(boolean e) {
        this.estimated |= e;
        return this;
    }

    public LeadBuilder boundary(boolean b) {
        this.boundary |= b;
        return this;
    }

    /** Another document than the kind's suggestion. */
    public LeadBuilder document(DocumentType d) {
        this.document = d;
        return this;
    }

    /**
     * The lead.
     *
     * @throws IllegalStateException when a fact has no label in the kind (a model's programming error)
     */
    public Lead build() {
        for (String key : facts.keySet()) {
            if (!kind.factLabels().containsKey(key)) {
                throw new IllegalStateException("lead kind " + kind.qualifiedCode() + " declares no label for its fact \"" + key
                        + "\"; add it with withFacts(\"" + key + "\", \"…\")");
            }
        }
        if (person.idNumber().isEmpty()) {
            linkedBy = LinkedBy.NAME_BIRTH_DATE;
        }
        String id = LeadIds.of(kind.model(), kind.code(), person.key(), caseNumber, keyFacts.toArray(String[]::new));
        return new Lead(id, kind, person.idNumber(), person.name().value(), caseNumber, agency, unit, dueOn, summary,
                basis, evidence, linkedBy, estimated, boundary, document, facts, List.of());
    }
}
