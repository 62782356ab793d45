package io.xingzhi.adapter.jdbc;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.SourceUnreadableException;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * A {@link RecordSource} over database tables, views and queries ({@link JdbcSourceConfig}). Like
 * every adapter it moves text only: each row becomes a {@link RawRow} whose source is the
 * configured table or query name and whose line is the row number (1 = first row), with every
 * column as header → text; core's record mapper gives the values meaning and rejects bad ones.
 * It promises:
 * <ul>
 *   <li>rows stream through a forward-only cursor with the configured fetch size, inside a
 *       read-only transaction with auto-commit off (PostgreSQL only streams that way); a dataset is
 *       never held in memory;</li>
 *   <li>a column is renamed by the source's mapping, otherwise keeps its name (Chinese column
 *       names pass through and are understood by the standard header aliases);</li>
 *   <li>values are written the way an export would write them: {@code NULL} as empty text, dates as
 *       {@code 2024-03-05}, timestamps as {@code 2024-03-05 14:30:00} (or the bare date at
 *       midnight; a time-zoned timestamp as the time in Beijing (UTC+8), whatever zone this JVM or the
 *       database session keeps, so that its day is the day CONTRACT.md's dates are counted in, as a
 *       CSV value with a zone is read), decimals in plain notation
 *       ({@code 50000.00}), PostgreSQL's {@code infinity} and {@code -infinity} as those words (not as the end of
 *       Java's calendar), everything else - and any value the typed read fails on, such as a
 *       numeric {@code NaN} - as the driver's text, for core to accept or reject;</li>
 *   <li>a row with a column the driver cannot read even as text is a {@link Rejection} with the
 *       source, row number and column; the rows around it still arrive;</li>
 *   <li>a table or query that cannot be read at all, a mapping naming a column the source does not
 *       have, or two columns with one name throw {@link SourceUnreadableException} naming the dataset
 *       and source (never the connection password): the input is at fault, not the engine.</li>
 * </ul>
 * Table names are written into the SQL as identifiers: a plain name (letters, digits, underscores,
 * dotted for a schema) as is, so the database folds its case as it did when the table was created;
 * anything else, or a part already in double quotes, quoted. Queries run as configured.
 */
public final class JdbcRecordSource implements RecordSource {
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** The zone of every day the engine counts (CONTRACT.md's dates are Beijing's days). */
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final Jdbi jdbi;
    private final JdbcSourceConfig config;

    /** A source reading through {@code jdbi} what {@code config} names (its URL and credentials unused). */
    public JdbcRecordSource(Jdbi jdbi, JdbcSourceConfig config) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A source connecting with the URL and credentials of {@code config}; the driver must be on the class path. */
    public static JdbcRecordSource connect(JdbcSourceConfig config) {
        return new JdbcRecordSource(Jdbi.create(config.url(), config.user(), config.password()), config);
    }

    /** A source configured by a JSON file (see {@link JdbcSourceConfig}). */
    public static JdbcRecordSource fromConfig(Path file) {
        return connect(JdbcSourceConfig.read(file));
    }

    @Override
    public Set<Dataset> available() {
        return config.datasets().keySet();
    }

    @Override
    public List<String> describe(Dataset dataset) {
        return config.datasets().getOrDefault(dataset, List.of()).stream().map(JdbcSourceConfig.Source::name).toList();
    }

    @Override
    public void read(Dataset dataset, RowVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        for (JdbcSourceConfig.Source source : config.datasets().getOrDefault(dataset, List.of())) {
            read(dataset, source, visitor);
        }
    }

    private void read(Dataset dataset, JdbcSourceConfig.Source source, RowVisitor visitor) {
        String what = "dataset " + dataset.fileStem() + ": " + source.table().map(t -> "table " + t)
                .orElse("query " + source.name());
        String sql = source.table().map(t -> "SELECT * FROM " + identifier(t)).orElseGet(() -> source.query().get());
        long row = 0;
        try (Handle h = jdbi.open()) {
            Connection c = h.getConnection();
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                st.setFetchSize(config.fetchSize());
                try (ResultSet rs = st.executeQuery()) {
                    Column[] columns = columns(rs.getMetaData(), source, what);
                    visitor.header(new SourceRef(dataset, source.name(), 0),
                            java.util.Arrays.stream(columns).map(Column::header).toList());
                    while (rs.next()) {
                        row++;
                        emit(dataset, source, row, rs, columns, visitor);
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new SourceUnreadableException(Sql.printable(what) + ": cannot be read" + (row > 0 ? " after row " + row : "")
                    + ": " + secretless(Sql.firstLine(e)), secretless(e));
        } catch (JdbiException e) {
            Throwable root = e.getCause() == null ? e : e.getCause();
            throw new SourceUnreadableException(Sql.printable(what) + ": cannot connect: " + secretless(Sql.firstLine(root)),
                    secretless(root));
        }
    }

    /**
     * A driver message without the connection's secrets: drivers that cannot use a URL quote it whole ("No suitable
     * driver found for ...", "Unable to parse URL ..."), and a URL may carry the password in its options; the URL is
     * shown without options, any other {@code password=} option masked, and the configured password never.
     */
    private String secretless(String message) {
        String m = message;
        if (!config.url().isEmpty()) {
            m = m.replace(config.url(), Sql.describe(config.url()));
        }
        m = JdbcUrls.masked(m);
        return config.password().isEmpty() ? m : m.replace(config.password(), "***");
    }

    /** {@link Sql#sanitized} with {@link #secretless(String)} applied to its message. */
    private SQLException secretless(Throwable t) {
        SQLException s = Sql.sanitized(t);
        SQLException copy = new SQLException(secretless(String.valueOf(s.getMessage())), s.getSQLState());
        copy.setStackTrace(s.getStackTrace());
        return copy;
    }

    private record Column(int index, String label, String header, int type, boolean zoned) {
    }

    private static Column[] columns(ResultSetMetaData md, JdbcSourceConfig.Source source, String what)
            throws SQLException {
        Map<String, String> mapping = new HashMap<>();
        source.columns().forEach((col, field) -> mapping.put(col.toLowerCase(Locale.ROOT), field));
        Map<String, String> headers = new LinkedHashMap<>();
        List<Column> out = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String label = md.getColumnLabel(i);
            String header = mapping.getOrDefault(label.toLowerCase(Locale.ROOT), label);
            String clash = headers.putIfAbsent(header.toLowerCase(Locale.ROOT), label);
            if (clash != null) {
                throw new SourceUnreadableException(what + ": columns " + clash + " and " + label + " both give the field " + header
                        + "; alias or map one of them");
            }
            mapping.remove(label.toLowerCase(Locale.ROOT));
            String typeName = String.valueOf(md.getColumnTypeName(i)).toLowerCase(Locale.ROOT);
            boolean zoned = md.getColumnType(i) == Types.TIMESTAMP_WITH_TIMEZONE || typeName.contains("timestamptz")
                    || typeName.contains("with time zone");
            out.add(new Column(i, label, header, md.getColumnType(i), zoned));
        }
        if (!mapping.isEmpty()) {
            throw new SourceUnreadableException(what + ": the column mapping names " + mapping.keySet()
                    + ", which the source does not have (it has " + headers.values() + ")");
        }
        return out.toArray(Column[]::new);
    }

    private static void emit(Dataset dataset, JdbcSourceConfig.Source source, long row, ResultSet rs, Column[] columns,
                             RowVisitor visitor) {
        SourceRef ref = new SourceRef(dataset, source.name(), row);
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (Column col : columns) {
            try {
                fields.put(col.header(), text(rs, col));
            } catch (SQLException | RuntimeException e) {
                unreadable.add(col.label() + ": " + Sql.firstLine(e));
            }
        }
        if (unreadable.isEmpty()) {
            visitor.row(new RawRow(ref, fields));
        } else {
            visitor.rejected(new Rejection(ref, "cannot read column " + String.join("; column ", unreadable)));
        }
    }

    /** The value as text: typed for dates, times and decimals, else (and when typed reading fails) the driver's text. */
    private static String text(ResultSet rs, Column col) throws SQLException {
        try {
            return typedText(rs, col);
        } catch (SQLException | RuntimeException typed) {
            String s = rs.getString(col.index());
            return s == null ? "" : s;
        }
    }

    private static String typedText(ResultSet rs, Column col) throws SQLException {
        int i = col.index();
        switch (col.type()) {
            case Types.DATE -> {
                LocalDate d = rs.getObject(i, LocalDate.class);
                return d == null ? "" : d.equals(LocalDate.MAX) || d.equals(LocalDate.MIN) ? driverText(rs, i) : d.toString();
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                if (col.zoned()) {
                    OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                    return t == null ? "" : t.equals(OffsetDateTime.MAX) || t.equals(OffsetDateTime.MIN) ? driverText(rs, i)
                            : dateTime(t.withOffsetSameInstant(BEIJING).toLocalDateTime());
                }
                LocalDateTime t = rs.getObject(i, LocalDateTime.class);
                return t == null ? "" : t.equals(LocalDateTime.MAX) || t.equals(LocalDateTime.MIN) ? driverText(rs, i) : dateTime(t);
            }
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                BigDecimal b = rs.getBigDecimal(i);
                return b == null ? "" : b.toPlainString();
            }
            default -> {
                String s = rs.getString(i);
                return s == null ? "" : s;
            }
        }
    }

    /**
     * The driver's own text, for a date the typed read turned into the end of Java's calendar: PostgreSQL's
     * {@code infinity} and {@code -infinity} (an open end) arrive as {@code LocalDate.MAX}/{@code MIN}, which no
     * export would write; the word itself is what the agency can find in its table.
     */
    private static String driverText(ResultSet rs, int i) throws SQLException {
        String s = rs.getString(i);
        return s == null ? "" : s;
    }

    private static String dateTime(LocalDateTime t) {
        return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.format(TIMESTAMP);
    }

    /** A configured table name as an SQL identifier (see the class comment). */
    static String identifier(String table) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        String t = table.strip();
        while (i < t.length()) {
            int end;
            String part;
            if (t.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= t.length()) {
                        throw new XingzhiException("table name " + table + ": unclosed double quote");
                    }
                    char ch = t.charAt(j);
                    if (ch == '"') {
                        if (j + 1 < t.length() && t.charAt(j + 1) == '"') {
                            b.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    b.append(ch);
                    j++;
                }
                part = quote(b.toString());
                end = j + 1;
            } else {
                end = t.indexOf('.', i);
                end = end < 0 ? t.length() : end;
                String raw = t.substring(i, end).strip();
                part = PLAIN.matcher(raw).matches() ? raw : quote(raw);
            }
            if (part.isEmpty() || "\"\"".equals(part)) {
                throw new XingzhiException("table name " + table + ": empty part");
            }
            parts.add(part);
            if (end < t.length() && t.charAt(end) != '.') {
                throw new XingzhiException("table name " + table + ": expected a dot after a quoted part");
            }
            i = end + 1;
        }
        if (parts.isEmpty()) {
            throw new XingzhiException("table name is empty");
        }
        return String.join(".", parts);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return "JdbcRecordSource" + config;
    }
}
