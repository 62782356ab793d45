package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.PossibleMatch;
import io.xingzhi.core.port.RunJob;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.testkit.InMemoryLeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every string a viewer receives is masked, on every route: identity numbers and the names of the
 * leads shown are planted in every free-text field a reviewer or the system can fill (notes,
 * dismissal reasons, event details, reply summaries, summaries, facts, possible matches, run errors,
 * error messages), and no viewer answer holds one, while a reviewer's answers hold them all (so the
 * planting is real and the test can fail). A name is masked in the answers that show its lead (a
 * name in simplified or traditional characters, spaced or not); identity numbers in every answer.
 */
class ViewerMaskingTest {
    static final String VIEWER = "viewer", REVIEWER = "reviewer", ADMIN = "admin";
    static final IdNumber ZHANG = number("21068219800101123");
    static final IdNumber DUAN = number("21068219990811077");
    /** Another person's number, named in a note: masked though no lead shown is theirs. */
    static final IdNumber OTHER = number("11010519491231002");

    @TempDir
    Path dir;
    InMemoryLeadStore store;
    LoopbackApi api;
    final ObjectMapper json = new ObjectMapper();

    static IdNumber number(String body) {
        return new IdNumber(body + IdNumber.checkCharacter(body));
    }

    static Lead lead(String id, String name, IdNumber number) {
        return new Lead(id, SampleLeads.kind("custody-transfer", "LATE_TRANSFER").withFacts("note", "备注"), Optional.of(number),
                name, "(2024)辽0682刑初1号", "丹东市看守所", "", Optional.of(LocalDate.of(2024, 3, 10)),
                name + "（" + number.value() + "）判决生效后超过30日才被投送监狱", List.of("刑事诉讼法第264条第2款"),
                List.of(new Evidence(new SourceRef(Dataset.CUSTODY, "custody.csv", 7), "看守所羁押记录")),
                LinkedBy.ID_NUMBER, false, false, DocumentType.CORRECTION_NOTICE,
                Map.of("note", "身份证号" + number.value() + " " + name),
                List.of(new PossibleMatch(new SourceRef(Dataset.CUSTODY, "custody.csv", 9), "同名" + name + "，身份证号"
                        + number.value().substring(0, 17) + "9")));
    }

    @BeforeEach
    void start() throws Exception {
        store = new InMemoryLeadStore();
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), lead("L1", "张三丰", ZHANG), lead("L2", "段旭", DUAN)));
        RunJob job = store.startRun(LocalDate.of(2024, 7, 1), "ops", Instant.parse("2024-07-01T01:00:00Z"));
        store.failRun(job.number(), "judgments.csv line 3: " + DUAN.value() + " twice", Instant.parse("2024-07-01T01:01:00Z"));
        api = LoopbackApi.start(ApplicationServices.over(store).build(), dir,
                VIEWER, "viewer:小王", REVIEWER, "reviewer:李检察官", ADMIN, "admin:ops");

        // a reviewer writes personal data into every free-text field
        review("L1", 0, "{\"action\":\"verify\",\"note\":\"已核实张三丰（身份证" + ZHANG.value() + "）仍在押；另见" + OTHER.value() + "\"");
        review("L1", 1, "{\"action\":\"confirm\",\"note\":\"张 三 丰属实\"");
        review("L1", 2, "{\"action\":\"issue-document\",\"number\":\"凤检刑执纠〔2024〕1号\",\"recipient\":\"张三丰所在看守所（"
                + ZHANG.value() + "）\",\"note\":\"送达" + ZHANG.value() + "\"");
        review("L1", 3, "{\"action\":\"record-reply\",\"summary\":\"已纠正：張三豐（" + ZHANG.value() + "）已投送\"");
        review("L2", 0, "{\"action\":\"verify\",\"note\":\"段 旭 " + DUAN.value().substring(0, 6) + " " + DUAN.value().substring(6) + "\"");
        review("L2", 1, "{\"action\":\"dismiss\",\"reason\":\"OTHER\",\"note\":\"段旭（身份证" + DUAN.value() + "）已释放\"");
        // a governance record that cites the leads by id only, their persons named in its title and content
        HttpResponse<String> g = send("POST", "/governance", REVIEWER, "{\"kind\":\"recommendation\",\"title\":\"关于张三丰（"
                + ZHANG.value() + "）脱管问题的检察建议\",\"agencies\":[\"凤城市公安局\"],\"date\":\"2024-07-02\",\"deadline\":\"2024-09-02\","
                + "\"content\":\"张三丰脱管\",\"lead_ids\":[\"L1\"]}");
        assertThat(g.statusCode()).as(g.body()).isIn(200, 201);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    void review(String lead, long version, String bodyWithoutVersion) throws Exception {
        HttpResponse<String> r = send("POST", "/leads/" + lead + "/review", REVIEWER,
                bodyWithoutVersion + ",\"expected_version\":" + version + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return api.send(method, path, token, body);
    }

    /** Every answer a token gets on the read routes, and on refused and failed requests. */
    List<String> answers(String token) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String path : List.of("/leads", "/leads/L1", "/leads/L2", "/stats", "/runs", "/runs/r1", "/class-cases?min_count=1", "/governance",
                "/leads/" + ZHANG.value(), "/leads?from=" + ZHANG.value(), "/leads?model=" + DUAN.value(), "/runs/" + DUAN.value())) {
            bodies.add(send("GET", path, token, null).body());
        }
        bodies.add(send("POST", "/leads/L1/review", token, "{\"action\":\"verify\",\"note\":\"" + ZHANG.value()
                + "\",\"expected_version\":\"" + ZHANG.value() + "\"}").body());
        bodies.add(send("POST", "/documents", token, "{\"lead_ids\":[\"" + ZHANG.value() + "\"],\"document_type\":\"RECOMMENDATION\"}").body());
        return bodies;
    }

    @Test
    void noAnswerToAViewerHoldsAnIdentityNumberOrANameOfTheLeadsShown() throws Exception {
        List<String> viewer = answers(VIEWER);

        for (String body : viewer) {
            assertThat(body).doesNotContain(ZHANG.value(), DUAN.value(), OTHER.value(), ZHANG.value().substring(6, 14),
                    DUAN.value().substring(6, 14), "张三丰", "張三豐", "张 三 丰", "段旭", "段 旭");
        }
        String all = String.join("\n", viewer);
        assertThat(all).contains("210682********" + ZHANG.value().substring(14), "张**", "段*", "110105********"
                + OTHER.value().substring(14));
        // a number sent as a number and echoed back as one (the page's offset)
        String echoed = send("GET", "/leads?offset=210682198001011234", VIEWER, null).body();
        assertThat(echoed).doesNotContain("210682198001011234").contains("210682********1234");
        assertThat(send("GET", "/leads?offset=210682198001011234", REVIEWER, null).body()).contains("210682198001011234");
    }

    @Test
    void aLeadIdThatHappensToBeAllDigitsIsShownAsItIsInARunsChanges() throws Exception {
        // a keyed id is 16 hex digits: about one in 1,800 has no letter, and would read as a long number
        String id = "XZ-2106821980010112";
        RunJob job = store.startRun(LocalDate.of(2024, 7, 31), "ops", Instant.parse("2024-07-31T01:00:00Z"));
        store.finishRun(job.number(), SampleLeads.run(LocalDate.of(2024, 7, 31), lead(id, "段旭", DUAN)),
                Instant.parse("2024-07-31T01:01:00Z"));

        JsonNode changes = json.readTree(send("GET", "/runs/r" + job.number(), VIEWER, null).body()).get("changes");

        assertThat(changes.get("new_lead_ids")).extracting(JsonNode::asText).containsExactly(id);
        assertThat(changes.get("gone_lead_ids")).extracting(JsonNode::asText).containsExactly("L1", "L2");
        assertThat(json.readTree(send("GET", "/leads/" + id, VIEWER, null).body()).get("lead").get("lead_id").asText()).isEqualTo(id);
    }

    @Test
    void aReviewerSeesWhatWasWritten() throws Exception {
        String all = String.join("\n", answers(REVIEWER));

        assertThat(all).contains(ZHANG.value(), DUAN.value(), OTHER.value(), "张三丰", "張三豐", "段旭");
    }

    @Test
    void eachFreeTextFieldAViewerReadsIsMasked() throws Exception {
        JsonNode l1 = json.readTree(send("GET", "/leads/L1", VIEWER, null).body());
        List<String> notes = new ArrayList<>();
        l1.get("history").forEach(e -> notes.add(e.get("note").asText()));
        assertThat(notes.get(0)).isEqualTo("已核实张**（身份证210682********" + ZHANG.value().substring(14) + "）仍在押；另见110105********"
                + OTHER.value().substring(14));
        assertThat(notes.get(1)).isEqualTo("张**属实");
        JsonNode issued = l1.get("history").get(2).get("details");
        assertThat(issued.get("recipient").asText()).isEqualTo("张**所在看守所（210682********" + ZHANG.value().substring(14) + "）");
        assertThat(l1.get("history").get(3).get("details").get("reply_summary").asText()).isEqualTo("已纠正：张**（210682********" + ZHANG.value().substring(14) + "）已投送");
        JsonNode lead = l1.get("lead");
        assertThat(lead.get("name").asText()).isEqualTo("张**");
        assertThat(lead.get("summary").asText()).startsWith("张**（210682********");
        assertThat(lead.get("facts").get("note").asText()).isEqualTo("身份证号210682********" + ZHANG.value().substring(14) + " 张**");
        assertThat(lead.get("possible_matches").get(0).get("reason").asText()).startsWith("同名张**，身份证号210682*******");
        assertThat(lead.get("lead_id").asText()).isEqualTo("L1");

        JsonNode l2 = json.readTree(send("GET", "/leads/L2", VIEWER, null).body());
        assertThat(l2.get("history").get(0).get("note").asText()).startsWith("段*").doesNotContain(DUAN.value().substring(6, 14));
        assertThat(l2.get("history").get(1).get("details").toString()).doesNotContain(DUAN.value(), "段旭");

        JsonNode job = json.readTree(send("GET", "/runs/r1", VIEWER, null).body());
        assertThat(job.get("requested_by").isNull()).as("who ran it is not a viewer's business").isTrue();
        assertThat(job.get("error").asText()).isEqualTo("judgments.csv line 3: 210682********" + DUAN.value().substring(14) + " twice");
        assertThat(json.readTree(send("GET", "/runs/r1", ADMIN, null).body()).get("requested_by").asText()).isEqualTo("ops");
    }
}
