package io.xingzhi.adapter.jdbc;

import static io.xingzhi.testkit.SampleLeads.lead;
import static io.xingzhi.testkit.SampleLeads.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.LeadDetail;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.lead.LeadIds;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.core.run.RunResult;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store kept before lead ids were keyed (schema version 3, leads under their unkeyed digest) is
 * upgraded in place on H2 and PostgreSQL: when its key is first kept, each lead takes its keyed id
 * with its review state, history and documents, and its old id stays an alias that still finds it but
 * that no listing shows.
 */
class UnkeyedLeadIdsMigrationTest {
    private static final LocalDate JAN = LocalDate.of(2024, 1, 31);
    private static final LocalDate FEB = LocalDate.of(2024, 2, 29);
    private static final Instant AT = Instant.parse("2024-03-01T02:00:00Z");
    private static final String OLD_A = LeadIds.of("custody-transfer", "LATE_TRANSFER", "210682199908110777", "(2024)辽0682刑初1号");
    private static final String OLD_B = LeadIds.of("custody-transfer", "LATE_TRANSFER", "210682198001011234", "(2024)辽0682刑初2号");

    @TempDir
    Path dir;

    @Test
    void anH2StoreOfUnkeyedIdsTakesKeyedIdsAndKeepsTheOldOnesAsAliases() {
        String url = "jdbc:h2:file:" + dir.resolve("old/store").toAbsolutePath();
        upgradesInPlace(url, "sa", "");
    }

    @Test
    void aPostgresStoreOfUnkeyedIdsTakesKeyedIdsAndKeepsTheOldOnesAsAliases() {
        upgradesInPlace(PostgresServer.freshDatabase("unkeyed"), PostgresServer.USER, PostgresServer.USER);
    }

    private void upgradesInPlace(String url, String user, String password) {
        // a store as version 3 kept it: two leads under their unkeyed ids, one reviewed, with a document
        Flyway.configure().dataSource(url, user, password).locations("classpath:io/xingzhi/adapter/jdbc/migration")
                .table("xingzhi_schema_history").baselineOnMigrate(true).baselineVersion("0").target("3").load().migrate();
        JdbiLeadStore v3 = JdbiLeadStore.onMigrated(Jdbi.create(url, user, password));
        saveAsVersion3Did(Jdbi.create(url, user, password), run(JAN, lead(OLD_A), lead(OLD_B)));
        v3.recordTransition(new ReviewEvent(OLD_A, 1, "张检察官", AT, ReviewState.NEW, ReviewState.VERIFYING,
                ReviewActionType.VERIFY, "已核实", Map.of()), Optional.empty());
        v3.saveDocument(new StoredDocument("doc-1", List.of(OLD_A), DocumentType.CORRECTION_NOTICE, "丹检纠〔2024〕1号", JAN,
                "丹东市看守所", Optional.empty(), "# 纠正违法通知书"));
        v3.audit(new AuditEntry(AT, "小王", "127.0.0.1", "GET /leads/" + OLD_A, List.of(OLD_A), ""));

        JdbiLeadStore store = JdbiLeadStore.open(url, user, password);
        LeadIdKey key = LeadIdKey.generate();
        ApplicationServices services = ApplicationServices.over(store).leadIdKey(() -> key).build();
        String newA = key.keyedId(OLD_A);
        String newB = key.keyedId(OLD_B);

        assertThat(store.leads(LeadFilter.all())).extracting(StoredLead::leadId).containsExactly(newA, newB);
        LeadDetail byOldId = services.leads().detail(OLD_A);
        assertThat(byOldId.lead().leadId()).isEqualTo(newA);
        assertThat(byOldId.lead().state()).isEqualTo(ReviewState.VERIFYING);
        assertThat(byOldId.lead().version()).isEqualTo(1);
        assertThat(byOldId.history()).extracting(ReviewEvent::leadId, ReviewEvent::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple(newA, "已核实"));
        assertThat(store.lead(newA)).map(StoredLead::leadId).contains(newA);
        assertThat(store.documentsOf(newA)).extracting(StoredDocument::leadIds).containsExactly(List.of(newA));
        assertThat(store.auditTrail(0, 10)).extracting(AuditEntry::leadIds).containsExactly(List.of(OLD_A));

        // a run of the engine under the same key finds the same leads again: review state carries over
        long second = store.saveRun(run(FEB, lead(newA), lead(newB)));
        assertThat(store.run(second).orElseThrow().newLeads()).isZero();
        assertThat(store.lead(newA).orElseThrow().state()).isEqualTo(ReviewState.VERIFYING);

        // reopening finds the same key and renames nothing twice
        JdbiLeadStore reopened = JdbiLeadStore.open(url, user, password);
        assertThat(reopened.leadIdKey(LeadIdKey::generate)).isEqualTo(key);
        assertThat(reopened.leads(LeadFilter.all())).extracting(StoredLead::leadId).containsExactly(newA, newB);
        assertThat(reopened.lead(OLD_B)).map(StoredLead::leadId).contains(newB);
        // several at once, old ids and new: each under the id asked, as one by one
        Map<String, StoredLead> cited = reopened.leadsById(List.of(OLD_B, newA, "XZ-none"));
        assertThat(cited.keySet()).containsExactly(OLD_B, newA);
        assertThat(cited.get(OLD_B).leadId()).isEqualTo(newB);
        assertThat(cited.get(newA)).isEqualTo(reopened.lead(newA).orElseThrow());
    }

    /** Keeps a first run and its leads as a store of schema version 3 did (the store's own saveRun writes later columns). */
    private static void saveAsVersion3Did(Jdbi jdbi, RunResult result) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO runs (run_number, as_of, started_at, finished_at, parameters, leads_by_model_kind, "
                            + "lead_count, new_leads, reappeared, no_longer_found, rows_read, rows_rejected) "
                            + "VALUES (1, :asOf, :at, :at, '{}', '{}', :n, :n, 0, 0, 0, 0)")
                    .bind("asOf", Sql.date(result.report().asOf())).bind("at", Sql.timestamp(AT))
                    .bind("n", result.leads().size()).execute();
            for (Lead l : result.leads()) {
                h.createUpdate("INSERT INTO leads (lead_id, model, kind, id_number, name, case_number, supervised_agency, "
                                + "due_on, summary, legal_basis, evidence, linked_by, estimated, boundary, suggested_document, "
                                + "facts, kind_info, supervised_unit, possible_matches, state, version, first_seen_run, "
                                + "last_seen_run) VALUES (:id, :model, :kind, NULL, :name, :caseNumber, :agency, :dueOn, "
                                + ":summary, :basis, :evidence, :linkedBy, :estimated, :boundary, :document, :facts, "
                                + ":kindInfo, :unit, '[]', 'NEW', 0, 1, 1)")
                        .bind("id", l.leadId()).bind("model", l.model()).bind("kind", l.kindCode())
                        .bind("name", l.name()).bind("caseNumber", l.caseNumber()).bind("agency", l.supervisedAgency())
                        .bind("dueOn", Sql.date(l.dueOn())).bind("summary", l.summary())
                        .bind("basis", Json.write(l.legalBasis())).bind("evidence", Json.evidence(l.evidence()))
                        .bind("linkedBy", l.linkedBy().code()).bind("estimated", l.estimated())
                        .bind("boundary", l.boundary()).bind("document", l.suggestedDocument().name())
                        .bind("facts", Json.write(new java.util.TreeMap<>(l.facts()))).bind("kindInfo", Json.kind(l.kind()))
                        .bind("unit", l.supervisedUnit()).execute();
            }
        });
    }
}
