package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.testkit.InMemoryLeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query parameter value a route cannot read - an enumerated value it does not know, a date that is
 * not one, a period that ends before it starts, a paging number that is not a whole number in range,
 * a parameter given twice, any parameter on a route that takes none - is refused with a 400 problem
 * naming it, over real HTTP, never ignored (an ignored filter passes for "nothing found", an ignored
 * second value for the first). A value the route can read is answered.
 */
class InvalidQueryValuesAreRefusedTest {
    static final String VIEWER = "viewer", REVIEWER = "reviewer", ADMIN = "admin";

    @TempDir
    Path dir;
    InMemoryLeadStore store;
    LoopbackApi api;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        store = new InMemoryLeadStore();
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), SampleLeads.lead("L1"),
                SampleLeads.lead("L2", "property-penalty", "TERMINATED_WITH_ASSETS", "东港市人民法院"),
                // a model of the county's own: known because a kept run found it
                SampleLeads.lead("L3", "county-extra", "EXTRA_KIND", "丹东市看守所")));
        api = LoopbackApi.start(ApplicationServices.over(store).build(), dir, b -> b.maxPageSize(100),
                VIEWER, "viewer:小王", REVIEWER, "reviewer:李检察官", ADMIN, "admin:ops");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return api.send(method, path, token, body);
    }

    JsonNode refused(HttpResponse<String> r) throws IOException {
        assertThat(r.statusCode()).as(r.request().uri() + " → " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("type").asText()).isEqualTo("/problems/bad-request");
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("instance").asText()).isEqualTo(r.request().uri().getRawPath());
        return p;
    }

    long total(String query) throws Exception {
        HttpResponse<String> r = send("GET", "/leads" + query, VIEWER, null);
        assertThat(r.statusCode()).as(query + " → " + r.body()).isEqualTo(200);
        return json.readTree(r.body()).get("total").asLong();
    }

    @Test
    void anUnknownKindOrModelIsRefusedNamingItAndTheKnownOnes() throws Exception {
        JsonNode bogus = refused(send("GET", "/leads?kind=BOGUS", VIEWER, null));
        assertThat(bogus.get("field").asText()).isEqualTo("kind");
        assertThat(bogus.get("detail").asText()).contains("BOGUS", "LATE_TRANSFER", "EXTRA_KIND");
        assertThat(refused(send("GET", "/leads?kind=12345", VIEWER, null)).get("field").asText()).isEqualTo("kind");
        assertThat(refused(send("GET", "/leads?kind=late_transfer", VIEWER, null)).get("field").asText()).isEqualTo("kind");
        assertThat(refused(send("GET", "/leads?model=BOGUS", VIEWER, null)).get("field").asText()).isEqualTo("model");
        JsonNode wrongModel = refused(send("GET", "/leads?model=custody-transfer&kind=TERMINATED_WITH_ASSETS", VIEWER, null));
        assertThat(wrongModel.get("field").asText()).isEqualTo("kind");
        assertThat(wrongModel.get("detail").asText()).contains("custody-transfer");
    }

    @Test
    void aKnownKindOrModelIsAnsweredThoughNoLeadIsOfIt() throws Exception {
        assertThat(total("?kind=LATE_TRANSFER")).isEqualTo(1);
        assertThat(total("?model=property-penalty&kind=TERMINATED_WITH_ASSETS")).isEqualTo(1);
        assertThat(total("?model=county-extra&kind=EXTRA_KIND")).isEqualTo(1);
        assertThat(total("?model=political-rights")).as("a standard model no run has found yet").isZero();
        assertThat(total("?kind=")).as("an empty value is no filter").isEqualTo(3);
    }

    @Test
    void aStatusDateOrPeriodThatCannotBeReadIsRefused() throws Exception {
        assertThat(refused(send("GET", "/leads?status=BOGUS", VIEWER, null)).get("field").asText()).isEqualTo("status");
        assertThat(refused(send("GET", "/leads?from=2024-13-01", VIEWER, null)).get("field").asText()).isEqualTo("from");
        assertThat(refused(send("GET", "/leads?to=yesterday", VIEWER, null)).get("field").asText()).isEqualTo("to");
        refused(send("GET", "/leads?from=2024-07-01&to=2024-06-01", VIEWER, null));
        refused(send("GET", "/stats?from=2024-07-01&to=2024-06-01", VIEWER, null));
        assertThat(refused(send("GET", "/stats?to=2024-02-30", VIEWER, null)).get("field").asText()).isEqualTo("to");
        refused(send("GET", "/class-cases?from=2024-07-01&to=2024-06-01", VIEWER, null));
        assertThat(refused(send("GET", "/class-cases?from=2024/07/01", VIEWER, null)).get("field").asText()).isEqualTo("from");
        assertThat(refused(send("GET", "/governance?as_of=BOGUS", VIEWER, null)).get("field").asText()).isEqualTo("as_of");
        assertThat(total("?status=new&from=2024-06-30&to=2024-06-30")).isEqualTo(3);
    }

    @Test
    void aFilterTheConsoleCouldHaveBookmarkedIsRefusedInChineseToo() throws Exception {
        assertThat(refused(send("GET", "/leads?kind=BOGUS", VIEWER, null)).get("detail_zh").asText())
                .startsWith("线索类别“BOGUS”不存在；可选：").contains("LATE_TRANSFER、");
        assertThat(refused(send("GET", "/leads?model=BOGUS", VIEWER, null)).get("detail_zh").asText()).startsWith("监督模型“BOGUS”不存在");
        assertThat(refused(send("GET", "/leads?status=BOGUS", VIEWER, null)).get("detail_zh").asText())
                .startsWith("审查状态“BOGUS”不存在；可选：").contains("新线索");
        assertThat(refused(send("GET", "/leads?to=yesterday", VIEWER, null)).get("detail_zh").asText())
                .isEqualTo("to：“yesterday”不是日期，请写成 2024-06-30 这样");
        assertThat(refused(send("GET", "/leads?from=2024-07-01&to=2024-06-01", VIEWER, null)).get("detail_zh").asText())
                .isEqualTo("起始日期 2024-07-01 晚于截止日期 2024-06-01");
        assertThat(refused(send("GET", "/leads?offset=two", VIEWER, null)).get("detail_zh").asText()).startsWith("offset：“two”不是");
    }

    @Test
    void aLeadIdNoLeadHasIsRefusedRatherThanAnsweredWithNoDocuments() throws Exception {
        JsonNode p = refused(send("GET", "/documents?lead_id=XZ-nosuchlead", VIEWER, null));

        assertThat(p.get("field").asText()).isEqualTo("lead_id");
        HttpResponse<String> known = send("GET", "/documents?lead_id=L1", VIEWER, null);
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(json.readTree(known.body()).get("documents")).isEmpty();
    }

    @Test
    void aPagingNumberThatIsNotAWholeNumberInRangeIsRefused() throws Exception {
        for (String q : List.of("offset=-1", "offset=%2B5", "offset=1.5", "offset=1e3", "offset=0x10", "offset=99999999999999999999",
                "limit=abc", "limit=101", "limit=-1", "limit=%EF%BC%95")) {
            assertThat(refused(send("GET", "/leads?" + q, VIEWER, null)).get("field").asText()).as(q).isEqualTo(q.split("=")[0]);
        }
        for (String q : List.of("min_count=0", "min_count=two", "min_count=-2", "min_count=2.5")) {
            assertThat(refused(send("GET", "/class-cases?" + q, VIEWER, null)).get("field").asText()).as(q).isEqualTo("min_count");
        }
        assertThat(total("?offset=2&limit=1")).isEqualTo(3);
    }

    @Test
    void aParameterGivenTwiceIsRefusedRatherThanOneValueIgnored() throws Exception {
        for (String path : List.of("/leads?kind=LATE_TRANSFER&kind=EXTRA_KIND", "/leads?limit=1&limit=2", "/stats?from=2024-01-01&from=2024-02-01",
                "/documents?lead_id=L1&lead_id=L2", "/governance?as_of=2024-07-01&as_of=2024-07-02")) {
            JsonNode p = refused(send("GET", path, VIEWER, null));
            assertThat(p.get("detail").asText()).contains("2 times");
        }
    }

    @Test
    void aRouteThatTakesNoParameterRefusesAny() throws Exception {
        for (String path : List.of("/runs?x=1", "/runs/r1?x=1", "/me?x=1", "/leads/L1?x=1")) {
            assertThat(refused(send("GET", path, VIEWER, null)).get("detail").asText()).contains("x");
        }
        refused(send("POST", "/leads/L1/review?dry_run=true", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0}"));
        refused(send("POST", "/runs?as_of=2024-07-01", ADMIN, "{\"as_of\":\"2024-07-01\"}"));
        refused(send("POST", "/documents?draft=1", REVIEWER, "{\"lead_ids\":[\"L1\"],\"document_type\":\"CORRECTION_NOTICE\"}"));
        refused(send("POST", "/governance?x=1", REVIEWER, "{\"kind\":\"meeting\",\"title\":\"联席会议\",\"agencies\":[\"司法局\"]}"));
        refused(send("POST", "/governance/g1/close?x=1", REVIEWER, "{}"));

        assertThat(store.lead("L1").orElseThrow().version()).as("a refused review changed nothing").isZero();
        assertThat(store.documents()).isEmpty();
    }

    @Test
    void everyRefusalIsAuditedWithTheParameterSent() throws Exception {
        int before = store.auditTrail(0, 1000).size();

        refused(send("GET", "/leads?kind=BOGUS", VIEWER, null));

        List<AuditEntry> trail = store.auditTrail(0, 1000);
        assertThat(trail).hasSize(before + 1);
        assertThat(trail.get(before).action()).isEqualTo("GET /leads");
        assertThat(trail.get(before).detail()).isEqualTo("status 400 /leads?kind=BOGUS");
    }
}
