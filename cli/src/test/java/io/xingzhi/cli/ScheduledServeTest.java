package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.adapter.jdbc.JdbiLeadStore;
import io.xingzhi.adapter.rest.TokenRegistry;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.ScheduledRuns;
import io.xingzhi.core.port.RunJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve --schedule}: the cron expression, parsed by cron-utils, gives the slots; the loop
 * sleeps on an injected clock (the test's, which jumps to each slot at once) and runs execute on an
 * executor the test drains by hand, so "the run is still going" is a state, not a race.
 */
class ScheduledServeTest {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return BEIJING;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(BEIJING);
    }

    @Test
    void aCrontabExpressionGivesItsNextSlotsInTheZoneAskedAbout() {
        CronSchedule daily = CronSchedule.parse("0 2 * * *");

        assertThat(daily.next(at("2024-10-07T01:00"))).contains(at("2024-10-07T02:00"));
        assertThat(daily.next(at("2024-10-07T02:00"))).contains(at("2024-10-08T02:00"));
        CronSchedule weekdays = CronSchedule.parse("0 30 6 ? * MON-FRI");
        assertThat(weekdays.next(at("2024-10-04T07:00"))).contains(at("2024-10-07T06:30")); // Friday → Monday
    }

    @Test
    void aBadExpressionIsRefusedSayingWhy() {
        assertThatThrownBy(() -> CronSchedule.parse("0 2 * *")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5");
        assertThatThrownBy(() -> CronSchedule.parse("61 2 * * *")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("61 2 * * *");
        CliRun noData = CliRun.of("serve", "--store", "jdbc:h2:mem:x", "--tokens", "t", "--schedule", "0 2 * * *");
        assertThat(noData.code()).as(noData.all()).isEqualTo(XingzhiCli.BAD_INPUT);
    }

    @Test
    void theLoopFiresEachSlotSkipsOneThatComesWhileARunGoesOnAndEveryRunMergesIntoTheStore(@TempDir Path dir)
            throws IOException {
        Path county = CountyFixtureEndToEndTest.county(dir);
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        JdbiLeadStore store = JdbiLeadStore.open(url, "sa", "");
        ApplicationServices app = ApplicationServices.over(store)
                .runs(RunCommand.runs(Wiring.source(county, null, null), Wiring.config(null))).build();
        Queue<Runnable> pending = new ArrayDeque<>();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ScheduledRuns runs = new ScheduledRuns(app.runs().orElseThrow(), app.runGate(), store, CronSchedule.parse("0 2 * * *"),
                pending::add, new ScheduleLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
        TestClock clock = new TestClock(at("2024-10-01T00:00").toInstant());
        int[] slept = {0};
        Scheduler scheduler = new Scheduler(runs, clock, until -> {
            slept[0]++;
            if (slept[0] == 3) {
                // the first run ends between the second and the third slot
                while (!pending.isEmpty()) {
                    pending.poll().run();
                }
            }
            if (slept[0] == 4) {
                throw new InterruptedException("the test has seen enough");
            }
            clock.now = until;
        });

        Lang.useEnglish(false);
        long fired = scheduler.loop();
        // the loop ends as it was told to, by an interrupt it keeps for its thread (here, the test's): clear it
        assertThat(Thread.interrupted()).isTrue();
        while (!pending.isEmpty()) {
            pending.poll().run();
        }

        assertThat(fired).isEqualTo(3);
        List<RunJob> jobs = store.runJobs();
        assertThat(jobs).extracting(RunJob::state).containsExactly(RunJob.State.FINISHED, RunJob.State.FINISHED);
        assertThat(jobs).extracting(j -> j.asOf().toString()).containsExactly("2024-10-01", "2024-10-03");
        assertThat(jobs).extracting(RunJob::requestedBy).containsOnly(ScheduledRuns.REQUESTED_BY);
        assertThat(store.runs()).hasSize(2);
        assertThat(app.runGate().busy()).isFalse();
        String printed = log.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("2024-10-02 02:00 +08:00 已跳过：上一次运行尚未结束")
                .contains("定时运行 2024-10-01 02:00 +08:00 完成（r1，第 1 次运行）；首次运行：新增线索")
                .contains("完成（r2，第 2 次运行）；与第 1 次运行相比：");
    }

    @Test
    void serveWithAScheduleStartsItsSchedulerAndStopsItWithTheServer(@TempDir Path dir) throws IOException {
        Path county = CountyFixtureEndToEndTest.county(dir);
        Path tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex("admin-token") + ":admin:ops\n");
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--store", "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath(), "--port", "0",
                "--tokens", tokens.toString(), "--data", county.toString(), "--schedule", "0 2 1 1 *",
                "--lead-id-key", dir.resolve("key").toString());

        ServeCommand.Serving s = cmd.start();
        try {
            assertThat(s.scheduler()).isPresent();
        } finally {
            s.stop();
        }
        // closing a scheduler runs its close action (serve: stops the executor its runs execute on)
        boolean[] closed = {false};
        Scheduler idle = new Scheduler(null, Clock.systemUTC(), at -> { }).onClose(() -> closed[0] = true);
        idle.close();
        assertThat(closed[0]).isTrue();
    }

    @Test
    void theSlotsAndTheirAsOfDatesAreInTheTimeZoneGivenElseTheMachines(@TempDir Path dir) throws IOException {
        Path county = CountyFixtureEndToEndTest.county(dir);
        Path tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex("admin-token") + ":admin:ops\n");
        for (String zone : new String[] {"Asia/Shanghai", "+08:00", null}) {
            ServeCommand cmd = new ServeCommand();
            List<String> args = new java.util.ArrayList<>(List.of("--store",
                    "jdbc:h2:file:" + dir.resolve("store-" + (zone == null ? "default" : zone.replace(':', '_'))).toAbsolutePath(),
                    "--port", "0", "--tokens", tokens.toString(), "--data", county.toString(), "--schedule", "0 2 1 1 *",
                    "--lead-id-key", dir.resolve("key").toString()));
            if (zone != null) {
                args.addAll(List.of("--time-zone", zone));
            }
            new CommandLine(cmd).parseArgs(args.toArray(String[]::new));

            ServeCommand.Serving s = cmd.start();
            try {
                assertThat(s.scheduler().orElseThrow().zone()).isEqualTo(zone == null ? ZoneId.systemDefault() : ZoneId.of(zone));
            } finally {
                s.stop();
            }
        }
        // 01:30 UTC on 2024-10-02 is 09:30 in Beijing: a slot at 02:00 Beijing time has passed there, not in UTC
        ZonedDateTime after = ZonedDateTime.of(2024, 10, 2, 1, 30, 0, 0, ZoneOffset.UTC);
        CronSchedule nightly = CronSchedule.parse("0 2 * * *");
        assertThat(ScheduledRuns.asOf(nightly.next(after.withZoneSameInstant(ZoneId.of("Asia/Shanghai"))).orElseThrow()))
                .isEqualTo(LocalDate.of(2024, 10, 3));
        assertThat(ScheduledRuns.asOf(nightly.next(after).orElseThrow())).isEqualTo(LocalDate.of(2024, 10, 2));
    }

    @Test
    void aTimeZoneThatIsNoneOrComesWithoutAScheduleIsRefusedSayingWhy(@TempDir Path dir) throws IOException {
        Path tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex("admin-token") + ":admin:ops\n");
        Path county = CountyFixtureEndToEndTest.county(dir);
        ServeCommand bad = new ServeCommand();
        new CommandLine(bad).parseArgs("--store", "jdbc:h2:mem:x", "--tokens", tokens.toString(), "--data", county.toString(),
                "--schedule", "0 2 * * *", "--time-zone", "Beijing");
        assertThatThrownBy(bad::start).isInstanceOf(XingzhiCli.UsageError.class).hasMessageContaining("Beijing");
        ServeCommand alone = new ServeCommand();
        new CommandLine(alone).parseArgs("--store", "jdbc:h2:mem:x", "--tokens", tokens.toString(), "--time-zone", "Asia/Shanghai");
        assertThatThrownBy(alone::start).isInstanceOf(XingzhiCli.UsageError.class).hasMessageContaining("--schedule");
    }
}
