package io.xingzhi.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

class SqlTest {
    @Test
    void failureKeepsOnlyTheFirstLineOfTheDriverMessageAndNoBoundValues() {
        SQLException driver = new SQLException("ERROR: null value in column \"name\" violates not-null constraint\n"
                + "  Detail: Failing row contains (XZ-1, 110105194912310021, ...)", "23502");
        var jdbi = new UnableToExecuteStatementException("arguments: {idNumber: 110105194912310021}", driver, null);

        var e = Sql.failure("lead store at jdbc:h2:mem:x: cannot save a run", jdbi);

        assertThat(e).hasMessage("lead store at jdbc:h2:mem:x: cannot save a run: ERROR: null value in column \"name\" "
                + "violates not-null constraint [SQL state 23502]");
        assertThat(e.getCause()).hasMessageNotContaining("110105194912310021");
        assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("23502");
    }

    @Test
    void aFailedBatchIsToldByTheServersErrorNotByTheEntryWithItsValues() {
        // as PostgreSQL's driver reports a batch entry the server refused
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 UPDATE leads SET model = ('custody-transfer'), "
                + "kind = ('LATE_TRANSFER'), id_number = ('110105194912310021'), name = ('张三') WHERE lead_id = ('XZ-1') "
                + "was aborted: ERROR: invalid byte sequence for encoding \"UTF8\": 0x00  Call getNextException to see "
                + "other errors in the batch.", "22021", new int[0]);
        batch.setNextException(new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        var jdbi = new UnableToExecuteStatementException(batch, null);

        var e = Sql.failure("lead store at jdbc:postgresql://db/xz: cannot save a run", jdbi);

        assertThat(e).hasMessage("lead store at jdbc:postgresql://db/xz: cannot save a run: ERROR: invalid byte sequence "
                + "for encoding \"UTF8\": 0x00 [SQL state 22021]");
        assertThat(e.getCause()).hasMessageNotContaining("110105194912310021");
    }

    @Test
    void describedUrlDropsItsOptions() {
        assertThat(Sql.describe("jdbc:postgresql://db:5432/xz?user=a&password=b")).isEqualTo("jdbc:postgresql://db:5432/xz");
        assertThat(Sql.describe("jdbc:h2:file:./xingzhi-data/store;PASSWORD=b")).isEqualTo("jdbc:h2:file:./xingzhi-data/store");
        assertThat(Sql.describe("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
    }
}
