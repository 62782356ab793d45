package io.xingzhi.core.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A run as a {@link RunStore} records it from the moment it starts, so that a run cut short by a
 * crash still leaves a trace: started ({@link State#RUNNING}), then finished (with the number of the
 * run kept), failed (with the reason) or, when the process died before either, interrupted.
 *
 * @param number 1 for the first run started in the store, then 2, 3, ... (doors show it as {@code r1}, ...)
 * @param state where the run stands
 * @param asOf the date the run looks from
 * @param requestedBy who started it (an account name, a system user)
 * @param startedAt when it started
 * @param finishedAt when it finished, failed or was found interrupted; empty while running
 * @param runNumber the number of the run kept ({@link StoredRun#number()}) once finished
 * @param error why it failed or that it was interrupted; empty otherwise
 */
public record RunJob(long number, State state, LocalDate asOf, String requestedBy, Instant startedAt,
                     Optional<Instant> finishedAt, Optional<Long> runNumber, Optional<String> error) {
    public RunJob {
        if (number < 1) {
            throw new IllegalArgumentException("run job number " + number + " is not positive");
        }
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(runNumber, "runNumber");
        Objects.requireNonNull(error, "error");
    }

    /** Where a run stands. */
    public enum State {
        /** Started, not ended yet (or its process died and nobody has noticed yet). */
        RUNNING,
        /** Ended and kept as run {@link RunJob#runNumber()}. */
        FINISHED,
        /** Ended with an error ({@link RunJob#error()}); nothing was kept. */
        FAILED,
        /** Its process ended before the run did (a crash, a kill); nothing was kept. */
        INTERRUPTED
    }

    /** The reason an interrupted run gives. */
    public static final String INTERRUPTED_REASON = "the process running it stopped before the run ended; nothing was kept";
}
