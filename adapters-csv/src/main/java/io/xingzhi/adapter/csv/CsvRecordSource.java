package io.xingzhi.adapter.csv;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.run.SourceNote;
import io.xingzhi.format.CsvRowReader;
import io.xingzhi.format.DatasetFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a folder of agency CSV exports (CONTRACT.md §1): dataset {@code custody} is the file
 * {@code custody.csv} followed by any {@code custody*.csv} (e.g. {@code custody_2.csv}), in
 * natural name order; names match case-insensitively. A {@code .csv} file whose name is no
 * dataset's is read by its header row: when its columns are clearly those of one dataset
 * ({@link HeaderAliases#recognise}, e.g. {@code 看守所在押人员.csv} with {@code 入所日期}, {@code 出所日期} …)
 * it is read as that dataset, after the files named for it; otherwise it is not read. Either way
 * {@link #notes()} says so, and names the files that are no CSV at all, so the run report accounts
 * for every file in the folder. A dataset without a file is simply not {@link #available()}.
 *
 * <p>Each file is read by the shared {@link CsvRowReader} of the formats module - the same reader
 * an HTTP feed's CSV pages go through, so a file and a feed of the same bytes give the same rows and
 * rejections. In short: each file in its own encoding - UTF-8, UTF-8 with byte-order mark, or
 * GBK/GB18030 (also behind a UTF-8 byte-order mark), or UTF-16, detected per file (see {@link CsvOptions} for an explicit charset) - with LF, CRLF or
 * CR line ends, the header row first. Rows are streamed in constant memory, their fields as header →
 * raw value (untrimmed; core maps the headers). A row's line is the physical line its record starts
 * on (the header is line 1). A row that cannot be split - undecodable bytes, the wrong number of
 * fields, an unbalanced quote - becomes a {@link Rejection} with file, line and reason, and reading
 * goes on with the next line; a header-only file gives no rows, and an empty file (no bytes, or only
 * blank lines) is not one of its dataset's files at all: it is noted instead ({@link #notes()}), and
 * without another file the dataset is not {@link #available()}. Only a file that cannot
 * be opened or read at all throws {@link XingzhiException}, naming it and why ({@link #checkReadable()}
 * finds such files before a run). Progress is reported with the bytes read
 * and the bytes of the dataset's files ({@link #size}), so a listener can estimate the time left.
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
    /** Which files make which dataset, in which order (shared with the Spark engine). */
    private final DatasetFiles files;

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
        this.files = new DatasetFiles(folder, options.aliases(), options.decoding());
    }

    /** The folder read. */
    public Path folder() {
        return folder;
    }

    /** The options it reads with (the charset, or detection per file; the header aliases). */
    public CsvOptions options() {
        return options;
    }

    @Override
    public Set<Dataset> available() {
        return files.available();
    }

    @Override
    public List<String> describe(Dataset dataset) {
        return files.describe(dataset);
    }

    @Override
    public long size(Dataset dataset) {
        return files.size(dataset);
    }

    /** The files of {@code dataset}, in reading order: those named for it, then those recognised by their headers. */
    public List<Path> files(Dataset dataset) {
        return files.files(dataset);
    }

    /**
     * Every file of the folder that is not simply a dataset's by its name: the {@code .csv} files read
     * as a dataset by their headers, those not read (and why), and the files that are no CSV.
     */
    @Override
    public List<SourceNote> notes() {
        return files.notes();
    }

    /**
     * Opens every file of every dataset once, so that a file that cannot be read (no permission, a
     * link to nothing) stops a run before it starts, with the file's name and why, rather than half
     * way through it.
     *
     * @throws XingzhiException naming the first file that cannot be opened and why
     */
    public void checkReadable() {
        for (Dataset d : Dataset.values()) {
            for (Path file : files(d)) {
                try (InputStream in = Files.newInputStream(file)) {
                    in.read(); // a folder opens on some systems; reading tells
                } catch (IOException e) {
                    throw new XingzhiException("cannot read " + file + ": " + why(file, e), e);
                }
            }
        }
    }

    @Override
    public void read(Dataset dataset, RowVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        List<Path> files = files(dataset);
        if (files.isEmpty()) {
            return;
        }
        ProgressListener progress = options.progress();
        Counting counting = new Counting(dataset, visitor, progress, size(dataset));
        for (Path file : files) {
            readFile(dataset, file, counting);
        }
        progress.progress(dataset, counting.rows, System.nanoTime() - counting.started, counting.bytes.get(), counting.total);
    }

    /** Passes rows and rejections on, reporting progress every {@value #PROGRESS_EVERY} of them. */
    private static final class Counting extends io.xingzhi.core.port.ForwardingRowVisitor {
        final Dataset dataset;
        final ProgressListener progress;
        final long started = System.nanoTime();
        final long total;
        /** Bytes of the dataset's files read so far (the files before the current one, and of it). */
        final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        long rows;

        Counting(Dataset dataset, RowVisitor target, ProgressListener progress, long total) {
            super(target);
            this.dataset = dataset;
            this.progress = progress;
            this.total = total;
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

        @Override
        public void settled() {
            target.settled();
            counted();
        }

        @Override
        public void settled(int n) {
            target.settled(n);
            long before = rows;
            rows += n;
            if (before / PROGRESS_EVERY != rows / PROGRESS_EVERY) {
                progress.progress(dataset, rows, System.nanoTime() - started, bytes.get(), total);
            }
        }

        private void counted() {
            if (++rows % PROGRESS_EVERY == 0) {
                progress.progress(dataset, rows, System.nanoTime() - started, bytes.get(), total);
            }
        }
    }

    private void readFile(Dataset dataset, Path file, Counting visitor) {
        try (InputStream in = new CountingInputStream(Files.newInputStream(file), visitor.bytes)) {
            reader.read(dataset, file.getFileName().toString(), in, visitor);
        } catch (IOException e) {
            throw new XingzhiException("cannot read " + file + ": " + why(file, e), e);
        }
    }

    /**
     * Why {@code file} could not be read, in words: the JDK's exceptions for a file that is not there
     * or may not be read carry only its path as their message.
     */
    static String why(Path file, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            if (Files.isSymbolicLink(file)) {
                try {
                    return "it is a link to " + file.resolveSibling(Files.readSymbolicLink(file)) + ", which does not exist";
                } catch (IOException | UnsupportedOperationException notALink) {
                    return "it is a link to a file that does not exist";
                }
            }
            return "the file does not exist (it was removed while the run went on)";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (the user running Xingzhi may not read it)";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** Counts the bytes read through it into a shared counter. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private final java.util.concurrent.atomic.AtomicLong count;

        CountingInputStream(InputStream in, java.util.concurrent.atomic.AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count.addAndGet(k);
            return k;
        }
    }

    @Override
    public String toString() {
        return "CsvRecordSource[" + folder + "]";
    }
}
