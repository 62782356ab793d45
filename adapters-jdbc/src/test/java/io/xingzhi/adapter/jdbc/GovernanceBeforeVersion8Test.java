package io.xingzhi.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.governance.GovernanceStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A store kept at schema version 7 (before a 检察建议 kept the day of its adoption) is upgraded in place:
 * its records read as they were, without an adoption date, and a record adopted then closes as version 8
 * keeps it.
 */
class GovernanceBeforeVersion8Test {
    @Test
    void recordsOfAVersion7StoreReadWithoutAnAdoptionDateAndAnAdoptionClosedAfterTheUpgradeIsKept() throws Exception {
        String url = "jdbc:h2:mem:v7-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:io/xingzhi/adapter/jdbc/migration")
                .table("xingzhi_schema_history").baselineOnMigrate(true).baselineVersion("0").target("7").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            // a 检察建议 rectified under version 7 (its adoption overwritten), and one only adopted
            s.execute("INSERT INTO governance_records (record_number, kind, title, agencies, record_date, deadline, "
                    + "document_number, content, parent_number, status, closed_on, closing_note, recorded_by) VALUES "
                    + "(1, 'RECOMMENDATION', '检察建议一', '[\"丹东市看守所\"]', DATE '2024-05-20', DATE '2024-07-20', '建1', '', NULL, "
                    + "'RECTIFIED', DATE '2024-08-01', '已整改', '王检察官'), "
                    + "(2, 'RECOMMENDATION', '检察建议二', '[\"丹东市看守所\"]', DATE '2024-05-21', DATE '2024-07-21', '建2', '', NULL, "
                    + "'ADOPTED', DATE '2024-06-10', '复函采纳', '王检察官')");
            s.execute("INSERT INTO governance_leads (record_number, ordinal, lead_id) VALUES (1, 0, 'XZ-a'), (2, 0, 'XZ-b')");
        }

        JdbiLeadStore store = JdbiLeadStore.open(url, "sa", "");

        assertThat(store.governanceRecord(1)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(GovernanceStatus.RECTIFIED);
            assertThat(r.adoptedOn()).isEmpty();
            assertThat(r.adoptionNote()).isEmpty();
        });
        var adopted = store.governanceRecord(2).orElseThrow();
        var rectified = store.close(adopted.closed(GovernanceStatus.RECTIFIED, LocalDate.of(2024, 9, 1), "已整改"),
                GovernanceStatus.ADOPTED);
        assertThat(rectified.adoptedOn()).contains(LocalDate.of(2024, 6, 10));
        assertThat(rectified.adoptionNote()).isEqualTo("复函采纳");
        assertThat(rectified.status(LocalDate.of(2024, 8, 1))).isEqualTo(GovernanceStatus.ADOPTED);
        assertThat(store.governanceRecord(2)).isEqualTo(Optional.of(rectified));
    }
}
