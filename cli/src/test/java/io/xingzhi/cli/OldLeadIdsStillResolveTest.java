package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.adapter.jdbc.JdbiLeadStore;
import io.xingzhi.adapter.rest.TokenRegistry;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.lead.LeadIds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A store kept before ids were keyed, served after the upgrade: links that name a lead by its old id
 * still open it (under its keyed id), reviews by the old id still land on it, and no answer shows
 * the old id.
 */
class OldLeadIdsStillResolveTest {
    static final String VIEWER = "viewer-token", REVIEWER = "reviewer-token";

    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void getLeadByItsOldIdFindsItUnderItsKeyedIdAndNoAnswerShowsTheOldOne() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store/xingzhi").toAbsolutePath();
        String old = LeadIds.of("custody-transfer", "LATE_TRANSFER", "NB:张三|1980-01-01", "(2024)辽0682刑初123号");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:io/xingzhi/adapter/jdbc/migration")
                .table("xingzhi_schema_history").baselineOnMigrate(true).baselineVersion("0").target("3").load().migrate();
        // one run and its lead as a store of schema version 3 kept them (the store's own saveRun writes later columns)
        Jdbi.create(url, "sa", "").useTransaction(h -> {
            h.execute("INSERT INTO runs (run_number, as_of, started_at, finished_at, parameters, leads_by_model_kind, "
                    + "lead_count, new_leads, reappeared, no_longer_found, rows_read, rows_rejected) VALUES (1, DATE '2024-06-30', "
                    + "TIMESTAMP WITH TIME ZONE '2024-06-30 09:00:00+08', TIMESTAMP WITH TIME ZONE '2024-06-30 09:00:03+08', "
                    + "'{}', '{}', 1, 1, 0, 0, 0, 0)");
            h.createUpdate("INSERT INTO leads (lead_id, model, kind, id_number, name, case_number, supervised_agency, due_on, "
                            + "summary, legal_basis, evidence, linked_by, estimated, boundary, suggested_document, facts, "
                            + "kind_info, supervised_unit, possible_matches, state, version, first_seen_run, last_seen_run) "
                            + "VALUES (:id, 'custody-transfer', 'LATE_TRANSFER', NULL, '张三', '(2024)辽0682刑初123号', '丹东市看守所', "
                            + "DATE '2024-03-10', '张三判决生效后超过30日才被投送监狱', '[]', '[]', 'name+birth_date', FALSE, FALSE, "
                            + "'CORRECTION_NOTICE', '{}', '{}', '', '[]', 'NEW', 0, 1, 1)")
                    .bind("id", old).execute();
        });
        Path key = dir.resolve("lead-id.key");
        Path tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex(VIEWER) + ":viewer:小王\n" + TokenRegistry.sha256Hex(REVIEWER)
                + ":reviewer:李检察官\n");

        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--store", url, "--port", "0", "--tokens", tokens.toString(), "--lead-id-key", key.toString());
        ServeCommand.Serving s = cmd.start();
        try {
            String keyed = LeadIdKeyFile.loadOrCreate(key).keyedId(old);
            HttpResponse<String> byOld = send(s.url(), "/leads/" + old, VIEWER, null);
            assertThat(byOld.statusCode()).as(byOld.body()).isEqualTo(200);
            assertThat(json.readTree(byOld.body()).get("lead").get("lead_id").asText()).isEqualTo(keyed);
            HttpResponse<String> reviewed = send(s.url(), "/leads/" + old + "/review", REVIEWER,
                    "{\"action\":\"verify\",\"expected_version\":0}");
            assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
            JsonNode after = json.readTree(send(s.url(), "/leads/" + keyed, REVIEWER, null).body());
            assertThat(after.get("lead").get("version").asLong()).isEqualTo(1);
            for (String body : new String[] {byOld.body(), reviewed.body(), send(s.url(), "/leads", VIEWER, null).body(),
                    send(s.url(), "/leads/" + keyed, VIEWER, null).body()}) {
                assertThat(body).doesNotContain(old);
            }
        } finally {
            s.stop();
        }
        assertThat(LeadIdKeyFile.loadOrCreate(key)).isEqualTo(JdbiLeadStore.open(url, "sa", "").leadIdKey(LeadIdKey::generate));
    }

    private HttpResponse<String> send(String base, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
        b = body == null ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
