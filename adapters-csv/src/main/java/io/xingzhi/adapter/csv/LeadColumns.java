package io.xingzhi.adapter.csv;

import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.record.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The lead fields of CONTRACT.md §4 in output order, shared by the JSON Lines and CSV writers. */
final class LeadColumns {
    static final List<String> NAMES = List.of("lead_id", "model", "kind", "kind_label", "id_number", "name",
            "case_number", "supervised_agency", "supervised_unit", "due_on", "summary", "legal_basis", "evidence",
            "linked_by", "estimated", "boundary", "suggested_document", "facts", "possible_matches");

    /** The separator of list items inside one CSV cell (a full-width semicolon). */
    static final String LIST_SEPARATOR = "；";

    private LeadColumns() {
    }

    /** The facts sorted by name, so output does not depend on map order. */
    static Map<String, String> sortedFacts(Lead lead) {
        return new TreeMap<>(lead.facts());
    }

    /** {@code dataset file:line}. */
    static String evidenceText(Evidence e) {
        return refText(e.ref());
    }

    /** {@code dataset file:line}. */
    static String refText(SourceRef r) {
        return r.dataset().fileStem() + " " + r.source() + ":" + r.line();
    }
}
