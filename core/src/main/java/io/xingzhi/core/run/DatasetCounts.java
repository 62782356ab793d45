package io.xingzhi.core.run;

import io.xingzhi.core.record.Dataset;
import java.util.List;
import java.util.Map;

/**
 * Rows of one dataset in one run. Always {@code read == accepted + rejected}.
 *
 * @param dataset the dataset
 * @param present false when the source had nothing for it ("this agency gave us nothing")
 * @param sources the files, tables or feeds read
 * @param read rows read
 * @param accepted rows that became records
 * @param rejected rows rejected, each with a reason
 * @param notRead true when the dataset was present but deliberately not read, because none of the
 *     selected models needs it (its rows are then neither accepted nor rejected, and the report says so)
 * @param rejectedByReason rejected rows by the kind of their reason ({@link
 *     io.xingzhi.core.record.Rejection#category}), most frequent first; they add up to {@code rejected} (empty when
 *     the reasons were not counted)
 */
public record DatasetCounts(Dataset dataset, boolean present, List<String> sources, long read, long accepted,
                            long rejected, boolean notRead, Map<String, Long> rejectedByReason) {

    /** Counts of a dataset that was read (or absent). */
    public DatasetCounts(Dataset dataset, boolean present, List<String> sources, long read, long accepted, long rejected) {
        this(dataset, present, sources, read, accepted, rejected, false);
    }

    /** Counts without rejections by reason. */
    public DatasetCounts(Dataset dataset, boolean present, List<String> sources, long read, long accepted, long rejected,
                         boolean notRead) {
        this(dataset, present, sources, read, accepted, rejected, notRead, Map.of());
    }

    public DatasetCounts {
        sources = List.copyOf(sources);
        List<Map.Entry<String, Long>> entries = new java.util.ArrayList<>(rejectedByReason.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        Map<String, Long> sorted = new java.util.LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        rejectedByReason = java.util.Collections.unmodifiableMap(sorted);
        if (read != accepted + rejected) {
            throw new IllegalArgumentException(dataset.fileStem() + ": read " + read + " != accepted " + accepted
                    + " + rejected " + rejected);
        }
    }
}
