package io.xingzhi.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 2.5.250 and 2.5.252 can drop the last commits they acknowledged after a crash
 * ({@link AcknowledgedCommitsAreInTheFileACrashLeavesTest} fails on them): the store refuses to keep
 * leads in a file through them, naming the version to use, and the H2 this project ships is not one.
 */
class H2VersionsThatDropCommitsAreRefusedTest {
    @TempDir
    Path dir;

    @Test
    void theVersionsKnownToDropAcknowledgedCommitsAreTheOnesRefused() {
        assertThat(JdbiLeadStore.dropsAcknowledgedCommits("2.5.252 (2025-10-04)")).isTrue();
        assertThat(JdbiLeadStore.dropsAcknowledgedCommits("2.5.250")).isTrue();
        assertThat(JdbiLeadStore.dropsAcknowledgedCommits("2.4.240 (2025-09-21)")).isFalse();
        assertThat(JdbiLeadStore.dropsAcknowledgedCommits("2.3.232 (2024-08-11)")).isFalse();
        assertThat(JdbiLeadStore.dropsAcknowledgedCommits("2.5.2520")).isFalse();
    }

    @Test
    void theH2OnTheClassPathIsNotOneThatDropsThemAndAFileStoreOpens() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        JdbiLeadStore.open(url, "sa", "");
        try (Connection c = DriverManager.getConnection(H2Store.durableUrl(url), "sa", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT H2VERSION(), DATABASE_PATH()")) {
            assertThat(r.next()).isTrue();
            assertThat(JdbiLeadStore.dropsAcknowledgedCommits(r.getString(1))).as(r.getString(1)).isFalse();
            assertThat(r.getString(2)).as("a file store has a path: the check applies to it").isNotNull();
        }
    }
}
