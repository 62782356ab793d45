package io.xingzhi.adapter.jdbc;

import static io.xingzhi.testkit.SampleLeads.lead;
import static io.xingzhi.testkit.SampleLeads.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.XingzhiException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 store in a file acknowledges nothing it has not written (WRITE_DELAY=0), keeps no trace file
 * of statements and their values, and its files are owner-only.
 */
class H2StoreTest {
    @TempDir
    Path dir;

    @Test
    void anH2FileUrlGetsNoWriteDelayAndNoTraceFile() {
        assertThat(H2Store.durableUrl("jdbc:h2:file:./xingzhi-data/store"))
                .isEqualTo("jdbc:h2:file:./xingzhi-data/store;WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
        assertThat(H2Store.durableUrl("jdbc:h2:~/x;AUTO_SERVER=TRUE;write_delay=0;TRACE_LEVEL_FILE=1"))
                .isEqualTo("jdbc:h2:~/x;AUTO_SERVER=TRUE;write_delay=0;TRACE_LEVEL_FILE=1");
    }

    @Test
    void aUrlThatDelaysWritesIsRefusedNamingTheStoreButNotItsOptions() {
        assertThatThrownBy(() -> H2Store.durableUrl("jdbc:h2:file:./store;PASSWORD=secret;WRITE_DELAY=500"))
                .isInstanceOf(XingzhiException.class)
                .hasMessageContaining("jdbc:h2:file:./store").hasMessageContaining("WRITE_DELAY=500")
                .hasMessageNotContaining("secret");
    }

    @Test
    void otherUrlsAreLeftAsTheyAre() {
        assertThat(H2Store.durableUrl("jdbc:postgresql://localhost/xingzhi")).isEqualTo("jdbc:postgresql://localhost/xingzhi");
        assertThat(H2Store.durableUrl("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
        assertThat(H2Store.databaseFile("jdbc:h2:tcp://localhost/~/store")).isEmpty();
        assertThat(H2Store.databaseFile("jdbc:postgresql://localhost/x")).isEmpty();
    }

    @Test
    void theDatabaseFileOfEachFormOfUrl() {
        assertThat(H2Store.databaseFile("jdbc:h2:file:./data/store;WRITE_DELAY=0")).contains(Path.of("./data/store.mv.db"));
        assertThat(H2Store.databaseFile("jdbc:h2:/srv/x/store")).contains(Path.of("/srv/x/store.mv.db"));
        assertThat(H2Store.databaseFile("jdbc:h2:~/store")).contains(Path.of(System.getProperty("user.home") + "/store.mv.db"));
    }

    @Test
    void aNewStoreIsCreatedOwnerOnlyInOwnerOnlyFolders() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("a/b/store");
        JdbiLeadStore.open(url, "sa", "").saveRun(run(LocalDate.of(2024, 1, 31), lead("XZ-a")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/store.mv.db"))))
                .isEqualTo("rw-------");
        assertThat(dir.resolve("a/b/store.trace.db")).doesNotExist();
    }

    @Test
    void anExistingStoreFileOpenToOthersIsMadeOwnerOnly() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store");
        JdbiLeadStore.open(url, "sa", "");
        Files.setPosixFilePermissions(dir.resolve("store.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        JdbiLeadStore.open(url, "sa", "");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("store.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aDataSourceWithTheDefaultWriteDelayIsMadeToWriteAtOnce() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("ds") + ";DB_CLOSE_DELAY=10";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        try (Connection keepOpen = ds.getConnection()) {
            JdbiLeadStore.open(ds);

            assertThat(writeDelays(keepOpen)).containsOnly("0");
        }
    }

    @Test
    void aDataSourceWhoseUrlDelaysWritesIsRefused() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("delayed") + ";WRITE_DELAY=500");
        ds.setUser("sa");

        assertThatThrownBy(() -> JdbiLeadStore.open(ds)).isInstanceOf(XingzhiException.class)
                .hasMessageContaining("WRITE_DELAY");
    }

    private static List<String> writeDelays(Connection c) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
