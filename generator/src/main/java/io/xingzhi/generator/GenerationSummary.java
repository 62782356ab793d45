package io.xingzhi.generator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a generation wrote.
 *
 * @param directory the folder written
 * @param spec what was asked for
 * @param rowsPerFile data rows (header excluded) per file, in contract order, then {@code expected.jsonl}
 * @param leadsPerKind planted leads per {@code model/kind}, sorted
 * @param personsPerScenario sentenced persons per planted scenario, sorted
 */
public record GenerationSummary(Path directory, GeneratorSpec spec, Map<String, Long> rowsPerFile,
                                Map<String, Integer> leadsPerKind, Map<String, Integer> personsPerScenario) {
    public GenerationSummary {
        Objects.requireNonNull(directory);
        Objects.requireNonNull(spec);
        rowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
        leadsPerKind = Collections.unmodifiableMap(new TreeMap<>(leadsPerKind));
        personsPerScenario = Collections.unmodifiableMap(new TreeMap<>(personsPerScenario));
    }

    /** Planted leads in all. */
    public int expectedLeads() {
        return leadsPerKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A few lines for a terminal. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("generated into ").append(directory).append(" (persons ").append(spec.persons())
                .append(", seed ").append(spec.seed()).append(", as-of ").append(spec.asOf())
                .append(spec.clean() ? ", clean: canonical headers and values, UTF-8" : "")
                .append(": run the engine with --as-of ").append(spec.asOf()).append(")\n");
        rowsPerFile.forEach((f, n) -> b.append(String.format("  %-28s %,12d rows%n", f, n)));
        b.append("planted leads: ").append(expectedLeads()).append('\n');
        leadsPerKind.forEach((k, n) -> b.append(String.format("  %-48s %,8d%n", k, n)));
        long nearMisses = personsPerScenario.entrySet().stream().filter(e -> e.getKey().startsWith("NM_"))
                .mapToLong(Map.Entry::getValue).sum();
        long clean = personsPerScenario.entrySet().stream().filter(e -> e.getKey().startsWith("CLEAN_"))
                .mapToLong(Map.Entry::getValue).sum();
        b.append("near-miss persons (must not be reported): ").append(nearMisses)
                .append(", clean persons: ").append(clean).append('\n');
        return b.toString();
    }
}
