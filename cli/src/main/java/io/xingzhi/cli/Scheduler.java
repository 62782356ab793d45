package io.xingzhi.cli;

import io.xingzhi.core.app.ScheduledRuns;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The loop behind {@code serve --schedule}: asks core's {@link ScheduledRuns} for the next slot
 * after the clock's now, sleeps until it, fires it, and again, until closed. The clock and the
 * sleeping are given, so a test steps through slots without waiting; a slot fires even when the
 * loop wakes late, and a run still going when the next slot comes makes that slot skipped
 * ({@link ScheduledRuns}), never delayed.
 */
final class Scheduler implements AutoCloseable {
    /** Waits until an instant of the scheduler's clock. */
    @FunctionalInterface
    interface Sleeper {
        void sleepUntil(Instant at) throws InterruptedException;
    }

    private final ScheduledRuns runs;
    private final Clock clock;
    private final Sleeper sleeper;
    private volatile Thread thread;
    private volatile Runnable onClose = () -> { };

    Scheduler(ScheduledRuns runs, Clock clock, Sleeper sleeper) {
        this.runs = runs;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The real sleeper: sleeps on the clock until the instant has come (waking early is slept off). */
    static Sleeper sleeping(Clock clock) {
        return at -> {
            long ms;
            while ((ms = at.toEpochMilli() - clock.millis()) > 0) {
                Thread.sleep(Math.min(ms, 60_000));
            }
        };
    }

    /**
     * Fires slot after slot until interrupted or the schedule has no more slots.
     *
     * @return how many slots were fired
     */
    long loop() {
        long fired = 0;
        ZonedDateTime after = ZonedDateTime.now(clock);
        while (!Thread.currentThread().isInterrupted()) {
            Optional<ZonedDateTime> next = runs.nextSlot(after);
            if (next.isEmpty()) {
                return fired;
            }
            try {
                sleeper.sleepUntil(next.get().toInstant());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fired;
            }
            runs.fire(next.get());
            fired++;
            // a slot missed while the process was stopped or asleep is not made up for
            ZonedDateTime now = ZonedDateTime.now(clock);
            after = now.isAfter(next.get()) ? now : next.get();
        }
        return fired;
    }

    /** The time zone of the slots and of their runs' as-of dates: the clock's. */
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** Also runs {@code action} when closed (e.g. stops the executor the runs execute on). */
    Scheduler onClose(Runnable action) {
        this.onClose = action;
        return this;
    }

    /** Runs {@link #loop} on a daemon thread of its own. */
    synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("scheduler already started");
        }
        Thread t = new Thread(this::loop, "xingzhi-schedule");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Stops the loop, then runs the {@link #onClose} action (a run going on finishes on its own thread). */
    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
        onClose.run();
    }
}
