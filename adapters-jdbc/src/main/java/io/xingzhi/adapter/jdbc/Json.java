package io.xingzhi.adapter.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.lead.Evidence;
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

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new XingzhiException("stored column is not the JSON expected: " + e.getOriginalMessage(), e);
        }
    }
}
