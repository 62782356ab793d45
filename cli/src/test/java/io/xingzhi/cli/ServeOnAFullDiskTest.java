package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.adapter.jdbc.H2Store;
import io.xingzhi.adapter.rest.TokenRegistry;
import io.xingzhi.testkit.SampleLeads;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A server whose store's disk fills up says so to every request while it is full (507, in Chinese too),
 * and works again once there is space, without a restart, with nothing it acknowledged lost. By hand, on
 * a 3 MB tmpfs filled with {@code dd}: H2 failed a run's save with "No space left on device", closed the
 * database, and every request answered 500 ("Database is already closed", 90098) until the server was
 * restarted, space freed or not. Here the disk is H2's own file system with a switch ({@link DiskThatFills}).
 */
class ServeOnAFullDiskTest {
    static final String ADMIN = "admin-secret";

    @TempDir
    Path dir;
    String url;
    Path tokens;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void storeWithOneRun() throws Exception {
        url = DiskThatFills.url(dir.resolve("store"));
        Stores.register(url, u -> Stores.pooled(u, H2Store.durableUrl(u)));
        Stores.open(url).saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), SampleLeads.lead("L1")));
        tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex(ADMIN) + ":admin:ops\n");
    }

    @AfterEach
    void emptyTheDisk() {
        DiskThatFills.full(false);
        Stores.unregister(url);
        Stores.closeAll();
    }

    HttpResponse<String> call(String base, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + ADMIN);
        b = body == null ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aFullDiskIsSaidInChineseWhileItLastsAndTheServerWorksAgainOnceThereIsSpace() throws Exception {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--store", url, "--port", "0", "--tokens", tokens.toString());
        ServeCommand.Serving s = cmd.start();
        try {
            HttpResponse<String> verified = call(s.url(), "/leads/L1/review", "{\"action\":\"verify\",\"expected_version\":0}");
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);

            DiskThatFills.full(true);
            HttpResponse<String> refused = call(s.url(), "/leads/L1/review", "{\"action\":\"confirm\",\"expected_version\":1}");
            HttpResponse<String> after = call(s.url(), "/leads", null);

            for (HttpResponse<String> r : java.util.List.of(refused, after)) {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(507);
                JsonNode p = json.readTree(r.body());
                assertThat(p.get("type").asText()).isEqualTo("/problems/store-full");
                assertThat(p.get("detail_zh").asText()).as(r.body()).contains("磁盘已满").contains("腾出").contains("无需重启");
            }

            DiskThatFills.full(false);
            HttpResponse<String> listed = call(s.url(), "/leads", null);
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            JsonNode lead = json.readTree(listed.body()).get("leads").get(0);
            assertThat(lead.get("version").asLong()).as("the acknowledged review kept, the refused one not").isEqualTo(1);
            HttpResponse<String> confirmed = call(s.url(), "/leads/L1/review", "{\"action\":\"confirm\",\"expected_version\":1}");
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        } finally {
            s.stop();
        }
    }

    @Test
    void aRunThatFailsOnTheFullDiskIsRecordedFailedOnceThereIsSpaceNotLeftRunning() throws Exception {
        Path county = io.xingzhi.testkit.Fixtures.copy(io.xingzhi.testkit.Fixtures.COUNTY, dir.resolve("county"));
        io.xingzhi.format.ConfigFile cfg = Wiring.config(null);
        io.xingzhi.core.port.LeadStore store = Stores.open(url);
        io.xingzhi.core.app.RunService runs = RunCommand.runs(Wiring.folder(county, null), cfg).store(store).build();
        io.xingzhi.core.app.RunService.StartedRun started = runs.start(LocalDate.of(2024, 10, 1), java.util.List.of(), "ops");

        DiskThatFills.full(true);
        org.assertj.core.api.Assertions.assertThatThrownBy(started::execute)
                .isInstanceOf(io.xingzhi.core.port.StoreFailureException.class);
        assertThat(started.failureUnrecorded()).as("the store could not record the failure either").isTrue();
        assertThat(started.recordFailureAgain()).as("while the disk is full").isFalse();

        DiskThatFills.full(false);
        assertThat(started.recordFailureAgain()).isTrue();
        io.xingzhi.core.port.RunJob job = store.runJob(started.job().orElseThrow().number()).orElseThrow();
        assertThat(job.state()).isEqualTo(io.xingzhi.core.port.RunJob.State.FAILED);
        assertThat(job.error()).hasValueSatisfying(e -> assertThat(e).contains("the disk the store is on is full"));
        assertThat(store.runs()).as("the run before, not this one").hasSize(1);
    }
}
