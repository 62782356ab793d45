package io.xingzhi.adapter.jdbc;

import io.xingzhi.core.XingzhiException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an embedded H2 store needs to keep its promises (README, "Privacy and durability"):
 * <ul>
 *   <li><b>Acknowledged means durable.</b> H2's MVStore writes committed transactions to its file in
 *       the background, up to {@code WRITE_DELAY} milliseconds later (500 by default): a process
 *       killed in between loses transactions that were already acknowledged. With
 *       {@code WRITE_DELAY=0} every commit is written to the file before the commit returns, so it
 *       survives the end of the process (a kill, a crash of the JVM); the operating system holds it
 *       until it reaches the disk. {@link #durableUrl} adds {@code WRITE_DELAY=0} to an H2 URL and
 *       refuses one that sets another delay.</li>
 *   <li><b>No trace file.</b> H2 logs failing statements with their values to {@code *.trace.db};
 *       {@code TRACE_LEVEL_FILE=0} is added unless the URL sets a level.</li>
 *   <li><b>Owner-only files.</b> {@link #prepareFiles} creates the database's missing folders
 *       {@code 0700} and its {@code .mv.db} file {@code 0600} before H2 opens it, and makes an existing
 *       one {@code 0600}: the store holds identity numbers.</li>
 * </ul>
 * Other URLs (PostgreSQL, H2 in memory) are left as they are.
 */
public final class H2Store {
    private static final String PREFIX = "jdbc:h2:";

    private H2Store() {
    }

    /** True for an H2 URL of a database in files (embedded or served), not in memory. */
    public static boolean isH2Files(String jdbcUrl) {
        if (!jdbcUrl.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        String rest = jdbcUrl.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        return !rest.startsWith("mem:");
    }

    /**
     * The URL the store opens: for H2 in files, with {@code WRITE_DELAY=0} (and {@code TRACE_LEVEL_FILE=0}
     * unless given); any other URL unchanged.
     *
     * @throws XingzhiException when the URL sets a {@code WRITE_DELAY} other than 0, which would let an
     *     acknowledged write be lost when the process ends
     */
    public static String durableUrl(String jdbcUrl) {
        if (!isH2Files(jdbcUrl)) {
            return jdbcUrl;
        }
        Optional<String> delay = setting(jdbcUrl, "WRITE_DELAY");
        if (delay.isPresent() && !delay.get().strip().equals("0")) {
            throw new XingzhiException("the store URL " + Sql.describe(jdbcUrl) + " sets WRITE_DELAY=" + delay.get().strip()
                    + ": H2 would acknowledge writes it has not written yet, and lose them when the process ends; "
                    + "remove the setting (the store adds WRITE_DELAY=0) or set WRITE_DELAY=0");
        }
        String url = jdbcUrl;
        if (delay.isEmpty()) {
            url += ";WRITE_DELAY=0";
        }
        if (setting(jdbcUrl, "TRACE_LEVEL_FILE").isEmpty()) {
            url += ";TRACE_LEVEL_FILE=0";
        }
        return url;
    }

    /**
     * True when only one process at a time can open the store at this URL: an embedded H2 database in a
     * file, which H2 locks for the process that opens it, unless the URL lets others in
     * ({@code AUTO_SERVER=TRUE}, {@code FILE_LOCK=NO}). Such a process knows that a run job the store
     * records as running is not running anywhere, unless it runs it itself.
     */
    public static boolean openedByOneProcessOnly(String jdbcUrl) {
        return databaseFile(jdbcUrl).isPresent()
                && !setting(jdbcUrl, "AUTO_SERVER").map(v -> v.strip().equalsIgnoreCase("TRUE")).orElse(false)
                && !setting(jdbcUrl, "FILE_LOCK").map(v -> v.strip().equalsIgnoreCase("NO")).orElse(false);
    }

    /** The value of {@code name} among the URL's {@code ;NAME=value} settings. */
    static Optional<String> setting(String jdbcUrl, String name) {
        String[] parts = jdbcUrl.split(";");
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0 && parts[i].substring(0, eq).strip().equalsIgnoreCase(name)) {
                return Optional.of(parts[i].substring(eq + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The database file an embedded H2 URL names ({@code jdbc:h2:file:./data/store} →
     * {@code ./data/store.mv.db}), or empty for other URLs (in memory, served over TCP, not H2).
     */
    public static Optional<Path> databaseFile(String jdbcUrl) {
        if (!isH2Files(jdbcUrl)) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring(PREFIX.length()).split(";", 2)[0];
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tcp:") || lower.startsWith("ssl:") || lower.startsWith("zip:")) {
            return Optional.empty();
        }
        for (String p : List.of("file:", "split:", "nio:", "niomapped:", "async:", "memfs:", "memlzf:")) {
            if (lower.startsWith(p)) {
                if (p.startsWith("mem")) {
                    return Optional.empty();
                }
                name = name.substring(p.length());
                lower = lower.substring(p.length());
            }
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".mv.db"));
    }

    /**
     * Makes the files of an embedded H2 database owner-only before it is opened: its missing folders
     * are created {@code 0700}, its {@code .mv.db} created empty {@code 0600} when absent (H2 starts a
     * new database in it), or made {@code 0600} when present. Does nothing for other URLs or on file
     * systems without POSIX permissions.
     *
     * @throws XingzhiException when a folder or the file cannot be created
     */
    public static void prepareFiles(String jdbcUrl) {
        Optional<Path> file = databaseFile(jdbcUrl);
        if (file.isEmpty() || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path db = file.get().toAbsolutePath();
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        try {
            List<Path> missing = new ArrayList<>();
            for (Path p = db.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
                missing.add(0, p);
            }
            for (Path p : missing) {
                Files.createDirectory(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            if (Files.exists(db)) {
                if (!Files.getPosixFilePermissions(db).equals(ownerOnly)) {
                    Files.setPosixFilePermissions(db, ownerOnly);
                }
            } else {
                Files.createFile(db, PosixFilePermissions.asFileAttribute(ownerOnly));
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // created by another process at the same moment: H2's own locking takes over
        } catch (IOException e) {
            throw new XingzhiException("cannot prepare the store's file " + db + ": " + e.getClass().getSimpleName() + " "
                    + e.getMessage(), e);
        }
    }
}
