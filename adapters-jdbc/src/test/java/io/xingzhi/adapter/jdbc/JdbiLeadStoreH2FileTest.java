package io.xingzhi.adapter.jdbc;

import static io.xingzhi.testkit.SampleLeads.lead;
import static io.xingzhi.testkit.SampleLeads.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.DocumentSettings;
import io.xingzhi.core.app.ReviewService;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.review.DismissReason;
import io.xingzhi.core.review.ReviewAction;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.testkit.LeadStoreContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file database that keeps runs and reviews between processes. */
class JdbiLeadStoreH2FileTest {
    private static final LocalDate JAN = LocalDate.of(2024, 1, 31);
    private static final LocalDate FEB = LocalDate.of(2024, 2, 29);
    private static final Instant AT = Instant.parse("2024-04-01T01:00:00Z");

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("xingzhi-data/store").toAbsolutePath();
    }

    @Test
    void reviewStateAndHistorySurviveReopeningTheFile() {
        RunResult result = run(JAN, lead("XZ-a"), lead("XZ-b"), lead("XZ-c"));
        JdbiLeadStore first = JdbiLeadStore.open(url(), "sa", "");
        first.saveRun(result);
        ReviewService reviews = new ReviewService(first, first, first, DocumentSettings.defaults(),
                Clock.fixed(AT, ZoneOffset.UTC));
        Actor zhang = new Actor("张检察官", "test");
        Actor li = new Actor("李检察官", "test");
        reviews.review("XZ-a", 0, ReviewAction.verify(), "", zhang);
        reviews.review("XZ-a", 1, ReviewAction.confirm(), "属实", zhang);
        reviews.review("XZ-b", 0, ReviewAction.verify(), "", li);
        reviews.review("XZ-b", 1, ReviewAction.dismiss(DismissReason.DATA_ERROR, "出所日期录错"), "", li);

        JdbiLeadStore reopened = JdbiLeadStore.open(url(), "sa", "");
        long second = reopened.saveRun(result);

        assertThat(second).isEqualTo(2);
        assertThat(reopened.count(LeadFilter.all())).isEqualTo(3);
        assertThat(reopened.lead("XZ-a").orElseThrow().state()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(reopened.lead("XZ-b").orElseThrow().state()).isEqualTo(ReviewState.DISMISSED);
        assertThat(reopened.lead("XZ-c").orElseThrow().state()).isEqualTo(ReviewState.NEW);
        assertThat(reopened.history("XZ-a")).extracting(ReviewEvent::action)
                .containsExactly(ReviewActionType.VERIFY, ReviewActionType.CONFIRM);
    }

    @Test
    void documentNumbersContinueAfterReopeningTheFile() {
        JdbiLeadStore first = JdbiLeadStore.open(url(), "sa", "");
        first.saveRun(run(JAN, lead("XZ-a")));
        first.file(DocumentType.CORRECTION_NOTICE, 2024, seq -> document(seq));
        first.file(DocumentType.CORRECTION_NOTICE, 2024, seq -> document(seq));

        StoredDocument third = JdbiLeadStore.open(url(), "sa", "").file(DocumentType.CORRECTION_NOTICE, 2024,
                seq -> document(seq));

        assertThat(third.number()).isEqualTo("丹检纠〔2024〕3号");
        assertThat(JdbiLeadStore.open(url(), "sa", "").documents()).extracting(StoredDocument::number)
                .containsExactly("丹检纠〔2024〕1号", "丹检纠〔2024〕2号", "丹检纠〔2024〕3号");
    }

    private static StoredDocument document(long seq) {
        String number = "丹检纠〔2024〕" + seq + "号";
        return new StoredDocument(number, List.of("XZ-a"), DocumentType.CORRECTION_NOTICE, number, JAN, "丹东市看守所",
                java.util.Optional.empty(), "# " + number);
    }

    @Test
    void runWhereAViolationWasFixedMarksThatLeadNoLongerFound() {
        JdbiLeadStore store = JdbiLeadStore.open(url(), "sa", "");
        store.saveRun(run(JAN, lead("XZ-fixed"), lead("XZ-open")));

        JdbiLeadStore.open(url(), "sa", "").saveRun(run(FEB, lead("XZ-open")));

        assertThat(store.lead("XZ-fixed").orElseThrow().noLongerFoundInRun()).contains(2L);
        assertThat(store.lead("XZ-open").orElseThrow().stillFound()).isTrue();
        assertThat(store.count(LeadFilter.all())).isEqualTo(2);
    }

    @Test
    void openingTwiceAppliesTheMigrationOnceAndKeepsItsChecksum() throws Exception {
        JdbiLeadStore.open(url(), "sa", "");
        JdbiLeadStore.open(url(), "sa", "");

        try (Connection c = DriverManager.getConnection(url(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\", \"success\", \"checksum\" FROM \"xingzhi_schema_history\" "
                             + "WHERE \"version\" IS NOT NULL AND \"version\" <> '0' ORDER BY \"installed_rank\"")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                assertThat(rs.getBoolean(2)).isTrue();
                assertThat(rs.getObject(3)).isNotNull();
                applied.add(rs.getString(1));
            }
            assertThat(applied).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        }
    }

    @Test
    void injectionTextLeavesEveryTableInPlace() throws Exception {
        JdbiLeadStore store = JdbiLeadStore.open(url(), "sa", "");
        String x = LeadStoreContract.INJECTION;
        store.saveRun(run(JAN, lead(x, x, x, x)));
        store.recordTransition(new ReviewEvent(x, 1, x, AT, ReviewState.NEW, ReviewState.VERIFYING,
                ReviewActionType.VERIFY, x, java.util.Map.of(x, x)), java.util.Optional.empty());

        try (Connection c = DriverManager.getConnection(url(), "sa", "");
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(tables).contains("runs", "leads", "review_events", "documents", "document_leads", "audit_log",
                    "audit_leads", "document_sequences");
        }
        assertThat(store.lead(x).orElseThrow().lead().model()).isEqualTo(x);
    }

    @Test
    void urlWithoutADriverFailsNamingTheStoreButNotItsOptions() {
        assertThatThrownBy(() -> JdbiLeadStore.open("jdbc:nosuchdb://host/db;password=secret", "u", "secret"))
                .isInstanceOf(XingzhiException.class)
                .hasMessageContaining("jdbc:nosuchdb://host/db")
                .hasMessageContaining("JDBC driver")
                .hasMessageNotContaining("secret");
    }
}
