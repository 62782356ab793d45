package io.xingzhi.core.port;

import io.xingzhi.core.record.Dataset;

/**
 * A driven port for progress on long work: each phase of a run as it begins, and every so many rows
 * while a dataset is read - with the bytes read and the bytes in all, when the source knows them, so
 * a listener can estimate the time left. Implementations must be cheap; the command line prints
 * lines on standard error. New callbacks arrive as default methods.
 */
@FunctionalInterface
public interface ProgressListener {
    /** {@code rows} of {@code dataset} read so far after {@code nanos} nanoseconds of reading it. */
    void progress(Dataset dataset, long rows, long nanos);

    /**
     * {@code rows} of {@code dataset} read so far after {@code nanos} nanoseconds, {@code bytes} of
     * its {@code totalBytes} bytes: what a source that reads files reports.
     */
    default void progress(Dataset dataset, long rows, long nanos, long bytes, long totalBytes) {
        progress(dataset, rows, nanos);
    }

    /**
     * A phase of the run begins.
     *
     * @param phase the phase
     * @param dataset the dataset it reads, for {@link Phase#READ} and {@link Phase#STREAM}
     * @param size how much it has to do when known: the dataset's bytes (read, stream), the persons
     *     (assess); else 0
     */
    default void phase(Phase phase, java.util.Optional<Dataset> dataset, long size) {
    }

    /** The phases of a run, in order. */
    enum Phase {
        /** Reading one of the small datasets into records. */
        READ,
        /** Linking the records to persons. */
        INDEX,
        /** Running the models person by person. */
        ASSESS,
        /** Streaming one of the big datasets past the person index. */
        STREAM,
        /** Writing the leads and the report. */
        WRITE
    }

    /** Ignores progress. */
    static ProgressListener none() {
        return (d, r, n) -> { };
    }
}
