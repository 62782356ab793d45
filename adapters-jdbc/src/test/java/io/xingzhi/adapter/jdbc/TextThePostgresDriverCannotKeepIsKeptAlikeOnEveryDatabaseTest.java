package io.xingzhi.adapter.jdbc;

import static io.xingzhi.testkit.SampleLeads.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An agency's value holding a NUL character (U+0000: a name, a unit, a fact) reaches a lead as
 * written. PostgreSQL cannot keep a NUL in text: the whole run's save failed there (SQL state 22021),
 * on its first run and on every later one, while H2 kept it. A lone surrogate (a JSON feed's
 * {@code "\ud800"}) was written {@code ?} by PostgreSQL's driver and kept by H2. Both databases now
 * keep U+FFFD in their place; a whole pair (an emoji) is kept as it is.
 */
class TextThePostgresDriverCannotKeepIsKeptAlikeOnEveryDatabaseTest {
    private static final LocalDate JAN = LocalDate.of(2024, 1, 31);

    private static LeadStore open(String database) {
        return database.equals("postgresql")
                ? JdbiLeadStore.open(PostgresServer.freshDatabase("nul"), PostgresServer.USER, PostgresServer.USER)
                : JdbiLeadStore.open("jdbc:h2:mem:nul-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static Lead withNul(String id) {
        Lead l = SampleLeads.lead(id);
        return new Lead(l.leadId(), l.kind(), l.idNumber(), "张\u0000三", l.caseNumber(), l.supervisedAgency(),
                "丹东\uD800市\u0000看守所\uDC00😀", l.dueOn(), "张\u0000三判决生效后超过30日才被投送丹东市\u0000看守所", l.legalBasis(),
                l.evidence(), l.linkedBy(), l.estimated(), l.boundary(), l.suggestedDocument(),
                Map.of("venue", "网吧\u0000"), l.possibleMatches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void aNulOrALoneSurrogateInALeadsTextIsKeptAsAReplacementCharacter(String database) {
        LeadStore store = open(database);

        store.saveRun(run(JAN, SampleLeads.lead("XZ-plain"), withNul("XZ-nul")));
        store.saveRun(run(JAN.plusDays(1), withNul("XZ-plain"), withNul("XZ-nul")));

        Lead kept = store.lead("XZ-nul").orElseThrow().lead();
        assertThat(kept.name()).isEqualTo("张\uFFFD三");
        assertThat(kept.supervisedUnit()).isEqualTo("丹东\uFFFD市\uFFFD看守所\uFFFD😀");
        assertThat(kept.summary()).isEqualTo("张\uFFFD三判决生效后超过30日才被投送丹东市\uFFFD看守所");
        assertThat(kept.facts()).containsEntry("venue", "网吧\u0000");
        assertThat(store.lead("XZ-plain").orElseThrow().lead().name()).isEqualTo("张\uFFFD三");
        assertThat(store.runs()).hasSize(2);
    }
}
