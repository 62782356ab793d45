package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.testkit.InMemoryLeadStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Run jobs live in the store, not in the server: a job is there as soon as its 202 is, is found again
 * by the next server, and one a dead server left running is marked interrupted when the next starts.
 */
class RunJobsOutliveTheServerTest {
    static final String ADMIN = "admin", VIEWER = "viewer";
    static final RecordSource EMPTY = new RecordSource() {
        @Override
        public Set<Dataset> available() {
            return Set.of();
        }

        @Override
        public List<String> describe(Dataset dataset) {
            return List.of();
        }

        @Override
        public void read(Dataset dataset, RowVisitor visitor) {
        }
    };
    final InMemoryLeadStore store = new InMemoryLeadStore();
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    XingzhiServer server() {
        return XingzhiServer.builder(ApplicationServices.over(store).runs(RunService.builder(EMPTY)).build(),
                TokenRegistry.of(Map.of(TokenRegistry.sha256Hex(ADMIN), new Principal("ops", Role.ADMIN),
                        TokenRegistry.sha256Hex(VIEWER), new Principal("小王", Role.VIEWER)))).build();
    }

    HttpResponse<String> send(int port, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token);
        b = body == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aJobLeftRunningByADeadServerIsInterruptedAndAFinishedOneIsFoundByTheNextServer() throws Exception {
        store.startRun(LocalDate.of(2024, 7, 1), "ops", Instant.parse("2024-07-01T01:00:00Z")); // its server died

        XingzhiServer first = server();
        int port = first.start(0);
        JsonNode cut = json.readTree(send(port, "GET", "/runs/r1", VIEWER, null).body());
        assertThat(cut.get("state").asText()).isEqualTo("interrupted");
        assertThat(cut.get("error").asText()).contains("stopped before the run ended");
        HttpResponse<String> started = send(port, "POST", "/runs", ADMIN, "{\"as_of\":\"2024-07-31\"}");
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(started.headers().firstValue("Location")).hasValue("/runs/r2");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!json.readTree(send(port, "GET", "/runs/r2", ADMIN, null).body()).get("state").asText().equals("finished")
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        first.stop();

        XingzhiServer next = server();
        int again = next.start(0);
        try {
            JsonNode done = json.readTree(send(again, "GET", "/runs/r2", ADMIN, null).body());
            assertThat(done.get("state").asText()).isEqualTo("finished");
            assertThat(done.get("run").get("number").asLong()).isEqualTo(1);
            assertThat(done.get("requested_by").asText()).isEqualTo("ops");
            JsonNode all = json.readTree(send(again, "GET", "/runs", VIEWER, null).body());
            assertThat(all.get("jobs")).extracting(j -> j.get("id").asText() + " " + j.get("state").asText())
                    .containsExactly("r1 interrupted", "r2 finished");
            assertThat(all.get("runs")).hasSize(1);
        } finally {
            next.stop();
        }
    }
}
