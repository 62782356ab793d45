package io.xingzhi.adapter.jdbc;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.StoreFailureException;
import io.xingzhi.core.value.PlainText;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Typed JDBC arguments bound the same way on every driver (JDBC 4.2 {@code setObject} with
 * {@code java.time} values), and the translation of database failures into core exceptions whose
 * messages carry no bound values (so never an identity number).
 */
final class Sql {
    private Sql() {
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} argument. */
    static Argument timestamp(Instant instant) {
        OffsetDateTime t = instant.atOffset(ZoneOffset.UTC);
        return (position, statement, ctx) -> statement.setObject(position, t);
    }

    /** A {@code DATE} argument. */
    static Argument date(LocalDate date) {
        return (position, statement, ctx) -> statement.setObject(position, date);
    }

    /** A nullable {@code DATE} argument. */
    static Argument date(Optional<LocalDate> date) {
        return date.map(Sql::date).orElse((position, statement, ctx) -> statement.setNull(position, Types.DATE));
    }

    /** A nullable {@code BIGINT} argument. */
    static Argument bigint(Optional<Long> value) {
        return value.<Argument>map(v -> (position, statement, ctx) -> statement.setLong(position, v))
                .orElse((position, statement, ctx) -> statement.setNull(position, Types.BIGINT));
    }

    /** A nullable {@code VARCHAR} argument: empty text is stored as NULL. */
    static Argument nullableText(String value) {
        return value.isEmpty() ? (position, statement, ctx) -> statement.setNull(position, Types.VARCHAR)
                : (position, statement, ctx) -> statement.setString(position, storable(value));
    }

    /**
     * Text as the store keeps it on every database: a NUL character (U+0000) and a lone surrogate (half
     * of a UTF-16 pair, which a JSON feed can send as {@code "\\ud800"}) become U+FFFD. PostgreSQL
     * cannot keep a NUL in text (SQL state 22021), so one NUL in an agency's value (a name, a unit)
     * failed the whole run's save there, while H2 kept it; and PostgreSQL's driver wrote a lone
     * surrogate as {@code ?}, where H2 kept it. U+FFFD keeps it visible that something was there, as
     * report.md and the command line show it. One scan, no copy when the text has neither.
     */
    static String storable(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000' || Character.isSurrogate(c)) {
                return replaced(value, i);
            }
        }
        return value;
    }

    private static String replaced(String value, int from) {
        StringBuilder b = new StringBuilder(value.length()).append(value, 0, from);
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                b.append(c).append(value.charAt(++i));
            } else {
                b.append(c == '\u0000' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    /**
     * Binds every {@code String} through {@link #storable}, so each text a statement binds, whatever
     * column it fills, is kept the same on H2 and PostgreSQL.
     */
    static final class StorableText extends AbstractArgumentFactory<String> {
        StorableText() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(String value, ConfigRegistry config) {
            String kept = storable(value);
            return (position, statement, ctx) -> statement.setString(position, kept);
        }
    }

    /**
     * A core exception for a failed database operation. Jdbi's own message lists the bound
     * arguments and a server's detail may repeat a failing row, so only the SQL state and the first
     * line of the driver's message are kept; the cause is a copy of the driver's exception with that
     * message and the original stack trace.
     */
    /**
     * True when {@code e} is a write that lost a race and may succeed if tried again: a duplicate key
     * (another writer took the same number at once: SQL state 23505), a serialization failure or
     * deadlock (40001, 40P01), or H2's concurrent update or lock timeout (90131, HYT00). Any other
     * failure - a missing parent row, a value too long, a lost connection - would fail again.
     */
    static boolean lostARace(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return RACES.contains(s.getSQLState());
            }
        }
        return false;
    }

    private static final java.util.Set<String> RACES = java.util.Set.of("23505", "40001", "40P01", "90131", "HYT00");

    static XingzhiException failure(String what, RuntimeException e) {
        java.util.Optional<String> full = diskFull(e);
        if (full.isPresent()) {
            // H2 says "General error: MVStoreException: Writing to FileChannelImpl@… failed": the system's reason is below
            String en = what + ": the disk the store is on is full (" + full.get() + "); free some space and try again";
            return new StoreFailureException(en, "存储所在的磁盘已满，这次操作没有保存（此前已保存的都还在）。请腾出磁盘空间后重试，"
                    + "无需重启。技术细节：" + en, StoreFailureException.Kind.DISK_FULL,
                    sanitized(e instanceof JdbiException && e.getCause() != null ? e.getCause() : e));
        }
        Throwable root = e instanceof JdbiException && e.getCause() != null ? e.getCause() : e;
        if (h2WriteFailed(e)) {
            String en = what + ": H2 could not write the store's file (" + firstLine(root) + "): is the disk it "
                    + "is on full? Free some space and try again";
            return new StoreFailureException(en, "存储无法写入它的文件，这次操作没有保存（此前已保存的都还在）；多半是所在的磁盘已满。"
                    + "请腾出磁盘空间后重试（正在运行的 xingzhi serve 无需重启）。技术细节：" + en, StoreFailureException.Kind.DISK_FULL, sanitized(root));
        }
        if (root instanceof BatchUpdateException batch && batch.getNextException() != null) {
            // PostgreSQL's driver names the failing batch entry by its statement with the values bound
            // ("Batch entry 0 UPDATE leads SET ..., id_number = ('2101...')"); the server's own error is next
            root = batch.getNextException();
        }
        String state = root instanceof SQLException s && s.getSQLState() != null ? " [SQL state " + s.getSQLState() + "]"
                : "";
        String en = what + ": " + firstLine(root) + state;
        if (closed(e)) {
            return new StoreFailureException(en, "存储的数据库已经关闭（此前有一次写入失败，例如磁盘已满），这次操作没有完成（此前已保存的都还在）。"
                    + "请确认磁盘有空间后重试（正在运行的 xingzhi serve 无需重启）。技术细节：" + en, StoreFailureException.Kind.CLOSED, sanitized(root));
        }
        return new StoreFailureException(en, "存储操作失败，这次操作没有完成。技术细节：" + en, StoreFailureException.Kind.OTHER,
                sanitized(root));
    }

    /** H2's error codes for a database closed under its connection: 90098 (after a failed write), 90121 (at shutdown). */
    private static final java.util.Set<Integer> H2_CLOSED = java.util.Set.of(90098, 90121);

    /** True when {@code e}, or an exception under it, is H2 saying its database is closed. */
    static boolean closed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && H2_CLOSED.contains(s.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first line of a driver message, without H2's trailing "SQL statement:", at most 300
     * characters, and {@link #printable}: a server's message may quote an agency's value (PostgreSQL's
     * {@code invalid input syntax for type date: "…"} when a query casts a column), which reaches the
     * command line, a run job's error, the schedule's log and the server's log.
     */
    static String firstLine(Throwable t) {
        String first = String.valueOf(t.getMessage()).lines().findFirst().orElse("").strip()
                .replaceFirst(";? ?SQL statement:$", "");
        return printable(first.length() > 300 ? first.substring(0, 300) + "..." : first);
    }

    /** {@code s} as one line that shows as it is ({@link PlainText#line}): a message quoting the data drives no terminal. */
    static String printable(String s) {
        return PlainText.line(s);
    }

    /** A copy of {@code t} as an {@link SQLException} carrying only its first message line and its stack trace. */
    static SQLException sanitized(Throwable t) {
        SQLException copy = new SQLException(t.getClass().getSimpleName() + ": " + firstLine(t),
                t instanceof SQLException s ? s.getSQLState() : null);
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /**
     * The system's words when {@code e}, or an exception under it, says the disk is full ("No space left
     * on device", "Disk quota exceeded"); empty otherwise.
     */
    static java.util.Optional<String> diskFull(Throwable e) {
        // causes and suppressed exceptions: H2 keeps the system's IOException under the MVStoreException of its
        // "panic", which a later statement's "General error" may carry only as suppressed (and circularly)
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty() && seen.size() < 64) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            String m = t.getMessage();
            if (m != null && t instanceof java.io.IOException) {
                String lower = m.toLowerCase(java.util.Locale.ROOT);
                for (String words : new String[] {"no space left on device", "disk quota exceeded"}) {
                    int at = lower.indexOf(words);
                    if (at >= 0) {
                        return java.util.Optional.of(m.substring(at, at + words.length()));
                    }
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException s && s.getNextException() != null) {
                todo.add(s.getNextException());
            }
            todo.addAll(java.util.Arrays.asList(t.getSuppressed()));
        }
        return java.util.Optional.empty();
    }

    /**
     * True when H2 says it could not write its file ("MVStoreException: Writing to … failed"), the
     * system's reason not reachable from the exception (H2's writer met it on a thread of its own).
     */
    static boolean h2WriteFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("MVStoreException: Writing to ")) {
                return true;
            }
        }
        return false;
    }

    /** A JDBC URL without its options (which may carry a user or password), for messages. */
    static String describe(String jdbcUrl) {
        int cut = jdbcUrl.length();
        for (char c : new char[] {'?', ';'}) {
            int i = jdbcUrl.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return jdbcUrl.substring(0, cut);
    }
}
