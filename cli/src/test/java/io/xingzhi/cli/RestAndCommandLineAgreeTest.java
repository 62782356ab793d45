package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xingzhi.adapter.rest.TokenRegistry;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.testkit.SampleLeads;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The two doors over one store - {@code serve} as wired by the command line, and the commands
 * themselves - are one application: the same statistics, documents filed and numbered in one
 * sequence, and the same event for the same review fields. The store is a real H2 file, the server
 * real HTTP on loopback.
 */
class RestAndCommandLineAgreeTest {
    static final String REVIEWER = "reviewer-secret";
    static final String NAME = "李检察官";
    static final String JAIL = "丹东市看守所";

    @TempDir
    Path dir;
    String url;
    LeadStore store;
    ServeCommand.Serving serving;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void serveAStoreWithOneRun() throws Exception {
        url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        store = Stores.open(url);
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30),
                SampleLeads.lead("A1"), SampleLeads.lead("A2"), SampleLeads.lead("A3"), SampleLeads.lead("A4"),
                SampleLeads.lead("B1", "political-rights", "NOT_SUPERVISED", "东港市公安局"),
                SampleLeads.lead("B2", "political-rights", "NOT_SUPERVISED", "东港市公安局"),
                SampleLeads.lead("C1", "property-penalty", "NOT_TRANSFERRED", "东港市人民法院")));
        Path tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex(REVIEWER) + ":reviewer:" + NAME + "\n", StandardCharsets.UTF_8);
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--store", url, "--port", "0", "--tokens", tokens.toString(),
                "--procuratorate", "凤城市人民检察院", "--number-prefix", "凤检刑执");
        serving = cmd.start();
    }

    @AfterEach
    void stop() {
        serving.stop();
    }

    HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(serving.url() + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + REVIEWER);
        b = body == null ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(method + " " + path + " " + body + " → " + r.body()).isEqualTo(200);
        return r;
    }

    /** One review through REST: the fields as JSON members, with the lead's version. */
    void restReview(String leadId, Map<String, String> fields) throws Exception {
        ObjectNode body = json.createObjectNode();
        body.put("expected_version", store.lead(leadId).orElseThrow().version());
        fields.forEach(body::put);
        call("POST", "/leads/" + leadId + "/review", json.writeValueAsString(body));
    }

    /** The same review through the command line: each field as the option of the same name, {@code -} for {@code _}. */
    static void cliReview(String leadId, String url, Map<String, String> fields) {
        List<String> args = new ArrayList<>(List.of("review", leadId, "--store", url, "--by", NAME));
        fields.forEach((k, v) -> {
            args.add("--" + k.replace('_', '-'));
            args.add(v);
        });
        ok(args.toArray(String[]::new));
    }

    static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void aReviewThroughRestAndThroughTheCommandLineWithTheSameFieldsGivesTheSameEvent() throws Exception {
        List<Map<String, String>> confirmedLife = List.of(
                fields("action", "verify", "note", "调取看守所台账"),
                fields("action", "confirm"),
                fields("action", "refer", "to", "公益诉讼部门", "date", "2024-06-30", "note", "涉嫌损害社会公共利益"),
                fields("action", "issue-document", "document_type", "纠正违法通知书", "number", "凤检刑执纠〔2024〕9号",
                        "date", "2024-07-01", "recipient", JAIL, "reply_deadline", "2024-07-16"),
                fields("action", "mark-reply-overdue", "date", "2024-07-17", "note", "未按期回复"),
                fields("action", "record-reply", "date", "2024-07-20", "summary", "已将罪犯交付监狱执行"),
                fields("action", "移送", "to", "纪检监察部门", "number", "凤检刑执移〔2024〕3号"));
        List<Map<String, String>> dismissedLife = List.of(
                fields("action", "verify"),
                fields("action", "dismiss", "reason", "OTHER", "note", "另案处理"),
                fields("action", "reopen", "note", "另案撤销"),
                fields("action", "dismiss", "reason", "数据错误", "note", "出所日期录错"));
        for (List<Map<String, String>> life : List.of(confirmedLife, dismissedLife)) {
            String viaRest = life == confirmedLife ? "A1" : "B1";
            String viaCli = life == confirmedLife ? "A2" : "B2";
            for (Map<String, String> step : life) {
                restReview(viaRest, step);
                cliReview(viaCli, url, step);
            }
            List<ReviewEvent> rest = store.history(viaRest);
            List<ReviewEvent> cli = store.history(viaCli);
            assertThat(rest).hasSize(life.size());
            assertThat(cli).hasSize(life.size());
            for (int i = 0; i < life.size(); i++) {
                ReviewEvent r = rest.get(i);
                ReviewEvent c = cli.get(i);
                assertThat(List.of(c.seq(), c.actor(), c.from(), c.to(), c.action(), c.note(), c.details()))
                        .as("step %s", life.get(i))
                        .isEqualTo(List.of(r.seq(), r.actor(), r.from(), r.to(), r.action(), r.note(), r.details()));
            }
            assertThat(store.lead(viaCli).orElseThrow().state()).isEqualTo(store.lead(viaRest).orElseThrow().state());
            assertThat(store.lead(viaCli).orElseThrow().replyDeadline())
                    .isEqualTo(store.lead(viaRest).orElseThrow().replyDeadline());
        }
        assertThat(store.history("A1").get(2).details()).isEqualTo(Map.of("referred_to", "公益诉讼部门",
                "referral_date", "2024-06-30"));
        assertThat(store.history("A1").get(4).details()).isEqualTo(Map.of("as_of", "2024-07-17"));
        assertThat(store.history("A2").get(6).details()).containsEntry("referred_to", "纪检监察部门")
                .containsEntry("referral_number", "凤检刑执移〔2024〕3号");
        assertThat(store.lead("A2").orElseThrow().state()).isEqualTo(io.xingzhi.core.review.ReviewState.RECTIFIED);
        assertThat(store.history("B1").get(3).details()).isEqualTo(Map.of("reason", "DATA_ERROR", "reason_text", "出所日期录错"));
        assertThat(store.auditTrail(0, 100)).filteredOn(e -> e.action().startsWith("review "))
                .extracting(e -> e.origin().equals("cli") ? "cli" : "http").containsOnly("cli", "http").hasSize(22);
    }

    @Test
    void aDocumentFiledThroughRestIsNumberedAndKeptLikeOneFromTheCommandLine() throws Exception {
        for (String id : List.of("A1", "A2")) {
            restReview(id, fields("action", "verify"));
            cliReview(id, url, fields("action", "confirm"));
        }
        JsonNode viaRest = json.readTree(call("POST", "/documents",
                "{\"lead_ids\":[\"A1\"],\"document_type\":\"纠正违法通知书\",\"date\":\"2024-07-01\"}").body());
        Path md = dir.resolve("notice.md");
        String printed = out("document", "A1", "--store", url, "--document-type", "纠正违法通知书", "--date", "2024-07-01",
                "--out", md.toString(), "--procuratorate", "凤城市人民检察院", "--number-prefix", "凤检刑执");
        JsonNode classCase = json.readTree(call("POST", "/documents",
                "{\"lead_ids\":[\"A1\",\"A2\"],\"document_type\":\"RECOMMENDATION\",\"date\":\"2024-07-02\"}").body());

        assertThat(viaRest.get("number").asText()).isEqualTo("凤检刑执纠〔2024〕1号");
        assertThat(printed).contains("已制作并登记：凤检刑执纠〔2024〕2号");
        assertThat(classCase.get("number").asText()).isEqualTo("凤检刑执建〔2024〕1号");
        List<StoredDocument> kept = store.documents();
        assertThat(kept).extracting(StoredDocument::number)
                .containsExactly("凤检刑执纠〔2024〕1号", "凤检刑执纠〔2024〕2号", "凤检刑执建〔2024〕1号");
        StoredDocument rest = kept.get(0);
        StoredDocument cli = kept.get(1);
        assertThat(rest.id()).isEqualTo(rest.number());
        assertThat(cli.id()).isEqualTo(cli.number());
        assertThat(rest.bodyMarkdown()).isEqualTo(viaRest.get("markdown").asText()).contains("凤城市人民检察院", rest.number());
        assertThat(cli.bodyMarkdown()).isEqualTo(Files.readString(md)).contains("凤城市人民检察院", cli.number());
        assertThat(List.of(cli.leadIds(), cli.type(), cli.date(), cli.recipient(), cli.replyDeadline(),
                cli.bodyMarkdown().replace(cli.number(), rest.number())))
                .isEqualTo(List.of(rest.leadIds(), rest.type(), rest.date(), rest.recipient(), rest.replyDeadline(),
                        rest.bodyMarkdown()));
        assertThat(store.auditTrail(0, 100)).filteredOn(e -> e.action().equals("file document"))
                .extracting(e -> e.detail()).containsExactly("凤检刑执纠〔2024〕1号 CORRECTION_NOTICE",
                        "凤检刑执纠〔2024〕2号 CORRECTION_NOTICE", "凤检刑执建〔2024〕1号 RECOMMENDATION");
    }

    @Test
    void aReferralIsRefusedOutsideTheConfiguredDepartmentsAndItsLetterIsNumberedInTheReferralSeriesByEitherDoor()
            throws Exception {
        for (String id : List.of("A1", "A2")) {
            cliReview(id, url, fields("action", "verify"));
            restReview(id, fields("action", "confirm"));
        }
        ObjectNode bad = json.createObjectNode().put("expected_version", 2).put("action", "refer").put("to", "环保局");
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(serving.url() + "/leads/A1/review"))
                .header("Authorization", "Bearer " + REVIEWER)
                .POST(HttpRequest.BodyPublishers.ofString(bad.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("field").asText()).isEqualTo("to");
        Path config = dir.resolve("xingzhi.json");
        Files.writeString(config, "{\"referral_departments\": [\"公益诉讼部门\", \"环保局\"]}", StandardCharsets.UTF_8);
        ok("review", "A2", "--store", url, "--by", NAME, "--action", "refer", "--to", "环保局", "--config", config.toString());
        restReview("A1", fields("action", "refer", "to", "公益诉讼部门", "note", "涉嫌损害社会公共利益"));
        cliReview("A2", url, fields("action", "refer", "to", "公益诉讼部门"));

        JsonNode viaRest = json.readTree(call("POST", "/documents",
                "{\"lead_ids\":[\"A1\"],\"document_type\":\"REFERRAL_LETTER\",\"date\":\"2024-07-01\"}").body());
        Path md = dir.resolve("letter.md");
        String printed = out("document", "A2", "--store", url, "--type", "线索移送函", "--date", "2024-07-01",
                "--recipient", "环保局", "--out", md.toString(), "--procuratorate", "凤城市人民检察院", "--number-prefix", "凤检刑执");

        assertThat(viaRest.get("number").asText()).isEqualTo("凤检刑执移〔2024〕1号");
        assertThat(viaRest.get("recipient").asText()).isEqualTo("公益诉讼部门");
        assertThat(viaRest.get("markdown").asText()).contains("公益诉讼部门：", "涉嫌损害社会公共利益。");
        assertThat(printed).contains("已制作并登记：凤检刑执移〔2024〕2号（线索移送函，移送环保局，反馈期限2024年8月1日）")
                .doesNotContain("issue-document");
        assertThat(Files.readString(md)).contains("环保局：", "凤检刑执移〔2024〕2号");
        assertThat(store.documents()).extracting(StoredDocument::type)
                .containsOnly(io.xingzhi.core.lead.DocumentType.REFERRAL_LETTER);
        assertThat(store.auditTrail(0, 100)).filteredOn(e -> e.action().equals("review refer")).hasSize(3);
    }

    @Test
    void theSameStoreGivesTheSameStatisticsThroughRestAndTheCommandLine() throws Exception {
        for (String id : List.of("A1", "A2", "A3", "B1", "B2")) {
            cliReview(id, url, fields("action", "verify"));
        }
        for (String id : List.of("A1", "A2", "A3")) {
            restReview(id, fields("action", "confirm"));
        }
        restReview("B1", fields("action", "dismiss", "reason", "DUPLICATE"));
        cliReview("B2", url, fields("action", "dismiss", "reason", "LAWFUL_REASON", "note", "有暂予监外执行决定"));
        call("POST", "/documents", "{\"lead_ids\":[\"A1\",\"A2\"],\"document_type\":\"检察建议\",\"date\":\"2024-07-01\"}");
        restReview("A1", fields("action", "issue-document"));
        cliReview("A2", url, fields("action", "issue-document"));
        cliReview("A2", url, fields("action", "record-reply", "summary", "已整改", "date", "2024-07-20"));
        restReview("A3", fields("action", "refer", "to", "公益诉讼部门", "date", "2024-07-05"));
        cliReview("A1", url, fields("action", "refer", "to", "监察委员会", "date", "2025-01-10"));

        for (String range : List.of("", "?from=2024-06-30", "?to=2024-06-29", "?from=2024-01-01&to=2024-12-31")) {
            List<String> cliRange = new ArrayList<>();
            for (String p : range.isEmpty() ? new String[0] : range.substring(1).split("&")) {
                String[] kv = p.split("=");
                cliRange.add("--" + kv[0]);
                cliRange.add(kv[1]);
            }
            List<String> args = new ArrayList<>(List.of("stats", "--store", url, "--json", "--min-count", "1"));
            args.addAll(cliRange);
            JsonNode cli = json.readTree(out(args.toArray(String[]::new)));
            JsonNode restStats = json.readTree(call("GET", "/stats" + range, null).body());
            JsonNode restCases = json.readTree(call("GET", "/class-cases" + (range.isEmpty() ? "?" : range + "&")
                    + "min_count=1", null).body());

            assertThat(restStats).as("statistics " + range).isEqualTo(cli.get("statistics"));
            // GET /class-cases adds the governance of each agency with a group (stats prints it apart); none is recorded here
            JsonNode restGovernance = ((com.fasterxml.jackson.databind.node.ObjectNode) restCases).remove("governance");
            assertThat(restGovernance).as("governance of the class cases " + range).isEmpty();
            assertThat(restCases).as("class cases " + range).isEqualTo(cli.get("class_cases"));
        }
        JsonNode total = json.readTree(call("GET", "/stats", null).body()).get("total");
        assertThat(total.get("leads").asLong()).isEqualTo(7);
        assertThat(total.get("confirmed").asLong()).isEqualTo(3);
        assertThat(total.get("dismissed_by_reason").toString()).isEqualTo("{\"DUPLICATE\":1,\"LAWFUL_REASON\":1}");
        assertThat(total.get("documents_by_type").toString()).isEqualTo("{\"RECOMMENDATION\":1}");
        assertThat(total.get("rectified").asLong()).isEqualTo(1);
        assertThat(json.readTree(call("GET", "/stats?to=2024-06-29", null).body()).get("total").get("leads").asLong())
                .isZero();
        JsonNode funnel = json.readTree(call("GET", "/stats", null).body()).get("funnel");
        assertThat(funnel).isEqualTo(json.readTree("{\"leads\":7,\"verified\":5,\"confirmed\":3,\"documents\":1,"
                + "\"document_leads\":2,\"rectified\":1,\"referrals\":2,\"referred_leads\":2,"
                + "\"referrals_by_recipient\":{\"公益诉讼部门\":1,\"监察委员会\":1}}"));
        // 2024's work: the leads first found in 2024, the documents, replies and referrals dated in it
        // (the confirmations and dismissals were recorded today, after 2024)
        JsonNode year = json.readTree(call("GET", "/stats?from=2024-01-01&to=2024-12-31", null).body());
        assertThat(year.get("funnel")).isEqualTo(json.readTree("{\"leads\":7,\"verified\":0,\"confirmed\":0,"
                + "\"documents\":1,\"document_leads\":2,\"rectified\":1,\"referrals\":1,\"referred_leads\":1,"
                + "\"referrals_by_recipient\":{\"公益诉讼部门\":1}}"));
        assertThat(year.get("by_model")).extracting(m -> m.get("model").asText() + " " + m.get("funnel").get("leads").asLong())
                .containsExactly("custody-transfer 4", "political-rights 2", "property-penalty 1");
        String text = out("stats", "--store", url);
        assertThat(text).contains("线索 → 核查 → 成案 → 文书 → 整改", "移送：公益诉讼部门 1，监察委员会 1",
                "合计：线索 7 条 → 核查 5 条 → 成案 3 件 → 文书 1 份（涉及线索 2 条） → 整改 1 件；移送 2 次（公益诉讼部门 1、监察委员会 1）");
    }

    static void ok(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = XingzhiCli.execute(args);
        } finally {
            System.setErr(old);
        }
        assertThat(code).as(String.join(" ", args) + "\n" + err.toString(StandardCharsets.UTF_8)).isZero();
    }

    static String out(String... args) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(b, true, StandardCharsets.UTF_8));
        try {
            ok(args);
        } finally {
            System.setOut(old);
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
