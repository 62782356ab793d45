package io.xingzhi.core.port;

import io.xingzhi.core.record.Dataset;

/**
 * A driven port for progress on long work: called every so many rows while a dataset is read.
 * Implementations must be cheap; the command line prints a line on standard error.
 */
@FunctionalInterface
public interface ProgressListener {
    /** {@code rows} of {@code dataset} read so far after {@code nanos} nanoseconds of reading it. */
    void progress(Dataset dataset, long rows, long nanos);

    /** Ignores progress. */
    static ProgressListener none() {
        return (d, r, n) -> { };
    }
}
