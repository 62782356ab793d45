package io.xingzhi.core.port;

import io.xingzhi.core.record.Rejection;

/**
 * A driven port: where every rejected row of a run goes as it happens - file, line and reason,
 * however many there are (the run report keeps only the first of each dataset and the counts).
 * Called on the engine's thread, in source order per dataset; {@link #started()} before the first
 * rejection, then {@link #finished()} when the run completed or {@link #abandoned()} when it failed.
 * Implementations stream (a {@code rejections.csv} written as the run goes) and must be cheap.
 */
public interface RejectionSink {
    /** One rejected row. */
    void rejected(Rejection rejection);

    /** The run starts. */
    default void started() {
    }

    /** The run completed: every rejection was passed. */
    default void finished() {
    }

    /** The run failed: what was passed is incomplete. */
    default void abandoned() {
    }

    /** Keeps nothing. */
    static RejectionSink none() {
        return r -> { };
    }
}
