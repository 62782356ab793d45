package io.xingzhi.cli;

import io.xingzhi.adapter.csv.CsvRunOutput;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.value.Dates;
import io.xingzhi.core.value.Parsed;
import io.xingzhi.format.ConfigFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xingzhi run}: agency data in - a folder of CSV exports, or database tables and HTTP feeds
 * named by a sources file - and leads.jsonl, leads.csv and report.md out. The same bytes give the
 * same leads and the same rejections through either door (CONTRACT.md §5).
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

    @Override
    public Integer call() {
        RunResult result = runAndWrite();
        if (store != null) {
            StoreSupport.keep(store, result, System.err);
        }
        Summary.print(result.report(), System.out);
        System.out.println("\nwritten: " + out.resolve("leads.jsonl") + ", " + out.resolve("leads.csv") + ", "
                + out.resolve("report.md"));
        return 0;
    }

    /** Checks the options, runs the models and writes the outputs; what {@link #call()} does before printing. */
    RunResult runAndWrite() {
        LocalDate day = parseAsOf(asOf);
        RecordSource source = Wiring.source(data, sources, encoding);
        return execute(source, day, out, models, Wiring.config(config), quiet);
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

    /** Runs on a folder of CSV exports; what {@code demo} does. */
    static RunResult execute(Path data, LocalDate asOf, Path out, List<String> models, Path config, String encoding, boolean quiet) {
        return execute(Wiring.folder(data, encoding), asOf, out, models, Wiring.config(config), quiet);
    }

    private static RunResult execute(RecordSource source, LocalDate asOf, Path out, List<String> models, ConfigFile cfg,
                                     boolean quiet) {
        ProgressListener progress = quiet ? ProgressListener.none() : (d, rows, nanos) -> System.err.printf(
                "  %s: %,d rows read, %,.0f rows/s%n", d.fileStem(), rows, rows / Math.max(nanos / 1e9, 1e-9));
        Engine engine = Wiring.engine(source, cfg).progress(progress, 1_000_000).build();
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
