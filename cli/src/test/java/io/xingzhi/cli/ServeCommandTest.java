package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.adapter.csv.JsonLinesLeadWriter;
import io.xingzhi.adapter.rest.TokenRegistry;
import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.testkit.SampleLeads;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    static final String VIEWER = "viewer-secret", ADMIN = "admin-secret";

    @TempDir
    Path dir;
    String url;
    Path tokens;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void storeWithOneRun() throws Exception {
        url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        Stores.open(url).saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), SampleLeads.lead("L1")));
        tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex(VIEWER) + ":viewer:小王\n" + TokenRegistry.sha256Hex(ADMIN) + ":admin:ops\n");
        Files.createDirectories(dir.resolve("data"));
    }

    HttpResponse<String> call(String base, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
        b = body == null ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void serveAnswersOnTheStoreAndRunsOnTheDataFolder() throws Exception {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--store", url, "--port", "0", "--tokens", tokens.toString(), "--data",
                dir.resolve("data").toString());
        ServeCommand.Serving s = cmd.start();
        try {
            assertThat(s.url()).startsWith("http://127.0.0.1:");
            assertThat(s.consoleUrl()).isEqualTo(s.url() + "/console/");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(s.consoleUrl())).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("线索审查台");
            HttpResponse<String> r = call(s.url(), "GET", "/leads", VIEWER, null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(json.readTree(r.body()).get("total").asLong()).isEqualTo(1);
            HttpResponse<String> started = call(s.url(), "POST", "/runs", ADMIN, "{\"as_of\":\"2024-07-31\"}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String location = started.headers().firstValue("Location").orElseThrow();
            JsonNode job;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            do {
                Thread.sleep(50);
                job = json.readTree(call(s.url(), "GET", location, VIEWER, null).body());
            } while (job.get("state").asText().equals("running") && System.nanoTime() < deadline);
            assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("finished");
            assertThat(job.get("run").get("number").asLong()).isEqualTo(2);
        } finally {
            s.stop();
        }
        assertThat(Stores.open(url).runs()).hasSize(2);
    }

    @Test
    void serveHandsOutAFiledDocumentAsAWordFileMaskedForAViewer() throws Exception {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--store", url, "--port", "0", "--tokens", tokens.toString(), "--procuratorate",
                "凤城市人民检察院", "--number-prefix", "凤检刑执");
        ServeCommand.Serving s = cmd.start();
        try {
            assertThat(call(s.url(), "POST", "/leads/L1/review", ADMIN, "{\"action\":\"verify\",\"expected_version\":0}")
                    .statusCode()).isEqualTo(200);
            assertThat(call(s.url(), "POST", "/leads/L1/review", ADMIN, "{\"action\":\"confirm\",\"expected_version\":1}")
                    .statusCode()).isEqualTo(200);
            HttpResponse<String> filed = call(s.url(), "POST", "/documents", ADMIN,
                    "{\"lead_ids\":[\"L1\"],\"document_type\":\"CORRECTION_NOTICE\",\"date\":\"2024-07-01\"}");
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
            String number = json.readTree(filed.body()).get("number").asText();
            String path = "/documents/" + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8) + "?format=docx";

            List<String> full = docx(s.url(), path, ADMIN);
            List<String> masked = docx(s.url(), path, VIEWER);

            assertThat(number).isEqualTo("凤检刑执纠〔2024〕1号");
            assertThat(full.get(2)).isEqualTo(number);
            assertThat(full.get(full.size() - 2)).isEqualTo("凤城市人民检察院");
            assertThat(String.join("\n", full)).contains("张三");
            assertThat(masked).hasSameSizeAs(full);
            assertThat(String.join("\n", masked)).doesNotContain("张三").contains("张*");
        } finally {
            s.stop();
        }
    }

    /** The paragraphs of the Word file served at {@code path}, read with POI. */
    List<String> docx(String base, String path, String token) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(r.body()))) {
            return doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
        }
    }

    /** Waits for a run job to leave the running state; returns it. */
    JsonNode finished(String base, String location) throws Exception {
        JsonNode job;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            Thread.sleep(50);
            job = json.readTree(call(base, "GET", location, VIEWER, null).body());
        } while (job.get("state").asText().equals("running") && System.nanoTime() < deadline);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("finished");
        return job.get("run");
    }

    /** The run {@code serve} with these extra options makes on POST /runs as of the demo's date. */
    JsonNode servedRun(String storeUrl, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--store", storeUrl, "--port", "0", "--tokens", tokens.toString()));
        args.addAll(List.of(options));
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs(args.toArray(String[]::new));
        ServeCommand.Serving s = cmd.start();
        try {
            HttpResponse<String> started = call(s.url(), "POST", "/runs", ADMIN, "{\"as_of\":\"2024-10-01\"}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            return finished(s.url(), started.headers().firstValue("Location").orElseThrow());
        } finally {
            s.stop();
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void serveRefersLeadsOnlyToTheDepartmentsItsConfigNames() throws Exception {
        Path config = dir.resolve("referrals.json");
        Files.writeString(config, "{\"referral_departments\": [\"生态环境局\", \"公益诉讼部门\"]}", StandardCharsets.UTF_8);
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--store", url, "--port", "0", "--tokens", tokens.toString(), "--config",
                config.toString());
        ServeCommand.Serving s = cmd.start();
        try {
            for (String step : List.of("{\"action\":\"verify\",\"expected_version\":0}",
                    "{\"action\":\"confirm\",\"expected_version\":1}",
                    "{\"action\":\"refer\",\"to\":\"生态环境局\",\"date\":\"2024-07-02\",\"expected_version\":2}")) {
                HttpResponse<String> r = call(s.url(), "POST", "/leads/L1/review", ADMIN, step);
                assertThat(r.statusCode()).as(step + " → " + r.body()).isEqualTo(200);
            }
            HttpResponse<String> refused = call(s.url(), "POST", "/leads/L1/review", ADMIN,
                    "{\"action\":\"refer\",\"to\":\"公安机关\",\"expected_version\":3}");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(json.readTree(refused.body()).get("field").asText()).isEqualTo("to");
            assertThat(json.readTree(refused.body()).get("detail").asText()).contains("[生态环境局, 公益诉讼部门]");
            JsonNode stats = json.readTree(call(s.url(), "GET", "/stats", VIEWER, null).body());
            assertThat(stats.get("funnel").get("referrals_by_recipient").toString()).isEqualTo("{\"生态环境局\":1}");
        } finally {
            s.stop();
        }
    }

    @Test
    void serveDataRunsHonourConfigAndEncodingExactlyAsRunDoes() throws Exception {
        // the demo data as GB18030 exports, the detention center with its own name for left_on
        Path data = dir.resolve("agency");
        Files.createDirectories(data);
        for (io.xingzhi.core.record.Dataset d : io.xingzhi.core.record.Dataset.values()) {
            try (java.io.InputStream in = DemoCommand.class.getResourceAsStream(DemoCommand.RESOURCES + d.fileStem() + ".csv")) {
                if (in == null) {
                    continue;
                }
                byte[] bytes = in.readAllBytes();
                // some demo files are GB18030 exports already: decode each as what it is
                String text = (isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8)
                        : new String(bytes, java.nio.charset.Charset.forName("GB18030"))).replace("\uFEFF", "");
                if (d == io.xingzhi.core.record.Dataset.CUSTODY) {
                    String header = text.lines().findFirst().orElseThrow();
                    text = "name,id_number,detention_center,case_number,admitted_on,notice_received_on,离所时间X,"
                            + "leave_reason,note" + text.substring(header.length());
                }
                Files.write(data.resolve(d.fileStem() + ".csv"), text.getBytes(java.nio.charset.Charset.forName("GB18030")));
            }
        }
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"boundary_days\": 5, \"header_aliases\": {\"custody\": {\"left_on\": [\"离所时间X\"]}}}");
        String runStore = "jdbc:h2:file:" + dir.resolve("run-store").toAbsolutePath();
        assertThat(XingzhiCli.execute("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out",
                dir.resolve("out").toString(), "--quiet", "--store", runStore, "--config", config.toString(),
                "--encoding", "GB18030")).isZero();
        io.xingzhi.core.port.StoredRun byRun = Stores.open(runStore).runs().get(0);

        JsonNode served = servedRun("jdbc:h2:file:" + dir.resolve("serve-store").toAbsolutePath(), "--data", data.toString(),
                "--config", config.toString(), "--encoding", "GB18030");
        JsonNode plain = servedRun("jdbc:h2:file:" + dir.resolve("plain-store").toAbsolutePath(), "--data", data.toString(),
                "--encoding", "UTF-8");

        assertThat(served.get("parameters").get("boundary_days").asText()).isEqualTo("5");
        assertThat(served.get("leads").asLong()).isEqualTo(byRun.leads()).isPositive();
        assertThat(served.get("rows_read").asLong()).isEqualTo(byRun.rowsRead());
        assertThat(served.get("rows_rejected").asLong()).isEqualTo(byRun.rowsRejected());
        assertThat(served.get("leads_by_model_and_kind").toString())
                .isEqualTo(json.valueToTree(byRun.leadsByModelAndKind()).toString());
        assertThat(served.get("parameters").toString()).isEqualTo(json.valueToTree(byRun.parameters()).toString());
        // without them, the same folder gives another run: the defaults, and rows undecodable in UTF-8
        assertThat(plain.get("parameters").get("boundary_days").asText()).isEqualTo("2");
        assertThat(plain.get("rows_rejected").asLong()).isGreaterThan(served.get("rows_rejected").asLong());
        assertThat(XingzhiCli.execute("serve", "--store", url, "--port", "0", "--tokens", tokens.toString(),
                "--data", data.toString(), "--encoding", "no-such-charset")).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(XingzhiCli.execute("serve", "--store", url, "--port", "0", "--tokens", tokens.toString(),
                "--encoding", "GB18030")).as("--encoding without --data").isEqualTo(XingzhiCli.BAD_INPUT);
    }

    @Test
    void serveRunsOnTheFeedsOfASourcesFileWithTheParametersOfAConfigFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("feeds"));
        Files.writeString(folder.resolve("judgments.csv"), "案号,姓名,生效日期,主刑\n(2024)辽0682刑初1号,张三,2024-01-05,有期徒刑\n"
                + "(2024)辽0682刑初2号,\"李四,2024-01-06,有期徒刑\n", StandardCharsets.UTF_8);
        try (FolderFeedServer feeds = new FolderFeedServer(folder)) {
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"datasets\": {\"judgments\": {\"url\": \"" + feeds.url("judgments.csv") + "\"}}}");
            Path config = dir.resolve("config.json");
            Files.writeString(config, "{\"boundary_days\": 5}");
            ServeCommand cmd = new ServeCommand();
            new CommandLine(cmd).parseArgs("--store", url, "--port", "0", "--tokens", tokens.toString(), "--sources",
                    sources.toString(), "--config", config.toString());
            ServeCommand.Serving s = cmd.start();
            try {
                HttpResponse<String> started = call(s.url(), "POST", "/runs", ADMIN, "{\"as_of\":\"2024-07-31\"}");
                assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
                String location = started.headers().firstValue("Location").orElseThrow();
                JsonNode job;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                do {
                    Thread.sleep(50);
                    job = json.readTree(call(s.url(), "GET", location, VIEWER, null).body());
                } while (job.get("state").asText().equals("running") && System.nanoTime() < deadline);
                assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("finished");
            } finally {
                s.stop();
            }
        }
        var run = Stores.open(url).runs().get(Stores.open(url).runs().size() - 1);
        assertThat(run.parameters()).containsEntry("boundary_days", "5");
        assertThat(run.rowsRead()).isEqualTo(2);
        assertThat(run.rowsRejected()).isEqualTo(1);
    }

    @Test
    void runOptionsWithoutDataOrWithBothDoorsAreRefused() throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{}");
        Path sources = dir.resolve("sources.json");
        Files.writeString(sources, "{\"datasets\": {\"judgments\": {\"url\": \"http://127.0.0.1:9/j.csv\"}}}");
        assertThat(XingzhiCli.execute("serve", "--store", url, "--port", "0", "--tokens", tokens.toString(),
                "--encoding", "GB18030")).as("--encoding without --data").isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(XingzhiCli.execute("serve", "--store", url, "--port", "0", "--tokens", tokens.toString(),
                "--data", dir.resolve("data").toString(), "--sources", sources.toString())).isEqualTo(XingzhiCli.BAD_INPUT);
        Files.writeString(sources, "{\"datasets\": {\"judgments\": {\"url\": \"http://127.0.0.1:9/j.csv\", \"x\": 1}}}");
        assertThat(XingzhiCli.execute("serve", "--store", url, "--port", "0", "--tokens", tokens.toString(),
                "--sources", sources.toString())).isEqualTo(XingzhiCli.BAD_INPUT);
    }

    @Test
    void aServedLeadHasTheFieldsAndValuesOfItsLeadsJsonlLine() throws Exception {
        String id17 = "21068219800101123";
        IdNumber number = new IdNumber(id17 + IdNumber.checkCharacter(id17));
        Lead full = SampleLeads.full("F1");
        Lead byId = new Lead("F2", full.kind(), Optional.of(number), full.name(), full.caseNumber(),
                full.supervisedAgency(), full.supervisedUnit(), Optional.empty(), full.summary(), full.legalBasis(),
                full.evidence(), LinkedBy.ID_NUMBER, false, false, full.suggestedDocument(), Map.of(), List.of());
        String other = "jdbc:h2:file:" + dir.resolve("store2").toAbsolutePath();
        Stores.open(other).saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), full, byId));
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        JsonLinesLeadWriter.write(List.of(full, byId), jsonl);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : jsonl.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(json.readTree(line));
        }
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--store", other, "--port", "0", "--tokens", tokens.toString());
        ServeCommand.Serving s = cmd.start();
        try {
            for (JsonNode line : lines) {
                String leadId = line.get("lead_id").asText();
                // an admin sees full data, so every value is comparable
                JsonNode served = json.readTree(call(s.url(), "GET", "/leads/" + leadId, ADMIN, null).body()).get("lead");
                List<String> lineFields = new ArrayList<>();
                line.fieldNames().forEachRemaining(lineFields::add);
                List<String> servedFields = new ArrayList<>();
                served.fieldNames().forEachRemaining(servedFields::add);
                assertThat(servedFields.subList(0, lineFields.size())).as(leadId).isEqualTo(lineFields);
                for (Iterator<Map.Entry<String, JsonNode>> it = line.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    assertThat(served.get(f.getKey())).as(leadId + " " + f.getKey()).isEqualTo(f.getValue());
                }
            }
        } finally {
            s.stop();
        }
    }

    @Test
    void serveCommandLineListensUntilStoppedAndRefusesBadOptions() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        AtomicInteger exit = new AtomicInteger(-1);
        Thread t = new Thread(() -> exit.set(XingzhiCli.execute("serve", "--store", url, "--port", String.valueOf(port),
                "--tokens", tokens.toString())));
        t.start();
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> r = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (r == null && System.nanoTime() < deadline) {
            try {
                r = call(base, "GET", "/leads/L1", VIEWER, null);
            } catch (ConnectException e) {
                Thread.sleep(50);
            }
        }
        assertThat(r).isNotNull();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(call(base, "POST", "/runs", ADMIN, "{\"as_of\":\"2024-07-31\"}").statusCode()).isEqualTo(503);
        t.interrupt();
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        assertThatThrownBy(() -> call(base, "GET", "/leads", VIEWER, null)).isInstanceOf(ConnectException.class);

        assertThat(XingzhiCli.execute("serve", "--store", url, "--port", "0", "--tokens", dir.resolve("nope").toString()))
                .isEqualTo(XingzhiCli.BAD_INPUT);
        Files.writeString(dir.resolve("bad-tokens"), "abc:viewer:x\n");
        assertThat(XingzhiCli.execute("serve", "--store", url, "--port", "0", "--tokens", dir.resolve("bad-tokens").toString()))
                .isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(XingzhiCli.execute("serve", "--store", url, "--port", "0", "--tokens", tokens.toString(),
                "--data", dir.resolve("missing").toString())).isEqualTo(XingzhiCli.BAD_INPUT);
    }
}
