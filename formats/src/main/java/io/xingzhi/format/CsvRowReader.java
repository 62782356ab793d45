package io.xingzhi.format;

import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The {@link RowReader} for CSV (RFC 4180: comma-separated, double-quoted fields with {@code ""}
 * escapes, line breaks inside quotes), the header row first, as agencies export it (CONTRACT.md §1).
 *
 * <p>The source is decoded as its {@link Decoding} says: UTF-8, UTF-8 with byte-order mark, or
 * GBK/GB18030, detected per source unless a charset is given (GBK text behind a UTF-8 byte-order mark
 * is read as GB18030; UTF-16, with or without its byte-order mark, is detected and read as its text);
 * line ends are LF, CRLF or a lone CR.
 * Rows carry header → raw value in column order (headers as written: a blank one becomes
 * {@code column_K}, a repeated one {@code NAME (2)}); a row's line is the physical line its record
 * starts on, the header being line 1. Every line after the header ends in one row or one rejection:
 * <ul>
 *   <li>a line with bytes the charset cannot decode is rejected ({@code undecodable bytes in UTF-8});</li>
 *   <li>a record with more or fewer fields than the header is rejected
 *       ({@code expected 9 fields, found 8}); but fields past the header's that are all blank (a row
 *       ending in extra commas) hold no value, and the row is kept without them;</li>
 *   <li>characters after a closing quote reject that line;</li>
 *   <li>a stray quote - a quoted field that is never closed, still open after 1000 lines, or closed
 *       only by a quote followed by other characters - rejects the line where it opened, and the lines
 *       after it are read again as records of their own: one stray quote costs one line;</li>
 *   <li>a line longer than 16 MiB is rejected without being held;</li>
 *   <li>a header that cannot be read is rejected, and so is every row after it (their fields
 *       cannot be named).</li>
 * </ul>
 * After the header, a record that is no row is told as what it is: the table's footer
 * ({@link RowVisitor#footer}: {@code 合计：1234人}, {@code 制表人：…}, a bare count; {@link TableFooter}), the
 * header repeated cell for cell ({@link RowVisitor#repeatedHeader}), or a header of another layout that
 * the visitor recognises ({@link RowVisitor#headerAgain}), given to {@link RowVisitor#header} again, the
 * rows after it being read by it.
 * Blank lines are skipped; an empty or header-only source gives nothing. Measured throughput is
 * about 3 to 4 million rows of 9 Chinese-text columns a second on one core ({@code CsvReadBenchmark}
 * in the tests).
 */
public final class CsvRowReader implements RowReader {
    private final Decoding decoding;

    /** A reader that detects each source's encoding. */
    public CsvRowReader() {
        this(Decoding.detect());
    }

    /** A reader decoding every source as {@code decoding} says. */
    public CsvRowReader(Decoding decoding) {
        this.decoding = Objects.requireNonNull(decoding, "decoding");
    }

    @Override
    public void read(Dataset dataset, String source, InputStream in, RowVisitor visitor) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(visitor, "visitor");
        TextInput text = TextInput.open(in, decoding);
        new CsvSplitter(dataset, source, text.lines(), text.decoder(), visitor).read();
    }

    /**
     * The header row of a CSV source - its column names as this reader would name them - read and
     * decoded as {@link #read} would, without reading further; empty when the source has no readable
     * first line (empty, or undecodable).
     */
    public java.util.List<String> header(String source, InputStream in) throws IOException {
        Objects.requireNonNull(source, "source");
        java.util.List<java.util.List<String>> got = new java.util.ArrayList<>(1);
        RowVisitor first = new RowVisitor() {
            @Override
            public void header(io.xingzhi.core.record.SourceRef ref, java.util.List<String> names) {
                got.add(java.util.List.copyOf(names));
                throw new HeaderRead();
            }

            @Override
            public void row(io.xingzhi.core.record.RawRow row) {
                throw new HeaderRead();
            }

            @Override
            public void rejected(io.xingzhi.core.record.Rejection rejection) {
                throw new HeaderRead();
            }
        };
        try {
            read(Dataset.JUDGMENTS, source, in, first);
        } catch (HeaderRead done) {
            // the header is all we wanted
        }
        return got.isEmpty() ? java.util.List.of() : got.get(0);
    }

    /** Stops reading once the header has been seen. */
    private static final class HeaderRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeaderRead() {
            super(null, null, false, false);
        }
    }

    @Override
    public String toString() {
        return "CsvRowReader[" + decoding.charset().map(c -> c.name()).orElse("detect") + "]";
    }
}
