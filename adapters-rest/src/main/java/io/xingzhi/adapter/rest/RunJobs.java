package io.xingzhi.adapter.rest;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.app.RunOutcome;
import io.xingzhi.core.app.RunService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs started over HTTP: at most one at a time, each on a background thread through core's
 * {@link RunService} (which keeps the run in the store), followed by an id ({@code r1}, {@code r2},
 * ...). Keeps the last {@link #KEPT} jobs in memory (a restart forgets them; the runs themselves
 * are in the store). Thread-safe.
 */
final class RunJobs {
    private static final Logger LOG = LoggerFactory.getLogger(RunJobs.class);
    static final int KEPT = 100;

    /** The state of a job. */
    enum State { RUNNING, FINISHED, FAILED }

    /** A snapshot of one job, as served by {@code GET /runs/{id}}. */
    record Job(String id, String state, String asOf, String requestedBy, String startedAt, String finishedAt,
               Views.RunView run, String error) {
    }

    private final RunService runs;
    private final Clock clock;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicLong next = new AtomicLong();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xingzhi-run");
        t.setDaemon(true);
        return t;
    });

    RunJobs(RunService runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Starts a run in the background.
     *
     * @return the job as started (state running), or empty when another run is in progress
     */
    Optional<Job> start(LocalDate asOf, String requestedBy) {
        if (!busy.compareAndSet(false, true)) {
            return Optional.empty();
        }
        String id = "r" + next.incrementAndGet();
        Job started = new Job(id, "running", asOf.toString(), requestedBy, clock.instant().toString(), null, null, null);
        put(started);
        try {
            executor.execute(() -> execute(started, asOf));
        } catch (RuntimeException e) {
            busy.set(false);
            put(failed(started, "the server is stopping"));
            throw e;
        }
        return Optional.of(started);
    }

    private void execute(Job started, LocalDate asOf) {
        try {
            RunOutcome outcome = runs.run(asOf);
            put(new Job(started.id(), "finished", started.asOf(), started.requestedBy(), started.startedAt(),
                    now(), outcome.stored().map(Views::run).orElse(null), null));
        } catch (XingzhiException e) {
            // core messages name files, lines and fields, never identity numbers
            LOG.warn("run {} failed: {}", started.id(), e.getMessage());
            put(failed(started, e.getMessage()));
        } catch (RuntimeException | Error e) {
            LOG.error("run {} failed: {}", started.id(), e.getClass().getName());
            put(failed(started, "the run failed unexpectedly (" + e.getClass().getSimpleName() + "); see the server log"));
        } finally {
            busy.set(false);
        }
    }

    private Job failed(Job j, String error) {
        return new Job(j.id(), "failed", j.asOf(), j.requestedBy(), j.startedAt(), now(), null, error);
    }

    private String now() {
        return Instant.now(clock).toString();
    }

    private synchronized void put(Job j) {
        jobs.remove(j.id());
        jobs.put(j.id(), j);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
    }

    /** The job with this id, when it is still kept. */
    synchronized Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Stops taking jobs; waits briefly for a running one. */
    void shutdown() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
