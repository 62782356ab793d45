package io.xingzhi.cli;

import io.xingzhi.adapter.csv.CsvRunOutput;
import io.xingzhi.adapter.jdbc.H2Store;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.app.RunOutcome;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.value.Dates;
import io.xingzhi.core.value.Parsed;
import io.xingzhi.format.ConfigFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xingzhi run}: agency data in - a folder of CSV exports, or database tables and HTTP feeds
 * named by a sources file - and leads.jsonl, leads.csv, report.md and rejections.csv out, and the run
 * kept in {@code --store} when given - through core's {@link RunService}, as {@code serve} runs. The
 * same bytes give the same leads and the same rejections through either door (CONTRACT.md §5).
 *
 * <p>What it prints: progress of every phase on standard error (unless {@code --quiet}); the
 * one-screen summary on standard output (unless {@code --quiet}), or the summary as JSON with
 * {@code --json} (also when quiet); errors always. The as-of date defaults to today, and the summary
 * and progress say so. It ends with exit code 0, or 3 when some input could not be used at all (a
 * file not read, a header lacking a required field: the summary and report.md say which).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the models on agency data: a folder of CSV exports (CONTRACT.md §1), or the database tables "
                + "and HTTP feeds of a sources file.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--data", description = "folder with <dataset>.csv files")
    Path data;

    @Option(names = "--sources", description = "JSON file naming database tables, views, queries or HTTP(S) feeds per dataset "
            + "(docs/sources.md); instead of --data")
    Path sources;

    @Option(names = "--as-of", description = "the date the run looks from, normally the day the data was exported "
            + "(YYYY-MM-DD; default today, and the summary says so)")
    String asOf;

    @Option(names = "--out", required = true, description = "folder for leads.jsonl, leads.csv, report.md and rejections.csv")
    Path out;

    @Option(names = "--models", split = ",", description = "models to run (default all): ${COMPLETION-CANDIDATES}")
    List<String> models;

    @Option(names = "--store", description = "JDBC URL of a store to keep the run in (H2 file or PostgreSQL; created when new)")
    String store;

    @Option(names = "--config", description = "JSON file of parameters, keyword groups and header aliases")
    Path config;

    @Option(names = "--encoding", description = "with --data: force one encoding for every file (default: detect UTF-8/GB18030/UTF-16)")
    String encoding;

    @Option(names = "--quiet", description = "print nothing but errors (and the JSON summary with --json)")
    boolean quiet;

    @Option(names = "--json", description = "the summary as JSON on standard output")
    boolean json;

    @Option(names = "--engine", paramLabel = "single|spark", description = "single (default): this machine; spark: Apache Spark "
            + "(docs/distributed.md), with --data only, the same leads and counts")
    String engine = "single";

    @Option(names = "--spark-master", paramLabel = "MASTER", description = "with --engine spark: the Spark master, e.g. local[2] "
            + "or yarn (default: spark-submit's, else local[*])")
    String sparkMaster;

    @Mixin
    LeadIdKeyOption leadIdKey = new LeadIdKeyOption();

    /** slf4j-simple's level for every logger without one of its own (read when the first logger is made). */
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @Override
    public Integer call() {
        SparkEngines.check(engine, sparkMaster, sources);
        LocalDate day = parseAsOf(asOf);
        ConfigFile cfg = Wiring.config(config);
        ProgressPrinter printer = quiet ? null : new ProgressPrinter(System.err);
        ProgressListener progress = printer == null ? ProgressListener.none() : printer;
        if (!quiet) {
            System.err.println(asOfText(day, asOf == null));
        }
        CsvRunOutput output = new CsvRunOutput(out);
        RunService.Builder run = runs(Wiring.source(data, sources, encoding, cfg, progress), cfg)
                .progress(progress, 100_000).output(output).rejections(output.rejections()).leadIdKey(leadIdKey.key());
        if (quiet && "spark".equals(engine) && System.getProperty(LOG_LEVEL) == null) {
            // --quiet prints nothing but errors: Spark's and Hadoop's start-up warnings too (set before their first logger)
            System.setProperty(LOG_LEVEL, "error");
        }
        SparkEngines.choose(engine, sparkMaster, data, sources, encoding).ifPresent(run::engine);
        io.xingzhi.core.port.LeadStore kept = store == null ? null : Stores.open(store);
        if (kept != null) {
            run.store(kept);
            markLeftRunning(kept, store);
        }
        java.util.concurrent.atomic.AtomicReference<RunService.StartedRun> started = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable forgetStoppedHook = stoppedHook(output, started);
        RunOutcome outcome;
        try {
            outcome = execute(run.build(), day, models, System.getProperty("user.name", ""), started::set);
        } finally {
            forgetStoppedHook.run();
        }
        if (printer != null) {
            printer.done();
        }
        RunResult result = outcome.result();
        if (json) {
            System.out.println(Json.write(Summary.json(result.report(), out, asOf == null)));
        } else if (!quiet) {
            Summary.print(result.report(), System.out, asOf == null);
            outcome.stored().ifPresent(r -> System.out.println(Lang.text("已保存到存储（第 " + r.number() + " 次运行）：",
                    "kept as run " + r.number() + " in ") + store.replaceAll("(?i)password=[^;&]*", "password=***")));
            outcome.stored().flatMap(r -> kept.runChanges(r.number())).ifPresent(c -> System.out.println(changes(c)));
            System.out.println(Lang.text("\n已写入：", "\nwritten: ") + String.join(Lang.text("、", ", "),
                    out.resolve(CsvRunOutput.LEADS_CSV).toString(), out.resolve(CsvRunOutput.LEADS_JSONL).toString(),
                    out.resolve(CsvRunOutput.REPORT_MD).toString(), out.resolve(CsvRunOutput.REJECTIONS_CSV).toString()));
        }
        if (result.report().someInputUnusable()) {
            System.err.println(Lang.text("xingzhi：有输入无法使用（见 " + out.resolve(CsvRunOutput.REPORT_MD) + " 的“输入文件”）",
                    "xingzhi: some input could not be used (see \"input files\" in " + out.resolve(CsvRunOutput.REPORT_MD) + ")"));
            return XingzhiCli.INPUT_PARTLY_UNUSABLE;
        }
        return XingzhiCli.OK;
    }

    /** Why a run stopped by Ctrl-C or a termination signal did not end, as its job keeps it. */
    static final String STOPPED_REASON = "the run was stopped (Ctrl-C or a termination signal) before it ended; nothing was kept";

    /**
     * Marks the jobs the store records as running as interrupted, as {@code serve} does when it starts, when
     * no other process can be running them: the store is an embedded H2 file, which only this process
     * holds ({@link H2Store#openedByOneProcessOnly}). A job left running by a process that was killed
     * ({@code kill -9}, a crash) is then said to be interrupted by the next run, not only by the next server.
     */
    private static void markLeftRunning(io.xingzhi.core.port.LeadStore kept, String url) {
        if (!H2Store.openedByOneProcessOnly(url)) {
            return;
        }
        int marked = kept.interruptRuns(java.time.Instant.now());
        if (marked > 0) {
            System.err.println(Lang.text("注意：存储中有 " + marked + " 个运行任务停在“运行中”（运行它们的进程已经结束，例如被强制终止），"
                            + "现已记为中断；它们没有保存任何结果",
                    "note: the store recorded " + marked + " run(s) as still running although the process running them ended "
                            + "(killed, crashed); they are now marked interrupted, and kept nothing"));
        }
    }

    /**
     * A hook for a run stopped before it ends (Ctrl-C, SIGTERM: the JVM runs its shutdown hooks and exits
     * with 130 or 143): it marks the run's job interrupted in the store, with when and why (unless the run
     * was kept at the last moment), says so, and removes the files the run began writing beside the
     * outputs, so the folder holds the earlier run's outputs as they were and no part file of personal data.
     */
    private static Runnable stoppedHook(CsvRunOutput output, java.util.concurrent.atomic.AtomicReference<RunService.StartedRun> started) {
        // before the store closes (Stores.atExit), so the job can still be marked
        return Stores.atExit(() -> {
            output.discardUnfinished();
            RunService.StartedRun run = started.get();
            java.util.Optional<io.xingzhi.core.port.RunJob> job = java.util.Optional.empty();
            String notMarked = "";
            if (run != null) {
                try {
                    job = run.interrupt(STOPPED_REASON);
                } catch (RuntimeException e) {
                    long n = run.job().map(io.xingzhi.core.port.RunJob::number).orElse(0L);
                    notMarked = Lang.text("；未能在存储中把第 " + n + " 号运行任务记为中断（下一次 xingzhi run --store 或 serve 会记）",
                            "; the store could not mark run job " + n + " interrupted (the next xingzhi run --store or serve will)");
                }
            }
            if (job.isPresent() && job.get().state() == io.xingzhi.core.port.RunJob.State.FINISHED) {
                System.err.println(Lang.text("\nxingzhi：运行在停止前已经完成，并已保存到存储（第 " + job.get().runNumber().orElse(0L) + " 次运行）",
                        "\nxingzhi: the run had ended before it was stopped, and the store kept it as run " + job.get().runNumber().orElse(0L)));
                System.err.flush();
                return;
            }
            String marked = job.filter(j -> j.state() == io.xingzhi.core.port.RunJob.State.INTERRUPTED)
                    .map(j -> Lang.text("；存储中第 " + j.number() + " 号运行任务已记为中断", "; the store marks run job " + j.number()
                            + " interrupted"))
                    .orElse(notMarked);
            if (output.written()) {
                System.err.println(Lang.text("\nxingzhi：运行在写完结果文件之后、保存到存储之前被中断：" + output.folder()
                                + " 中是本次运行的结果，存储中没有这次运行（可以重新运行）" + marked,
                        "\nxingzhi: the run was stopped after its output files were written and before the store kept it: "
                                + output.folder() + " holds this run's outputs, the store does not hold this run (run it again)" + marked));
                System.err.flush();
                return;
            }
            System.err.println(Lang.text("\nxingzhi：运行被中断，没有完成；" + output.folder() + " 中的结果文件仍是上一次运行的（如有），"
                            + "本次未写完的文件已删除" + marked,
                    "\nxingzhi: the run was stopped before it ended; the output files in " + output.folder()
                            + " are still the earlier run's (if any), and what this run had begun writing was removed" + marked));
            System.err.flush();
        });
    }

    /** Checks the options, runs the models and writes the outputs, keeping nothing; {@link #call()} without the store. */
    RunResult runAndWrite() {
        LocalDate day = parseAsOf(asOf);
        ConfigFile cfg = Wiring.config(config);
        CsvRunOutput output = new CsvRunOutput(out);
        RunService service = runs(Wiring.source(data, sources, encoding, cfg, ProgressListener.none()), cfg).output(output)
                .rejections(output.rejections()).leadIdKey(leadIdKey.key()).build();
        return execute(service, day, models, "").result();
    }

    /** The line that says which as-of date a run uses, and whether it was given. */
    static String asOfText(LocalDate day, boolean defaulted) {
        return defaulted
                ? Lang.text("检察基准日：" + day + "（未给出 --as-of，按今天计算；数据不是今天导出的请用 --as-of 给出导出日）",
                        "as of " + day + " (no --as-of given: today; give the export date with --as-of if the data is older)")
                : Lang.text("检察基准日：" + day, "as of " + day);
    }

    static LocalDate parseAsOf(String asOf) {
        if (asOf == null) {
            return LocalDate.now();
        }
        Parsed<LocalDate> d = Dates.parse(asOf);
        if (!d.isOk()) {
            throw new XingzhiCli.UsageError(Lang.text("--as-of：“" + asOf + "”不是日期，请写成 YYYY-MM-DD",
                    "--as-of: \"" + asOf + "\" is not a date (" + d.reason().orElse("") + "); use YYYY-MM-DD"));
        }
        return d.value();
    }

    /** Runs a folder of CSV exports into {@code out}, nothing kept, nothing printed but errors (the demo). */
    static RunResult execute(Path data, LocalDate asOf, Path out, List<String> models, Path config, String encoding, boolean quiet,
                             LeadIdKeyOption key) {
        ConfigFile cfg = Wiring.config(config);
        ProgressListener progress = quiet ? ProgressListener.none() : new ProgressPrinter(System.err);
        CsvRunOutput output = new CsvRunOutput(out);
        RunService service = runs(Wiring.folder(data, encoding, cfg, progress), cfg).progress(progress, 100_000)
                .output(output).rejections(output.rejections()).leadIdKey(key.key()).build();
        return execute(service, asOf, models, "").result();
    }

    private static RunOutcome execute(RunService service, LocalDate asOf, List<String> models, String requestedBy) {
        return execute(service, asOf, models, requestedBy, s -> { });
    }

    /** Runs, handing the started run (its job recorded) to {@code onStart} before it executes. */
    private static RunOutcome execute(RunService service, LocalDate asOf, List<String> models, String requestedBy,
                                      java.util.function.Consumer<RunService.StartedRun> onStart) {
        List<String> selected = models == null ? List.of() : models;
        for (String m : selected) {
            if (!service.modelNames().contains(m)) {
                throw new XingzhiCli.UsageError(Lang.text("--models：没有模型“" + m + "”；可用的模型：",
                        "--models: unknown model \"" + m + "\"; known: ") + String.join(", ", service.modelNames()));
            }
        }
        try {
            RunService.StartedRun started = service.start(asOf, selected, requestedBy);
            onStart.accept(started);
            return started.execute();
        } catch (XingzhiException e) {
            // a table, feed or file the input got wrong is unreadable input (2), as a folder that cannot be read
            throw new XingzhiCli.CliError(XingzhiCli.exitCode(e) == XingzhiCli.BAD_INPUT ? XingzhiCli.BAD_INPUT : XingzhiCli.FAILED,
                    Lang.text("运行失败：", "the run failed: ")
                    + (Lang.english() ? e.getMessage() : e.chineseMessage().orElse(String.valueOf(e.getMessage()))));
        }
    }

    /**
     * How every run of this command line is made, whichever command starts it ({@code run}, {@code demo},
     * {@code serve}): core's run service over the source, with the configuration's parameters and header
     * aliases.
     */
    static RunService.Builder runs(RecordSource source, ConfigFile cfg) {
        return RunService.builder(source).parameters(cfg.parameters()).aliases(HeaderAliases.withExtra(cfg.headerAliases()));
    }

    /** What a kept run changed since the one before, in one line. */
    static String changes(io.xingzhi.core.port.RunChanges c) {
        String since = c.since() == 0 ? Lang.text("首次运行", "first run") : Lang.text("与第 " + c.since() + " 次运行相比",
                "since run " + c.since());
        return Lang.text(since + "：新增线索 " + c.newLeads().size() + " 条，不再发现 " + c.goneLeads().size() + " 条，事实变化 "
                        + c.changedLeads().size() + " 条，未变 " + c.unchanged() + " 条（审查记录均保留）",
                since + ": " + c.newLeads().size() + " new leads, " + c.goneLeads().size() + " no longer found, "
                        + c.changedLeads().size() + " with changed facts, " + c.unchanged() + " unchanged (every review kept)");
    }
}
