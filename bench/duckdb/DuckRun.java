import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The DuckDB baseline of bench/compare.sh: runs models.sql (the four models as SQL) over a clean
 * generated folder through DuckDB's JDBC driver, in memory, with the given number of threads, and
 * writes the leads as JSON Lines that tools/score.py reads.
 *
 *   java -cp duckdb_jdbc.jar:CLASSES DuckRun SQL_FILE DATA_DIR AS_OF OUT.jsonl [THREADS]
 */
public final class DuckRun {
    public static void main(String[] args) throws IOException, SQLException {
        String sql = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)
                .replace("${DATA}", Path.of(args[1]).toAbsolutePath().toString())
                .replace("${ASOF}", args[2]);
        Path out = Path.of(args[3]);
        String threads = args.length > 4 ? args[4] : "2";
        Properties props = new Properties();
        props.setProperty("threads", threads);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", props); Statement st = c.createStatement()) {
            String[] statements = sql.replaceAll("(?m)^\\s*--.*$", "").split(";\\s*\\n");
            int leads = 0;
            java.util.List<String> list = java.util.Arrays.stream(statements).map(String::strip)
                    .map(x -> x.endsWith(";") ? x.substring(0, x.length() - 1) : x).filter(x -> !x.isEmpty()).toList();
            for (int i = 0; i < list.size() - 1; i++) {
                try {
                    st.execute(list.get(i));
                } catch (SQLException e) {
                    throw new SQLException("statement " + (i + 1) + " failed: " + list.get(i), e);
                }
            }
            {
                try (ResultSet rs = st.executeQuery(list.get(list.size() - 1)); Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    while (rs.next()) {
                        w.write("{\"model\": " + json(rs.getString(1)) + ", \"kind\": " + json(rs.getString(2))
                                + ", \"id_number\": " + json(rs.getString(3)) + ", \"case_number\": " + json(rs.getString(4)) + "}\n");
                        leads++;
                    }
                }
            }
            System.err.println("duckdb: " + leads + " leads");
        }
    }

    private static String json(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
