package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.testkit.InMemoryLeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.io.InputStream;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /openapi.json} passes a strict lint, and what the server answers is what it says: every
 * route's answers - successes, the 202 of {@code POST /runs}, a job still running, finished and failed,
 * and problems - are validated against the schema the document gives for that route, method, status
 * and content type, with an OpenAPI 3.0 schema validator.
 */
class OpenApiDocumentTest {
    static final String RESOURCE = "io/xingzhi/adapter/rest/openapi.json";
    static final String VIEWER = "v-token", REVIEWER = "r-token", ADMIN = "a-token";
    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();
    final SchemaRegistry schemas = SchemaRegistry.withDialect(Dialects.getOpenApi30());

    @TempDir
    Path dir;

    static String document() throws Exception {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDocumentParsesWithoutAnErrorOrAWarning() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document(), null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getServers()).isNotEmpty();
    }

    @Test
    void everyOperationHasItsOwnOperationIdAndNoSchemaIsNullableBesideACombinationWithoutAType() throws Exception {
        JsonNode doc = json.readTree(document());
        Set<String> ids = new HashSet<>();
        List<String> missing = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            JsonNode id = op.getValue().get("operationId");
            if (id == null || id.asText().isBlank() || !ids.add(id.asText())) {
                missing.add(op.getKey() + " " + p.getKey());
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(ids).hasSize(16);
        assertThat(doc.get("servers")).isNotEmpty();

        List<String> untyped = new ArrayList<>();
        walk(doc, "#", (where, node) -> {
            if (node.path("nullable").asBoolean(false) && !node.has("type")
                    && (node.has("allOf") || node.has("oneOf") || node.has("anyOf") || node.has("$ref"))) {
                untyped.add(where);
            }
        });
        assertThat(untyped).isEmpty();
    }

    interface Visitor {
        void visit(String where, JsonNode node);
    }

    static void walk(JsonNode n, String where, Visitor v) {
        if (n.isObject()) {
            v.visit(where, n);
            n.fields().forEachRemaining(e -> walk(e.getValue(), where + "/" + e.getKey(), v));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), where + "/" + i, v);
            }
        }
    }

    /** The schema the document gives for this answer, as a JSON pointer into it (following a $ref'd response). */
    String schemaPointer(JsonNode doc, String method, String pathTemplate, int status, String contentType) {
        String response = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase() + "/responses/" + status;
        JsonNode r = doc.at(response);
        assertThat(r.isMissingNode()).as("the document lists " + status + " for " + method + " " + pathTemplate).isFalse();
        if (r.has("$ref")) {
            response = r.get("$ref").asText().substring(1);
            r = doc.at(response);
        }
        String type = contentType.split(";")[0].strip();
        assertThat(r.path("content").has(type)).as(method + " " + pathTemplate + " " + status + " answers " + type).isTrue();
        return response + "/content/" + escape(type) + "/schema";
    }

    static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }

    /** Validates a served answer against the document; returns its body. */
    JsonNode valid(JsonNode doc, String method, String pathTemplate, HttpResponse<String> r) throws Exception {
        String pointer = schemaPointer(doc, method, pathTemplate, r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(""));
        Schema schema = schemas.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#" + pointer));
        List<Error> errors = schema.validate(r.body(), InputFormat.JSON);
        assertThat(errors).as(method + " " + pathTemplate + " " + r.statusCode() + ": " + r.body()).isEmpty();
        return json.readTree(r.body());
    }

    HttpResponse<String> send(String base, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void everyRouteAnswersWhatTheDocumentSaysForEachStatusAndRole() throws Exception {
        JsonNode doc = json.readTree(document());
        InMemoryLeadStore store = new InMemoryLeadStore();
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), SampleLeads.full("L1"), SampleLeads.lead("L2"),
                SampleLeads.lead("L3")));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch reading = new CountDownLatch(1);
        boolean[] fail = {false};
        RecordSource held = new RecordSource() {
            @Override
            public Set<Dataset> available() {
                reading.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (fail[0]) {
                    throw new XingzhiException("feed http://127.0.0.1/custody could not be read");
                }
                return Set.of();
            }

            @Override
            public List<String> describe(Dataset dataset) {
                return List.of();
            }

            @Override
            public void read(Dataset dataset, RowVisitor visitor) {
            }
        };
        Path tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex(VIEWER) + ":viewer:小王\n" + TokenRegistry.sha256Hex(REVIEWER)
                + ":reviewer:李检察官\n" + TokenRegistry.sha256Hex(ADMIN) + ":admin:ops\n");
        XingzhiServer server = XingzhiServer.builder(ApplicationServices.over(store).runs(RunService.builder(held)).build(),
                TokenRegistry.load(tokens)).build();
        String base = "http://127.0.0.1:" + server.start(0);
        try {
            for (String token : List.of(VIEWER, REVIEWER)) {
                valid(doc, "GET", "/leads", send(base, "GET", "/leads?limit=2", token, null));
                valid(doc, "GET", "/leads/{id}", send(base, "GET", "/leads/L1", token, null));
                valid(doc, "GET", "/stats", send(base, "GET", "/stats", token, null));
                valid(doc, "GET", "/runs", send(base, "GET", "/runs", token, null));
                valid(doc, "GET", "/class-cases", send(base, "GET", "/class-cases?min_count=1", token, null));
            }
            valid(doc, "GET", "/openapi.json", send(base, "GET", "/openapi.json", null, null));
            valid(doc, "POST", "/leads/{id}/review", send(base, "POST", "/leads/L1/review", REVIEWER,
                    "{\"action\":\"verify\",\"expected_version\":0}"));
            valid(doc, "POST", "/leads/{id}/review", send(base, "POST", "/leads/L1/review", REVIEWER,
                    "{\"action\":\"confirm\",\"expected_version\":1,\"note\":\"属实\"}"));
            valid(doc, "POST", "/documents", send(base, "POST", "/documents", REVIEWER,
                    "{\"lead_ids\":[\"L1\"],\"document_type\":\"RECOMMENDATION\"}"));
            valid(doc, "GET", "/class-cases", send(base, "GET", "/class-cases?min_count=1", VIEWER, null));
            for (String token : List.of(VIEWER, REVIEWER)) {
                valid(doc, "GET", "/me", send(base, "GET", "/me", token, null));
                valid(doc, "GET", "/documents", send(base, "GET", "/documents", token, null));
                valid(doc, "GET", "/documents", send(base, "GET", "/documents?lead_id=L1", token, null));
                valid(doc, "GET", "/documents/{number}", send(base, "GET", "/documents/"
                        + java.net.URLEncoder.encode("××检刑执建〔" + LocalDate.now().getYear() + "〕1号", StandardCharsets.UTF_8), token, null));
            }
            valid(doc, "GET", "/documents/{number}", send(base, "GET", "/documents/NOPE", VIEWER, null));
            // this server has no renderer: a Word file is not acceptable
            valid(doc, "GET", "/documents/{number}", send(base, "GET", "/documents/NOPE?format=docx", VIEWER, null));
            valid(doc, "GET", "/documents", send(base, "GET", "/documents?leadId=L1", VIEWER, null));

            // source governance: records citing the confirmed lead, a close, the listing; and their problems
            valid(doc, "POST", "/governance", send(base, "POST", "/governance", REVIEWER, "{\"kind\":\"recommendation\","
                    + "\"title\":\"检察建议\",\"agencies\":[\"凤城市司法局\"],\"date\":\"2024-05-20\",\"deadline\":\"2024-06-20\","
                    + "\"lead_ids\":[\"L1\"]}"));
            valid(doc, "POST", "/governance", send(base, "POST", "/governance", REVIEWER, "{\"kind\":\"measure\","
                    + "\"title\":\"建立台账\",\"agencies\":\"凤城市司法局\",\"date\":\"2024-05-20\",\"deadline\":\"2024-06-01\","
                    + "\"parent\":\"g1\"}"));
            valid(doc, "POST", "/governance/{id}/close", send(base, "POST", "/governance/g1/close", REVIEWER,
                    "{\"status\":\"adopted\",\"date\":\"2024-06-10\"}"));
            for (String token : List.of(VIEWER, REVIEWER)) {
                valid(doc, "GET", "/governance", send(base, "GET", "/governance", token, null));
                valid(doc, "GET", "/governance", send(base, "GET", "/governance?as_of=2024-05-31", token, null));
            }
            valid(doc, "POST", "/governance", send(base, "POST", "/governance", REVIEWER,
                    "{\"kind\":\"recommendation\",\"title\":\"x\",\"agencies\":\"司法局\",\"lead_ids\":[\"L2\"]}"));
            valid(doc, "POST", "/governance", send(base, "POST", "/governance", VIEWER, "{\"kind\":\"meeting\"}"));
            valid(doc, "POST", "/governance/{id}/close", send(base, "POST", "/governance/g99/close", REVIEWER, "{}"));
            valid(doc, "POST", "/governance/{id}/close", send(base, "POST", "/governance/g1/close", REVIEWER,
                    "{\"status\":\"terminated\"}"));
            valid(doc, "GET", "/governance", send(base, "GET", "/governance?as_of=soon", VIEWER, null));

            // a run: 202, then running, then finished; another one that fails
            HttpResponse<String> started = send(base, "POST", "/runs", ADMIN, "{\"as_of\":\"2024-07-31\"}");
            assertThat(started.statusCode()).isEqualTo(202);
            assertThat(valid(doc, "POST", "/runs", started).get("run").isNull()).isTrue();
            reading.await();
            String job = started.headers().firstValue("Location").orElseThrow();
            JsonNode running = valid(doc, "GET", "/runs/{id}", send(base, "GET", job, VIEWER, null));
            assertThat(running.get("state").asText()).isEqualTo("running");
            valid(doc, "GET", "/runs", send(base, "GET", "/runs", ADMIN, null));
            assertThat(valid(doc, "POST", "/runs", send(base, "POST", "/runs", ADMIN, "{\"as_of\":\"2024-07-31\"}"))
                    .get("type").asText()).isEqualTo("/problems/run-in-progress");
            release.countDown();
            assertThat(awaitEnd(doc, base, job).get("state").asText()).isEqualTo("finished");
            fail[0] = true;
            HttpResponse<String> failing = send(base, "POST", "/runs", ADMIN, "{\"as_of\":\"2024-08-31\"}");
            assertThat(awaitEnd(doc, base, failing.headers().firstValue("Location").orElseThrow()).get("state").asText())
                    .isEqualTo("failed");
            valid(doc, "GET", "/runs", send(base, "GET", "/runs", VIEWER, null));

            // problems
            valid(doc, "GET", "/leads", send(base, "GET", "/leads", null, null));
            valid(doc, "GET", "/leads", send(base, "GET", "/leads?limit=x", VIEWER, null));
            valid(doc, "GET", "/leads/{id}", send(base, "GET", "/leads/NOPE", VIEWER, null));
            valid(doc, "POST", "/leads/{id}/review", send(base, "POST", "/leads/L2/review", VIEWER, "{}"));
            valid(doc, "POST", "/leads/{id}/review", send(base, "POST", "/leads/L2/review", REVIEWER,
                    "{\"action\":\"confirm\",\"expected_version\":0}"));
            valid(doc, "POST", "/leads/{id}/review", send(base, "POST", "/leads/L2/review", REVIEWER,
                    "{\"action\":\"verify\",\"expected_version\":7}"));
            valid(doc, "POST", "/leads/{id}/review", send(base, "POST", "/leads/L2/review", REVIEWER, "{\"a\":1}{\"b\":2}"));
            valid(doc, "POST", "/documents", send(base, "POST", "/documents", REVIEWER,
                    "{\"lead_ids\":[\"L2\"],\"document_type\":\"RECOMMENDATION\"}"));
            valid(doc, "GET", "/runs/{id}", send(base, "GET", "/runs/r99", VIEWER, null));
            valid(doc, "GET", "/stats", send(base, "DELETE", "/stats", VIEWER, null));
        } finally {
            release.countDown();
            server.stop();
        }
    }

    JsonNode awaitEnd(JsonNode doc, String base, String job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode j;
        do {
            Thread.sleep(20);
            j = valid(doc, "GET", "/runs/{id}", send(base, "GET", job, REVIEWER, null));
        } while (j.get("state").asText().equals("running") && System.nanoTime() < deadline);
        return j;
    }

    @Test
    void theValidatorRefusesAnAnswerThatBreaksTheDocument() throws Exception {
        JsonNode doc = json.readTree(document());
        Schema job = schemas.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#/components/schemas/RunJob"));
        String ok = "{\"id\":\"r1\",\"state\":\"running\",\"as_of\":\"2024-07-31\",\"requested_by\":null,"
                + "\"started_at\":\"2024-07-31T01:00:00Z\",\"finished_at\":null,\"run\":null,\"error\":null}";

        assertThat(job.validate(ok, InputFormat.JSON)).isEmpty();
        assertThat(job.validate(ok.replace("\"running\"", "\"paused\""), InputFormat.JSON)).isNotEmpty();
        assertThat(job.validate(ok.replace("\"run\":null", "\"run\":{\"number\":\"one\"}"), InputFormat.JSON)).isNotEmpty();
        assertThat(doc.at("/components/schemas/RunJob/properties/run/type").asText()).isEqualTo("object");
        Iterator<String> names = doc.get("components").get("schemas").fieldNames();
        assertThat(names).toIterable().contains("RunJob", "Run", "Lead", "Problem");
    }

    @Test
    void underTheStrictestReadingOfNullableAJobWithoutARunIsStillValid() throws Exception {
        // OpenAPI 3.0.3: nullable adds null to the type of its own schema only; allOf, anyOf and $ref keep theirs.
        // Read so, as plain JSON Schema (draft 4), a job still running ("run": null) must pass and a bad run fail.
        JsonNode strict = json.readTree(document());
        walk(strict, "#", (where, node) -> {
            if (node.path("nullable").asBoolean(false) && node.has("type") && node.get("type").isTextual()) {
                com.fasterxml.jackson.databind.node.ArrayNode types = json.createArrayNode().add(node.get("type").asText()).add("null");
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).set("type", types);
            }
            if (node.isObject()) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("nullable");
            }
        });
        String iri = "https://xingzhi.invalid/openapi-strict.json";
        SchemaRegistry draft4 = SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_4,
                b -> b.schemas(java.util.Map.of(iri, strict.toString())));
        Schema job = draft4.getSchema(SchemaLocation.of(iri + "#/components/schemas/RunJob"));
        String running = "{\"id\":\"r1\",\"state\":\"running\",\"as_of\":\"2024-07-31\",\"requested_by\":null,"
                + "\"started_at\":\"2024-07-31T01:00:00Z\",\"finished_at\":null,\"run\":null,\"error\":null}";

        assertThat(job.validate(running, InputFormat.JSON)).isEmpty();
        assertThat(job.validate(running.replace("\"run\":null", "\"run\":{\"number\":\"one\"}"), InputFormat.JSON)).isNotEmpty();
    }
}
