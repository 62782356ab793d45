package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.DocumentRenderer;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.testkit.InMemoryLeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filed documents over HTTP: listed, read by number as JSON or as a file through core's
 * {@link DocumentRenderer} port, masked for viewers (inside the file too), audited; and what a lead
 * page needs to offer its actions without restating the rules ({@code allowed_actions},
 * {@code dismiss_reasons}) and who a token belongs to ({@code GET /me}).
 */
class DocumentRoutesTest {
    static final String VIEWER = "v-token", REVIEWER = "r-token", ADMIN = "a-token";

    /** A real renderer of the port in plain text (the Word one lives in adapters-docx, tested with serve in cli). */
    static final class TextRenderer implements DocumentRenderer {
        @Override
        public String mediaType() {
            return "text/plain; charset=utf-8";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public void render(StoredDocument document, String procuratorate, OutputStream out) throws IOException {
            out.write((document.bodyMarkdown() + "\n" + procuratorate).getBytes(StandardCharsets.UTF_8));
        }
    }

    @TempDir
    Path dir;
    InMemoryLeadStore store;
    XingzhiServer server;
    String base;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    XingzhiServer start(boolean withRenderer) throws IOException {
        Path tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex(VIEWER) + ":viewer:小王\n" + TokenRegistry.sha256Hex(REVIEWER)
                + ":reviewer:李检察官\n" + TokenRegistry.sha256Hex(ADMIN) + ":admin:ops\n");
        XingzhiServer.Builder b = XingzhiServer.builder(ApplicationServices.over(store).build(), TokenRegistry.load(tokens));
        if (withRenderer) {
            b.renderer(new TextRenderer());
        }
        XingzhiServer s = b.build();
        base = "http://127.0.0.1:" + s.start(0);
        return s;
    }

    @BeforeEach
    void storeWithTwoConfirmedLeads() throws Exception {
        store = new InMemoryLeadStore();
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), XingzhiServerTest.personalLead("L1"), SampleLeads.lead("L2"),
                SampleLeads.lead("L3")));
        server = start(true);
        for (String id : List.of("L1", "L3")) {
            send("POST", "/leads/" + id + "/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0}");
            send("POST", "/leads/" + id + "/review", REVIEWER, "{\"action\":\"confirm\",\"expected_version\":1}");
        }
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    HttpResponse<byte[]> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b = body == null ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return r;
    }

    JsonNode body(HttpResponse<byte[]> r) throws IOException {
        return json.readTree(r.body());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    String file(String leads) throws Exception {
        HttpResponse<byte[]> r = send("POST", "/documents", REVIEWER, "{\"lead_ids\":" + leads
                + ",\"document_type\":\"CORRECTION_NOTICE\",\"date\":\"2024-07-01\"}");
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        return body(r).get("number").asText();
    }

    static String path(String number) {
        return "/documents/" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    @Test
    void documentsAreListedInTheOrderFiledAndByLead() throws Exception {
        String one = file("[\"L1\"]");
        String both = file("[\"L1\",\"L3\"]");

        JsonNode all = body(send("GET", "/documents", REVIEWER, null)).get("documents");
        JsonNode ofL3 = body(send("GET", "/documents?lead_id=L3", REVIEWER, null)).get("documents");

        assertThat(all).extracting(d -> d.get("number").asText()).containsExactly(one, both);
        assertThat(ofL3).extracting(d -> d.get("number").asText()).containsExactly(both);
        assertThat(ofL3.get(0).get("lead_ids")).extracting(JsonNode::asText).containsExactly("L1", "L3");
        assertThat(ofL3.get(0).get("type_label").asText()).isEqualTo("纠正违法通知书");
        assertThat(send("GET", "/documents?lead_id=NOPE", REVIEWER, null).statusCode()).as("no lead has that id").isEqualTo(400);
        assertThat(send("GET", "/documents?lead=L1", REVIEWER, null).statusCode()).isEqualTo(400);
        JsonNode doc = body(send("GET", "/openapi.json", null, null));
        XingzhiServerTest.assertShape(doc, "DocumentList", body(send("GET", "/documents", VIEWER, null)));
        XingzhiServerTest.assertShape(doc, "StoredDocument", body(send("GET", path(one), VIEWER, null)));
        XingzhiServerTest.assertShape(doc, "Me", body(send("GET", "/me", VIEWER, null)));
    }

    @Test
    void aDocumentIsReadByItsNumberAsFiledAndAsAFileNamedAfterIt() throws Exception {
        String number = file("[\"L1\"]");

        JsonNode d = body(send("GET", path(number), REVIEWER, null));
        HttpResponse<byte[]> f = send("GET", path(number) + "?format=txt", REVIEWER, null);

        assertThat(d.get("number").asText()).isEqualTo(number);
        assertThat(d.get("markdown").asText()).contains(number, "张三丰");
        assertThat(f.statusCode()).isEqualTo(200);
        assertThat(f.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(f.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"document.txt\"; filename*=UTF-8''"
                + XingzhiServer.rfc5987(number + ".txt"));
        assertThat(text(f)).startsWith(d.get("markdown").asText());
        assertThat(send("GET", path("××检刑执纠〔2024〕99号"), REVIEWER, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", path(number) + "?format=pdf", REVIEWER, null).statusCode()).isEqualTo(400);
    }

    @Test
    void aViewerReadsTheDocumentMaskedInTheJsonAndInsideTheFile() throws Exception {
        String number = file("[\"L1\"]");

        String listed = text(send("GET", "/documents", VIEWER, null));
        String one = text(send("GET", path(number), VIEWER, null));
        String rendered = text(send("GET", path(number) + "?format=txt", VIEWER, null));

        for (String s : List.of(listed, one, rendered)) {
            assertThat(s).doesNotContain("张三丰").doesNotContain(XingzhiServerTest.NUMBER.value()).contains("张**");
        }
        assertThat(text(send("GET", path(number) + "?format=txt", REVIEWER, null))).contains("张三丰");
    }

    @Test
    void everyReadOfADocumentIsAuditedWithItsLeads() throws Exception {
        String number = file("[\"L1\",\"L3\"]");
        int before = store.auditTrail(0, 1000).size();

        send("GET", "/documents", VIEWER, null);
        send("GET", path(number), VIEWER, null);
        send("GET", path(number) + "?format=txt", REVIEWER, null);

        List<AuditEntry> trail = store.auditTrail(0, 1000).subList(before, before + 3);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("GET /documents", "GET /documents/{number}",
                "GET /documents/{number}");
        assertThat(trail).allSatisfy(e -> assertThat(e.leadIds()).containsExactly("L1", "L3"));
        assertThat(trail.get(2).actor()).isEqualTo("李检察官");
        assertThat(trail.get(2).detail()).isEqualTo(number + " as txt");
    }

    @Test
    void withoutARendererAFileIsNotAcceptable() throws Exception {
        String number = file("[\"L1\"]");
        server.stop();
        server = start(false);

        HttpResponse<byte[]> r = send("GET", path(number) + "?format=docx", REVIEWER, null);

        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(body(r).get("type").asText()).isEqualTo("/problems/not-acceptable");
        assertThat(send("GET", path(number), REVIEWER, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aLeadSaysWhatTheCallerMayDoNowAndWhyItMayBeDismissed() throws Exception {
        JsonNode fresh = body(send("GET", "/leads/L2", REVIEWER, null));
        send("POST", "/leads/L2/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0}");
        JsonNode verifying = body(send("GET", "/leads/L2", REVIEWER, null));
        JsonNode asViewer = body(send("GET", "/leads/L2", VIEWER, null));

        assertThat(fresh.get("allowed_actions")).extracting(a -> a.get("action").asText()).containsExactly("verify");
        assertThat(verifying.get("allowed_actions")).extracting(a -> a.get("action").asText()).containsExactly("confirm", "dismiss");
        JsonNode dismiss = verifying.get("allowed_actions").get(1);
        assertThat(dismiss.get("label").asText()).isEqualTo("排除");
        assertThat(dismiss.get("fields")).extracting(JsonNode::asText).containsExactly("note", "reason");
        assertThat(dismiss.get("choices").get("reason")).extracting(c -> c.get("value").asText() + " " + c.get("label").asText())
                .containsExactly("DATA_ERROR 数据错误", "LAWFUL_REASON 有合法理由", "ALREADY_CORRECTED 已纠正", "DUPLICATE 重复", "OTHER 其他");
        assertThat(verifying.get("allowed_actions").get(0).get("choices")).isEmpty();
        assertThat(verifying.get("dismiss_reasons")).extracting(r -> r.get("reason").asText())
                .containsExactly("DATA_ERROR", "LAWFUL_REASON", "ALREADY_CORRECTED", "DUPLICATE", "OTHER");
        assertThat(verifying.get("dismiss_reasons").get(0).get("label").asText()).isEqualTo("数据错误");
        assertThat(asViewer.get("allowed_actions")).isEmpty();
        assertThat(verifying.get("model_label").asText()).isNotBlank();
        assertThat(verifying.get("fact_labels").get("notice_received_on").asText()).isEqualTo("收到执行通知书日期");
        assertThat(asViewer.get("dismiss_reasons")).hasSize(5);
    }

    @Test
    void meSaysWhoTheTokenBelongsTo() throws Exception {
        assertThat(text(send("GET", "/me", VIEWER, null))).isEqualTo("{\"name\":\"小王\",\"role\":\"viewer\"}");
        assertThat(text(send("GET", "/me", ADMIN, null))).isEqualTo("{\"name\":\"ops\",\"role\":\"admin\"}");
        assertThat(send("GET", "/me", null, null).statusCode()).isEqualTo(401);
    }
}
