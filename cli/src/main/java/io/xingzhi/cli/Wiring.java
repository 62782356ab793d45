package io.xingzhi.cli;

import io.xingzhi.adapter.csv.CsvOptions;
import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.adapter.rest.HttpRecordSource;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.port.ProgressListener;
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
        return folder(data, encoding, ConfigFile.defaults(), ProgressListener.none());
    }

    /**
     * A folder of CSV exports ({@code --data}), with every file in {@code encoding} when given; files
     * whose name is no dataset's are recognised by the configuration's header aliases too, and reading
     * reports progress with the bytes read.
     */
    static RecordSource folder(Path data, String encoding, ConfigFile cfg, ProgressListener progress) {
        if (!Files.isDirectory(data) || !Files.isReadable(data)) {
            throw new XingzhiCli.UsageError(Lang.text("--data：" + data + " 不是可读的文件夹",
                    "--data: " + data + " is not a readable folder"));
        }
        CsvOptions options = CsvOptions.defaults().withProgress(progress)
                .withAliases(HeaderAliases.withExtra(cfg.headerAliases()));
        if (encoding != null) {
            Charset cs;
            try {
                cs = Charset.forName(encoding);
            } catch (RuntimeException e) {
                throw new XingzhiCli.UsageError(Lang.text("--encoding：不认识的字符集“" + encoding + "”",
                        "--encoding: unknown charset \"" + encoding + "\""));
            }
            try {
                options = new CsvOptions(Optional.of(cs), options.progress(), options.aliases());
            } catch (IllegalArgumentException e) {
                if (cs.name().startsWith("UTF-16")) {
                    throw new XingzhiCli.UsageError(Lang.text("--encoding：UTF-16 文件（有无字节顺序标记均可）会自动识别并读取，请去掉 --encoding",
                            "--encoding: UTF-16 files (with or without their byte-order mark) are detected and read without it;"
                                    + " leave --encoding out"));
                }
                throw new XingzhiCli.UsageError("--encoding: " + e.getMessage());
            }
        }
        CsvRecordSource source = new CsvRecordSource(data, options);
        try {
            source.checkReadable();
        } catch (XingzhiException e) {
            throw new XingzhiCli.UsageError(Lang.text("--data：文件无法读取（" + e.getMessage() + "）", "--data: " + e.getMessage()));
        }
        return source;
    }

    /** Database tables and queries and HTTP feeds named by a sources file ({@code --sources}, docs/sources.md). */
    static RecordSource sourcesFile(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new XingzhiCli.UsageError(Lang.text("--sources：" + file + " 不是可读的文件",
                    "--sources: " + file + " is not a readable file"));
        }
        try {
            return SourcesFile.open(file, HttpRecordSource.Options.defaults());
        } catch (RuntimeException e) {
            throw new XingzhiCli.UsageError("--sources" + Lang.text("：", ": ") + e.getMessage());
        }
    }

    /** Exactly one of {@code --data} and {@code --sources}. */
    static RecordSource source(Path data, Path sources, String encoding) {
        return source(data, sources, encoding, ConfigFile.defaults(), ProgressListener.none());
    }

    /** Exactly one of {@code --data} and {@code --sources}, a folder read with {@code cfg}'s aliases and {@code progress}. */
    static RecordSource source(Path data, Path sources, String encoding, ConfigFile cfg, ProgressListener progress) {
        if ((data == null) == (sources == null)) {
            throw new XingzhiCli.UsageError(Lang.text("请给出 --data（CSV 文件所在的文件夹）或 --sources（列出数据库表或 HTTP 数据源的文件），"
                            + "二者只能选一",
                    "give exactly one of --data (a folder of CSV files) and --sources (a file naming database tables or HTTP feeds)"));
        }
        if (sources != null && encoding != null) {
            throw new XingzhiCli.UsageError(Lang.text("--encoding 只用于 --data；HTTP 数据源的字符集取自其 Content-Type 或自动识别",
                    "--encoding applies to --data only; a feed's charset comes from its Content-Type or is detected"));
        }
        return data != null ? folder(data, encoding, cfg, progress) : sourcesFile(sources);
    }

    /** The engine parameters file ({@code --config}, docs/configuration.md), or the defaults. */
    static ConfigFile config(Path config) {
        try {
            return config == null ? ConfigFile.defaults() : ConfigFile.load(config);
        } catch (RuntimeException e) {
            throw new XingzhiCli.UsageError("--config" + Lang.text("：", ": ") + e.getMessage());
        }
    }

    /** An engine on {@code source} with the parameters and header aliases of {@code cfg}. */
    static Engine.Builder engine(RecordSource source, ConfigFile cfg) {
        return Engine.builder().source(source)
                .parameters(cfg.parameters())
                .aliases(HeaderAliases.withExtra(cfg.headerAliases()));
    }
}
