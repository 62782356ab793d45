package io.xingzhi.adapter.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.record.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@link JdbcRecordSource} reads each dataset: a connection and, per dataset, one or more
 * tables, views or queries, each with an optional column → canonical field mapping. Read from a
 * JSON file:
 *
 * <pre>
 * {
 *   "url": "jdbc:postgresql://db.example/agency",
 *   "user": "reader",
 *   "passwordEnv": "XINGZHI_DB_PASSWORD",      (or "password": "...")
 *   "fetchSize": 1000,                          (optional, default 1000)
 *   "datasets": {
 *     "judgments": { "table": "ods.生效裁判" },
 *     "custody":   { "table": "看守所在押人员视图", "columns": { "SYRQ": "admitted_on" } },
 *     "enforcement": [
 *       { "name": "执行案件2023", "query": "SELECT * FROM zxaj WHERE nd = 2023" },
 *       { "name": "执行案件2024", "query": "SELECT * FROM zxaj WHERE nd = 2024" }
 *     ]
 *   }
 * }
 * </pre>
 *
 * Dataset keys are the canonical names of CONTRACT.md §1. Unmapped columns keep their names as
 * headers, so Chinese column names ({@code 姓名}, {@code 入所日期}) are understood through the same
 * aliases as CSV headers. Unknown keys are errors (a typo must not silently drop a dataset).
 *
 * <p>The command line's {@code --sources} file is this format plus HTTP feeds
 * ({@code {"url": ...}}, docs/sources.md): the command line gives the tables and queries to this
 * class and the feeds to the REST adapter's {@code HttpRecordSource}, and then needs {@code url} only
 * when some dataset is a table or a query.
 *
 * @param url the JDBC URL
 * @param user the user name; may be empty
 * @param password the password; may be empty; never printed by {@link #toString()}
 * @param fetchSize rows fetched per round trip while streaming
 * @param datasets the sources of each configured dataset
 */
public record JdbcSourceConfig(String url, String user, String password, int fetchSize,
                               Map<Dataset, List<Source>> datasets) {
    /** The fetch size when the file gives none. */
    public static final int DEFAULT_FETCH_SIZE = 1000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public JdbcSourceConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (fetchSize < 1) {
            throw new IllegalArgumentException("fetchSize must be positive: " + fetchSize);
        }
        Map<Dataset, List<Source>> copy = new EnumMap<>(Dataset.class);
        datasets.forEach((d, s) -> copy.put(d, List.copyOf(s)));
        datasets = Collections.unmodifiableMap(copy);
    }

    /**
     * One table, view or query that rows of a dataset come from.
     *
     * @param name the source name in every row's {@link io.xingzhi.core.record.SourceRef} (and so in
     *     every rejection and piece of evidence): the table name unless given
     * @param table the table or view, possibly schema-qualified; exclusive with {@code query}
     * @param query a SELECT statement, used as written; exclusive with {@code table}
     * @param columns column name (any case) → canonical field name, for columns the aliases do not know
     */
    public record Source(String name, Optional<String> table, Optional<String> query, Map<String, String> columns) {
        public Source {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(query, "query");
            if (table.isPresent() == query.isPresent()) {
                throw new IllegalArgumentException("source " + name + ": give exactly one of a table and a query");
            }
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }

        /** A whole table or view, named after it. */
        public static Source table(String table) {
            return new Source(table, Optional.of(table), Optional.empty(), Map.of());
        }

        /** A query, named {@code name}. */
        public static Source query(String name, String query) {
            return new Source(name, Optional.empty(), Optional.of(query), Map.of());
        }

        /** This source with a column → canonical field mapping. */
        public Source withColumns(Map<String, String> mapping) {
            return new Source(name, table, query, mapping);
        }
    }

    /** Reads a configuration file; errors name the file and the key at fault. */
    public static JdbcSourceConfig read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new XingzhiException("cannot read the JDBC source configuration " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a configuration.
     *
     * @param json the JSON text
     * @param origin where it came from, for messages
     */
    public static JdbcSourceConfig parse(String json, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new XingzhiException(origin + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new XingzhiException(origin + ": expected a JSON object with \"url\" and \"datasets\"");
        }
        DatasetSpecs.onlyKeys(root, origin, "", List.of("url", "user", "password", "passwordEnv", "fetchSize", "datasets"));
        String url = text(root, "url", origin, "").orElseThrow(() -> new XingzhiException(origin + ": \"url\" is missing"));
        String user = text(root, "user", origin, "").orElse("");
        String password = text(root, "password", origin, "").orElse("");
        Optional<String> env = text(root, "passwordEnv", origin, "");
        if (env.isPresent()) {
            password = Optional.ofNullable(System.getenv(env.get())).orElseThrow(() -> new XingzhiException(
                    origin + ": \"passwordEnv\" names the environment variable " + env.get() + ", which is not set"));
        }
        int fetchSize = DEFAULT_FETCH_SIZE;
        if (root.has("fetchSize")) {
            JsonNode f = root.get("fetchSize");
            if (!f.canConvertToInt() || !f.isIntegralNumber() || f.intValue() < 1) {
                throw new XingzhiException(origin + ": \"fetchSize\" must be a positive whole number, not " + f);
            }
            fetchSize = f.intValue();
        }
        Map<Dataset, List<Source>> datasets = new EnumMap<>(Dataset.class);
        for (Map.Entry<Dataset, List<JsonNode>> e : DatasetSpecs.of(root, origin).entrySet()) {
            List<JsonNode> specs = e.getValue();
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                sources.add(source(specs.get(i), e.getKey(), i, origin));
            }
            datasets.put(e.getKey(), sources);
        }
        return new JdbcSourceConfig(url, user, password, fetchSize, datasets);
    }

    private static Source source(JsonNode spec, Dataset d, int index, String origin) {
        String at = "datasets." + d.fileStem() + (index > 0 ? "[" + index + "]" : "");
        if (!spec.isObject()) {
            throw new XingzhiException(origin + ": " + at + " must be an object with \"table\" or \"query\"");
        }
        DatasetSpecs.onlyKeys(spec, origin, at + ".", List.of("table", "query", "name", "columns"));
        Optional<String> table = text(spec, "table", origin, at + ".");
        Optional<String> query = text(spec, "query", origin, at + ".")
                .map(q -> q.strip().replaceAll(";+\\s*$", ""));
        if (table.isPresent() == query.isPresent()) {
            throw new XingzhiException(origin + ": " + at + " needs exactly one of \"table\" and \"query\"");
        }
        String name = text(spec, "name", origin, at + ".").orElseGet(
                () -> table.orElse(d.fileStem() + "_query" + (index > 0 ? "_" + (index + 1) : "")));
        Map<String, String> columns = new LinkedHashMap<>();
        JsonNode cols = spec.get("columns");
        if (cols != null) {
            if (!cols.isObject()) {
                throw new XingzhiException(origin + ": " + at + ".columns must map column names to field names");
            }
            Set<String> known = fieldsOf(d);
            for (Map.Entry<String, JsonNode> c : cols.properties()) {
                if (!c.getValue().isTextual() || !known.contains(c.getValue().asText())) {
                    throw new XingzhiException(origin + ": " + at + ".columns." + c.getKey() + ": " + c.getValue()
                            + " is not a field of " + d.fileStem() + " (one of " + String.join(", ", known) + ")");
                }
                columns.put(c.getKey(), c.getValue().asText());
            }
        }
        return new Source(name, table, query, columns);
    }

    private static Set<String> fieldsOf(Dataset d) {
        Set<String> s = new java.util.LinkedHashSet<>(Dataset.IDENTITY_FIELDS.keySet());
        s.addAll(d.fields().keySet());
        return s;
    }

    private static Optional<String> text(JsonNode node, String key, String origin, String at) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new XingzhiException(origin + ": \"" + at + key + "\" must be a string");
        }
        return Optional.of(v.asText()).filter(s -> !s.isBlank() || "password".equals(key) || "user".equals(key));
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "JdbcSourceConfig[url=" + Sql.describe(url) + ", user=" + user + ", fetchSize=" + fetchSize
                + ", datasets=" + datasets.keySet() + "]";
    }
}
