package io.xingzhi.adapter.csv;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.format.CsvRowReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a folder of agency CSV exports (CONTRACT.md §1): dataset {@code custody} is the file
 * {@code custody.csv} followed by any {@code custody*.csv} (e.g. {@code custody_2.csv}), in
 * natural name order; names match case-insensitively. A dataset without a file is simply not
 * {@link #available()}.
 *
 * <p>Each file is read by the shared {@link CsvRowReader} of the formats module - the same reader
 * an HTTP feed's CSV pages go through, so a file and a feed of the same bytes give the same rows and
 * rejections. In short: each file in its own encoding - UTF-8, UTF-8 with byte-order mark, or
 * GBK/GB18030, detected per file (see {@link CsvOptions} for an explicit charset) - with LF, CRLF or
 * CR line ends, the header row first. Rows are streamed in constant memory, their fields as header →
 * raw value (untrimmed; core maps the headers). A row's line is the physical line its record starts
 * on (the header is line 1). A row that cannot be split - undecodable bytes, the wrong number of
 * fields, an unbalanced quote - becomes a {@link Rejection} with file, line and reason, and reading
 * goes on with the next line; an empty or header-only file gives no rows. Only a file that cannot
 * be opened or read at all throws {@link XingzhiException}.
 *
 * <p>Sources and rejections name files by their file name ({@code custody_2.csv}). The folder is
 * listed on every call, so files added between runs are seen. Instances are immutable and may
 * read several datasets from several threads at once.
 */
public final class CsvRecordSource implements RecordSource {
    /** Progress is reported every this many rows (and once at the end of each dataset). */
    public static final int PROGRESS_EVERY = 100_000;

    private final Path folder;
    private final CsvOptions options;
    private final CsvRowReader reader;

    /** Reads {@code folder}, detecting each file's encoding. */
    public CsvRecordSource(Path folder) {
        this(folder, CsvOptions.defaults());
    }

    /**
     * Reads {@code folder} with {@code options}.
     *
     * @throws XingzhiException when {@code folder} is not a readable folder
     */
    public CsvRecordSource(Path folder, CsvOptions options) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.options = Objects.requireNonNull(options, "options");
        this.reader = new CsvRowReader(options.decoding());
        if (!Files.isDirectory(folder)) {
            throw new XingzhiException("not a folder: " + folder);
        }
    }

    /** The folder read. */
    public Path folder() {
        return folder;
    }

    @Override
    public Set<Dataset> available() {
        Set<Dataset> found = EnumSet.noneOf(Dataset.class);
        for (Dataset d : Dataset.values()) {
            if (!files(d).isEmpty()) {
                found.add(d);
            }
        }
        return found;
    }

    @Override
    public List<String> describe(Dataset dataset) {
        return files(dataset).stream().map(p -> p.getFileName().toString()).toList();
    }

    /** The files of {@code dataset}, in reading order. */
    public List<Path> files(Dataset dataset) {
        String stem = dataset.fileStem().toLowerCase(Locale.ROOT);
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path p : dir) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.startsWith(stem) && name.endsWith(".csv") && name.length() >= stem.length() + 4
                        && ownerOf(name).filter(dataset::equals).isPresent() && Files.isRegularFile(p)) {
                    matches.add(p);
                }
            }
        } catch (IOException e) {
            throw new XingzhiException("cannot list folder " + folder + ": " + e.getMessage(), e);
        }
        String exact = stem + ".csv";
        matches.sort(Comparator.<Path, Boolean>comparing(p -> !p.getFileName().toString().equalsIgnoreCase(exact))
                .thenComparing(p -> p.getFileName().toString().toLowerCase(Locale.ROOT), CsvRecordSource::naturalCompare)
                .thenComparing(p -> p.getFileName().toString()));
        return matches;
    }

    /** The dataset a file name belongs to: the longest stem it starts with (stems never nest today). */
    private static Optional<Dataset> ownerOf(String lowerName) {
        Dataset best = null;
        for (Dataset d : Dataset.values()) {
            if (lowerName.startsWith(d.fileStem()) && (best == null || d.fileStem().length() > best.fileStem().length())) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public void read(Dataset dataset, RowVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        List<Path> files = files(dataset);
        if (files.isEmpty()) {
            return;
        }
        ProgressListener progress = options.progress();
        Counting counting = new Counting(dataset, visitor, progress);
        for (Path file : files) {
            readFile(dataset, file, counting);
        }
        progress.progress(dataset, counting.rows, System.nanoTime() - counting.started);
    }

    /** Passes rows and rejections on, reporting progress every {@value #PROGRESS_EVERY} of them. */
    private static final class Counting implements RowVisitor {
        final Dataset dataset;
        final RowVisitor target;
        final ProgressListener progress;
        final long started = System.nanoTime();
        long rows;

        Counting(Dataset dataset, RowVisitor target, ProgressListener progress) {
            this.dataset = dataset;
            this.target = target;
            this.progress = progress;
        }

        @Override
        public void row(RawRow row) {
            target.row(row);
            counted();
        }

        @Override
        public void rejected(Rejection rejection) {
            target.rejected(rejection);
            counted();
        }

        private void counted() {
            if (++rows % PROGRESS_EVERY == 0) {
                progress.progress(dataset, rows, System.nanoTime() - started);
            }
        }
    }

    private void readFile(Dataset dataset, Path file, RowVisitor visitor) {
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(dataset, file.getFileName().toString(), in, visitor);
        } catch (IOException e) {
            throw new XingzhiException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Compares names with digit runs as numbers: {@code a_2.csv} before {@code a_10.csv}. */
    static int naturalCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        return "CsvRecordSource[" + folder + "]";
    }
}
