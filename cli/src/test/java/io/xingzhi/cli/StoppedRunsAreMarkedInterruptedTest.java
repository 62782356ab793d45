package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.port.RunJob;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code run --store} on an H2 file that is stopped before it ends leaves no job "running" behind. By
 * hand, a run stopped by SIGTERM or Ctrl-C (SIGINT) left its job RUNNING until a {@code serve} started on
 * the store, and one killed with {@code kill -9} too, whatever ran on the store next. Now the stopped run
 * marks its job interrupted at once (its shutdown hook writes before the store closes), with when and
 * why, and the next {@code run --store} marks a job left running by a killed process, as {@code serve}
 * does. Real signals to a child JVM, a real H2 file store.
 */
class StoppedRunsAreMarkedInterruptedTest {
    @TempDir
    Path dir;
    Path data;
    Path key;

    @BeforeEach
    void dataThatTakesAWhileToRun() {
        data = dir.resolve("data");
        key = dir.resolve("key");
        assertThat(CliRun.of("generate", "--out", data.toString(), "--persons", "30000", "--seed", "7").code()).isZero();
    }

    @AfterEach
    void closeStores() {
        Stores.closeAll();
    }

    /** A child JVM running the models into {@code store}, stopped by {@code signal} once its job is recorded. */
    private Stopped runStoppedBy(String signal, String store) throws Exception {
        Path log = dir.resolve("printed-" + signal + ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Duser.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"), XingzhiCli.class.getName(),
                "run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out").toString(),
                "--store", store, "--lead-id-key", key.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // the first progress line comes once the job is recorded and the run reads its data
            long guard = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (p.isAlive() && !Files.readString(log, StandardCharsets.UTF_8).contains("读取") && System.nanoTime() < guard) {
                Thread.sleep(20);
            }
            assertThat(p.isAlive()).as(Files.readString(log, StandardCharsets.UTF_8)).isTrue();
            assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor()).isZero();
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("ended").isTrue(); // a hang guard, not a timing assertion
        } finally {
            p.destroyForcibly();
        }
        return new Stopped(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    record Stopped(int code, String printed) {
    }

    @Test
    void aRunStoppedByCtrlCOrSigtermMarksItsJobInterruptedAtOnceWithWhenAndWhy() throws Exception {
        for (String signal : List.of("TERM", "INT")) {
            String store = "jdbc:h2:file:" + dir.resolve("store-" + signal).toAbsolutePath();

            Stopped stopped = runStoppedBy(signal, store);

            assertThat(stopped.code()).as(stopped.printed()).isEqualTo(signal.equals("TERM") ? 143 : 130);
            assertThat(stopped.printed()).contains("运行被中断，没有完成").contains("存储中第 1 号运行任务已记为中断");
            List<RunJob> jobs = Stores.open(store).runJobs();
            assertThat(jobs).hasSize(1);
            assertThat(jobs.get(0).state()).as(signal).isEqualTo(RunJob.State.INTERRUPTED);
            assertThat(jobs.get(0).error()).contains(RunCommand.STOPPED_REASON);
            assertThat(jobs.get(0).finishedAt()).hasValueSatisfying(at -> assertThat(at).isAfter(jobs.get(0).startedAt()));
            assertThat(Stores.open(store).runs()).as("nothing kept").isEmpty();
            Stores.closeAll();
        }
    }

    @Test
    void aJobLeftRunningByAKilledRunIsMarkedInterruptedByTheNextRun() throws Exception {
        String store = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        Stopped killed = runStoppedBy("KILL", store);
        assertThat(killed.code()).isEqualTo(137);
        assertThat(Stores.open(store).runJobs()).extracting(RunJob::state).containsExactly(RunJob.State.RUNNING);
        Stores.closeAll();

        Path county = io.xingzhi.testkit.Fixtures.copy(io.xingzhi.testkit.Fixtures.COUNTY, dir.resolve("county"));
        CliRun next = CliRun.of("run", "--data", county.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out2").toString(),
                "--store", store, "--lead-id-key", key.toString());

        assertThat(next.code()).as(next.all()).isZero();
        assertThat(next.all()).contains("存储中有 1 个运行任务停在“运行中”").contains("现已记为中断");
        List<RunJob> jobs = Stores.open(store).runJobs();
        assertThat(jobs).extracting(RunJob::state).containsExactly(RunJob.State.INTERRUPTED, RunJob.State.FINISHED);
        assertThat(jobs.get(0).error()).contains(RunJob.INTERRUPTED_REASON);
        assertThat(jobs.get(0).finishedAt()).isPresent();
    }
}
