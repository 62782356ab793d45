package io.xingzhi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.app.RunGate;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.app.ScheduledRuns;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.port.RunChanges;
import io.xingzhi.core.port.RunJob;
import io.xingzhi.core.record.Dataset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Scheduled runs without a clock: slots are given, runs execute on an executor the test drains by
 * hand, so "a run is still going" is a state of the test, not a matter of timing.
 */
class ScheduledRunsTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ZonedDateTime MON = ZonedDateTime.of(2024, 10, 7, 2, 0, 0, 0, ZONE);

    final InMemoryLeadStore store = new InMemoryLeadStore();
    final RunGate gate = new RunGate();
    /** Runs handed to the executor and not executed yet. */
    final Queue<Runnable> pending = new ArrayDeque<>();
    final Executor byHand = pending::add;
    final List<String> told = new ArrayList<>();
    final ScheduledRuns.Listener listener = new ScheduledRuns.Listener() {
        @Override
        public void started(ZonedDateTime slot, RunJob job) {
            told.add("started r" + job.number() + " as of " + job.asOf());
        }

        @Override
        public void finished(ZonedDateTime slot, RunJob job, long run, Optional<RunChanges> changes) {
            told.add("finished r" + job.number() + " as run " + run + changes.map(c -> " since " + c.since()).orElse(""));
        }

        @Override
        public void failed(ZonedDateTime slot, Optional<RunJob> job, String reason) {
            told.add("failed " + job.map(j -> "r" + j.number()).orElse("-") + ": " + reason);
        }

        @Override
        public void skipped(ZonedDateTime slot) {
            told.add("skipped " + slot.toLocalDate());
        }
    };

    ScheduledRuns scheduled(RecordSource source) {
        RunService runs = RunService.builder(source).store(store).build();
        return new ScheduledRuns(runs, gate, store, after -> Optional.of(after.plusDays(1)), byHand, listener);
    }

    void drain() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    @Test
    void aSlotThatComesWhileARunIsGoingIsSkippedAndRecordsNothing() {
        ScheduledRuns s = scheduled(RunServiceTest.JUDGMENT);

        assertThat(s.fire(MON)).isEqualTo(ScheduledRuns.Fate.STARTED);
        assertThat(s.fire(MON.plusDays(1))).isEqualTo(ScheduledRuns.Fate.SKIPPED);
        assertThat(store.runJobs()).extracting(RunJob::state).containsExactly(RunJob.State.RUNNING);
        drain();
        assertThat(s.fire(MON.plusDays(2))).isEqualTo(ScheduledRuns.Fate.STARTED);
        drain();

        assertThat(store.runJobs()).extracting(RunJob::state).containsExactly(RunJob.State.FINISHED, RunJob.State.FINISHED);
        assertThat(store.runs()).hasSize(2);
        assertThat(told).containsExactly("started r1 as of 2024-10-07", "skipped 2024-10-08", "finished r1 as run 1 since 0",
                "started r2 as of 2024-10-09", "finished r2 as run 2 since 1");
        assertThat(gate.busy()).isFalse();
    }

    @Test
    void aSlotIsSkippedWhileARunStartedThroughAnotherDoorHoldsTheGate() {
        ScheduledRuns s = scheduled(RunServiceTest.JUDGMENT);
        assertThat(gate.tryEnter()).isTrue(); // POST /runs took it

        assertThat(s.fire(MON)).isEqualTo(ScheduledRuns.Fate.SKIPPED);
        assertThat(store.runJobs()).isEmpty();
        gate.leave();
        assertThat(s.fire(MON.plusDays(1))).isEqualTo(ScheduledRuns.Fate.STARTED);
    }

    @Test
    void aFailedRunIsRecordedFailedAndTheNextSlotRunsAgain() {
        AtomicBoolean broken = new AtomicBoolean(true);
        RecordSource flaky = new RecordSource() {
            @Override
            public Set<Dataset> available() {
                if (broken.get()) {
                    throw new XingzhiException("feed http://127.0.0.1/judgments answered 503");
                }
                return RunServiceTest.JUDGMENT.available();
            }

            @Override
            public List<String> describe(Dataset dataset) {
                return RunServiceTest.JUDGMENT.describe(dataset);
            }

            @Override
            public void read(Dataset dataset, RowVisitor visitor) {
                RunServiceTest.JUDGMENT.read(dataset, visitor);
            }
        };
        ScheduledRuns s = scheduled(flaky);

        s.fire(MON);
        drain();
        broken.set(false);
        s.fire(MON.plusDays(1));
        drain();

        assertThat(store.runJobs()).extracting(RunJob::state).containsExactly(RunJob.State.FAILED, RunJob.State.FINISHED);
        assertThat(store.runJob(1).orElseThrow().error()).hasValueSatisfying(e -> assertThat(e).contains("answered 503"));
        assertThat(told).containsExactly("started r1 as of 2024-10-07", "failed r1: feed http://127.0.0.1/judgments answered 503",
                "started r2 as of 2024-10-08", "finished r2 as run 1 since 0");
        assertThat(gate.busy()).isFalse();
    }

    @Test
    void eachSlotRunsAsOfItsOwnDateInItsZone() {
        ScheduledRuns s = scheduled(RunServiceTest.JUDGMENT);
        ZonedDateTime lateSunday = ZonedDateTime.of(2024, 10, 6, 23, 30, 0, 0, ZONE);

        s.fire(lateSunday);
        drain();

        assertThat(store.runJob(1).orElseThrow().asOf()).isEqualTo(LocalDate.of(2024, 10, 6));
        assertThat(store.runs().get(0).asOf()).isEqualTo(LocalDate.of(2024, 10, 6));
        assertThat(s.nextSlot(lateSunday)).contains(lateSunday.plusDays(1));
    }

    @Test
    void anExecutorThatRefusesLeavesTheJobFailedAndTheGateFree() {
        RunService runs = RunService.builder(RunServiceTest.JUDGMENT).store(store).build();
        ScheduledRuns s = new ScheduledRuns(runs, gate, store, after -> Optional.empty(), r -> {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }, listener);

        assertThat(s.fire(MON)).isEqualTo(ScheduledRuns.Fate.FAILED_TO_START);

        assertThat(store.runJobs()).extracting(RunJob::state).containsExactly(RunJob.State.FAILED);
        assertThat(gate.busy()).isFalse();
    }
}
