package io.xingzhi.cli;

import io.xingzhi.adapter.csv.CsvOptions;
import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.adapter.csv.CsvRunOutput;
import io.xingzhi.adapter.csv.JsonConfig;
import io.xingzhi.core.app.RunOutcome;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.value.Dates;
import io.xingzhi.core.value.Parsed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xingzhi run}: one folder of agency CSV exports (or database sources) in; leads.jsonl,
 * leads.csv and report.md out, and the run kept in {@code --store} when given - through core's
 * {@link RunService}, as {@code serve --data} runs.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the models on a folder of agency CSV exports (CONTRACT.md §1).")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--data", description = "folder with <dataset>.csv files")
    Path data;

    @Option(names = "--sources", description = "JSON file naming database tables, views or queries per dataset "
            + "(docs/database-sources.md); instead of --data")
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

    @Option(names = "--encoding", description = "force one encoding for every file (default: detect UTF-8/GB18030)")
    String encoding;

    @Option(names = "--quiet", description = "no progress lines on standard error")
    boolean quiet;

    @Override
    public Integer call() {
        LocalDate day = parseAsOf(asOf);
        if ((data == null) == (sources == null)) {
            throw new XingzhiCli.UsageError("give exactly one of --data (a folder of CSV files) and --sources (a database sources file)");
        }
        RecordSource source = sources == null ? csvSource(data, encoding) : databaseSource(sources);
        RunService.Builder run = runs(source, loadConfig(config)).progress(progress(quiet), 1_000_000)
                .output(new CsvRunOutput(out));
        if (store != null) {
            run.store(Stores.open(store));
        }
        RunOutcome outcome = execute(run.build(), day, models);
        outcome.stored().ifPresent(r -> System.err.println("kept as run " + r.number() + " in "
                + store.replaceAll("password=[^;&]*", "password=***")));
        Summary.print(outcome.result().report(), System.out);
        System.out.println("\nwritten: " + out.resolve("leads.jsonl") + ", " + out.resolve("leads.csv") + ", "
                + out.resolve("report.md"));
        return 0;
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
    static RunResult execute(Path data, LocalDate asOf, Path out, List<String> models, Path config, String encoding, boolean quiet) {
        RunService service = runs(csvSource(data, encoding), loadConfig(config)).progress(progress(quiet), 1_000_000)
                .output(new CsvRunOutput(out)).build();
        return execute(service, asOf, models).result();
    }

    private static RunOutcome execute(RunService service, LocalDate asOf, List<String> models) {
        List<String> selected = models == null ? List.of() : models;
        for (String m : selected) {
            if (!service.modelNames().contains(m)) {
                throw new XingzhiCli.UsageError("--models: unknown model \"" + m + "\"; known: " + String.join(", ", service.modelNames()));
            }
        }
        return service.run(asOf, selected);
    }

    /**
     * How every run of this command line is made, whichever command starts it ({@code run}, {@code demo},
     * {@code serve --data}): core's run service over the source, with the configuration's parameters
     * and header aliases.
     */
    static RunService.Builder runs(RecordSource source, JsonConfig cfg) {
        return RunService.builder(source).parameters(cfg.parameters()).aliases(HeaderAliases.withExtra(cfg.headerAliases()));
    }

    /** The folder of CSV exports {@code --data} names, read in {@code --encoding} when given. */
    static RecordSource csvSource(Path data, String encoding) {
        if (!Files.isDirectory(data) || !Files.isReadable(data)) {
            throw new XingzhiCli.UsageError("--data: " + data + " is not a readable folder");
        }
        CsvOptions options = CsvOptions.defaults();
        if (encoding != null) {
            try {
                options = new CsvOptions(java.util.Optional.of(java.nio.charset.Charset.forName(encoding)), options.progress());
            } catch (RuntimeException e) {
                throw new XingzhiCli.UsageError("--encoding: unknown charset \"" + encoding + "\"");
            }
        }
        return new CsvRecordSource(data, options);
    }

    static io.xingzhi.core.port.RecordSource databaseSource(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new XingzhiCli.UsageError("--sources: " + file + " is not a readable file");
        }
        try {
            return io.xingzhi.adapter.jdbc.JdbcRecordSource.fromConfig(file);
        } catch (RuntimeException e) {
            throw new XingzhiCli.UsageError("--sources: " + e.getMessage());
        }
    }

    /** The {@code --config} file's parameters, keyword groups and header aliases; the defaults without one. */
    static JsonConfig loadConfig(Path config) {
        JsonConfig cfg;
        try {
            cfg = config == null ? JsonConfig.defaults() : JsonConfig.load(config);
        } catch (RuntimeException e) {
            throw new XingzhiCli.UsageError("--config: " + e.getMessage());
        }
        return cfg;
    }

    private static ProgressListener progress(boolean quiet) {
        return quiet ? ProgressListener.none() : (d, rows, nanos) -> System.err.printf(
                "  %s: %,d rows read, %,.0f rows/s%n", d.fileStem(), rows, rows / Math.max(nanos / 1e9, 1e-9));
    }
}
