package io.xingzhi.core.port;

import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.run.RunResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A driven port: where finished runs are kept, and with them the leads they produced. It promises:
 * <ul>
 *   <li><b>Numbered runs.</b> Runs are numbered 1, 2, 3, ... in the order kept, without gaps.</li>
 *   <li><b>Merge by lead id.</b> {@link #saveRun} keeps the run and merges its leads by
 *       {@code lead_id}: a lead already kept keeps its review state, version and history, takes the
 *       fields of this run, and gets this run as its last-seen run; a new one is added as
 *       {@link io.xingzhi.core.review.ReviewState#NEW NEW}; one kept but not produced by this run is
 *       marked "no longer found in run N" (the first such run) and never deleted; a marked lead
 *       that a later run produces again loses the mark.</li>
 *   <li><b>All or nothing.</b> A failed {@link #saveRun} leaves the store as it was.</li>
 *   <li><b>Faithful values.</b> Parameters and counts round-trip exactly; times to the microsecond.</li>
 *   <li><b>One lead-id key.</b> {@link #leadIdKey} gives the installation's key, the same on every
 *       call and to every process that opens the store; the first call keeps the key it is
 *       offered. A store that kept leads before it had a key (under their unkeyed ids) renames
 *       each to its keyed id when the key is first kept, and keeps the old id as an alias by which
 *       {@link LeadRepository#lead} still finds the lead.</li>
 *   <li><b>Runs recorded from their start.</b> {@link #startRun} records a run before it reads
 *       anything; {@link #finishRun} keeps the run and marks its job finished in one atomic step,
 *       {@link #failRun} marks it failed, {@link #interruptRun} marks it interrupted when its process is
 *       stopped before it ends, and {@link #interruptRuns} marks every job still running as interrupted
 *       (a process that died mid-run). Jobs are numbered 1, 2, 3, ... without gaps
 *       and never deleted.</li>
 *   <li><b>What changed.</b> Each run kept from schema version 6 on keeps, for every lead it
 *       produced, the digest of its facts ({@link io.xingzhi.core.lead.LeadFacts#digest}), so that
 *       {@link #runChanges} can say which leads are new, gone, changed or unchanged between two runs;
 *       the reviews of all of them are kept as the merge promises.</li>
 *   <li><b>Durable.</b> Once a method returns, what it wrote survives the end of the process that
 *       called it, a crash included (a store that keeps nothing, like an in-memory one, says so).</li>
 * </ul>
 * Failures to reach or write the store throw {@link io.xingzhi.core.XingzhiException}.
 */
public interface RunStore {

    /**
     * Keeps a finished run and merges its leads (see above).
     *
     * @return the run's number: 1 for the first run kept, then 2, 3, ...
     */
    long saveRun(RunResult result);

    /** Every run kept, by number. */
    List<StoredRun> runs();

    /** The run with this number, when it is kept. */
    default Optional<StoredRun> run(long number) {
        return runs().stream().filter(r -> r.number() == number).findFirst();
    }

    /**
     * The installation's lead-id key: the one this store keeps, or, when it keeps none yet, the key
     * {@code ifNone} gives, kept from now on. Of several first calls at once (in any process), all
     * get the same key. Keeping the first key renames the leads the store kept under unkeyed ids
     * (before ids were keyed) to {@link LeadIdKey#keyedId} of their old id, which stays an alias.
     *
     * @param ifNone called at most once, only when the store has no key yet
     */
    default LeadIdKey leadIdKey(Supplier<LeadIdKey> ifNone) {
        throw new UnsupportedOperationException(getClass().getName() + " keeps no lead-id key; a RunStore must keep "
                + "one, or lead ids would change from run to run");
    }

    /**
     * Records that a run starts.
     *
     * @return the job as recorded, {@link RunJob.State#RUNNING}, with its number
     */
    default RunJob startRun(LocalDate asOf, String requestedBy, Instant at) {
        throw new UnsupportedOperationException(getClass().getName() + " records no run jobs");
    }

    /**
     * Keeps a finished run as {@link #saveRun} does and marks job {@code job} finished with the run's
     * number, in one atomic step (a crash leaves either both or neither).
     *
     * @return the run's number
     * @throws IllegalArgumentException when no such job was recorded
     */
    default long finishRun(long job, RunResult result, Instant at) {
        throw new UnsupportedOperationException(getClass().getName() + " records no run jobs");
    }

    /**
     * Marks job {@code job} failed with {@code error}.
     *
     * @throws IllegalArgumentException when no such job was recorded
     */
    default void failRun(long job, String error, Instant at) {
        throw new UnsupportedOperationException(getClass().getName() + " records no run jobs");
    }

    /**
     * Marks every job still running as interrupted at {@code at}: what a server does when it starts,
     * since a job its predecessor left running can no longer end.
     *
     * @return how many jobs were marked
     */
    default int interruptRuns(Instant at) {
        throw new UnsupportedOperationException(getClass().getName() + " records no run jobs");
    }

    /**
     * Marks job {@code job} interrupted at {@code at} with {@code reason}, when it is still running: what
     * the process running it does when it is stopped before the run ends (Ctrl-C, a termination signal)
     * and can still write. A job that ended already (finished, failed or interrupted) is left as it is, so
     * a run kept at the last moment stays kept.
     *
     * @return true when the job was marked; false when it had ended already
     * @throws IllegalArgumentException when no such job was recorded
     */
    default boolean interruptRun(long job, String reason, Instant at) {
        throw new UnsupportedOperationException(getClass().getName() + " records no run jobs");
    }

    /** Every job recorded, by number. */
    default List<RunJob> runJobs() {
        return List.of();
    }

    /** The job with this number, when it was recorded. */
    default Optional<RunJob> runJob(long number) {
        return runJobs().stream().filter(j -> j.number() == number).findFirst();
    }

    /**
     * What changed from run {@code since} to run {@code run}, lead by lead (see {@link RunChanges});
     * {@code since} 0 compares with nothing (every lead of {@code run} is new). Empty when either run
     * is not kept, or was kept without the digests of its leads' facts (before schema version 6, or
     * by a store that keeps none, as this default).
     *
     * @throws IllegalArgumentException when {@code since} is negative or not before {@code run}
     */
    default Optional<RunChanges> runChanges(long since, long run) {
        if (since < 0 || run <= since) {
            throw new IllegalArgumentException("changes from run " + since + " to run " + run);
        }
        return Optional.empty();
    }

    /** What changed from the run before {@code run} (none for run 1) to {@code run}; see {@link #runChanges(long, long)}. */
    default Optional<RunChanges> runChanges(long run) {
        if (run < 1) {
            return Optional.empty();
        }
        return runChanges(run - 1, run);
    }
}
