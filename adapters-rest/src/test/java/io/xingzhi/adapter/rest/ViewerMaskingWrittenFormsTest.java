package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.testkit.InMemoryLeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A viewer sees a name masked in every form the engine reads as that name - an ethnic-minority name
 * with any middle-dot form ({@code · • ‧ ・ ．}), or none, and any name written with spaces or
 * zero-width characters between its characters - and an identity number split by spaces or a line
 * break, in a lead's fields and in free text that quotes them (notes, governance records, documents),
 * over real HTTP on loopback. The names of leads cited only by id are read in one store read per
 * answer, not one per lead.
 */
class ViewerMaskingWrittenFormsTest {
    static final String VIEWER = "viewer", REVIEWER = "reviewer";
    static final IdNumber NUMBER = number("21010319900117153");
    /** The name as the source wrote it: a bullet for the middle dot and a zero-width space inside. */
    static final String STORED_NAME = "买买提•艾\u200B力";
    static final List<String> WRITTEN = List.of("买买提·艾力", "买买提•艾力", "买买提‧艾力", "买买提・艾力", "买买提．艾力",
            "买买提艾力", "买 买 提 · 艾 力", "买\u200B买\u200C提\u200D·\uFEFF艾\u200B力", "買買提·艾力");
    static final List<String> SPLIT_NUMBERS = List.of(spaced(NUMBER.value()), NUMBER.value().substring(0, 10) + "\n"
            + NUMBER.value().substring(10), NUMBER.value().substring(0, 10) + "\r\n" + NUMBER.value().substring(10));

    @TempDir
    Path dir;
    InMemoryLeadStore store;
    /** Every call made on the store the server reads, by method name. */
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    LoopbackApi api;
    final ObjectMapper json = new ObjectMapper();

    static IdNumber number(String body) {
        return new IdNumber(body + IdNumber.checkCharacter(body));
    }

    /** {@code 210103 1990 0117 1536}: the number as it is often typed. */
    static String spaced(String n) {
        return n.substring(0, 6) + " " + n.substring(6, 10) + " " + n.substring(10, 14) + " " + n.substring(14);
    }

    /** A lead whose summary and fact quote its person's name as {@code written}. */
    static Lead lead(String id, String name, String written, Optional<IdNumber> number) {
        return new Lead(id, SampleLeads.kind("prohibition-order", "ORDER_VIOLATED"), number, name, "(2024)新0102刑初7号",
                "乌鲁木齐市天山区司法局", "", Optional.of(LocalDate.of(2024, 3, 10)), written + "在禁止令期间进入娱乐场所",
                List.of("刑法第38条"), List.of(new Evidence(new SourceRef(Dataset.ACTIVITIES, "activities.csv", 4), "活动记录")),
                LinkedBy.ID_NUMBER, false, false, DocumentType.RECOMMENDATION,
                Map.of("note", written + "，身份证" + number.map(n -> spaced(n.value())).orElse("不详")), List.of());
    }

    /** The store, seen through a proxy that notes every call made on it. */
    LeadStore counted(InMemoryLeadStore target) {
        return (LeadStore) Proxy.newProxyInstance(LeadStore.class.getClassLoader(), new Class<?>[] {LeadStore.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @BeforeEach
    void start() throws Exception {
        store = new InMemoryLeadStore();
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), lead("L1", STORED_NAME, "买买提 · 艾力", Optional.of(NUMBER)),
                lead("L2", "古丽娜尔·吐尔逊", "古丽娜尔．吐尔逊", Optional.empty()),
                lead("L3", "阿依古丽·买买提", "阿依古丽\u200B・买买提", Optional.empty())));
        api = LoopbackApi.start(ApplicationServices.over(counted(store)).governance(store).build(), dir,
                b -> b.renderer(new DocumentRoutesTest.TextRenderer()), VIEWER, "viewer:小王", REVIEWER, "reviewer:李检察官");
        // a note on each lead quotes its own person (the name of a person of another lead stays: README)
        Map<String, String> notes = Map.of("L1", String.join("、", WRITTEN) + "；" + String.join("、", SPLIT_NUMBERS),
                "L2", "古丽娜尔•吐尔逊、古丽娜尔 吐尔逊", "L3", "阿依古丽‧买买提、阿依古丽\uFEFF买买提");
        for (String id : List.of("L1", "L2", "L3")) {
            ok(send("POST", "/leads/" + id + "/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0,\"note\":\""
                    + esc(notes.get(id)) + "\"}"));
            ok(send("POST", "/leads/" + id + "/review", REVIEWER, "{\"action\":\"confirm\",\"expected_version\":1}"));
        }
        ok(send("POST", "/governance", REVIEWER, "{\"kind\":\"recommendation\",\"title\":\"关于" + esc(WRITTEN.get(1)) + "（"
                + esc(SPLIT_NUMBERS.get(1)) + "）等人的检察建议\",\"agencies\":[\"乌鲁木齐市天山区司法局\"],\"date\":\"2024-07-02\","
                + "\"deadline\":\"2024-09-02\",\"number\":\"天检刑执建〔2024〕1号\",\"content\":\"" + esc(String.join("；", WRITTEN))
                + "；古丽娜尔\u200B吐尔逊；阿依古丽 · 买买提\",\"lead_ids\":[\"L1\",\"L2\",\"L3\"]}"));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    static String esc(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\u200B", "\\u200B").replace("\u200C", "\\u200C")
                .replace("\u200D", "\\u200D").replace("\uFEFF", "\\uFEFF");
    }

    static void ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return api.send(method, path, token, body);
    }

    /** What the answer shows: every string of a JSON answer, as read (escapes such as \n undone), or a file's text. */
    String shown(HttpResponse<String> r) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return r.body();
        }
        StringBuilder b = new StringBuilder();
        strings(json.readTree(r.body()), b);
        return b.toString();
    }

    private static void strings(JsonNode n, StringBuilder b) {
        if (n.isTextual() || n.isNumber()) {
            b.append(n.asText()).append(" | ");
        }
        n.elements().forEachRemaining(c -> strings(c, b));
    }

    void assertHoldsNoFormOfTheNamesOrTheNumber(String answer) {
        for (String form : WRITTEN) {
            assertThat(answer).as("a viewer's answer holds %s", form).doesNotContain(form);
        }
        for (String split : SPLIT_NUMBERS) {
            assertThat(answer).doesNotContain(split);
        }
        assertThat(answer).doesNotContain(NUMBER.value(), "艾\u200B力", "古丽娜尔", "吐尔逊", "阿依古丽", "19900117", "0117 1536",
                "1990 0117");
    }

    @Test
    void aViewerSeesNoWrittenFormOfANameWithAMiddleDotOrOfASplitNumberOnAnyRoute() throws Exception {
        String document = fileDocument();

        List<String> answers = new ArrayList<>();
        for (String path : List.of("/leads", "/leads/L1", "/leads/L2", "/leads/L3", "/governance?as_of=2024-07-10", "/documents",
                "/documents/" + URLEncoder.encode(document, StandardCharsets.UTF_8),
                "/documents/" + URLEncoder.encode(document, StandardCharsets.UTF_8) + "?format=txt", "/class-cases?min_count=1")) {
            answers.add(shown(send("GET", path, VIEWER, null)));
        }

        answers.forEach(this::assertHoldsNoFormOfTheNamesOrTheNumber);
        JsonNode l1 = json.readTree(send("GET", "/leads/L1", VIEWER, null).body());
        assertThat(l1.get("lead").get("name").asText()).isEqualTo("买*****");
        assertThat(l1.get("lead").get("facts").get("note").asText()).isEqualTo("买*****，身份证210103********"
                + NUMBER.value().substring(14));
        assertThat(l1.get("history").get(0).get("note").asText()).startsWith("买*****、买*****、").contains("210103********");
        JsonNode record = json.readTree(send("GET", "/governance?as_of=2024-07-10", VIEWER, null).body()).get("records").get(0);
        assertThat(record.get("title").asText()).isEqualTo("关于买*****（210103********" + NUMBER.value().substring(14) + "）等人的检察建议");
        assertThat(record.get("content").asText()).contains("古*******", "阿*******");
    }

    @Test
    void aReviewerSeesEveryFormAsWritten() throws Exception {
        String all = shown(send("GET", "/leads/L1", REVIEWER, null)) + shown(send("GET", "/governance?as_of=2024-07-10", REVIEWER, null));

        assertThat(all).contains(WRITTEN.get(0), WRITTEN.get(1), SPLIT_NUMBERS.get(0), NUMBER.value());
    }

    @Test
    void theNamesOfTheLeadsAnAnswerCitesAreReadInOneStoreRead() throws Exception {
        String document = fileDocument();
        for (String path : List.of("/governance?as_of=2024-07-10", "/documents",
                "/documents/" + URLEncoder.encode(document, StandardCharsets.UTF_8),
                "/documents/" + URLEncoder.encode(document, StandardCharsets.UTF_8) + "?format=txt", "/class-cases?min_count=1")) {
            calls.clear();

            HttpResponse<String> r = send("GET", path, VIEWER, null);

            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(calls).as("store calls for %s", path).doesNotContain("lead");
            assertThat(calls.stream().filter("leadsById"::equals)).as("store calls for %s", path).hasSize(1);
        }
    }

    String fileDocument() throws Exception {
        HttpResponse<String> r = send("POST", "/documents", REVIEWER, "{\"lead_ids\":[\"L1\",\"L2\",\"L3\"],"
                + "\"document_type\":\"RECOMMENDATION\",\"date\":\"2024-07-01\"}");
        ok(r);
        String number = json.readTree(r.body()).get("number").asText();
        StoredDocument filed = store.documents().stream().filter(d -> d.number().equals(number)).findFirst().orElseThrow();
        assertThat(filed.bodyMarkdown()).as("the document quotes the names, so masking it is tested").contains("买买提");
        return number;
    }
}
