package io.xingzhi.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A store on a full disk says so. On a full 8 MB tmpfs, H2 failed a run's save with "General error:
 * "org.h2.mvstore.MVStoreException: Writing to sun.nio.ch.FileChannelImpl@68e7c8c3 failed; length 8192
 * at 397312"", the system's "No space left on device" only in the exception under it. The chain below is
 * H2's, as it came (a disk cannot be filled inside the build); the store itself was whole when the space
 * was freed (the probe's notes).
 */
class StoreOnAFullDiskTest {
    static RuntimeException h2OnAFullDisk() {
        IOException system = new IOException("No space left on device");
        RuntimeException mv = new IllegalStateException("Writing to sun.nio.ch.FileChannelImpl@68e7c8c3 failed; length 8192 at 397312 "
                + "[2.5.252/2]", system);
        SQLException general = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to "
                + "sun.nio.ch.FileChannelImpl@68e7c8c3 failed; length 8192 at 397312 [2.5.252/2]\" [50000-252]", "HY000", 50000, mv);
        return new org.jdbi.v3.core.statement.UnableToExecuteStatementException(general, null);
    }

    @Test
    void aFailureOnAFullDiskSaysTheDiskIsFull() {
        assertThat(Sql.failure("lead store at data source: cannot keep run job 2", h2OnAFullDisk()).getMessage())
                .isEqualTo("lead store at data source: cannot keep run job 2: the disk the store is on is full "
                        + "(No space left on device); free some space and try again");
        assertThat(JdbiLeadStore.diskFull(h2OnAFullDisk())).contains("No space left on device");
    }

    @Test
    void aWriteH2FailedOnAThreadOfItsOwnAsksWhetherTheDiskIsFull() {
        // as the run's save failed on the tmpfs: the system's reason stayed with H2's writer
        RuntimeException e = new org.jdbi.v3.core.statement.UnableToExecuteStatementException(new SQLException("General error: "
                + "\"org.h2.mvstore.MVStoreException: Writing to sun.nio.ch.FileChannelImpl@2c8662ac failed; length 8192 at 397312 "
                + "[2.5.252/2]\" [50000-252]", "HY000", 50000), null);
        assertThat(Sql.failure("lead store at data source: cannot keep run job 2", e).getMessage())
                .startsWith("lead store at data source: cannot keep run job 2: H2 could not write the store's file (")
                .endsWith("): is the disk it is on full? Free some space and try again");
    }

    @Test
    void anotherFailureIsReportedAsBefore() {
        RuntimeException other = new org.jdbi.v3.core.statement.UnableToExecuteStatementException(
                new SQLException("Value too long for column", "22001"), null);
        assertThat(Sql.failure("lead store at x: cannot keep a lead", other).getMessage())
                .isEqualTo("lead store at x: cannot keep a lead: Value too long for column [SQL state 22001]");
        assertThat(JdbiLeadStore.diskFull(other)).isEmpty();
    }

    @Test
    void everyStoreFailureSaysInChineseWhatHappenedAndKeepsTheTechnicalDetailAtTheEnd() {
        String what = "lead store at data source: cannot keep run job 2";
        io.xingzhi.core.XingzhiException full = Sql.failure(what, h2OnAFullDisk());
        io.xingzhi.core.XingzhiException closed = Sql.failure("lead store at data source: cannot count leads",
                new org.jdbi.v3.core.statement.UnableToExecuteStatementException(new SQLException(
                        "The database has been closed [90098-240]", "90098", 90098), null));
        io.xingzhi.core.XingzhiException other = Sql.failure("lead store at x: cannot keep a lead",
                new org.jdbi.v3.core.statement.UnableToExecuteStatementException(new SQLException("Value too long for column", "22001"), null));

        assertThat(full.chineseMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("存储所在的磁盘已满")
                .endsWith("技术细节：" + full.getMessage()));
        assertThat(closed.chineseMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("存储的数据库已经关闭")
                .endsWith("技术细节：" + closed.getMessage()));
        assertThat(other.chineseMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("存储操作失败")
                .endsWith("技术细节：" + other.getMessage()));
        assertThat(java.util.List.of(full, closed, other)).extracting(e -> ((io.xingzhi.core.port.StoreFailureException) e).kind())
                .containsExactly(io.xingzhi.core.port.StoreFailureException.Kind.DISK_FULL,
                        io.xingzhi.core.port.StoreFailureException.Kind.CLOSED, io.xingzhi.core.port.StoreFailureException.Kind.OTHER);
    }
}
