package io.xingzhi.core.supervision;

import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadIds;
import io.xingzhi.core.record.AgencyRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link Lead} for a model: computes the stable id from the model, kind, person, case
 * and key facts, and {@code linked_by} as the weakest link among the evidence records.
 */
public final class LeadBuilder {
    private final String model;
    private final String kind;
    private final Person person;
    private String caseNumber = "";
    private String agency = "";
    private Optional<LocalDate> dueOn = Optional.empty();
    private String summary = "";
    private final List<String> basis = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<String> keyFacts = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private LinkedBy linkedBy = LinkedBy.ID_NUMBER;
    private boolean estimated;
    private boolean boundary;
    private DocumentType document = DocumentType.CORRECTION_NOTICE;

    private LeadBuilder(String model, String kind, Person person) {
        this.model = model;
        this.kind = kind;
        this.person = person;
    }

    /** Starts a lead of {@code kind} of {@code model} about {@code person}. */
    public static LeadBuilder lead(String model, String kind, Person person) {
        return new LeadBuilder(model, kind, person);
    }

    public LeadBuilder caseNumber(String c) {
        this.caseNumber = c == null ? "" : c;
        return this;
    }

    public LeadBuilder agency(String a) {
        this.agency = a;
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

    public LeadBuilder basis(String... articles) {
        basis.addAll(List.of(articles));
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

    public LeadBuilder estimated(boolean e) {
        this.estimated |= e;
        return this;
    }

    public LeadBuilder boundary(boolean b) {
        this.boundary |= b;
        return this;
    }

    public LeadBuilder document(DocumentType d) {
        this.document = d;
        return this;
    }

    public Lead build() {
        if (person.idNumber().isEmpty()) {
            linkedBy = LinkedBy.NAME_BIRTH_DATE;
        }
        String id = LeadIds.of(model, kind, person.key(), caseNumber, keyFacts.toArray(String[]::new));
        return new Lead(id, model, kind, person.idNumber(), person.name().value(), caseNumber, agency, dueOn, summary,
                basis, evidence, linkedBy, estimated, boundary, document, facts);
    }
}
