package io.xingzhi.adapter.rest;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.app.RunGate;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.port.RunJob;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs started over HTTP: at most one at a time, and never while a scheduled run goes on (they
 * share the services' {@link RunGate}), each recorded in the store as it starts (core's
 * {@link RunService#start}, so the job is there before the 202 answer and after a crash) and then
 * run on a background thread, which keeps the run and marks the job finished or failed. The jobs
 * themselves are read from the store ({@link io.xingzhi.core.app.LeadQueryService#runJobs}), so they
 * outlive the server. Thread-safe.
 */
final class RunJobs {
    private static final Logger LOG = LoggerFactory.getLogger(RunJobs.class);

    private final RunService runs;
    private final RunGate gate;
    /** Runs that failed while the store could not record it: their jobs still say running ({@link #settle}). */
    private final java.util.Queue<RunService.StartedRun> unrecorded = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xingzhi-run");
        t.setDaemon(true);
        return t;
    });

    RunJobs(RunService runs, RunGate gate) {
        this.runs = runs;
        this.gate = gate;
    }

    /**
     * Records a run as started and runs it in the background.
     *
     * @return the job as recorded (running), or empty when another run is in progress
     */
    Optional<RunJob> start(LocalDate asOf, String requestedBy) {
        settle();
        if (!gate.tryEnter()) {
            return Optional.empty();
        }
        RunService.StartedRun started;
        try {
            started = runs.start(asOf, List.of(), requestedBy);
        } catch (RuntimeException e) {
            gate.leave();
            throw e;
        }
        RunJob job = started.job().orElseThrow(() -> new IllegalStateException("runs over HTTP are kept in the store"));
        try {
            executor.execute(() -> execute(started, job));
        } catch (RuntimeException e) {
            gate.leave();
            throw e; // the job stays recorded as running; the next server start marks it interrupted
        }
        return Optional.of(job);
    }

    /**
     * Records the failures of runs that failed while the store failed too (a full disk: the job then still
     * says running), once the store works again: called before jobs are started or shown.
     */
    void settle() {
        unrecorded.removeIf(RunService.StartedRun::recordFailureAgain);
    }

    private void execute(RunService.StartedRun started, RunJob job) {
        try {
            started.execute();
        } catch (XingzhiException e) {
            // core messages name files, lines and fields; the store keeps them with identity numbers masked
            LOG.warn("run r{} failed: {}", job.number(), io.xingzhi.core.value.PersonalData.maskIdNumbers(e.getMessage()));
        } catch (RuntimeException | Error e) {
            LOG.error("run r{} failed: {}", job.number(), e.getClass().getName());
        } finally {
            if (started.failureUnrecorded()) {
                unrecorded.add(started);
            }
            gate.leave();
        }
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
