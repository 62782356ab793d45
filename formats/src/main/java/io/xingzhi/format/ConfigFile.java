package io.xingzhi.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.supervision.KeywordGroup;
import io.xingzhi.core.supervision.Parameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code --config} file (CONTRACT.md §5): a JSON object of the thresholds LAW.md marks
 * configurable, extra keyword groups and extra header aliases; the format is documented in
 * {@code docs/configuration.md}. Every key is optional and defaults to LAW.md; an unknown key, a
 * value of the wrong type, a negative number of days, a blank keyword or an unknown dataset or
 * field is an error naming the file and the key. {@code //} and {@code /* *}{@code /} comments are
 * allowed; a key given twice is an error.
 *
 * <p>Every door reads it the same way: {@code run} with a folder ({@code --data}), with database
 * tables or HTTP feeds ({@code --sources}), and an embedder's own wiring. (It was
 * {@code io.xingzhi.adapter.csv.JsonConfig} before it moved here, out of the CSV adapter.)
 *
 * <p>Extra keyword groups are added to {@link KeywordGroup#defaults()} - a group named like a
 * default one replaces it - or, with {@code "replace_default_keyword_groups": true}, are the only
 * groups.
 *
 * <p>It also names the issuing procuratorate and the prefix of its document numbers
 * ({@code "procuratorate"}, {@code "document_number_prefix"}), which the {@code document} and
 * {@code serve} commands put on every document unless their options say otherwise, and the
 * departments and bodies a lead may be referred to ({@code "referral_departments"}, an array of
 * names; {@code io.xingzhi.core.app.DocumentSettings#DEFAULT_REFERRAL_DEPARTMENTS} when absent).
 *
 * @param parameters the parameters for the run
 * @param headerAliases dataset → canonical field → extra header names, for
 *     {@link io.xingzhi.core.record.HeaderAliases#withExtra}
 * @param procuratorate the issuing procuratorate, e.g. {@code 凤城市人民检察院}, when the file names one
 * @param documentNumberPrefix what document numbers start with, e.g. {@code 凤检刑执}, when the file gives one
 * @param referralDepartments where leads may be referred (移送), each once; empty when the file names none
 */
public record ConfigFile(Parameters parameters, Map<Dataset, Map<String, List<String>>> headerAliases,
                         java.util.Optional<String> procuratorate, java.util.Optional<String> documentNumberPrefix,
                         List<String> referralDepartments) {

    static final List<String> KEYS = List.of("delivery_deadline", "dpr_registration_grace_days",
            "correction_report_grace_days", "transfer_grace_days", "boundary_days", "release_grace_days",
            "period_tolerance_days", "late_report_grace_days", "filing_limit_days", "keyword_groups",
            "replace_default_keyword_groups", "header_aliases", "procuratorate", "document_number_prefix",
            "referral_departments");
    static final List<String> GROUP_KEYS = List.of("name", "triggers", "keywords", "founding");

    /**
     * The JSON reader, made when a config file is first read: a run without {@code --config} never
     * needs it (making it loads some 300 classes, about a tenth of what a small run does before its
     * first row).
     */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();

        private Json() {
        }
    }

    public ConfigFile {
        Objects.requireNonNull(parameters, "parameters");
        Map<Dataset, Map<String, List<String>>> copy = new EnumMap<>(Dataset.class);
        headerAliases.forEach((d, fields) -> {
            Map<String, List<String>> f = new LinkedHashMap<>();
            fields.forEach((k, v) -> f.put(k, List.copyOf(v)));
            copy.put(d, Collections.unmodifiableMap(f));
        });
        headerAliases = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(procuratorate, "procuratorate");
        Objects.requireNonNull(documentNumberPrefix, "documentNumberPrefix");
        referralDepartments = List.copyOf(referralDepartments);
    }

    /** Parameters, aliases, the procuratorate and the number prefix, naming no referral department. */
    public ConfigFile(Parameters parameters, Map<Dataset, Map<String, List<String>>> headerAliases,
                      java.util.Optional<String> procuratorate, java.util.Optional<String> documentNumberPrefix) {
        this(parameters, headerAliases, procuratorate, documentNumberPrefix, List.of());
    }

    /** Parameters and aliases, naming no procuratorate. */
    public ConfigFile(Parameters parameters, Map<Dataset, Map<String, List<String>>> headerAliases) {
        this(parameters, headerAliases, java.util.Optional.empty(), java.util.Optional.empty());
    }

    /** LAW.md's defaults and no extra aliases: what a run uses without {@code --config}. */
    public static ConfigFile defaults() {
        return new ConfigFile(Parameters.defaults(), Map.of());
    }

    /**
     * Reads a config file.
     *
     * @throws XingzhiException when it cannot be read or is not a valid config, naming the file and key
     */
    public static ConfigFile load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new XingzhiException("config file not found: " + file);
        } catch (IOException e) {
            throw new XingzhiException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /**
     * Reads config text; {@code origin} names it in error messages.
     *
     * @throws XingzhiException when it is not a valid config
     */
    public static ConfigFile parse(String json, String origin) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new XingzhiException(origin + ": not valid JSON: " + e.getOriginalMessage()
                    + location(e));
        }
        if (root == null || root.isMissingNode()) {
            return defaults();
        }
        return new Reader(origin).read(root);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** One parse, remembering where it came from for messages. */
    private static final class Reader {
        private final String origin;

        Reader(String origin) {
            this.origin = origin;
        }

        ConfigFile read(JsonNode root) {
            if (!root.isObject()) {
                throw error("the config must be a JSON object");
            }
            unknownKeys(root, KEYS, "");
            Parameters p = Parameters.defaults();
            if (root.has("delivery_deadline")) {
                p = p.withDeliveryDeadline(deadline(root.get("delivery_deadline")));
            }
            if (root.has("dpr_registration_grace_days")) {
                p = p.withDprRegistrationGraceDays(days(root, "dpr_registration_grace_days"));
            }
            if (root.has("correction_report_grace_days")) {
                p = p.withCorrectionReportGraceDays(days(root, "correction_report_grace_days"));
            }
            if (root.has("transfer_grace_days")) {
                p = p.withTransferGraceDays(days(root, "transfer_grace_days"));
            }
            if (root.has("boundary_days")) {
                p = p.withBoundaryDays(days(root, "boundary_days"));
            }
            if (root.has("release_grace_days")) {
                p = p.withReleaseGraceDays(days(root, "release_grace_days"));
            }
            if (root.has("period_tolerance_days")) {
                p = p.withPeriodToleranceDays(days(root, "period_tolerance_days"));
            }
            if (root.has("late_report_grace_days")) {
                p = p.withLateReportGraceDays(days(root, "late_report_grace_days"));
            }
            if (root.has("filing_limit_days")) {
                p = p.withFilingLimitDays(days(root, "filing_limit_days"));
            }
            boolean replace = false;
            if (root.has("replace_default_keyword_groups")) {
                JsonNode n = root.get("replace_default_keyword_groups");
                if (!n.isBoolean()) {
                    throw error("\"replace_default_keyword_groups\" must be true or false, got " + n);
                }
                replace = n.booleanValue();
            }
            List<KeywordGroup> extra = root.has("keyword_groups") ? groups(root.get("keyword_groups")) : List.of();
            if (replace && extra.isEmpty()) {
                throw error("\"replace_default_keyword_groups\" is true but \"keyword_groups\" gives no group");
            }
            p = p.withKeywordGroups(merge(replace ? List.of() : KeywordGroup.defaults(), extra));
            Map<Dataset, Map<String, List<String>>> aliases =
                    root.has("header_aliases") ? aliases(root.get("header_aliases")) : Map.of();
            List<String> departments = List.of();
            if (root.has("referral_departments")) {
                departments = words(root.get("referral_departments"), "referral_departments");
                if (departments.isEmpty()) {
                    throw error("\"referral_departments\" must name at least one department or body");
                }
                Set<String> seen = new LinkedHashSet<>();
                for (String d : departments) {
                    if (!seen.add(d)) {
                        throw error("\"referral_departments\" names \"" + d + "\" twice");
                    }
                }
            }
            return new ConfigFile(p, aliases, text(root, "procuratorate"), text(root, "document_number_prefix"),
                    departments);
        }

        private java.util.Optional<String> text(JsonNode root, String key) {
            if (!root.has(key)) {
                return java.util.Optional.empty();
            }
            JsonNode n = root.get(key);
            if (!n.isTextual() || n.textValue().isBlank()) {
                throw error("\"" + key + "\" must be a non-blank string, got " + n);
            }
            return java.util.Optional.of(n.textValue().strip());
        }

        private Parameters.DeliveryDeadline deadline(JsonNode n) {
            if (n.isTextual()) {
                for (Parameters.DeliveryDeadline d : Parameters.DeliveryDeadline.values()) {
                    if (d.name().equalsIgnoreCase(n.textValue().trim())) {
                        return d;
                    }
                }
            }
            throw error("\"delivery_deadline\" must be \"DAYS_30\" or \"ONE_MONTH\", got " + n);
        }

        private int days(JsonNode root, String key) {
            JsonNode n = root.get(key);
            if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0) {
                throw error("\"" + key + "\" must be a whole number of days, 0 or more, got " + n);
            }
            return n.intValue();
        }

        private List<KeywordGroup> groups(JsonNode n) {
            if (!n.isArray()) {
                throw error("\"keyword_groups\" must be an array of objects");
            }
            List<KeywordGroup> groups = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            for (int i = 0; i < n.size(); i++) {
                String where = "keyword_groups[" + i + "]";
                JsonNode g = n.get(i);
                if (!g.isObject()) {
                    throw error(where + " must be an object with \"name\", \"triggers\", \"keywords\"");
                }
                unknownKeys(g, GROUP_KEYS, where + ".");
                JsonNode nameNode = g.get("name");
                if (nameNode == null || !nameNode.isTextual() || nameNode.textValue().isBlank()) {
                    throw error(where + ".name must be a non-blank string");
                }
                String name = nameNode.textValue().trim();
                if (!names.add(name)) {
                    throw error(where + ".name \"" + name + "\" is used by another group");
                }
                boolean founding = false;
                if (g.has("founding")) {
                    if (!g.get("founding").isBoolean()) {
                        throw error(where + ".founding must be true or false");
                    }
                    founding = g.get("founding").booleanValue();
                }
                List<String> triggers = words(g.get("triggers"), where + ".triggers");
                List<String> keywords = g.has("keywords") ? words(g.get("keywords"), where + ".keywords") : List.of();
                if (triggers.isEmpty()) {
                    throw error(where + ".triggers must list at least one word");
                }
                if (!founding && keywords.isEmpty()) {
                    throw error(where + ".keywords must list at least one word (or set \"founding\": true)");
                }
                groups.add(new KeywordGroup(name, triggers, keywords, founding));
            }
            return groups;
        }

        private List<String> words(JsonNode n, String where) {
            if (n == null) {
                return List.of();
            }
            if (!n.isArray()) {
                throw error(where + " must be an array of strings");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode w = n.get(i);
                if (!w.isTextual() || w.textValue().isBlank()) {
                    throw error(where + "[" + i + "] must be a non-blank string, got " + w);
                }
                out.add(w.textValue().trim());
            }
            return out;
        }

        private static List<KeywordGroup> merge(List<KeywordGroup> base, List<KeywordGroup> extra) {
            Map<String, KeywordGroup> byName = new LinkedHashMap<>();
            base.forEach(g -> byName.put(g.name(), g));
            extra.forEach(g -> byName.put(g.name(), g));
            return List.copyOf(byName.values());
        }

        private Map<Dataset, Map<String, List<String>>> aliases(JsonNode n) {
            if (!n.isObject()) {
                throw error("\"header_aliases\" must be an object: dataset → field → [header names]");
            }
            Map<Dataset, Map<String, List<String>>> out = new EnumMap<>(Dataset.class);
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                Dataset d = Dataset.byName(e.getKey()).orElseThrow(() -> error("header_aliases: unknown dataset \""
                        + e.getKey() + "\" (one of " + datasetNames() + ")"));
                if (!e.getValue().isObject()) {
                    throw error("header_aliases." + e.getKey() + " must be an object: field → [header names]");
                }
                Map<String, List<String>> fields = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> fe : e.getValue().properties()) {
                    String field = fe.getKey().trim().toLowerCase(Locale.ROOT);
                    String where = "header_aliases." + e.getKey() + "." + fe.getKey();
                    if (!d.fields().containsKey(field) && !Dataset.IDENTITY_FIELDS.containsKey(field)) {
                        throw error(where + ": \"" + fe.getKey() + "\" is not a field of " + d.fileStem() + " (one of "
                                + String.join(", ", fieldNames(d)) + ")");
                    }
                    JsonNode v = fe.getValue();
                    List<String> headers = v.isTextual() ? words(Json.MAPPER.createArrayNode().add(v), where)
                            : words(v, where);
                    fields.computeIfAbsent(field, k -> new ArrayList<>()).addAll(headers);
                }
                out.put(d, fields);
            }
            return out;
        }

        private static List<String> fieldNames(Dataset d) {
            List<String> names = new ArrayList<>(Dataset.IDENTITY_FIELDS.keySet());
            names.addAll(d.fields().keySet());
            return names;
        }

        private static String datasetNames() {
            List<String> names = new ArrayList<>();
            for (Dataset d : Dataset.values()) {
                names.add(d.fileStem());
            }
            return String.join(", ", names);
        }

        private void unknownKeys(JsonNode object, List<String> known, String prefix) {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!known.contains(key)) {
                    throw error("unknown key \"" + prefix + key + "\" (known keys: " + String.join(", ", known) + ")");
                }
            }
        }

        private XingzhiException error(String message) {
            return new XingzhiException(origin + ": " + message);
        }
    }
}
