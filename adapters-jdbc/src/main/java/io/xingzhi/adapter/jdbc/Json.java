package io.xingzhi.adapter.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.lead.PossibleMatch;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON text columns of the store: written and read here only. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, LinkedHashMap<String, Long>>> COUNTS =
            new TypeReference<>() { };

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new XingzhiException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    static Map<String, String> stringMap(String json) {
        return read(json, STRING_MAP);
    }

    static Map<String, Map<String, Long>> counts(String json) {
        return new LinkedHashMap<>(read(json, COUNTS));
    }

    static String evidence(List<Evidence> evidence) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Evidence e : evidence) {
            ObjectNode o = a.addObject();
            o.put("dataset", e.ref().dataset().fileStem());
            o.put("source", e.ref().source());
            o.put("line", e.ref().line());
            o.put("role", e.role());
        }
        return write(a);
    }

    static List<Evidence> evidence(String json) {
        try {
            List<Evidence> out = new ArrayList<>();
            for (JsonNode o : MAPPER.readTree(json)) {
                String dataset = o.path("dataset").asText();
                out.add(new Evidence(new SourceRef(Dataset.byName(dataset).orElseThrow(
                        () -> new XingzhiException("unknown dataset in stored evidence: " + dataset)),
                        o.path("source").asText(), o.path("line").asLong()), o.path("role").asText()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new XingzhiException("stored evidence is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A lead kind's labels, agency, document, articles and fact labels (its model and code have columns). */
    static String kind(LeadKind k) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("model_label", k.modelLabel());
        o.put("label", k.label());
        o.put("agency", k.supervisedAgency());
        o.put("document", k.suggestedDocument().name());
        ArrayNode basis = o.putArray("legal_basis");
        k.legalBasis().forEach(basis::add);
        ObjectNode labels = o.putObject("fact_labels");
        k.factLabels().forEach(labels::put);
        return write(o);
    }

    /**
     * The kind stored with a lead; a lead stored before kinds were kept ({@code {}}) gets its code as
     * its label and the lead's own agency and document.
     */
    static LeadKind kind(String json, String model, String code, String agency, DocumentType document) {
        try {
            JsonNode o = MAPPER.readTree(json);
            if (o == null || !o.has("label")) {
                return LeadKind.of(model, model, code, code).withAgency(agency).withDocument(document);
            }
            LeadKind k = new LeadKind(model, o.path("model_label").asText(model), code, o.path("label").asText(code),
                    o.path("agency").asText(agency), DocumentType.valueOf(o.path("document").asText(document.name())),
                    List.of(), Map.of());
            List<String> basis = new ArrayList<>();
            o.path("legal_basis").forEach(n -> basis.add(n.asText()));
            List<String> labels = new ArrayList<>();
            o.path("fact_labels").fields().forEachRemaining(e -> {
                labels.add(e.getKey());
                labels.add(e.getValue().asText());
            });
            return k.withBasis(basis.toArray(String[]::new)).withFacts(labels.toArray(String[]::new));
        } catch (JsonProcessingException e) {
            throw new XingzhiException("stored lead kind is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String possibleMatches(List<PossibleMatch> matches) {
        ArrayNode a = MAPPER.createArrayNode();
        for (PossibleMatch m : matches) {
            ObjectNode o = a.addObject();
            o.put("dataset", m.ref().dataset().fileStem());
            o.put("source", m.ref().source());
            o.put("line", m.ref().line());
            o.put("reason", m.reason());
        }
        return write(a);
    }

    static List<PossibleMatch> possibleMatches(String json) {
        try {
            List<PossibleMatch> out = new ArrayList<>();
            for (JsonNode o : MAPPER.readTree(json)) {
                out.add(new PossibleMatch(ref(o), o.path("reason").asText()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new XingzhiException("stored possible matches are not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static SourceRef ref(JsonNode o) {
        String dataset = o.path("dataset").asText();
        return new SourceRef(Dataset.byName(dataset).orElseThrow(
                () -> new XingzhiException("unknown dataset in a stored lead: " + dataset)),
                o.path("source").asText(), o.path("line").asLong());
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new XingzhiException("stored column is not the JSON expected: " + e.getOriginalMessage(), e);
        }
    }
}
