package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.testkit.InMemoryLeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is a 4xx problem, never a 500 and never half applied: bodies nested too deep, texts no store
 * can keep (NUL, lone surrogates) in bodies and query parameters, a body with something after its
 * object or a member named twice, a URI that is not UTF-8, header fields too large, a method the path
 * does not take (405 with Allow); and every such answer is {@code application/problem+json}.
 */
class RequestHardeningTest {
    static final String REVIEWER = "reviewer";

    @TempDir
    Path dir;
    InMemoryLeadStore store;
    LoopbackApi api;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        store = new InMemoryLeadStore();
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), SampleLeads.lead("L1")));
        api = LoopbackApi.start(ApplicationServices.over(store).build(), dir, REVIEWER, "reviewer:李检察官");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        return api.send(method, path, REVIEWER, body);
    }

    JsonNode problem(HttpResponse<String> r, int status, String type) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("type").asText()).isEqualTo("/problems/" + type);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asText()).isNotBlank();
        return p;
    }

    void unchanged() {
        assertThat(store.lead("L1").orElseThrow().version()).isZero();
        assertThat(store.history("L1")).isEmpty();
    }

    @Test
    void aBodyNestedTooDeepIsMalformedJsonNotAnInternalError() throws Exception {
        for (int depth : new int[] {20, 1000, 5000}) {
            String nested = "[".repeat(depth) + "]".repeat(depth);
            problem(send("POST", "/leads/L1/review", "{\"note\":" + nested + ",\"action\":\"verify\",\"expected_version\":0}"),
                    400, "malformed-json");
        }
        unchanged();
    }

    @Test
    void aNulOrALoneSurrogateInABodyIsRefusedBeforeAnyStoreSeesIt() throws Exception {
        problem(send("POST", "/leads/L1/review", "{\"action\":\"verify\",\"expected_version\":0,\"note\":\"a\\u0000b\"}"),
                400, "bad-request");
        problem(send("POST", "/leads/L1/review", "{\"action\":\"verify\",\"expected_version\":0,\"note\":\"a\\ud800b\"}"),
                400, "bad-request");
        problem(send("POST", "/leads/L1/review", "{\"action\":\"verify\",\"expected_version\":0,\"no\\u0000te\":\"x\"}"),
                400, "bad-request");
        unchanged();
        JsonNode ok = json.readTree(send("POST", "/leads/L1/review",
                "{\"action\":\"verify\",\"expected_version\":0,\"note\":\"\\ud83d\\ude00 已核实\"}").body());
        assertThat(ok.get("event").get("note").asText()).isEqualTo("😀 已核实");
    }

    @Test
    void aNulInAQueryParameterOrThePathIsRefused() throws Exception {
        problem(send("GET", "/leads?model=a%00b", null), 400, "bad-request");
        problem(send("GET", "/leads?model%00=x", null), 400, "bad-request");
        problem(send("GET", "/leads/L1%00", null), 400, "bad-request");
    }

    @Test
    void aBodyWithMoreAfterItsObjectOrAMemberNamedTwiceIsRefusedAndNothingApplied() throws Exception {
        JsonNode trailing = problem(send("POST", "/leads/L1/review",
                "{\"action\":\"verify\",\"expected_version\":0}{\"x\":1}"), 400, "malformed-json");
        assertThat(trailing.get("detail").asText()).contains("more after the JSON object");
        JsonNode twice = problem(send("POST", "/leads/L1/review",
                "{\"action\":\"verify\",\"expected_version\":0,\"action\":\"confirm\"}"), 400, "malformed-json");
        assertThat(twice.get("detail").asText()).contains("named twice");
        unchanged();
    }

    @Test
    void aUriThatIsNotUtf8IsAProblemNotAnHtmlPage() throws Exception {
        problem(send("GET", "/leads/%ff", null), 400, "bad-request");
        problem(send("GET", "/leads?model=%ff%fe", null), 400, "bad-request");
    }

    @Test
    void headerFieldsTooLargeAreAProblemNotAnHtmlPage() throws Exception {
        HttpResponse<String> r = api.send("GET", "/leads", REVIEWER, null, "X-Padding", "x".repeat(20_000));
        problem(r, 431, "headers-too-large");
    }

    @Test
    void aMethodThePathDoesNotTakeIs405NamingTheOnesItDoes() throws Exception {
        HttpResponse<String> delete = send("DELETE", "/leads", null);
        problem(delete, 405, "method-not-allowed");
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
        HttpResponse<String> get = send("GET", "/leads/L1/review", null);
        problem(get, 405, "method-not-allowed");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> put = send("PUT", "/runs", "{}");
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, POST");
        problem(send("GET", "/no/such/route", null), 404, "not-found");
    }
}
