package io.xingzhi.adapter.jdbc;

import static io.xingzhi.testkit.SampleLeads.lead;
import static io.xingzhi.testkit.SampleLeads.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A run kept before schema version 6 has no digests of its leads' facts: the store says it does not
 * know what changed from or to it, rather than calling every lead new or gone.
 */
class RunChangesBeforeVersion6Test {
    @Test
    void changesFromOrToARunKeptWithoutDigestsAreNotKnown() throws Exception {
        String url = "jdbc:h2:mem:v6-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbiLeadStore store = JdbiLeadStore.open(url, "sa", "");
        store.saveRun(run(LocalDate.of(2024, 1, 31), lead("XZ-a")));
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            // what a store upgraded from version 5 holds: the run, no digests
            s.execute("DELETE FROM run_lead_facts");
            s.execute("UPDATE runs SET lead_facts_kept = FALSE");
        }

        store.saveRun(run(LocalDate.of(2024, 2, 29), lead("XZ-a"), lead("XZ-b")));

        assertThat(store.runChanges(1)).isEmpty();
        assertThat(store.runChanges(2)).isEmpty();
        assertThat(store.runChanges(0, 2).orElseThrow().newLeads()).containsExactly("XZ-a", "XZ-b");
    }
}
