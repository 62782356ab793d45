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
public final class HeaderAliases implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<Dataset, Map<String, String>> byDataset = new HashMap<>();
    /** Per dataset: every name it knows as written (canonical names and aliases) → its canonical field. */
    private final Map<Dataset, Map<String, String>> written = new HashMap<>();

    private HeaderAliases(Map<Dataset, Map<String, List<String>>> extra) {
        for (Dataset d : Dataset.values()) {
            Map<String, String> m = new HashMap<>();
            add(m, Dataset.IDENTITY_FIELDS);
            add(m, d.fields());
            Map<String, List<String>> more = extra.getOrDefault(d, Map.of());
            add(m, more);
            byDataset.put(d, m);
            Map<String, String> w = new java.util.LinkedHashMap<>();
            addWritten(w, d.fields());
            addWritten(w, Dataset.IDENTITY_FIELDS);
            addWritten(w, more);
            written.put(d, w);
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

    /**
     * The name a mistyped or unknown header most likely meant: the canonical name or alias of the
     * dataset nearest to it by {@link io.xingzhi.core.value.EditDistance} (at most half its length, at
     * most 3 edits), or one it contains or is contained in ({@code 入所日期（年月日）} → {@code 入所日期}).
     *
     * @return the known name as written and its canonical field, e.g. {@code [入所日期, admitted_on]}
     */
    public Optional<List<String>> suggest(Dataset dataset, String header) {
        String k = key(header);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int kLength = k.codePointCount(0, k.length());
        for (String name : written.get(dataset).keySet()) {
            String n = key(name);
            int nLength = n.codePointCount(0, n.length());
            int limit = Math.min(3, Math.max(1, Math.max(kLength, nLength) / 2));
            // texts whose lengths differ by more than the limit are further apart than it: not computed, so a
            // header of megabytes (a file with no line breaks) costs a comparison of lengths per name
            int d = Math.abs(kLength - nLength) > limit ? Integer.MAX_VALUE : io.xingzhi.core.value.EditDistance.of(k, n);
            if (d > 0 && (k.contains(n) || n.contains(k)) && Math.min(k.length(), n.length()) >= 2) {
                d = Math.min(d, 1);
            }
            if (d <= limit && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best == null ? Optional.empty() : Optional.of(List.of(best, written.get(dataset).get(best)));
    }

    /**
     * The dataset a header row belongs to, when the file's name does not say: the dataset most of
     * whose own fields the headers name (a field several datasets share counts for each in part;
     * the identity columns count for none), when it names at least two of them and clearly more than
     * any other dataset does.
     */
    public Optional<Dataset> recognise(List<String> headers) {
        Map<String, Integer> shared = new HashMap<>();
        for (Dataset d : Dataset.values()) {
            for (String f : d.fields().keySet()) {
                shared.merge(f, 1, Integer::sum);
            }
        }
        Dataset best = null;
        double bestScore = 0;
        double second = 0;
        for (Dataset d : Dataset.values()) {
            java.util.Set<String> named = new java.util.HashSet<>();
            for (String h : headers) {
                canonical(d, h).filter(f -> d.fields().containsKey(f)).ifPresent(named::add);
            }
            double score = named.stream().mapToDouble(f -> 1.0 / shared.get(f)).sum();
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = d;
            } else if (score > second) {
                second = score;
            }
        }
        return bestScore >= 1.5 && bestScore >= second + 1 ? Optional.of(best) : Optional.empty();
    }

    private static void addWritten(Map<String, String> w, Map<String, List<String>> fields) {
        fields.forEach((canonical, aliases) -> {
            w.putIfAbsent(canonical, canonical);
            for (String a : aliases) {
                w.putIfAbsent(a, canonical);
            }
        });
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
