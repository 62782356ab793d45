package io.xingzhi.core.run;

import io.xingzhi.core.record.Dataset;
import java.util.List;

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
 */
public record DatasetCounts(Dataset dataset, boolean present, List<String> sources, long read, long accepted,
                            long rejected, boolean notRead) {

    /** Counts of a dataset that was read (or absent). */
    public DatasetCounts(Dataset dataset, boolean present, List<String> sources, long read, long accepted, long rejected) {
        this(dataset, present, sources, read, accepted, rejected, false);
    }

    public DatasetCounts {
        sources = List.copyOf(sources);
        if (read != accepted + rejected) {
            throw new IllegalArgumentException(dataset.fileStem() + ": read " + read + " != accepted " + accepted
                    + " + rejected " + rejected);
        }
    }
}
