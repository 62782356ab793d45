package io.xingzhi.core.run;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.identity.IdentityStats;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.UnmatchedRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a run read, rejected, linked and found, for the report a prosecutor or tester reads.
 *
 * @param asOf the date the run looked from
 * @param startedAt when the run started
 * @param finishedAt when it finished
 * @param datasets counts per dataset, in {@link Dataset} order
 * @param rejections the first rejections of each dataset (at most 1000 per dataset; counts are complete)
 * @param identity identity-resolution statistics
 * @param leadsByModelAndKind model → kind → number of leads (every kind of every model run, zeros included)
 * @param skippedModels model → why it did not run (a required dataset was absent)
 * @param parameters the parameters used, as name → value
 * @param kinds every kind of every model selected for the run, in model order: their labels for
 *     reports (a kind of a skipped model is listed too)
 * @param kindsNotRun model → kind code → why that kind could not run although its model ran (an
 *     optional dataset or column it needs was absent); such a kind is not in
 *     {@code leadsByModelAndKind}, so a report never shows it as "0 leads"
 * @param unmatchedRecords accepted records a model could not match to what they are about (for
 *     example an enforcement case to a judgment), so no rule looked at them; each listed once
 * @param sourceNotes what the run has to say about its inputs as a whole: files read as a dataset by
 *     their headers, files not read and why, unknown columns, unusable headers ({@link SourceNote})
 */
public record RunReport(LocalDate asOf, Instant startedAt, Instant finishedAt, Map<Dataset, DatasetCounts> datasets,
                        List<Rejection> rejections, IdentityStats identity,
                        Map<String, Map<String, Long>> leadsByModelAndKind, Map<String, String> skippedModels,
                        Map<String, String> parameters, List<LeadKind> kinds,
                        Map<String, Map<String, String>> kindsNotRun, List<UnmatchedRecord> unmatchedRecords,
                        List<SourceNote> sourceNotes) {

    /** A report with nothing to say about its inputs as a whole. */
    public RunReport(LocalDate asOf, Instant startedAt, Instant finishedAt, Map<Dataset, DatasetCounts> datasets,
                     List<Rejection> rejections, IdentityStats identity,
                     Map<String, Map<String, Long>> leadsByModelAndKind, Map<String, String> skippedModels,
                     Map<String, String> parameters, List<LeadKind> kinds,
                     Map<String, Map<String, String>> kindsNotRun, List<UnmatchedRecord> unmatchedRecords) {
        this(asOf, startedAt, finishedAt, datasets, rejections, identity, leadsByModelAndKind, skippedModels, parameters, kinds,
                kindsNotRun, unmatchedRecords, List.of());
    }

    /** A report in which every kind of every model that ran could run, and every record matched. */
    public RunReport(LocalDate asOf, Instant startedAt, Instant finishedAt, Map<Dataset, DatasetCounts> datasets,
                     List<Rejection> rejections, IdentityStats identity,
                     Map<String, Map<String, Long>> leadsByModelAndKind, Map<String, String> skippedModels,
                     Map<String, String> parameters, List<LeadKind> kinds) {
        this(asOf, startedAt, finishedAt, datasets, rejections, identity, leadsByModelAndKind, skippedModels, parameters, kinds,
                Map.of(), List.of());
    }

    public RunReport {
        kinds = List.copyOf(kinds);
        kindsNotRun = copyNested(kindsNotRun);
        unmatchedRecords = List.copyOf(unmatchedRecords);
        sourceNotes = List.copyOf(sourceNotes);
        datasets = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(datasets.isEmpty()
                ? new java.util.EnumMap<Dataset, DatasetCounts>(Dataset.class) : new java.util.EnumMap<>(datasets)));
        rejections = List.copyOf(rejections);
        leadsByModelAndKind = copy(leadsByModelAndKind);
        skippedModels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skippedModels));
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    private static Map<String, Map<String, String>> copyNested(Map<String, Map<String, String>> m) {
        Map<String, Map<String, String>> c = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(v))));
        return java.util.Collections.unmodifiableMap(c);
    }

    /** Why the kind could not run, when it could not although its model ran. */
    public java.util.Optional<String> whyNotRun(String model, String code) {
        return java.util.Optional.ofNullable(kindsNotRun.getOrDefault(model, Map.of()).get(code));
    }

    private static Map<String, Map<String, Long>> copy(Map<String, Map<String, Long>> m) {
        Map<String, Map<String, Long>> c = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(v))));
        return java.util.Collections.unmodifiableMap(c);
    }

    /** The kind with this model and code, when the run knows it. */
    public java.util.Optional<LeadKind> kind(String model, String code) {
        return kinds.stream().filter(k -> k.model().equals(model) && k.code().equals(code)).findFirst();
    }

    /** The model's Chinese name, or the model's name when the run knows none of its kinds. */
    public String modelLabel(String model) {
        return kinds.stream().filter(k -> k.model().equals(model)).map(LeadKind::modelLabel).findFirst().orElse(model);
    }

    /** The kind's Chinese name, or its code when the run does not know it. */
    public String kindLabel(String model, String code) {
        return kind(model, code).map(LeadKind::label).orElse(code);
    }

    /** True when some input could not be used at all: a file not read, a header without a required field. */
    public boolean someInputUnusable() {
        return sourceNotes.stream().anyMatch(SourceNote::unusable);
    }

    /** Total leads. */
    public long totalLeads() {
        return leadsByModelAndKind.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
}
