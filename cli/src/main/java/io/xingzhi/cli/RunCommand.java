package io.xingzhi.cli;

import io.xingzhi.adapter.csv.CsvOptions;
import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.adapter.csv.CsvRunOutput;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.value.Dates;
import io.xingzhi.core.value.Parsed;
import io.xingzhi.format.ConfigFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xingzhi run}: one folder of agency CSV exports in; leads.jsonl, leads.csv and report.md out. */
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
        RunResult result = sources == null ? execute(data, day, out, models, config, encoding, quiet)
                : execute(databaseSource(sources), day, out, models, config, quiet);
        if (store != null) {
            StoreSupport.keep(store, result, System.err);
        }
        Summary.print(result.report(), System.out);
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

    static RunResult execute(Path data, LocalDate asOf, Path out, List<String> models, Path config, String encoding, boolean quiet) {
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
        return execute(new CsvRecordSource(data, options), asOf, out, models, config, quiet);
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

    static RunResult execute(io.xingzhi.core.port.RecordSource source, LocalDate asOf, Path out, List<String> models,
                             Path config, boolean quiet) {
        ConfigFile cfg;
        try {
            cfg = config == null ? ConfigFile.defaults() : ConfigFile.load(config);
        } catch (RuntimeException e) {
            throw new XingzhiCli.UsageError("--config: " + e.getMessage());
        }
        return execute(source, asOf, out, models, cfg, quiet);
    }

    private static RunResult execute(io.xingzhi.core.port.RecordSource source, LocalDate asOf, Path out, List<String> models,
                                     ConfigFile cfg, boolean quiet) {
        ProgressListener progress = quiet ? ProgressListener.none() : (d, rows, nanos) -> System.err.printf(
                "  %s: %,d rows read, %,.0f rows/s%n", d.fileStem(), rows, rows / Math.max(nanos / 1e9, 1e-9));
        Engine engine = Engine.builder().source(source)
                .parameters(cfg.parameters())
                .aliases(HeaderAliases.withExtra(cfg.headerAliases()))
                .progress(progress, 1_000_000)
                .build();
        List<String> selected = models == null || models.isEmpty() ? engine.modelNames() : models;
        for (String m : selected) {
            if (!engine.modelNames().contains(m)) {
                throw new XingzhiCli.UsageError("--models: unknown model \"" + m + "\"; known: " + String.join(", ", engine.modelNames()));
            }
        }
        RunResult result = engine.run(asOf, selected, cfg.parameters());
        new CsvRunOutput(out).accept(result);
        return result;
    }
}
