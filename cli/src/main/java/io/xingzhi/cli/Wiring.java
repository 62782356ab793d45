package io.xingzhi.cli;

import io.xingzhi.adapter.csv.CsvOptions;
import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.adapter.rest.HttpRecordSource;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.format.ConfigFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How every command that runs the engine - {@code run}, {@code serve}'s {@code POST /runs} - turns its
 * options into sources and parameters, so that a folder, a sources file and a config file mean the
 * same thing whichever command is given them. Bad options are {@link XingzhiCli.UsageError}s (exit 2)
 * naming the option.
 */
final class Wiring {
    private Wiring() {
    }

    /** A folder of CSV exports ({@code --data}), with every file in {@code encoding} when given. */
    static RecordSource folder(Path data, String encoding) {
        if (!Files.isDirectory(data) || !Files.isReadable(data)) {
            throw new XingzhiCli.UsageError("--data: " + data + " is not a readable folder");
        }
        CsvOptions options = CsvOptions.defaults();
        if (encoding != null) {
            Charset cs;
            try {
                cs = Charset.forName(encoding);
            } catch (RuntimeException e) {
                throw new XingzhiCli.UsageError("--encoding: unknown charset \"" + encoding + "\"");
            }
            try {
                options = new CsvOptions(Optional.of(cs), options.progress());
            } catch (IllegalArgumentException e) {
                throw new XingzhiCli.UsageError("--encoding: " + e.getMessage());
            }
        }
        return new CsvRecordSource(data, options);
    }

    /** Database tables and queries and HTTP feeds named by a sources file ({@code --sources}, docs/sources.md). */
    static RecordSource sourcesFile(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new XingzhiCli.UsageError("--sources: " + file + " is not a readable file");
        }
        try {
            return SourcesFile.open(file, HttpRecordSource.Options.defaults());
        } catch (RuntimeException e) {
            throw new XingzhiCli.UsageError("--sources: " + e.getMessage());
        }
    }

    /** Exactly one of {@code --data} and {@code --sources}. */
    static RecordSource source(Path data, Path sources, String encoding) {
        if ((data == null) == (sources == null)) {
            throw new XingzhiCli.UsageError("give exactly one of --data (a folder of CSV files) and --sources "
                    + "(a file naming database tables or HTTP feeds)");
        }
        if (sources != null && encoding != null) {
            throw new XingzhiCli.UsageError("--encoding applies to --data only; a feed's charset comes from its "
                    + "Content-Type or is detected");
        }
        return data != null ? folder(data, encoding) : sourcesFile(sources);
    }

    /** The engine parameters file ({@code --config}, docs/configuration.md), or the defaults. */
    static ConfigFile config(Path config) {
        try {
            return config == null ? ConfigFile.defaults() : ConfigFile.load(config);
        } catch (RuntimeException e) {
            throw new XingzhiCli.UsageError("--config: " + e.getMessage());
        }
    }

    /** An engine on {@code source} with the parameters and header aliases of {@code cfg}. */
    static Engine.Builder engine(RecordSource source, ConfigFile cfg) {
        return Engine.builder().source(source)
                .parameters(cfg.parameters())
                .aliases(HeaderAliases.withExtra(cfg.headerAliases()));
    }
}
