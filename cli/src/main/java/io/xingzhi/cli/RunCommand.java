package io.xingzhi.cli;

import io.xingzhi.adapter.csv.CsvRunOutput;
import io.xingzhi.core.app.RunOutcome;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.format.ConfigFile;
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
 * named by a sources file - and leads.jsonl, leads.csv and report.md out, and the run kept in
 * {@code --store} when given - through core's {@link RunService}, as {@code serve} runs. The same bytes
 * give the same leads and the same rejections through either door (CONTRACT.md §5).
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

    @Option(names = "--as-of", description = "the date the run looks from (YYYY-MM-DD; default today)")
    String asOf;

    @Option(names = "--out", required = true, description = "folder for leads.jsonl, leads.csv and report.md")
    Path out;

    @Option(names = "--models", split = ",", description = "models to run (default all): ${COMPLETION-CANDIDATES}")
    List<String> models;

    @Option(names = "--store", description = "JDBC URL of a store to keep the run in (H2 file or PostgreSQL)")
    String store;

    @Option(names = "--config", description = "JSON file of parameters, keyword groups and header aliases")
    Path config;

    @Option(names = "--encoding", description = "with --data: force one encoding for every file (default: detect UTF-8/GB18030)")
    String encoding;

    @Option(names = "--quiet", description = "no progress lines on standard error")
    boolean quiet;

    @Mixin
    LeadIdKeyOption leadIdKey = new LeadIdKeyOption();

    @Override
    public Integer call() {
        LocalDate day = parseAsOf(asOf);
        RunService.Builder run = service();
        if (store != null) {
            run.store(Stores.open(store));
        }
        RunOutcome outcome = execute(run.build(), day, models, System.getProperty("user.name", ""));
        outcome.stored().ifPresent(r -> System.err.println("kept as run " + r.number() + " in "
                + store.replaceAll("password=[^;&]*", "password=***")));
        Summary.print(outcome.result().report(), System.out);
        System.out.println("\nwritten: " + out.resolve("leads.jsonl") + ", " + out.resolve("leads.csv") + ", "
                + out.resolve("report.md"));
        return 0;
    }

    /** Checks the options, runs the models and writes the outputs, keeping nothing; {@link #call()} without the store. */
    RunResult runAndWrite() {
        LocalDate day = parseAsOf(asOf);
        return execute(service().build(), day, models, "").result();
    }

    /** The run service these options describe: source, configuration, progress and outputs. */
    private RunService.Builder service() {
        RecordSource source = Wiring.source(data, sources, encoding);
        return runs(source, Wiring.config(config)).progress(progress(quiet), 1_000_000).output(new CsvRunOutput(out))
                .leadIdKey(leadIdKey.key());
    }

    static LocalDate parseAsOf(String asOf) {
        if (asOf == null) {
            return LocalDate.now();
        }
        Parsed<LocalDate> d = Dates.parse(asOf);
        if (!d.isOk()) {
            throw new XingzhiCli.UsageError("--as-of: \"" + asOf + "\" is not a date (" + d.reason().orElse("") + "); use YYYY-MM-DD");
        }
        return d.value();
    }

    /** Runs a folder of CSV exports into {@code out}, nothing kept (the demo). */
    static RunResult execute(Path data, LocalDate asOf, Path out, List<String> models, Path config, String encoding, boolean quiet,
                             LeadIdKeyOption key) {
        RunService service = runs(Wiring.folder(data, encoding), Wiring.config(config)).progress(progress(quiet), 1_000_000)
                .output(new CsvRunOutput(out)).leadIdKey(key.key()).build();
        return execute(service, asOf, models, "").result();
    }

    private static RunOutcome execute(RunService service, LocalDate asOf, List<String> models, String requestedBy) {
        List<String> selected = models == null ? List.of() : models;
        for (String m : selected) {
            if (!service.modelNames().contains(m)) {
                throw new XingzhiCli.UsageError("--models: unknown model \"" + m + "\"; known: " + String.join(", ", service.modelNames()));
            }
        }
        return service.start(asOf, selected, requestedBy).execute();
    }

    /**
     * How every run of this command line is made, whichever command starts it ({@code run}, {@code demo},
     * {@code serve}): core's run service over the source, with the configuration's parameters and header
     * aliases.
     */
    static RunService.Builder runs(RecordSource source, ConfigFile cfg) {
        return RunService.builder(source).parameters(cfg.parameters()).aliases(HeaderAliases.withExtra(cfg.headerAliases()));
    }

    private static ProgressListener progress(boolean quiet) {
        return quiet ? ProgressListener.none() : (d, rows, nanos) -> System.err.printf(
                "  %s: %,d rows read, %,.0f rows/s%n", d.fileStem(), rows, rows / Math.max(nanos / 1e9, 1e-9));
    }
}
