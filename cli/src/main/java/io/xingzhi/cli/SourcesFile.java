package io.xingzhi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xingzhi.adapter.jdbc.DatasetSpecs;
import io.xingzhi.adapter.jdbc.JdbcRecordSource;
import io.xingzhi.adapter.jdbc.JdbcSourceConfig;
import io.xingzhi.adapter.rest.HttpFeed;
import io.xingzhi.adapter.rest.HttpRecordSource;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.CompositeRecordSource;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.format.RowFormat;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --sources} file (docs/sources.md): per dataset, database tables, views or queries, or
 * HTTP(S) feeds. The command line reads it into one {@link RecordSource}: a
 * {@link JdbcRecordSource} for the datasets that are tables or queries, an {@link HttpRecordSource}
 * for those that are feeds, joined by a {@link CompositeRecordSource}.
 *
 * <pre>
 * {
 *   "url": "jdbc:postgresql://db.example/agency",    (needed only when some dataset is a table or query)
 *   "user": "reader", "passwordEnv": "XINGZHI_DB_PASSWORD", "fetchSize": 1000,
 *   "datasets": {
 *     "judgments":  { "table": "ods.生效裁判" },
 *     "activities": [ { "url": "https://gongan.example/activities.csv", "paged": true },
 *                     { "url": "https://wenlv.example/venues", "format": "jsonl" } ]
 *   }
 * }
 * </pre>
 *
 * A dataset is either tables and queries (each validated by {@link JdbcSourceConfig}, which gives
 * them their meaning) or feeds: an object with {@code url} ({@code http} or {@code https}),
 * optional {@code paged} ({@code true}: {@code ?page=1}, {@code ?page=2}, …) and optional
 * {@code format} ({@code csv} or {@code jsonl}; told from each page when absent), or a list of
 * such objects read in order. A dataset cannot mix the two. Unknown keys, unknown datasets and keys
 * given twice are errors naming the file and the key: a typo must not silently drop a dataset.
 */
final class SourcesFile {
    static final List<String> TOP_KEYS = List.of("url", "user", "password", "passwordEnv", "fetchSize", "datasets");
    static final List<String> FEED_KEYS = List.of("url", "paged", "format");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SourcesFile() {
    }

    /** Reads a sources file into one source; errors name the file and the key at fault. */
    static RecordSource open(Path file, HttpRecordSource.Options http) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new XingzhiException("cannot read the sources file " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString(), http);
    }

    /** What a sources file holds: the database part (if any) and the feeds (maybe none). */
    record Parsed(Optional<JdbcSourceConfig> database, List<HttpFeed> feeds) {
        RecordSource source(HttpRecordSource.Options http) {
            List<RecordSource> parts = new ArrayList<>();
            database.ifPresent(c -> parts.add(JdbcRecordSource.connect(c)));
            if (!feeds.isEmpty()) {
                parts.add(new HttpRecordSource(feeds, http));
            }
            return parts.size() == 1 ? parts.get(0) : new CompositeRecordSource(parts);
        }
    }

    static RecordSource parse(String json, String origin, HttpRecordSource.Options http) {
        return read(json, origin).source(http);
    }

    static Parsed read(String json, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new XingzhiException(origin + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new XingzhiException(origin + ": expected a JSON object with \"datasets\"");
        }
        DatasetSpecs.onlyKeys(root, origin, "", TOP_KEYS);
        ObjectNode tables = MAPPER.createObjectNode();
        List<HttpFeed> feeds = new ArrayList<>();
        for (Map.Entry<Dataset, List<JsonNode>> e : DatasetSpecs.of(root, origin).entrySet()) {
            Dataset d = e.getKey();
            List<JsonNode> specs = e.getValue();
            long feedSpecs = specs.stream().filter(s -> s.isObject() && s.has("url")).count();
            if (feedSpecs == 0) {
                tables.set(d.fileStem(), specs.size() == 1 ? specs.get(0) : MAPPER.createArrayNode().addAll(specs));
                continue;
            }
            if (feedSpecs < specs.size()) {
                throw new XingzhiException(origin + ": datasets." + d.fileStem() + " mixes HTTP feeds with tables or"
                        + " queries; a dataset comes from one kind of source");
            }
            for (int i = 0; i < specs.size(); i++) {
                feeds.add(feed(specs.get(i), d, "datasets." + d.fileStem() + (specs.size() > 1 ? "[" + i + "]" : ""), origin));
            }
        }
        Optional<JdbcSourceConfig> database = Optional.empty();
        if (!tables.isEmpty()) {
            if (!root.hasNonNull("url")) {
                throw new XingzhiException(origin + ": \"url\" is missing: " + String.join(", ", iterable(tables))
                        + " " + (tables.size() == 1 ? "is a database table or query" : "are database tables or queries")
                        + " and need" + (tables.size() == 1 ? "s" : "") + " a JDBC url");
            }
            ObjectNode jdbc = root.deepCopy();
            jdbc.set("datasets", tables);
            database = Optional.of(JdbcSourceConfig.parse(jdbc.toString(), origin));
        }
        return new Parsed(database, List.copyOf(feeds));
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static HttpFeed feed(JsonNode spec, Dataset d, String at, String origin) {
        if (spec.has("table") || spec.has("query")) {
            throw new XingzhiException(origin + ": " + at + " gives a url and a table or query; give one of them");
        }
        DatasetSpecs.onlyKeys(spec, origin, at + ".", FEED_KEYS);
        JsonNode url = spec.get("url");
        if (!url.isTextual() || url.asText().isBlank()) {
            throw new XingzhiException(origin + ": \"" + at + ".url\" must be a URL string");
        }
        HttpFeed.Paging paging = HttpFeed.Paging.NONE;
        JsonNode paged = spec.get("paged");
        if (paged != null) {
            if (!paged.isBoolean()) {
                throw new XingzhiException(origin + ": \"" + at + ".paged\" must be true or false, not " + paged);
            }
            paging = paged.booleanValue() ? HttpFeed.Paging.PAGE_NUMBER : HttpFeed.Paging.NONE;
        }
        Optional<RowFormat> format = Optional.empty();
        JsonNode f = spec.get("format");
        if (f != null) {
            format = f.isTextual() ? RowFormat.byKey(f.asText()) : Optional.empty();
            if (format.isEmpty()) {
                throw new XingzhiException(origin + ": \"" + at + ".format\" must be \"csv\" or \"jsonl\", not " + f);
            }
        }
        URI uri;
        try {
            uri = new URI(url.asText().strip());
        } catch (java.net.URISyntaxException e) {
            // the reason and the place, not the text: a URL may hold a token or a password
            throw new XingzhiException(origin + ": \"" + at + ".url\" is not a URL: " + e.getReason()
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
        try {
            return new HttpFeed(d, uri, paging, format);
        } catch (IllegalArgumentException e) {
            throw new XingzhiException(origin + ": \"" + at + ".url\": " + e.getMessage());
        }
    }

}
