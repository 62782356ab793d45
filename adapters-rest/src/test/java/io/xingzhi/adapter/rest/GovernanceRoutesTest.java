package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.testkit.InMemoryLeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source governance over HTTP: GET and POST /governance and POST /governance/{id}/close, through
 * core's GovernanceService over a real loopback server; the clock stands at 2024-07-01 in Beijing.
 */
class GovernanceRoutesTest {
    static final String VIEWER = "viewer-token-1", REVIEWER = "reviewer-token-2";
    static final String JUSTICE = "凤城市司法局", ENVIRONMENT = "凤城市生态环境局";

    @TempDir
    Path dir;
    InMemoryLeadStore store;
    LoopbackApi api;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws IOException {
        store = new InMemoryLeadStore();
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 5, 31), SampleLeads.lead("L1"), SampleLeads.lead("L2"),
                SampleLeads.lead("L3")));
        ApplicationServices app = ApplicationServices.over(store)
                .clock(Clock.fixed(Instant.parse("2024-07-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"))).build();
        for (String id : List.of("L1", "L2")) {
            app.reviews().review(id, Map.of("action", "verify"), new Actor("李检察官", "test"));
            app.reviews().review(id, Map.of("action", "confirm"), new Actor("李检察官", "test"));
        }
        api = LoopbackApi.start(app, dir, VIEWER, "viewer:小王", REVIEWER, "reviewer:李检察官");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return api.send(method, path, token, body, "Content-Type", "application/json");
    }

    JsonNode ok(HttpResponse<String> r) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    void problem(HttpResponse<String> r, int status, String type) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(json.readTree(r.body()).get("type").asText()).isEqualTo("/problems/" + type);
    }

    @Test
    void aRecommendationAMeetingTwoMeasuresAndAMechanismAreRecordedAndCountedPerAgency() throws Exception {
        JsonNode rec = ok(send("POST", "/governance", REVIEWER, "{\"kind\":\"recommendation\",\"title\":\"关于加强禁止令执行监督的检察建议\","
                + "\"agencies\":[\"" + JUSTICE + "\"],\"date\":\"2024-05-20\",\"deadline\":\"2024-07-20\","
                + "\"number\":\"凤检刑执建〔2024〕2号\",\"lead_ids\":[\"L1\",\"L2\"]}"));
        ok(send("POST", "/governance", REVIEWER, "{\"kind\":\"联席会议\",\"title\":\"禁止令执行联席会议\",\"agencies\":\""
                + JUSTICE + "、" + ENVIRONMENT + "\",\"date\":\"2024-05-23\",\"content\":\"议定两项措施\",\"parent\":\"g1\"}"));
        ok(send("POST", "/governance", REVIEWER, "{\"kind\":\"measure\",\"title\":\"建立禁止令执行台账\",\"agencies\":\"" + JUSTICE
                + "\",\"date\":\"2024-05-23\",\"deadline\":\"2024-06-15\",\"parent\":\"g2\"}"));
        ok(send("POST", "/governance", REVIEWER, "{\"kind\":\"measure\",\"title\":\"联合巡查\",\"agencies\":\"" + ENVIRONMENT
                + "\",\"date\":\"2024-05-23\",\"deadline\":\"2024-09-30\",\"parent\":\"g2\"}"));
        ok(send("POST", "/governance", REVIEWER, "{\"kind\":\"mechanism\",\"title\":\"禁止令执行联动协作机制\",\"agencies\":[\""
                + JUSTICE + "\",\"" + ENVIRONMENT + "\"],\"date\":\"2024-05-23\",\"parent\":\"g2\"}"));
        JsonNode adopted = ok(send("POST", "/governance/g1/close", REVIEWER, "{\"date\":\"2024-06-10\",\"note\":\"复函采纳\"}"));

        JsonNode list = ok(send("GET", "/governance", VIEWER, null));

        assertThat(rec.get("id").asText()).isEqualTo("g1");
        assertThat(rec.get("status").asText()).isEqualTo("pending");
        assertThat(rec.get("status_label").asText()).isEqualTo("待落实");
        assertThat(adopted.get("status_label").asText()).isEqualTo("已采纳");
        assertThat(list.get("as_of").asText()).isEqualTo("2024-07-01");
        assertThat(list.get("records")).extracting(r -> r.get("id").asText() + " " + r.get("status").asText())
                .containsExactly("g1 adopted", "g2 held", "g3 overdue", "g4 pending", "g5 in-force");
        JsonNode justice = list.get("by_agency").get(0);
        assertThat(justice.get("agency").asText()).isEqualTo(JUSTICE);
        assertThat(List.of(justice.get("recommendations").asLong(), justice.get("adopted").asLong(),
                justice.get("measures").asLong(), justice.get("overdue").asLong(), justice.get("meetings").asLong(),
                justice.get("mechanisms_in_force").asLong())).containsExactly(1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(list.get("total").get("overdue").asLong()).isEqualTo(1);
        JsonNode earlier = ok(send("GET", "/governance?as_of=2024-06-01", VIEWER, null));
        assertThat(earlier.get("total").get("overdue").asLong()).isZero();
        assertThat(store.auditTrail(0, 100)).extracting(AuditEntry::action).contains("governance recommendation",
                "governance meeting", "governance measure", "governance mechanism", "governance close", "GET /governance");
    }

    @Test
    void citingALeadNotConfirmedIsABadRequestAndKeepsNothing() throws Exception {
        problem(send("POST", "/governance", REVIEWER, "{\"kind\":\"recommendation\",\"title\":\"建议\",\"agencies\":\"" + JUSTICE
                + "\",\"lead_ids\":[\"L1\",\"L3\"]}"), 400, "bad-request");
        problem(send("POST", "/governance", REVIEWER, "{\"kind\":\"measure\",\"title\":\"无期限\",\"agencies\":\"" + JUSTICE + "\"}"),
                400, "bad-request");
        problem(send("POST", "/governance", REVIEWER, "{\"kind\":\"party\",\"title\":\"x\",\"agencies\":\"" + JUSTICE + "\"}"),
                400, "bad-request");
        problem(send("POST", "/governance", REVIEWER, "{\"kind\":\"meeting\",\"title\":\"x\",\"agencies\":\"" + JUSTICE
                + "\",\"colour\":\"red\"}"), 400, "bad-request");
        assertThat(store.governanceRecords()).isEmpty();
    }

    @Test
    void aViewerReadsButCannotRecordAndClosingWhatIsNotThereOrIsClosedForGoodIsRefused() throws Exception {
        problem(send("POST", "/governance", VIEWER, "{\"kind\":\"meeting\",\"title\":\"x\",\"agencies\":\"" + JUSTICE + "\"}"),
                403, "forbidden");
        problem(send("POST", "/governance/g9/close", REVIEWER, "{}"), 404, "unknown-governance-record");
        ok(send("POST", "/governance", REVIEWER, "{\"kind\":\"meeting\",\"title\":\"会\",\"agencies\":\"" + JUSTICE + "\"}"));
        problem(send("POST", "/governance/g1/close", REVIEWER, "{}"), 400, "bad-request");
        assertThat(ok(send("GET", "/governance", VIEWER, null)).get("records").get(0).get("status").asText()).isEqualTo("held");
    }

    @Test
    void theClassCaseReportShowsTheGovernanceOfEachAgencyWithAGroup() throws Exception {
        String jail = SampleLeads.lead("L1").addressee();
        ok(send("POST", "/governance", REVIEWER, "{\"kind\":\"recommendation\",\"title\":\"类案检察建议\",\"agencies\":\"" + jail
                + "\",\"date\":\"2024-06-01\",\"deadline\":\"2024-06-20\",\"lead_ids\":[\"L1\",\"L2\"]}"));
        ok(send("POST", "/governance", REVIEWER, "{\"kind\":\"mechanism\",\"title\":\"机制\",\"agencies\":\"" + JUSTICE + "\"}"));

        JsonNode report = ok(send("GET", "/class-cases", VIEWER, null));

        assertThat(report.get("groups")).extracting(g -> g.get("agency").asText()).containsExactly(jail);
        assertThat(report.get("governance")).hasSize(1);
        JsonNode row = report.get("governance").get(0);
        assertThat(row.get("agency").asText()).isEqualTo(jail);
        assertThat(row.get("recommendations").asLong()).isEqualTo(1);
        assertThat(row.get("overdue").asLong()).isEqualTo(1);
        assertThat(ok(send("GET", "/class-cases?to=2024-06-15", VIEWER, null)).get("governance").get(0).get("overdue").asLong())
                .isZero();
    }
}
