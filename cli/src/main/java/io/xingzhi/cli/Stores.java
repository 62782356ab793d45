package io.xingzhi.cli;

import io.xingzhi.adapter.jdbc.H2Store;
import io.xingzhi.adapter.jdbc.JdbcUrls;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.LeadStore;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Opens the {@link LeadStore} a {@code --store} URL names. JDBC URLs ({@code jdbc:h2:file:…},
 * {@code jdbc:postgresql:…}) open a {@code JdbiLeadStore}; the user and password come from the
 * environment variables {@code XINGZHI_STORE_USER} and {@code XINGZHI_STORE_PASSWORD} (default
 * {@code sa} and empty, H2's defaults), never from the command line. An H2 file store is opened with
 * {@code WRITE_DELAY=0}, so every write it acknowledges is in the file before the answer, and its
 * files are owner-only ({@link H2Store}); a URL that sets another write delay is refused. Other schemes
 * can be registered (tests register an in-memory store under {@code mem:}).
 *
 * <p>Only {@code run} and {@code serve} may create a store ({@link #open}); every other command
 * reads or changes what a run kept, so {@link #openExisting} refuses an H2 file store whose file is
 * not there - a typo such as {@code …/stor} for {@code …/store} would otherwise create an empty
 * database and show "0 leads" - naming the URL, the file it looked for and the existing store files
 * nearby. A store that cannot be opened is explained in one sentence ({@link StoreUnavailable}):
 * in use by another process (with what to do), wrong user or password, not reachable; never the
 * connection pool's own message.
 */
public final class Stores {
    private static final Map<String, Function<String, LeadStore>> OPENERS = new ConcurrentHashMap<>();
    /** One pooled store per JDBC URL for the life of the process. */
    private static final Map<String, LeadStore> POOLED = new ConcurrentHashMap<>();
    /** The pools behind {@link #POOLED}, to close them. */
    private static final Map<String, com.zaxxer.hikari.HikariDataSource> POOLS = new ConcurrentHashMap<>();
    /** H2's error code for a database file another process holds open. */
    private static final int H2_LOCKED = 90020;
    /** H2's error code for a database that does not exist (with IFEXISTS). */
    private static final int H2_NOT_FOUND = 90146;
    /** H2: a {@code CIPHER} URL given a password that is not "file password, space, user password". */
    private static final int H2_WRONG_PASSWORD_FORMAT = 90050;
    /** H2: a {@code CIPHER} store opened with another file password. */
    private static final int H2_ENCRYPTION_ERROR = 90049;
    /** H2: a file it cannot read as a store, which is what an encrypted store is to a URL without {@code CIPHER}. */
    private static final int H2_FILE_CORRUPTED = 90030;

    private Stores() {
    }

    /** Lets URLs starting with {@code prefix} open through {@code opener} (for tests and embedding). */
    public static void register(String prefix, Function<String, LeadStore> opener) {
        OPENERS.put(Objects.requireNonNull(prefix), Objects.requireNonNull(opener));
    }

    /** What is still written to a store when the process ends, before the stores close ({@link #atExit}). */
    private static final List<Runnable> LAST_WRITES = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final java.util.concurrent.atomic.AtomicBoolean CLOSING_AT_EXIT = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Has the process close its stores when it ends (Ctrl-C, a termination signal, the end of a command),
     * after the writes handed to {@link #atExit}: an embedded H2 store is opened with
     * {@code DB_CLOSE_ON_EXIT=FALSE}, since H2's own hook would close it at any moment of the end, before a
     * command's last write (a run marking its job interrupted) or during it.
     */
    private static void closeAtExit() {
        if (CLOSING_AT_EXIT.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Runnable w : LAST_WRITES) {
                    try {
                        w.run();
                    } catch (RuntimeException e) {
                        // each says itself what it could not write; the stores close all the same
                    }
                }
                closeAll();
            }, "xingzhi-stores-close"));
        }
    }

    /**
     * Runs {@code write} when the process ends, before its stores close; the returned action takes it back
     * (a command that ended normally). When no store was opened, {@code write} runs on a shutdown hook of its own.
     */
    static Runnable atExit(Runnable write) {
        Objects.requireNonNull(write, "write");
        if (!CLOSING_AT_EXIT.get()) {
            Thread hook = new Thread(write, "xingzhi-at-exit");
            Runtime.getRuntime().addShutdownHook(hook);
            return () -> {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the process is ending: the hook runs
                }
            };
        }
        LAST_WRITES.add(write);
        return () -> LAST_WRITES.remove(write);
    }

    /** Closes every pooled store of this process (the next {@link #open} opens it again). */
    static void closeAll() {
        POOLS.values().forEach(com.zaxxer.hikari.HikariDataSource::close);
        POOLS.clear();
        POOLED.clear();
    }

    /** Removes a registration. */
    public static void unregister(String prefix) {
        OPENERS.remove(prefix);
    }

    /**
     * The store at {@code url}, created (with its schema) when it does not exist yet: for
     * {@code run} and {@code serve}.
     *
     * @throws XingzhiCli.UsageError when the URL is not a store URL
     * @throws StoreUnavailable when the store cannot be opened
     */
    public static LeadStore open(String url) {
        for (Map.Entry<String, Function<String, LeadStore>> e : OPENERS.entrySet()) {
            if (url.startsWith(e.getKey())) {
                return e.getValue().apply(url);
            }
        }
        if (url.startsWith("jdbc:")) {
            LeadStore kept = POOLED.get(url);
            if (kept != null) {
                return kept;
            }
            String durable;
            try {
                durable = H2Store.durableUrl(url);
                H2Store.prepareFiles(url);
            } catch (XingzhiException e) {
                throw new XingzhiCli.UsageError("--store: " + e.getMessage());
            }
            if (H2Store.databaseFile(url).isPresent() && !url.toUpperCase(Locale.ROOT).contains(";DB_CLOSE_ON_EXIT=")) {
                // closed by this process's own hook, after its last writes (closeAtExit), not by H2's at any moment
                durable += ";DB_CLOSE_ON_EXIT=FALSE";
            }
            closeAtExit();
            return pooled(url, durable);
        }
        throw new XingzhiCli.UsageError(Lang.text(
                "--store " + url + "：不是存储地址（应为 jdbc:h2:file:… 或 jdbc:postgresql://…）",
                "--store " + url + ": not a JDBC URL (jdbc:h2:file:… or jdbc:postgresql://…)"));
    }

    /**
     * The pooled store of {@code url}, opened on {@code durableUrl} (the URL as the store opens it, see
     * {@link H2Store#durableUrl}) when the process has none yet. The pool evicts a connection whose
     * database H2 closed under it (a write that failed on a full disk makes H2 close the database:
     * {@link ClosedDatabaseEvicted}), so the next request opens the database again and works once there
     * is space, without a restart.
     */
    static LeadStore pooled(String url, String durableUrl) {
        String user = System.getenv().getOrDefault("XINGZHI_STORE_USER", "sa");
        String password = System.getenv().getOrDefault("XINGZHI_STORE_PASSWORD", "");
        return POOLED.computeIfAbsent(url, u -> {
            com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
            config.setJdbcUrl(durableUrl);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(8);
            config.setPoolName("xingzhi-store");
            ClosedDatabaseEvicted evicted = new ClosedDatabaseEvicted();
            config.setExceptionOverride(evicted);
            com.zaxxer.hikari.HikariDataSource ds = null;
            try {
                ds = new com.zaxxer.hikari.HikariDataSource(config);
                evicted.pool = ds;
                LeadStore opened = io.xingzhi.adapter.jdbc.JdbiLeadStore.open(ds);
                POOLS.put(u, ds);
                return opened;
            } catch (RuntimeException e) {
                if (ds != null) {
                    ds.close();
                }
                throw explain(u, e);
            }
        });
    }

    /**
     * Tells the pool to drop every connection when the embedded H2 database under them is closed: after a
     * write fails (a full disk), H2's MVStore closes the database, and every statement on a connection to
     * it fails from then on ("General error: … MVStoreException", then "The database has been closed",
     * 90098) while the connection still says it is valid, and a new connection joins the same closed
     * database as long as one old connection holds it. Once none does, H2 forgets the closed database and
     * the next connection opens it again from its file (what was committed is there). Any other failure is
     * left to the pool's own judgement.
     */
    static final class ClosedDatabaseEvicted implements com.zaxxer.hikari.SQLExceptionOverride {
        /** H2: the database is closed (after a failed write, or at shutdown). */
        private static final java.util.Set<Integer> CLOSED = java.util.Set.of(90098, 90121);
        /** The pool, once made. */
        volatile com.zaxxer.hikari.HikariDataSource pool;

        @java.lang.Override
        public Override adjudicate(SQLException e) {
            if (CLOSED.contains(e.getErrorCode()) || io.xingzhi.adapter.jdbc.JdbiLeadStore.diskFull(e).isPresent()
                    || String.valueOf(e.getMessage()).contains("MVStoreException")) {
                com.zaxxer.hikari.HikariDataSource p = pool;
                if (p != null && p.getHikariPoolMXBean() != null) {
                    p.getHikariPoolMXBean().softEvictConnections();
                }
                return Override.MUST_EVICT;
            }
            return Override.CONTINUE_EVICT;
        }
    }

    /**
     * The store at {@code url}, which must exist already: for the commands that read or change what
     * a run kept ({@code leads}, {@code stats}, {@code review}, {@code document}).
     *
     * @throws StoreUnavailable when an H2 file store's file does not exist, or the store cannot be opened
     */
    public static LeadStore openExisting(String url) {
        h2File(url).ifPresent(file -> {
            if (!Files.isRegularFile(file.resolveSibling(file.getFileName() + ".mv.db"))
                    && !Files.isRegularFile(file.resolveSibling(file.getFileName() + ".h2.db"))) {
                throw notFound(url, file);
            }
        });
        return open(url);
    }

    /** The database file path (without {@code .mv.db}) of an embedded H2 file URL; empty for any other URL. */
    static Optional<Path> h2File(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        int semi = rest.indexOf(';');
        String path = semi < 0 ? rest : rest.substring(0, semi);
        String p = path.toLowerCase(Locale.ROOT);
        if (p.startsWith("mem:") || p.startsWith("tcp:") || p.startsWith("ssl:") || p.startsWith("zip:")) {
            return Optional.empty();
        }
        if (p.startsWith("file:")) {
            path = path.substring("file:".length());
        } else if (p.startsWith("split:") || p.startsWith("nio")) {
            return Optional.empty();
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
    }

    private static StoreUnavailable notFound(String url, Path file) {
        Path db = file.resolveSibling(file.getFileName() + ".mv.db");
        Path dir = file.toAbsolutePath().getParent();
        List<String> near = nearbyStores(dir, file.getFileName().toString());
        List<String> urls = near.stream().map(n -> url.replace(file.getFileName().toString(), n)).toList();
        String zhHint = urls.isEmpty() ? "" : "同一文件夹里有 " + String.join("、", urls) + "，是不是想用它？";
        String enHint = urls.isEmpty() ? "" : " That folder has " + String.join(", ", urls) + " - did you mean it?";
        return new StoreUnavailable(XingzhiCli.BAD_INPUT, Lang.text(
                "存储 " + url + " 不存在（没有文件 " + db + "）。" + zhHint + "这个命令只读取已有的存储，不会新建；新的存储由 xingzhi run … --store 建立",
                "store " + url + " does not exist (no file " + db + ")." + enHint + " This command only reads an existing store "
                        + "and never creates one; xingzhi run … --store creates a new one"));
    }

    /** The store files in {@code dir} (names without {@code .mv.db}), the one closest to {@code wanted} first. */
    private static List<String> nearbyStores(Path dir, String wanted) {
        List<String> names = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.mv.db")) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                names.add(n.substring(0, n.length() - ".mv.db".length()));
            }
        } catch (IOException e) {
            return names;
        }
        names.sort((a, b) -> Integer.compare(io.xingzhi.core.value.EditDistance.of(a, wanted),
                io.xingzhi.core.value.EditDistance.of(b, wanted)));
        return names.size() > 3 ? names.subList(0, 3) : names;
    }

    /** The one-sentence reason a store could not be opened, from the driver's exception under the pool's. */
    private static StoreUnavailable explain(String url, RuntimeException e) {
        java.util.Optional<String> full = io.xingzhi.adapter.jdbc.JdbiLeadStore.diskFull(e);
        if (full.isPresent()) {
            String shown = JdbcUrls.masked(url);
            return new StoreUnavailable(XingzhiCli.FAILED, Lang.text("无法打开存储 " + shown + "：它所在的磁盘已满（" + full.get()
                            + "）。请腾出空间后重试", "cannot open store " + shown + ": the disk it is on is full (" + full.get()
                            + "); free some space and try again"));
        }
        SQLException sql = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                sql = s;
            }
        }
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql == null ? 0 : sql.getErrorCode();
        String shown = JdbcUrls.masked(url);
        if (code == H2_LOCKED) {
            return new StoreUnavailable(XingzhiCli.REFUSED, Lang.text(
                    "存储 " + shown + " 正被另一个进程使用（例如正在运行的 xingzhi serve）。可以：停止该进程后再试；或通过它的 REST API 操作"
                            + "（docs/rest-api.md）；或让所有进程都用 H2 的自动服务器模式打开同一文件，在地址末尾加 ;AUTO_SERVER=TRUE",
                    "store " + shown + " is in use by another process (such as a running xingzhi serve). Stop that process "
                            + "and try again; or work through its REST API (docs/rest-api.md); or let every process open the "
                            + "file in H2's automatic server mode by adding ;AUTO_SERVER=TRUE to the URL"));
        }
        if (code == H2_NOT_FOUND) {
            return new StoreUnavailable(XingzhiCli.BAD_INPUT, Lang.text("存储 " + shown + " 不存在",
                    "store " + shown + " does not exist"));
        }
        boolean cipher = url.toUpperCase(java.util.Locale.ROOT).contains(";CIPHER=");
        if (code == H2_WRONG_PASSWORD_FORMAT || code == H2_ENCRYPTION_ERROR || (cipher && (state.startsWith("28") || code == 28000))) {
            return new StoreUnavailable(XingzhiCli.BAD_INPUT, Lang.text(
                    "存储 " + shown + " 是加密的（CIPHER），打不开：环境变量 XINGZHI_STORE_PASSWORD 应写成“文件密码 用户密码”"
                            + "（中间一个空格），两者都须与建库时相同",
                    "store " + shown + " is encrypted (CIPHER) and could not be opened: XINGZHI_STORE_PASSWORD must be "
                            + "\"FILE_PASSWORD USER_PASSWORD\" (one space between), both as when the store was made"));
        }
        if (code == H2_FILE_CORRUPTED && !cipher) {
            return new StoreUnavailable(XingzhiCli.BAD_INPUT, Lang.text(
                    "存储 " + shown + " 的文件读不出来：如果它是加密的存储，请在地址末尾加 ;CIPHER=AES 并设置 XINGZHI_STORE_PASSWORD"
                            + "（“文件密码 用户密码”）；否则文件已损坏，请从备份恢复",
                    "the file of store " + shown + " cannot be read: if it is an encrypted store, add ;CIPHER=AES to the URL "
                            + "and set XINGZHI_STORE_PASSWORD (\"FILE_PASSWORD USER_PASSWORD\"); otherwise the file is damaged: "
                            + "restore it from a backup"));
        }
        if (state.startsWith("28") || code == 28000) {
            return new StoreUnavailable(XingzhiCli.BAD_INPUT, Lang.text(
                    "存储 " + shown + " 拒绝登录：请检查环境变量 XINGZHI_STORE_USER 和 XINGZHI_STORE_PASSWORD",
                    "store " + shown + " refused the login: check XINGZHI_STORE_USER and XINGZHI_STORE_PASSWORD"));
        }
        if (state.startsWith("08")) {
            return new StoreUnavailable(XingzhiCli.BAD_INPUT, Lang.text(
                    "无法连接存储 " + shown + "：数据库服务器没有响应，请检查地址和端口",
                    "cannot reach store " + shown + ": the database server does not answer; check the host and port"));
        }
        String why = sql != null && sql.getMessage() != null ? firstLine(sql.getMessage())
                : e.getMessage() != null ? firstLine(e.getMessage()) : e.getClass().getSimpleName();
        return new StoreUnavailable(XingzhiCli.BAD_INPUT, Lang.text("无法打开存储 " + shown + "（数据库报告：" + why + "）",
                "cannot open store " + shown + " (the database says: " + why + ")"));
    }

    private static String firstLine(String s) {
        String line = s.strip().split("\\R", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** A store that cannot be opened, explained in one sentence, with the exit code it ends the command with. */
    public static final class StoreUnavailable extends XingzhiCli.CliError {
        private static final long serialVersionUID = 1L;

        StoreUnavailable(int exitCode, String message) {
            super(exitCode, message);
        }
    }
}
