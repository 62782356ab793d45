import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.xingzhi.adapter.jdbc.H2Store;
import io.xingzhi.adapter.jdbc.JdbiLeadStore;
import io.xingzhi.core.port.AuditEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Does H2 keep every commit it acknowledged (WRITE_DELAY=0, the store's own URL) when the JVM is killed with
 * SIGKILL at a random moment, on a store with history (freed space in the middle of the file)?
 *
 * <pre>
 * write DIR [EXTRA_URL_SETTINGS]   open DIR/xingzhi as serve does (Hikari, 8 connections, H2Store.durableUrl,
 *                                  JdbiLeadStore.open) and write until killed; one line per acknowledged commit:
 *   A n ms          audit row n (JdbiLeadStore.audit, 3 threads)
 *   U k v ms        row k of probe_kv updated to v, with an event row (one transaction, 2 threads)
 *   C n ms          churn: rows inserted and others deleted (1 thread), makes holes
 *   BS r ms / BC r ms / BD r ms   big transaction r started / committed (20,000 rows) / its rows deleted
 * check DIR LOG [EXTRA]            every acknowledged commit in LOG must be in the store
 * </pre>
 * ms is System.currentTimeMillis() right after the commit returned.
 */
public class DurabilityStress {
    static final int KEYS = 2000;

    public static void main(String[] a) throws Exception {
        String extra = a.length > (a[0].equals("write") ? 2 : 3) ? a[a[0].equals("write") ? 2 : 3] : "";
        String url = "jdbc:h2:file:" + Path.of(a[1]).resolve("xingzhi").toAbsolutePath() + extra;
        HikariConfig c = new HikariConfig();
        H2Store.prepareFiles(url);
        c.setJdbcUrl(H2Store.durableUrl(url));
        c.setUsername("sa");
        c.setPassword("");
        c.setMaximumPoolSize(8);
        HikariDataSource ds = new HikariDataSource(c);
        JdbiLeadStore store = JdbiLeadStore.open(ds);
        try (Connection k = ds.getConnection(); Statement s = k.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS probe_kv (k INT PRIMARY KEY, v BIGINT NOT NULL, pad VARCHAR)");
            s.execute("CREATE TABLE IF NOT EXISTS probe_event (k INT NOT NULL, v BIGINT NOT NULL, at TIMESTAMP, "
                    + "PRIMARY KEY (k, v))");
            s.execute("CREATE TABLE IF NOT EXISTS probe_churn (id BIGINT PRIMARY KEY, pad VARCHAR)");
            s.execute("CREATE TABLE IF NOT EXISTS probe_big (r BIGINT NOT NULL, i INT NOT NULL, pad VARCHAR, "
                    + "PRIMARY KEY (r, i))");
            s.execute("CREATE TABLE IF NOT EXISTS probe_seq (name VARCHAR PRIMARY KEY, v BIGINT NOT NULL)");
        }
        if (a[0].equals("write")) {
            write(ds, store);
        } else {
            System.exit(check(ds, Path.of(a[2])));
        }
    }

    static synchronized void ack(String line) {
        System.out.println(line + " " + System.currentTimeMillis());
        System.out.flush();
    }

    /** A value larger than any earlier round used, kept in probe_seq (committed before it is used). */
    static long epoch(HikariDataSource ds, String name) throws Exception {
        try (Connection k = ds.getConnection()) {
            k.setAutoCommit(false);
            long v;
            try (PreparedStatement p = k.prepareStatement("SELECT v FROM probe_seq WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    v = r.next() ? r.getLong(1) + 1 : 1;
                }
            }
            try (PreparedStatement p = k.prepareStatement("MERGE INTO probe_seq KEY (name) VALUES (?, ?)")) {
                p.setString(1, name);
                p.setLong(2, v);
                p.executeUpdate();
            }
            k.commit();
            return v;
        }
    }

    static void write(HikariDataSource ds, JdbiLeadStore store) throws Exception {
        long round = epoch(ds, "round");
        String pad = "x".repeat(120);
        AtomicLong audit = new AtomicLong(round * 10_000_000L);
        AtomicLong version = new AtomicLong(round * 10_000_000L);
        AtomicLong churn = new AtomicLong(round * 10_000_000L);
        for (int t = 0; t < 3; t++) {
            new Thread(() -> {
                while (true) {
                    long n = audit.incrementAndGet();
                    try {
                        store.audit(new AuditEntry(Instant.now(), "probe", "127.0.0.1", "ack", List.of(), Long.toString(n)));
                        ack("A " + n);
                    } catch (RuntimeException e) {
                        System.out.println("audit failed: " + e);
                    }
                }
            }).start();
        }
        for (int t = 0; t < 2; t++) {
            new Thread(() -> {
                while (true) {
                    int key = ThreadLocalRandom.current().nextInt(KEYS);
                    long v = version.incrementAndGet();
                    try (Connection k = ds.getConnection()) {
                        k.setAutoCommit(false);
                        try (PreparedStatement p = k.prepareStatement("UPDATE probe_kv SET v = GREATEST(v, ?), pad = ? WHERE k = ?");
                             PreparedStatement i = k.prepareStatement("INSERT INTO probe_kv VALUES (?, ?, ?)");
                             PreparedStatement e = k.prepareStatement("INSERT INTO probe_event VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                            p.setLong(1, v);
                            p.setString(2, pad + v);
                            p.setInt(3, key);
                            if (p.executeUpdate() == 0) {
                                i.setInt(1, key);
                                i.setLong(2, v);
                                i.setString(3, pad + v);
                                i.executeUpdate();
                            }
                            e.setInt(1, key);
                            e.setLong(2, v);
                            e.executeUpdate();
                        }
                        k.commit();
                        ack("U " + key + " " + v);
                    } catch (Exception e) {
                        System.out.println("update failed: " + e);
                    }
                }
            }).start();
        }
        new Thread(() -> {
            while (true) {
                long n = churn.incrementAndGet();
                try (Connection k = ds.getConnection()) {
                    k.setAutoCommit(false);
                    try (PreparedStatement p = k.prepareStatement("INSERT INTO probe_churn VALUES (?, ?)");
                         PreparedStatement d = k.prepareStatement("DELETE FROM probe_churn WHERE id < ?")) {
                        for (int i = 0; i < 50; i++) {
                            p.setLong(1, n * 100 + i);
                            p.setString(2, pad);
                            p.addBatch();
                        }
                        p.executeBatch();
                        d.setLong(1, (n - 20) * 100);
                        d.executeUpdate();
                    }
                    k.commit();
                    ack("C " + n);
                } catch (Exception e) {
                    System.out.println("churn failed: " + e);
                }
            }
        }).start();
        new Thread(() -> {
            try {
                while (true) {
                    long r = epoch(ds, "big");
                    try (Connection k = ds.getConnection()) {
                        k.setAutoCommit(false);
                        ack("BS " + r);
                        try (PreparedStatement p = k.prepareStatement("INSERT INTO probe_big VALUES (?, ?, ?)")) {
                            for (int i = 0; i < 20000; i++) {
                                p.setLong(1, r);
                                p.setInt(2, i);
                                p.setString(3, pad);
                                p.addBatch();
                                if (i % 1000 == 999) {
                                    p.executeBatch();
                                }
                            }
                        }
                        k.commit();
                        ack("BC " + r);
                        try (PreparedStatement d = k.prepareStatement("DELETE FROM probe_big WHERE r < ?")) {
                            d.setLong(1, r);
                            d.executeUpdate();
                        }
                        k.commit();
                        ack("BD " + r);
                    }
                }
            } catch (Exception e) {
                System.out.println("big failed: " + e);
            }
        }).start();
        System.out.println("writing round " + round + " H2 " + Class.forName("org.h2.engine.Constants").getField("FULL_VERSION").get(null));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    static int check(HikariDataSource ds, Path log) throws Exception {
        Set<String> audits = new HashSet<>();
        Map<Integer, Long> kv = new HashMap<>();
        Set<String> events = new HashSet<>();
        Set<Long> churnIds = new HashSet<>();
        Map<Long, Long> big = new HashMap<>();
        try (Connection k = ds.getConnection(); Statement s = k.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT detail FROM audit_log WHERE action = 'ack'")) {
                while (r.next()) {
                    audits.add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT k, v FROM probe_kv")) {
                while (r.next()) {
                    kv.put(r.getInt(1), r.getLong(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT k, v FROM probe_event")) {
                while (r.next()) {
                    events.add(r.getInt(1) + " " + r.getLong(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id FROM probe_churn")) {
                while (r.next()) {
                    churnIds.add(r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT r, COUNT(*) FROM probe_big GROUP BY r")) {
                while (r.next()) {
                    big.put(r.getLong(1), r.getLong(2));
                }
            }
        }
        int acked = 0;
        int lost = 0;
        long lastAck = 0;
        long firstLost = Long.MAX_VALUE;
        long maxChurn = 0;
        long lastBigCommit = 0;
        long lastBigDelete = 0;
        Map<Integer, Long> maxAcked = new HashMap<>();
        StringBuilder report = new StringBuilder();
        boolean bigOpen = false;
        for (String line : Files.readAllLines(log)) {
            String[] f = line.split(" ");
            boolean missing;
            switch (f[0]) {
                case "A" -> missing = !audits.contains(f[1]);
                case "U" -> {
                    maxAcked.merge(Integer.parseInt(f[1]), Long.parseLong(f[2]), Math::max);
                    missing = !events.contains(f[1] + " " + f[2]);
                }
                case "C" -> {
                    long n = Long.parseLong(f[1]);
                    maxChurn = Math.max(maxChurn, n);
                    missing = false;
                }
                case "BS" -> {
                    bigOpen = true;
                    missing = false;
                }
                case "BC" -> {
                    bigOpen = false;
                    lastBigCommit = Long.parseLong(f[1]);
                    missing = false;
                }
                case "BD" -> {
                    lastBigDelete = Long.parseLong(f[1]);
                    missing = false;
                }
                default -> {
                    continue;
                }
            }
            acked++;
            long ms = Long.parseLong(f[f.length - 1]);
            lastAck = Math.max(lastAck, ms);
            if (missing) {
                lost++;
                firstLost = Math.min(firstLost, ms);
                if (lost <= 10) {
                    report.append("  lost: ").append(line).append('\n');
                }
            }
        }
        for (Map.Entry<Integer, Long> e : maxAcked.entrySet()) {
            Long v = kv.get(e.getKey());
            if (v == null || v < e.getValue()) {
                lost++;
                report.append("  probe_kv ").append(e.getKey()).append(" is ").append(v).append(", acknowledged ")
                        .append(e.getValue()).append('\n');
            }
        }
        if (maxChurn > 0 && !churnIds.contains(maxChurn * 100)) {
            lost++;
            report.append("  churn ").append(maxChurn).append(" missing\n");
        }
        if (lastBigCommit > 0 && big.getOrDefault(lastBigCommit, 0L) != 20000) {
            lost++;
            report.append("  big ").append(lastBigCommit).append(" has ").append(big.get(lastBigCommit)).append(" rows\n");
        }
        final long deletedBelow = lastBigDelete;
        if (deletedBelow > 0 && big.keySet().stream().anyMatch(r -> r < deletedBelow)) {
            lost++;
            report.append("  big rows before ").append(deletedBelow).append(" still there: ").append(big.keySet()).append('\n');
        }
        System.out.println("acknowledged " + acked + ", lost " + lost + ", last ack " + lastAck
                + (lost > 0 ? ", first lost ack " + firstLost : "") + ", big transaction open at kill " + bigOpen
                + ", big runs " + big.keySet());
        System.out.print(report);
        return lost == 0 ? 0 : 1;
    }
}
