package io.xingzhi.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.xingzhi.core.value.Parsed;
import io.xingzhi.core.value.PersonName;
import io.xingzhi.core.value.PersonalData;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place where an answer is made fit for a {@link Role#VIEWER}: every string in it passes core's
 * {@link PersonalData#mask} with the names of the leads the answer shows (a reviewer's note, a
 * dismissal reason, an event detail, a summary, a fact, a possible match's reason, a run's error, a
 * class-case pattern, an error message). An answer that shows no lead masks identity numbers (any run
 * of 15 or more digits) and nothing else; over-masking is the safe error. In a lead:
 * <ul>
 *   <li>{@code id_number} shows its first 6 and last 4 characters ({@code 210682********0777});</li>
 *   <li>{@code name} shows the first character of its normal form ({@code 张**}; {@code 买买提•艾力}, however
 *       its dot is written, {@code 买*****}), the form {@link PersonName#parse} gives and the engine matches;</li>
 *   <li>{@code lead_id}, {@code lead_ids} and a run's {@code new_lead_ids}, {@code gone_lead_ids} and
 *       {@code changed_lead_ids} are left as they are: keyed ids reveal nothing
 *       ({@link io.xingzhi.core.lead.LeadIdKey}), and masking one that happens to hold 15 digits in a
 *       row would break the viewer's links.</li>
 * </ul>
 * Object keys are field names and data labels, never personal data, and are left as they are. An answer
 * that cites leads only by id ({@code lead_ids} of a governance record, a document, a class case) has
 * their names looked up, all in one read of the store ({@code LeadRepository.leadsById}), so a name
 * written into such a record's title or content is masked too. A name is masked in every form the
 * engine reads as that name (any middle dot, spaces or zero-width characters between its characters,
 * traditional characters; {@link PersonalData#mask}).
 */
final class ViewerMask {
    /** Members whose values are ids: never masked. */
    private static final Set<String> IDS = Set.of("lead_id", "lead_ids", "new_lead_ids", "gone_lead_ids", "changed_lead_ids");

    private ViewerMask() {
    }

    /** {@code answer}, masked in place for a viewer, and returned (names only from the leads it shows). */
    static JsonNode mask(JsonNode answer) {
        return mask(answer, ids -> Map.of());
    }

    /**
     * {@code answer}, masked in place for a viewer, and returned; {@code namesOfLeads} gives the names of
     * the leads the answer cites only by id ({@code lead_ids}, or a {@code lead_id} without a name), id →
     * name, all of them in one call (one read of the store), and is not called when it cites none.
     */
    static JsonNode mask(JsonNode answer, Function<Set<String>, Map<String, String>> namesOfLeads) {
        Set<String> names = new LinkedHashSet<>();
        collectNames(answer, names);
        Set<String> cited = new LinkedHashSet<>();
        collectCited(answer, cited);
        if (!cited.isEmpty()) {
            namesOfLeads.apply(Collections.unmodifiableSet(cited)).values().stream()
                    .filter(n -> n != null && !n.isBlank()).forEach(n -> names.add(n.strip()));
        }
        List<String> known = List.copyOf(names);
        return walk(answer, null, known);
    }

    /** The ids of the leads an answer cites without their names: in {@code lead_ids}, or a nameless {@code lead_id}. */
    private static void collectCited(JsonNode n, Set<String> ids) {
        if (n.isObject()) {
            JsonNode list = n.get("lead_ids");
            if (list != null && list.isArray()) {
                list.forEach(x -> {
                    if (x.isTextual()) {
                        ids.add(x.asText());
                    }
                });
            }
            JsonNode one = n.get("lead_id");
            if (one != null && one.isTextual() && !n.has("name")) {
                ids.add(one.asText());
            }
            n.elements().forEachRemaining(c -> collectCited(c, ids));
        } else if (n.isArray()) {
            n.elements().forEachRemaining(c -> collectCited(c, ids));
        }
    }

    /** A text not tied to any lead (an error message), masked for a viewer: identity numbers. */
    static String maskText(String text) {
        return PersonalData.maskIdNumbers(text);
    }

    /** The name of every lead in the answer: an object with a {@code lead_id} and a {@code name}. */
    private static void collectNames(JsonNode n, Set<String> names) {
        if (n.isObject()) {
            JsonNode name = n.get("name");
            if (n.has("lead_id") && name != null && name.isTextual() && !name.asText().isBlank()) {
                names.add(name.asText().strip());
            }
            n.elements().forEachRemaining(c -> collectNames(c, names));
        } else if (n.isArray()) {
            n.elements().forEachRemaining(c -> collectNames(c, names));
        }
    }

    private static JsonNode walk(JsonNode n, String member, List<String> names) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            boolean lead = o.has("lead_id");
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                if (IDS.contains(key)) {
                    continue;
                }
                if (lead && key.equals("name") && e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(maskName(e.getValue().asText())));
                } else {
                    e.setValue(walk(e.getValue(), key, names));
                }
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = (ArrayNode) n;
            for (int i = 0; i < a.size(); i++) {
                a.set(i, walk(a.get(i), member, names));
            }
            return a;
        }
        if (n.isTextual()) {
            String masked = PersonalData.mask(n.asText(), names);
            return masked.equals(n.asText()) ? n : TextNode.valueOf(masked);
        }
        if (n.isIntegralNumber()) {
            // a number echoed back (an offset someone sent) may be an identity number: shown masked, as text
            String digits = n.asText();
            String masked = PersonalData.maskIdNumbers(digits);
            return masked.equals(digits) ? n : TextNode.valueOf(masked);
        }
        return n;
    }

    /** A lead's name as a viewer sees it: its normal form ({@link PersonName#parse}) with its first character kept. */
    private static String maskName(String name) {
        if (name.isBlank()) {
            return name;
        }
        Parsed<PersonName> parsed = PersonName.parse(name);
        return parsed.isOk() ? parsed.value().masked() : "*".repeat(name.strip().codePointCount(0, name.strip().length()));
    }
}
