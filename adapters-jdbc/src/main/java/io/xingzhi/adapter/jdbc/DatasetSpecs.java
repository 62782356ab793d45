package io.xingzhi.adapter.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.record.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shared grammar of a sources document: its {@code "datasets"} object, read into each dataset's
 * specs, and the check that an object holds no key but those allowed. The JDBC configuration
 * ({@link JdbcSourceConfig}) and the command line's sources file, which adds HTTP feeds to it, read
 * the same document; with one reading, a dataset, a list of sources or a typo is taken or refused the
 * same way, with the same message, by both.
 *
 * <p>What it promises: every refusal is a {@link XingzhiException} whose message starts with the
 * document's origin and names the key at fault; nothing is dropped silently.
 */
public final class DatasetSpecs {
    private DatasetSpecs() {
    }

    /**
     * The datasets named in {@code root}'s {@code "datasets"} object, in the document's order, each with
     * its specs (one object, or the elements of an array, in order).
     *
     * @param root the document
     * @param origin where it came from (a file name), for messages
     * @return dataset → its specs (never empty)
     * @throws XingzhiException when {@code "datasets"} is missing, not an object or empty, names a dataset
     *     that does not exist or one dataset twice (in two spellings), or gives one an empty list
     */
    public static Map<Dataset, List<JsonNode>> of(JsonNode root, String origin) {
        JsonNode ds = root.get("datasets");
        if (ds == null || !ds.isObject() || ds.isEmpty()) {
            throw new XingzhiException(origin + ": \"datasets\" must be an object naming at least one dataset");
        }
        Map<Dataset, List<JsonNode>> specs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : ds.properties()) {
            Dataset d = Dataset.byName(e.getKey()).orElseThrow(() -> new XingzhiException(origin + ": unknown dataset \""
                    + e.getKey() + "\" (one of " + Arrays.stream(Dataset.values()).map(Dataset::fileStem)
                    .collect(Collectors.joining(", ")) + ")"));
            List<JsonNode> list = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(list::add);
            } else {
                list.add(e.getValue());
            }
            if (list.isEmpty()) {
                throw new XingzhiException(origin + ": dataset " + d.fileStem() + " lists no source");
            }
            if (specs.put(d, List.copyOf(list)) != null) {
                throw new XingzhiException(origin + ": dataset " + d.fileStem() + " is named twice in \"datasets\" (as \""
                        + e.getKey() + "\" and another spelling)");
            }
        }
        return specs;
    }

    /**
     * Refuses a key of {@code node} that is not one of {@code allowed}.
     *
     * @param node an object of the document
     * @param origin where the document came from, for messages
     * @param at the object's path with a trailing dot ({@code "datasets.judgments."}), or "" for the top
     * @param allowed the keys it may hold, in the order a message lists them
     * @throws XingzhiException naming the first key that is not allowed
     */
    public static void onlyKeys(JsonNode node, String origin, String at, Collection<String> allowed) {
        Set<String> ok = Set.copyOf(allowed);
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!ok.contains(property.getKey())) {
                throw new XingzhiException(origin + ": unknown key \"" + at + property.getKey() + "\" (expected one of "
                        + String.join(", ", allowed) + ")");
            }
        }
    }
}
