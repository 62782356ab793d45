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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * GBK/GB18030, detected per file (see {@link CsvOptions} for an explicit charset) - with LF, CRLF or
 * CR line ends, the header row first. Rows are streamed in constant memory, their fields as header →
 * raw value (untrimmed; core maps the headers). A row's line is the physical line its record starts
 * on (the header is line 1). A row that cannot be split - undecodable bytes, the wrong number of
 * fields, an unbalanced quote - becomes a {@link Rejection} with file, line and reason, and reading
 * goes on with the next line; an empty or header-only file gives no rows. Only a file that cannot
 * be opened or read at all throws {@link XingzhiException}. Progress is reported with the bytes read
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
    /** A file's header recognition by path, size and time: the folder is listed often, headers read once. */
    private final Map<String, Recognised> recognised = new ConcurrentHashMap<>();

    /** What a file's header row says it is. */
    private record Recognised(long size, long modified, Optional<Dataset> dataset, String why, String whyEnglish) {
    }

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

    @Override
    public long size(Dataset dataset) {
        long total = 0;
        for (Path p : files(dataset)) {
            try {
                total += Files.size(p);
            } catch (IOException e) {
                // a file that vanished is reported when it is read
            }
        }
        return total;
    }

    /** The files of {@code dataset}, in reading order: those named for it, then those recognised by their headers. */
    public List<Path> files(Dataset dataset) {
        String stem = dataset.fileStem().toLowerCase(Locale.ROOT);
        List<Path> named = new ArrayList<>();
        List<Path> byHeader = new ArrayList<>();
        for (Path p : list()) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".csv") || !Files.isRegularFile(p)) {
                continue;
            }
            Optional<Dataset> owner = ownerOf(name);
            if (owner.isPresent()) {
                if (owner.get() == dataset && name.length() >= stem.length() + 4) {
                    named.add(p);
                }
            } else if (recognise(p).dataset().filter(dataset::equals).isPresent()) {
                byHeader.add(p);
            }
        }
        String exact = stem + ".csv";
        named.sort(Comparator.<Path, Boolean>comparing(p -> !p.getFileName().toString().equalsIgnoreCase(exact))
                .thenComparing(p -> p.getFileName().toString().toLowerCase(Locale.ROOT), CsvRecordSource::naturalCompare)
                .thenComparing(p -> p.getFileName().toString()));
        byHeader.sort(Comparator.comparing(p -> p.getFileName().toString()));
        named.addAll(byHeader);
        return named;
    }

    /**
     * Every file of the folder that is not simply a dataset's by its name: the {@code .csv} files read
     * as a dataset by their headers, those not read (and why), and the files that are no CSV.
     */
    @Override
    public List<SourceNote> notes() {
        List<SourceNote> notes = new ArrayList<>();
        for (Path p : list()) {
            String file = p.getFileName().toString();
            String name = file.toLowerCase(Locale.ROOT);
            if (!Files.isRegularFile(p) || file.startsWith(".")) {
                continue;
            }
            if (!name.endsWith(".csv")) {
                notes.add(new SourceNote(file, Optional.empty(), SourceNote.Kind.NOT_DATA,
                        file + "：不是 .csv 文件，未读取", file + ": not a .csv file, not read"));
                continue;
            }
            if (ownerOf(name).isPresent()) {
                continue;
            }
            Recognised r = recognise(p);
            if (r.dataset().isPresent()) {
                Dataset d = r.dataset().get();
                notes.add(new SourceNote(file, r.dataset(), SourceNote.Kind.RECOGNISED,
                        file + "：文件名不是数据集名，按表头识别为 " + d.fileStem() + "（" + d.agency() + "）" + r.why(),
                        file + ": its name names no dataset; read as " + d.fileStem() + " by its headers" + r.whyEnglish()));
            } else {
                notes.add(new SourceNote(file, Optional.empty(), SourceNote.Kind.IGNORED,
                        file + "：未读取。文件名不是数据集名（应为 judgments.csv、custody.csv 等），表头也不能确定是哪个数据集" + r.why()
                                + "；请按数据集重命名文件，或在配置文件的 header_aliases 中补充列名",
                        file + ": not read. Its name names no dataset (judgments.csv, custody.csv, …) and its headers do not "
                                + "tell which dataset it is" + r.whyEnglish() + "; rename it after its dataset, or add its "
                                + "column names to header_aliases in the config file"));
            }
        }
        return notes;
    }

    private List<Path> list() {
        List<Path> all = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path p : dir) {
                all.add(p);
            }
        } catch (IOException e) {
            throw new XingzhiException("cannot list folder " + folder + ": " + e.getMessage(), e);
        }
        all.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return all;
    }

    /** What the header row of a file whose name is no dataset's says it is (read once per file version). */
    private Recognised recognise(Path p) {
        long size;
        long modified;
        try {
            size = Files.size(p);
            modified = Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return new Recognised(-1, -1, Optional.empty(), "（无法读取：" + e.getMessage() + "）",
                    " (cannot be read: " + e.getMessage() + ")");
        }
        Recognised known = recognised.get(p.toString());
        if (known != null && known.size() == size && known.modified() == modified) {
            return known;
        }
        List<String> header;
        try (InputStream in = Files.newInputStream(p)) {
            header = reader.header(p.getFileName().toString(), in);
        } catch (IOException | RuntimeException e) {
            header = List.of();
        }
        Optional<Dataset> d = options.aliases().recognise(header);
        String shown = header.size() > 8 ? String.join("、", header.subList(0, 8)) + "…" : String.join("、", header);
        Recognised r = d.isPresent()
                ? new Recognised(size, modified, d, "", "")
                : new Recognised(size, modified, d, header.isEmpty() ? "（文件为空或没有可读的表头）" : "（表头：" + shown + "）",
                        header.isEmpty() ? " (the file is empty or has no readable header)"
                                : " (header: " + String.join(", ", header.size() > 8 ? header.subList(0, 8) : header) + ")");
        recognised.put(p.toString(), r);
        return r;
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
        Counting counting = new Counting(dataset, visitor, progress, size(dataset));
        for (Path file : files) {
            readFile(dataset, file, counting);
        }
        progress.progress(dataset, counting.rows, System.nanoTime() - counting.started, counting.bytes.get(), counting.total);
    }

    /** Passes rows and rejections on, reporting progress every {@value #PROGRESS_EVERY} of them. */
    private static final class Counting implements RowVisitor {
        final Dataset dataset;
        final RowVisitor target;
        final ProgressListener progress;
        final long started = System.nanoTime();
        final long total;
        /** Bytes of the dataset's files read so far (the files before the current one, and of it). */
        final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        long rows;

        Counting(Dataset dataset, RowVisitor target, ProgressListener progress, long total) {
            this.dataset = dataset;
            this.target = target;
            this.progress = progress;
            this.total = total;
        }

        @Override
        public void row(RawRow row) {
            target.row(row);
            counted();
        }

        @Override
        public void header(io.xingzhi.core.record.SourceRef ref, java.util.List<String> names) {
            target.header(ref, names);
        }

        @Override
        public void rejected(Rejection rejection) {
            target.rejected(rejection);
            counted();
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
            throw new XingzhiException("cannot read " + file + ": " + e.getMessage(), e);
        }
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
