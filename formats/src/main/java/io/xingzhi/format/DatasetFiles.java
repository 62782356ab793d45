package io.xingzhi.format;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.run.SourceNote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which files of a folder of agency CSV exports make which dataset, and in which order they are read
 * (CONTRACT.md §1): dataset {@code custody} is the file {@code custody.csv} followed by any
 * {@code custody*.csv} (e.g. {@code custody_2.csv}), in natural name order; names match
 * case-insensitively. A {@code .csv} file whose name is no dataset's is read by its header row: when
 * its columns are clearly those of one dataset ({@link HeaderAliases#recognise}) it is read as that
 * dataset, after the files named for it; otherwise it is not read. Either way {@link #notes()} says
 * so, and names the files that are no CSV at all and the sub-folders (not read), so the run report
 * accounts for every entry of the folder. An empty file (no bytes, or only blank lines) has no header
 * and is not read: without another file its dataset counts as missing, as if the file were not there,
 * and the note says so (an empty export must not read as "the agency has no records"). A dataset's
 * file that is a link to nothing stays among its files, so that reading it fails with its name. Shared by the CSV adapter's record source and the Spark engine, which reads each of these
 * files in its own task: both read the same files in the same order.
 *
 * <p>The folder is listed on every call, so files added between runs are seen. A file's header
 * recognition is kept by path, size and time. Safe for use from several threads.
 */
public final class DatasetFiles {
    private final Path folder;
    private final HeaderAliases aliases;
    private final CsvRowReader reader;
    /** A file's header recognition by path, size and time: the folder is listed often, headers read once. */
    private final Map<String, Recognised> recognised = new ConcurrentHashMap<>();

    /** What a file's header row says it is. */
    private record Recognised(long size, long modified, Optional<Dataset> dataset, String why, String whyEnglish) {
    }

    /**
     * The files of {@code folder}; headers of files named for no dataset are read with {@code decoding}
     * and recognised by {@code aliases}.
     *
     * @throws XingzhiException when {@code folder} is not a readable folder
     */
    public DatasetFiles(Path folder, HeaderAliases aliases, Decoding decoding) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        this.reader = new CsvRowReader(decoding);
        if (!Files.isDirectory(folder)) {
            throw new XingzhiException("not a folder: " + folder);
        }
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /** The datasets that have at least one file. */
    public Set<Dataset> available() {
        Set<Dataset> found = EnumSet.noneOf(Dataset.class);
        byDataset().forEach((d, files) -> {
            if (!files.isEmpty()) {
                found.add(d);
            }
        });
        return found;
    }

    /** The names of the files of {@code dataset}, in reading order. */
    public List<String> describe(Dataset dataset) {
        return files(dataset).stream().map(p -> p.getFileName().toString()).toList();
    }

    /** The bytes of the files of {@code dataset}. */
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
        return byDataset().get(dataset);
    }

    /** Every dataset's files in reading order, from one listing of the folder (an empty list for a dataset with none). */
    private Map<Dataset, List<Path>> byDataset() {
        Map<Dataset, List<Path>> named = new EnumMap<>(Dataset.class);
        Map<Dataset, List<Path>> byHeader = new EnumMap<>(Dataset.class);
        for (Dataset d : Dataset.values()) {
            named.put(d, new ArrayList<>());
            byHeader.put(d, new ArrayList<>());
        }
        for (Path p : list()) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".csv") || name.startsWith(LOCK_PREFIX) || !(Files.isRegularFile(p) || danglingLink(p)) || isEmpty(p)) {
                continue;
            }
            Optional<Dataset> owner = ownerOf(name);
            if (owner.isPresent()) {
                // a link to a file that is not there is kept: reading it fails, naming it, rather than the dataset
                // silently counting as absent
                named.get(owner.get()).add(p);
            } else if (Files.isRegularFile(p)) {
                recognise(p).dataset().ifPresent(d -> byHeader.get(d).add(p));
            }
        }
        named.forEach((d, files) -> {
            String exact = d.fileStem().toLowerCase(Locale.ROOT) + ".csv";
            files.sort(Comparator.<Path, Boolean>comparing(p -> !p.getFileName().toString().equalsIgnoreCase(exact))
                    .thenComparing(p -> p.getFileName().toString().toLowerCase(Locale.ROOT), DatasetFiles::naturalCompare)
                    .thenComparing(p -> p.getFileName().toString()));
            List<Path> recognised = byHeader.get(d);
            recognised.sort(Comparator.comparing(p -> p.getFileName().toString()));
            files.addAll(recognised);
        });
        return named;
    }

    /**
     * Every file of the folder that is not simply a dataset's by its name: the {@code .csv} files read
     * as a dataset by their headers, those not read (and why), and the files that are no CSV.
     */
    public List<SourceNote> notes() {
        List<SourceNote> notes = new ArrayList<>();
        for (Path p : list()) {
            String file = p.getFileName().toString();
            String name = file.toLowerCase(Locale.ROOT);
            if (file.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(p)) {
                notes.add(new SourceNote(file, Optional.empty(), SourceNote.Kind.NOT_DATA,
                        file + "：是文件夹，未读取（子文件夹中的文件不读取；数据文件请直接放在 --data 文件夹中）",
                        file + ": a folder, not read (files in sub-folders are not read; put data files in the --data folder itself)"));
                continue;
            }
            if (!Files.isRegularFile(p) && !danglingLink(p)) {
                notes.add(new SourceNote(file, Optional.empty(), SourceNote.Kind.NOT_DATA,
                        file + "：不是普通文件，未读取", file + ": not a regular file, not read"));
                continue;
            }
            if (!name.endsWith(".csv")) {
                notes.add(new SourceNote(file, Optional.empty(), SourceNote.Kind.NOT_DATA,
                        file + "：不是 .csv 文件，未读取", file + ": not a .csv file, not read"));
                continue;
            }
            if (name.startsWith(LOCK_PREFIX)) {
                notes.add(new SourceNote(file, Optional.empty(), SourceNote.Kind.NOT_DATA,
                        file + "：Excel/WPS 打开文件时留下的锁文件，未读取", file + ": a lock file Excel or WPS leaves while a file is open, not read"));
                continue;
            }
            Optional<Dataset> owner = ownerOf(name);
            if (owner.isPresent() && isEmpty(p)) {
                Dataset d = owner.get();
                notes.add(new SourceNote(file, owner, SourceNote.Kind.IGNORED,
                        file + "：文件为空（没有表头，也没有数据行），未读取；未提供 " + d.fileStem() + " 的其他文件时，按缺少该数据集处理",
                        file + ": the file is empty (no header row, no rows), not read; without another file of "
                                + d.fileStem() + " the dataset counts as missing"));
                continue;
            }
            if (owner.isPresent() || danglingLink(p)) {
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

    /** How Excel and WPS name the lock file of an open file ({@code ~$custody.csv}): never data. */
    private static final String LOCK_PREFIX = "~$";

    /** True when {@code p} is a symbolic link to nothing (its target is missing). */
    private static boolean danglingLink(Path p) {
        return Files.isSymbolicLink(p) && !Files.exists(p);
    }

    /** Up to this many bytes are looked at to tell an empty file (blank lines, a byte-order mark, zero bytes). */
    private static final int EMPTY_SCAN_BYTES = 1 << 20;

    /**
     * True when a file holds no text at all: no bytes, or only line breaks, spaces, tabs, zero bytes
     * (a file whose writer died after reserving its space) and a UTF-8 byte-order mark. Such a file
     * has no header, so it says nothing about its dataset: it counts as missing, and is noted. A
     * file that cannot be read is not empty (reading it reports why). Reading stops at the first byte
     * of text, which in a file with a header is its first.
     */
    /**
     * True when {@code in} holds no text: nothing but line breaks, spaces, tabs, zero bytes and a UTF-8
     * byte-order mark (an empty export, a file or an HTTP body). It stops at the first byte of text.
     */
    public static boolean holdsNoText(java.io.InputStream source) throws IOException {
        java.io.InputStream in = new java.io.BufferedInputStream(source);
        byte[] head = in.readNBytes(3);
        int from = EncodingDetector.startsWithBom(head, head.length) ? 3 : 0;
        for (int i = from; i < head.length; i++) {
            if (!blank(head[i] & 0xff)) {
                return false;
            }
        }
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (!blank(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(int c) {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == 0;
    }

    private static boolean isEmpty(Path p) {
        try {
            if (!Files.isRegularFile(p)) {
                return false;
            }
            long size = Files.size(p);
            if (size == 0) {
                return true;
            }
            if (size > EMPTY_SCAN_BYTES) {
                return false;
            }
            try (java.io.InputStream in = Files.newInputStream(p)) {
                return holdsNoText(in);
            }
        } catch (IOException e) {
            return false;
        }
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
        Optional<Dataset> d = aliases.recognise(header);
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

    /** Compares names with digit runs as numbers: {@code a_2.csv} before {@code a_10.csv}. */
    public static int naturalCompare(String a, String b) {
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
}
