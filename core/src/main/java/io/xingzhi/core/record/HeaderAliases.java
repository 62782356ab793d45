package io.xingzhi.core.record;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the headers agencies export (English canonical names, Chinese aliases of CONTRACT.md §1,
 * plus any extra aliases an integrator configures) to canonical field names. Header matching
 * ignores case, surrounding and inner whitespace, a byte-order mark and full-width brackets.
 */
public final class HeaderAliases {
    private final Map<Dataset, Map<String, String>> byDataset = new HashMap<>();

    private HeaderAliases(Map<Dataset, Map<String, List<String>>> extra) {
        for (Dataset d : Dataset.values()) {
            Map<String, String> m = new HashMap<>();
            add(m, Dataset.IDENTITY_FIELDS);
            add(m, d.fields());
            Map<String, List<String>> more = extra.getOrDefault(d, Map.of());
            add(m, more);
            byDataset.put(d, m);
        }
    }

    /** The aliases of CONTRACT.md §1. */
    public static HeaderAliases standard() {
        return new HeaderAliases(Map.of());
    }

    /** The standard aliases plus extra ones: dataset → canonical field → more header names. */
    public static HeaderAliases withExtra(Map<Dataset, Map<String, List<String>>> extra) {
        return new HeaderAliases(extra);
    }

    /** The canonical field a header names in a dataset, or empty for an unknown column. */
    public Optional<String> canonical(Dataset dataset, String header) {
        return Optional.ofNullable(byDataset.get(dataset).get(key(header)));
    }

    private static void add(Map<String, String> m, Map<String, List<String>> fields) {
        fields.forEach((canonical, aliases) -> {
            m.put(key(canonical), canonical);
            for (String a : aliases) {
                m.put(key(a), canonical);
            }
        });
    }

    static String key(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c == '（') {
                c = '(';
            } else if (c == '）') {
                c = ')';
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
