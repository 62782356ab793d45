package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.testkit.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that show what a store keeps leave an audit row, as the REST server's reads do: who
 * (the operating system's account), from where ({@code cli}), what, the leads shown and the filter.
 */
class CommandsThatShowAStoreAreAuditedTest {
    @TempDir
    Path dir;

    @Test
    void leadsStatsAndGovernanceListEachLeaveARowNamingTheUserTheLeadsShownAndTheFilter() throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY, dir.resolve("data"));
        String store = "jdbc:h2:file:" + dir.resolve("xd/store").toAbsolutePath();
        assertThat(CliRun.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out").toString(),
                "--store", store, "--quiet").code()).isZero();
        CliRun leads = CliRun.of("leads", "--store", store, "--kind", "HELD_PAST_TERM", "--json");
        assertThat(leads.code()).as(leads.all()).isZero();
        CliRun stats = CliRun.of("stats", "--store", store, "--from", "2024-01-01");
        assertThat(stats.code()).as(stats.all()).isZero();
        CliRun governance = CliRun.of("governance", "list", "--store", store, "--as-of", "2024-10-01");
        assertThat(governance.code()).as(governance.all()).isZero();

        List<AuditEntry> trail = ApplicationServices.over(Stores.openExisting(store)).build().audit().auditTrail(0, 1000);
        List<String> shown = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(leads.out())
                .findValuesAsText("lead_id");
        assertThat(shown).isNotEmpty();
        assertThat(trail).filteredOn(e -> e.action().equals("leads")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(System.getProperty("user.name"));
            assertThat(e.origin()).isEqualTo("cli");
            assertThat(e.leadIds()).containsExactlyElementsOf(shown);
            assertThat(e.detail()).isEqualTo("kind=HELD_PAST_TERM");
        });
        assertThat(trail).filteredOn(e -> e.action().equals("stats")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("from=2024-01-01"));
        assertThat(trail).filteredOn(e -> e.action().equals("governance list")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("as_of=2024-10-01"));
    }
}
