package io.xingzhi.adapter.spark;

import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.lead.PossibleMatch;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.IdNumber;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lead as plain data, to bring it from the partition that found it to the driver, which publishes
 * it under the installation's key (the key never leaves the driver). Every field of {@link Lead};
 * the kind by model and code, looked up again among the run's models.
 */
final class LeadMessage implements Serializable {
    private static final long serialVersionUID = 1L;

    String leadId;
    String model;
    String kind;
    String idNumber;
    String name;
    String caseNumber;
    String agency;
    String unit;
    long dueOn = Long.MIN_VALUE;
    String summary;
    ArrayList<String> legalBasis;
    ArrayList<String[]> evidence = new ArrayList<>();
    String linkedBy;
    boolean estimated;
    boolean boundary;
    String document;
    HashMap<String, String> facts;
    ArrayList<String[]> matches = new ArrayList<>();

    static LeadMessage of(Lead l) {
        LeadMessage m = new LeadMessage();
        m.leadId = l.leadId();
        m.model = l.model();
        m.kind = l.kindCode();
        m.idNumber = l.idNumber().map(IdNumber::value).orElse(null);
        m.name = l.name();
        m.caseNumber = l.caseNumber();
        m.agency = l.supervisedAgency();
        m.unit = l.supervisedUnit();
        m.dueOn = l.dueOn().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
        m.summary = l.summary();
        m.legalBasis = new ArrayList<>(l.legalBasis());
        for (Evidence e : l.evidence()) {
            m.evidence.add(ref(e.ref(), e.role()));
        }
        m.linkedBy = l.linkedBy().name();
        m.estimated = l.estimated();
        m.boundary = l.boundary();
        m.document = l.suggestedDocument().name();
        m.facts = new HashMap<>(l.facts());
        for (PossibleMatch p : l.possibleMatches()) {
            m.matches.add(ref(p.ref(), p.reason()));
        }
        return m;
    }

    private static String[] ref(SourceRef r, String text) {
        return new String[] {r.dataset().name(), r.source(), Long.toString(r.line()), text};
    }

    private static SourceRef ref(String[] a) {
        return new SourceRef(Dataset.valueOf(a[0]), a[1], Long.parseLong(a[2]));
    }

    /** The lead again, its kind found among {@code kinds} (model/code → kind). */
    Lead lead(Map<String, LeadKind> kinds) {
        LeadKind k = kinds.get(model + "/" + kind);
        if (k == null) {
            throw new IllegalStateException("a partition found a lead of an unknown kind " + model + "/" + kind);
        }
        List<Evidence> ev = new ArrayList<>(evidence.size());
        for (String[] e : evidence) {
            ev.add(new Evidence(ref(e), e[3]));
        }
        List<PossibleMatch> pm = new ArrayList<>(matches.size());
        for (String[] p : matches) {
            pm.add(new PossibleMatch(ref(p), p[3]));
        }
        return new Lead(leadId, k, Optional.ofNullable(idNumber).map(IdNumber::new), name, caseNumber, agency, unit,
                dueOn == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(dueOn)), summary, legalBasis, ev,
                LinkedBy.valueOf(linkedBy), estimated, boundary, DocumentType.valueOf(document), facts, pm);
    }
}
