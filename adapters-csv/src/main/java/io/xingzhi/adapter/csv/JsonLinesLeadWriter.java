package io.xingzhi.adapter.csv;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.PossibleMatch;
import io.xingzhi.core.port.RunSink;
import io.xingzhi.core.run.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes leads as JSON Lines ({@code leads.jsonl}): UTF-8, one JSON object per line, fields in
 * the order of CONTRACT.md §4 - {@code lead_id, model, kind, kind_label} (the kind's Chinese name),
 * {@code id_number} ({@code ""} when linked by name + birth date), {@code name, case_number,
 * supervised_agency, supervised_unit} (the unit the data names, or {@code ""}), {@code due_on} (ISO
 * date or {@code null}), {@code summary, legal_basis} (array), {@code evidence} (array of
 * {@code {dataset, file, line, role}}), {@code linked_by} ({@code id_number} or
 * {@code name+birth_date}), {@code estimated, boundary} (booleans), {@code suggested_document}
 * (its Chinese label), {@code facts} (an object, keys sorted) and {@code possible_matches} (array of
 * {@code {dataset, file, line, reason}}). Leads are written in the order given; the same leads give
 * the same bytes.
 */
public final class JsonLinesLeadWriter implements RunSink {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Unshown UNSHOWN = new Unshown();

    /**
     * Besides the C0 controls JSON always escapes, the characters that do not show as themselves (DEL,
     * C1, the line and paragraph separators, bidirectional overrides and isolates) are written as
     * JSON escapes (a backslash, {@code u} and four hex digits): the value stays as read, and {@code cat leads.jsonl} or a viewer is not driven by it.
     */
    private static final class Unshown extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            if (ch >= 0x206A) {
                return null; // asked of every character past ASCII: Chinese text answered at once
            }
            return io.xingzhi.core.value.PlainText.unsafe((char) ch)
                    ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    private final Path file;

    /** A sink writing the run's leads to {@code file}. */
    public JsonLinesLeadWriter(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public void accept(RunResult result) {
        AtomicFile.write(file, out -> write(result.leads(), out));
    }

    /** Writes {@code leads} to {@code out} (left open). */
    public static void write(List<Lead> leads, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setCharacterEscapes(UNSHOWN);
            g.setRootValueSeparator(null);
            for (Lead lead : leads) {
                write(lead, g);
                g.writeRaw('\n');
            }
        }
    }

    private static void write(Lead lead, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("lead_id", lead.leadId());
        g.writeStringField("model", lead.model());
        g.writeStringField("kind", lead.kindCode());
        g.writeStringField("kind_label", lead.kind().label());
        g.writeStringField("id_number", lead.idText());
        g.writeStringField("name", lead.name());
        g.writeStringField("case_number", lead.caseNumber());
        g.writeStringField("supervised_agency", lead.supervisedAgency());
        g.writeStringField("supervised_unit", lead.supervisedUnit());
        if (lead.dueOn().isPresent()) {
            g.writeStringField("due_on", lead.dueOn().get().toString());
        } else {
            g.writeNullField("due_on");
        }
        g.writeStringField("summary", lead.summary());
        g.writeArrayFieldStart("legal_basis");
        for (String basis : lead.legalBasis()) {
            g.writeString(basis);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("evidence");
        for (Evidence e : lead.evidence()) {
            g.writeStartObject();
            g.writeStringField("dataset", e.ref().dataset().fileStem());
            g.writeStringField("file", e.ref().source());
            g.writeNumberField("line", e.ref().line());
            g.writeStringField("role", e.role());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("linked_by", lead.linkedBy().code());
        g.writeBooleanField("estimated", lead.estimated());
        g.writeBooleanField("boundary", lead.boundary());
        g.writeStringField("suggested_document", lead.suggestedDocument().label());
        g.writeObjectFieldStart("facts");
        for (Map.Entry<String, String> f : LeadColumns.sortedFacts(lead).entrySet()) {
            g.writeStringField(f.getKey(), f.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("possible_matches");
        for (PossibleMatch m : lead.possibleMatches()) {
            g.writeStartObject();
            g.writeStringField("dataset", m.ref().dataset().fileStem());
            g.writeStringField("file", m.ref().source());
            g.writeNumberField("line", m.ref().line());
            g.writeStringField("reason", m.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
