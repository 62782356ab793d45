package io.xingzhi.adapter.csv;

import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.format.Decoding;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link CsvRecordSource} reads its files.
 *
 * <p>Without an explicit charset every file's encoding is detected on its own (UTF-8, UTF-8 with
 * byte-order mark, or GBK/GB18030; UTF-16 too). An explicit charset overrides detection for every file; it
 * must be ASCII-compatible (comma, quote and line breaks encoded as in ASCII), which every
 * encoding Chinese agencies export CSV in is. This is the formats module's {@link Decoding},
 * with progress reporting.
 *
 * @param charset the charset of every file, or empty to detect per file
 * @param progress told every {@value CsvRecordSource#PROGRESS_EVERY} rows and at the end of a dataset, with the
 *     bytes read and the bytes of the dataset's files
 * @param aliases the header names that tell which dataset a file is whose name does not say (the
 *     standard ones, plus any a configuration adds)
 */
public record CsvOptions(Optional<Charset> charset, ProgressListener progress, HeaderAliases aliases) {

    public CsvOptions {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(aliases, "aliases");
        charset.ifPresent(Decoding::of); // refuses a charset that is not ASCII-compatible
    }

    /** Options with the standard header aliases. */
    public CsvOptions(Optional<Charset> charset, ProgressListener progress) {
        this(charset, progress, HeaderAliases.standard());
    }

    /** Detect each file's encoding, no progress reports. */
    public static CsvOptions defaults() {
        return new CsvOptions(Optional.empty(), ProgressListener.none());
    }

    /** These options with every file read in {@code charset} (no detection). */
    public CsvOptions withCharset(Charset charset) {
        return new CsvOptions(Optional.of(charset), progress, aliases);
    }

    /** How files are decoded: the formats module's view of {@link #charset()}. */
    public Decoding decoding() {
        return new Decoding(charset);
    }

    /** These options reporting progress to {@code listener}. */
    public CsvOptions withProgress(ProgressListener listener) {
        return new CsvOptions(charset, listener, aliases);
    }

    /** These options recognising files by {@code headerAliases} (e.g. with a configuration's extra aliases). */
    public CsvOptions withAliases(HeaderAliases headerAliases) {
        return new CsvOptions(charset, progress, headerAliases);
    }
}
