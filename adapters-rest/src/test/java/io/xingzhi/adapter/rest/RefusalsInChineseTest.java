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
 * A refusal of core's services is answered with its detail in Chinese too ({@code detail_zh}), which the
 * review console shows its users; {@code detail} stays English. Over a real loopback server.
 */
class RefusalsInChineseTest {
    static final String VIEWER = "viewer", REVIEWER = "reviewer";

    @TempDir
    Path dir;
    LoopbackApi api;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        InMemoryLeadStore store = new InMemoryLeadStore();
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), SampleLeads.lead("L1")));
        api = LoopbackApi.start(ApplicationServices.over(store).build(), dir, VIEWER, "viewer:小王", REVIEWER, "reviewer:李检察官");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("detail").asText()).as("detail stays English").matches("[A-Za-z].*");
        return p;
    }

    HttpResponse<String> review(String body) throws Exception {
        return api.send("POST", "/leads/L1/review", REVIEWER, body, "Content-Type", "application/json");
    }

    @Test
    void anActionTheLeadsStateDoesNotAllowSaysSoInChineseNamingTheActionsItAllows() throws Exception {
        JsonNode p = problem(review("{\"action\":\"confirm\",\"expected_version\":0}"), 409);
        assertThat(p.get("detail_zh").asText()).startsWith("线索 L1 的状态是“").contains("不能").contains("此状态下可以：");
    }

    @Test
    void aFieldTheServiceCannotTakeIsNamedWithItsProblemInChinese() throws Exception {
        assertThat(review("{\"action\":\"verify\",\"expected_version\":0}").statusCode()).isEqualTo(200);
        JsonNode p = problem(review("{\"action\":\"dismiss\",\"expected_version\":1,\"reason\":\"OTHER\"}"), 400);
        assertThat(p.get("field").asText()).isEqualTo("note");
        assertThat(p.get("detail_zh").asText()).startsWith("note：").contains("缺少");
    }

    @Test
    void aReviewOfAnOlderVersionSaysInChineseThatSomeoneElseChangedTheLead() throws Exception {
        assertThat(review("{\"action\":\"verify\",\"expected_version\":0}").statusCode()).isEqualTo(200);
        JsonNode p = problem(review("{\"action\":\"confirm\",\"expected_version\":0}"), 409);
        assertThat(p.get("detail_zh").asText()).isEqualTo("线索 L1 已被他人修改（你看到的是第 0 版，现在是第 1 版），本次操作未保存；请重新查看后再操作");
    }

    @Test
    void anUnknownLeadIsNamedInChineseAndAViewerSeesItsIdentityNumberMasked() throws Exception {
        JsonNode p = problem(api.get("/leads/210103199001171536", VIEWER), 404);
        assertThat(p.get("detail_zh").asText()).isEqualTo("存储中没有线索 210103********1536");
    }

    @Test
    void aProblemOfTheRequestItselfHasNoChineseDetail() throws Exception {
        JsonNode p = problem(api.get("/leads?min_count=1", REVIEWER), 400);
        assertThat(p.has("detail_zh")).isFalse();
    }
}
