package io.xingzhi.core.app;

import io.xingzhi.core.port.RunChanges;
import io.xingzhi.core.port.RunJob;
import io.xingzhi.core.port.RunStore;
import io.xingzhi.core.port.RunSchedule;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Runs on a schedule: what keeps a store up to date (实时更新) when {@code serve --schedule} re-runs
 * the configured sources. Each {@link #fire slot} it is given it runs every model as of the slot's
 * date, through the one {@link RunService} of the door, and the store merges the run by lead id
 * (reviews kept) and says what changed since the run before. It promises:
 * <ul>
 *   <li><b>No overlap.</b> A slot takes the services' {@link RunGate}; a slot that finds the gate
 *       held (a scheduled run still going, or one started over HTTP) is skipped and reported
 *       ({@link Listener#skipped}), never queued, and nothing is recorded for it;</li>
 *   <li><b>Failures recorded, then retried.</b> A run that fails is recorded as failed in the
 *       store, with its reason ({@link RunService.StartedRun#execute}), reported, and the gate given
 *       back, so the next slot runs again;</li>
 *   <li><b>Time is given, never read.</b> The slot says the time, the {@link RunSchedule} the next
 *       slot, and runs execute on the {@link Executor} given: it reads no clock and starts no thread
 *       of its own, so it is tested without waiting.</li>
 * </ul>
 * Thread-safe.
 */
public final class ScheduledRuns {
    /** Who scheduled runs are recorded as requested by. */
    public static final String REQUESTED_BY = "schedule";

    private final RunService runs;
    private final RunGate gate;
    private final RunStore store;
    private final RunSchedule schedule;
    private final Executor executor;
    private final Listener listener;

    /**
     * What happens to each slot, for a door to log. Every method has an empty default; none may
     * throw.
     */
    public interface Listener {
        /** The slot's run started and is recorded as {@code job}. */
        default void started(ZonedDateTime slot, RunJob job) {
        }

        /** The slot's run finished and was kept; {@code changes} what it changed, when the store knows. */
        default void finished(ZonedDateTime slot, RunJob job, long run, Optional<RunChanges> changes) {
        }

        /** The slot's run failed; it is recorded failed with {@code reason} (identity numbers masked). */
        default void failed(ZonedDateTime slot, Optional<RunJob> job, String reason) {
        }

        /** The slot was skipped: another run held the gate. */
        default void skipped(ZonedDateTime slot) {
        }
    }

    /** The fate of one slot, as {@link #fire} decides it when the slot comes. */
    public enum Fate {
        /** The run started (and executes on the executor). */
        STARTED,
        /** Another run held the gate; nothing was recorded. */
        SKIPPED,
        /** The run could not even be recorded as started; reported to the listener. */
        FAILED_TO_START
    }

    /**
     * @param runs how runs are made; it must keep them in {@code store}
     * @param gate the gate shared with every other door that starts runs on the store
     * @param store where the runs are kept (to read what each changed)
     * @param schedule when runs are due
     * @param executor where each run executes (a single background thread in a server)
     * @param listener what to tell about each slot
     */
    public ScheduledRuns(RunService runs, RunGate gate, RunStore store, RunSchedule schedule, Executor executor,
                         Listener listener) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.store = Objects.requireNonNull(store, "store");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (!runs.keepsRuns()) {
            throw new IllegalArgumentException("scheduled runs keep a store up to date: the run service needs a store");
        }
    }

    /** The first slot after {@code now}; empty when the schedule has none. */
    public Optional<ZonedDateTime> nextSlot(ZonedDateTime now) {
        return schedule.next(now);
    }

    /**
     * The slot has come: runs every model as of the slot's date, unless another run holds the gate.
     * The run executes on the executor; the gate is given back when it ends, however it ends.
     */
    public Fate fire(ZonedDateTime slot) {
        Objects.requireNonNull(slot, "slot");
        if (!gate.tryEnter()) {
            listener.skipped(slot);
            return Fate.SKIPPED;
        }
        RunService.StartedRun started;
        try {
            started = runs.start(asOf(slot), List.of(), REQUESTED_BY);
        } catch (RuntimeException e) {
            gate.leave();
            listener.failed(slot, Optional.empty(), reason(e));
            return Fate.FAILED_TO_START;
        }
        RunJob job = started.job().orElseThrow(() -> new IllegalStateException("scheduled runs are kept in the store"));
        listener.started(slot, job);
        try {
            executor.execute(() -> execute(slot, started, job));
        } catch (RuntimeException e) {
            // the executor refused (shut down): record the job failed and give the gate back
            try {
                store.failRun(job.number(), "the scheduler stopped before the run could execute", slot.toInstant());
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            gate.leave();
            listener.failed(slot, Optional.of(job), reason(e));
            return Fate.FAILED_TO_START;
        }
        return Fate.STARTED;
    }

    private void execute(ZonedDateTime slot, RunService.StartedRun started, RunJob job) {
        try {
            RunOutcome o = started.execute();
            long run = o.stored().orElseThrow().number();
            listener.finished(slot, job, run, store.runChanges(run));
        } catch (RuntimeException | Error e) {
            listener.failed(slot, Optional.of(job), reason(e));
        } finally {
            gate.leave();
        }
    }

    /** The date a slot's run looks from: the slot's own date, in the slot's zone. */
    public static LocalDate asOf(ZonedDateTime slot) {
        return slot.toLocalDate();
    }

    private static String reason(Throwable e) {
        return RunService.failureReason(e);
    }
}
