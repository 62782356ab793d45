package io.xingzhi.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.port.AuditEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged means durable, on the H2 the store ships: a commit the store has acknowledged is found by the
 * next process that opens the file after a crash. A {@code kill -9} leaves the file exactly as H2 last wrote it
 * (H2 writes with plain positional writes, no buffer in the process), so this test does not kill: it keeps the
 * store open, copies its file after each acknowledged write and opens the copy as a restarted server would.
 *
 * <p>H2 2.5.250 and 2.5.252 lose such commits: when a new chunk goes into freed space other than where the
 * previous chunk predicted, H2 rewrites the store header to find it, but the header it writes still names the
 * previous chunk (RandomAccessStore.writeChunk sets {@code lastChunk} only after writing the header, where
 * 2.4.240 set it before), so recovery stops there and the new chunk and those after it are dropped. Freed
 * space is reused once H2's retention time (45 s) has passed; the test sets it to 0 so that happens at once,
 * and writes rows of varying size so chunks land in holes. On 2.5.252 the first copy already lacks its row.
 */
class AcknowledgedCommitsAreInTheFileACrashLeavesTest {
    private static final int WRITES = 30;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAuditRowIsInTheFileAsAKillLeavesIt() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        JdbiLeadStore store = JdbiLeadStore.open(url, "sa", "");
        Random sizes = new Random(42);
        String pad = "x".repeat(64 * 1024);
        // holding a connection keeps the database open, as a running server does: nothing closes it cleanly
        try (Connection open = DriverManager.getConnection(H2Store.durableUrl(url), "sa", "")) {
            try (Statement s = open.createStatement()) {
                s.execute("SET RETENTION_TIME 0");
                s.execute("CREATE TABLE scratch (id INT PRIMARY KEY, pad VARCHAR)");
            }
            for (int i = 0; i < WRITES; i++) {
                try (PreparedStatement add = open.prepareStatement("INSERT INTO scratch VALUES (?, ?)");
                     PreparedStatement drop = open.prepareStatement("DELETE FROM scratch WHERE id = ?")) {
                    add.setInt(1, i);
                    add.setString(2, pad.substring(0, sizes.nextInt(pad.length())));
                    add.executeUpdate();
                    drop.setInt(1, sizes.nextInt(i + 1));
                    drop.executeUpdate();
                }
                store.audit(new AuditEntry(Instant.now(), "检察官", "127.0.0.1", "acknowledged", List.of(), "write " + i));

                assertThat(auditDetailsAfterACrash(i)).as("after acknowledged write %d", i).contains("write " + i);
            }
        }
    }

    /** Copies the open store's file, as a kill -9 right now would leave it, and reads the copy's audit rows. */
    private List<String> auditDetailsAfterACrash(int write) throws Exception {
        Path copy = dir.resolve("after-crash-" + write);
        Files.createDirectories(copy);
        Files.copy(dir.resolve("store.mv.db"), copy.resolve("store.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        String url = "jdbc:h2:file:" + copy.resolve("store").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(H2Store.durableUrl(url), "sa", "");
             ResultSet r = c.createStatement().executeQuery("SELECT detail FROM audit_log")) {
            List<String> details = new java.util.ArrayList<>();
            while (r.next()) {
                details.add(r.getString(1));
            }
            return details;
        }
    }
}
