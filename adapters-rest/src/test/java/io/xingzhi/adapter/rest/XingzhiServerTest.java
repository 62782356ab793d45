package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.testkit.InMemoryLeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XingzhiServerTest {
    static final String VIEWER = "viewer-token-1", REVIEWER = "reviewer-token-2", ADMIN = "admin-token-3";
    static final String ID = "210682198001011234".substring(0, 17);
    static final IdNumber NUMBER = new IdNumber(ID + IdNumber.checkCharacter(ID));

    @TempDir
    Path dir;
    InMemoryLeadStore store;
    XingzhiServer server;
    String base;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    static Lead personalLead(String id) {
        return new Lead(id, io.xingzhi.testkit.SampleLeads.kind("custody-transfer", "LATE_TRANSFER").withFacts("note", "备注"),
                Optional.of(NUMBER), "张三丰", "(2024)辽0682刑初1号", "丹东市看守所",
                "", Optional.of(LocalDate.of(2024, 3, 10)), "张三丰判决生效后超过30日才被投送监狱",
                List.of("刑事诉讼法第264条第2款"),
                List.of(new Evidence(new SourceRef(Dataset.CUSTODY, "custody.csv", 7), "看守所羁押记录")),
                LinkedBy.ID_NUMBER, false, false, DocumentType.CORRECTION_NOTICE,
                Map.of("note", "身份证号" + NUMBER.value() + " 张三丰"), List.of());
    }

    static final RecordSource EMPTY = new RecordSource() {
        @Override
        public Set<Dataset> available() {
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

    @BeforeEach
    void start() throws IOException {
        store = new InMemoryLeadStore();
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), personalLead("L1"),
                SampleLeads.lead("L2", "property-penalty", "TERMINATED_WITH_ASSETS", "东港市人民法院"), SampleLeads.lead("L3")));
        Path tokens = dir.resolve("tokens");
        Files.writeString(tokens, "# comment\n\n" + TokenRegistry.sha256Hex(VIEWER) + ":viewer:小王\n"
                + TokenRegistry.sha256Hex(REVIEWER) + ":reviewer:李检察官\n"
                + TokenRegistry.sha256Hex(ADMIN).toUpperCase() + ":ADMIN:admin\n", StandardCharsets.UTF_8);
        server = XingzhiServer.builder(ApplicationServices.over(store).runs(RunService.builder(EMPTY)).build(),
                        TokenRegistry.load(tokens))
                // a fixed clock: the throttle's slots pile up deterministically, whatever the machine's load
                .throttle(new AuthThrottle(3, Duration.ofMinutes(1), Duration.ofMillis(50), Duration.ofMillis(150),
                        Clock.fixed(java.time.Instant.parse("2024-07-01T00:00:00Z"), java.time.ZoneOffset.UTC)))
                .maxRequestBytes(4096).maxPageSize(100).build();
        base = "http://127.0.0.1:" + server.start(0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode body(HttpResponse<String> r) throws IOException {
        return json.readTree(r.body());
    }

    void assertProblem(HttpResponse<String> r, int status, String type) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode p = body(r);
        assertThat(p.get("type").asText()).isEqualTo("/problems/" + type);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(NUMBER.value());
    }

    @Test
    void noTokenIs401() throws Exception {
        assertProblem(get("/leads", null), 401, "unauthorized");
    }

    @Test
    void unknownTokenIs401() throws Exception {
        assertProblem(get("/leads/L1", "nope"), 401, "unauthorized");
    }

    @Test
    void viewerReviewingIs403AndReviewerStartingRunIs403() throws Exception {
        assertProblem(post("/leads/L1/review", VIEWER, "{\"action\":\"verify\",\"expected_version\":0}"), 403, "forbidden");
        assertProblem(post("/runs", REVIEWER, "{\"as_of\":\"2024-07-01\"}"), 403, "forbidden");
        assertThat(store.lead("L1").orElseThrow().version()).isZero();
    }

    @Test
    void afterRepeatedFailuresGuessesAreRefusedUncheckedWhileATokenAlreadyUsedFromThereStillWorks() throws Exception {
        assertThat(get("/stats", VIEWER).statusCode()).isEqualTo(200);
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            statuses.add(get("/stats", "guess-" + i).statusCode());
        }

        // 3 failures throttle the address; then one guess per 50 ms slot, at most 150 ms ahead: 3 more are
        // checked (and fail), the rest are refused before their token is looked at
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 401, 429, 429, 429);
        HttpResponse<String> refused = get("/stats", "guess-9");
        assertProblem(refused, 429, "too-many-attempts");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/stats", VIEWER).statusCode()).as("the viewer has worked from here: not slowed").isEqualTo(200);
        assertProblem(get("/stats", REVIEWER), 429, "too-many-attempts");
    }

    @Test
    void everyThrottledRequestIsAuditedTheFirstOnItsOwnAndTheRestCountedByTheTimeTheServerStops() throws Exception {
        int throttled = 0;
        for (int i = 0; i < 30; i++) {
            if (get("/stats", "guess-" + i).statusCode() == 429) {
                throttled++;
            }
        }
        assertThat(throttled).as("the fixed clock piles the slots up: all but the first six are refused").isEqualTo(24);
        server.stop();

        List<AuditEntry> trail = store.auditTrail(0, 1000);
        long own = trail.stream().filter(e -> e.action().equals("refused: throttled")).count();
        List<AuditEntry> tallies = trail.stream().filter(e -> e.action().equals("refused: throttled, counted")).toList();
        long counted = tallies.stream().mapToLong(e -> Long.parseLong(e.detail().substring(0, e.detail().indexOf(' ')))).sum();
        assertThat(own).as("the first refusal within the window has an entry of its own").isEqualTo(1);
        assertThat(own + counted).as("no refused request goes unaudited").isEqualTo(throttled);
        assertThat(tallies).as("one tally per address and token").hasSize(throttled - 1);
        assertThat(tallies).allSatisfy(e -> {
            assertThat(e.origin()).isEqualTo("127.0.0.1");
            assertThat(e.detail()).contains("token sha256 ").doesNotContain("guess-");
        });
    }

    @Test
    void a401SaysBearerAndARefusedTokenIsAuditedByItsFingerprintNeverItself() throws Exception {
        HttpResponse<String> none = get("/leads", null);
        HttpResponse<String> unknown = get("/leads/L1", "not-a-token");

        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"xingzhi\"");
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"xingzhi\", error=\"invalid_token\"");
        List<AuditEntry> trail = store.auditTrail(0, 10);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("refused: no token", "refused: unknown token");
        assertThat(trail.get(1).origin()).isEqualTo("127.0.0.1");
        assertThat(trail.get(1).detail()).isEqualTo("GET /leads/L1; token sha256 " + TokenRegistry.fingerprint("not-a-token") + "...");
        assertThat(trail.toString()).doesNotContain("not-a-token");
    }

    @Test
    void viewerSeesIdNumberAndNameMaskedEverywhere() throws Exception {
        HttpResponse<String> r = get("/leads/L1", VIEWER);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode lead = body(r).get("lead");
        assertThat(lead.get("id_number").asText()).isEqualTo("210682********" + NUMBER.value().substring(14));
        assertThat(lead.get("name").asText()).isEqualTo("张**");
        assertThat(lead.get("summary").asText()).startsWith("张**判决生效后");
        assertThat(r.body()).doesNotContain(NUMBER.value()).doesNotContain("张三丰");
        assertThat(get("/leads", VIEWER).body()).doesNotContain(NUMBER.value()).doesNotContain("张三丰").contains("张**");
    }

    @Test
    void reviewerAndAdminSeeFullData() throws Exception {
        for (String t : List.of(REVIEWER, ADMIN)) {
            JsonNode lead = body(get("/leads/L1", t)).get("lead");
            assertThat(lead.get("id_number").asText()).isEqualTo(NUMBER.value());
            assertThat(lead.get("name").asText()).isEqualTo("张三丰");
            assertThat(lead.get("evidence").get(0).get("file").asText()).isEqualTo("custody.csv");
        }
    }

    @Test
    void listingFiltersAndPages() throws Exception {
        JsonNode all = body(get("/leads", VIEWER));
        assertThat(all.get("total").asLong()).isEqualTo(3);
        JsonNode page = body(get("/leads?offset=1&limit=1", VIEWER));
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("leads")).hasSize(1);
        assertThat(page.get("leads").get(0).get("lead_id").asText()).isEqualTo("L2");
        JsonNode byModel = body(get("/leads?model=property-penalty", VIEWER));
        assertThat(byModel.get("total").asLong()).isEqualTo(1);
        assertThat(body(get("/leads?agency=%E4%B8%B9%E4%B8%9C%E5%B8%82%E7%9C%8B%E5%AE%88%E6%89%80&status=new&from=2024-06-01&to=2024-06-30",
                VIEWER)).get("total").asLong()).isEqualTo(2);
        assertThat(body(get("/leads?from=2024-07-01", VIEWER)).get("total").asLong()).isZero();
        assertThat(body(get("/leads?kind=LATE_TRANSFER&status=VERIFYING", VIEWER)).get("total").asLong()).isZero();
    }

    @Test
    void badQueryValuesAre400() throws Exception {
        assertProblem(get("/leads?from=2024-13-01", VIEWER), 400, "bad-request");
        assertProblem(get("/leads?status=maybe", VIEWER), 400, "bad-request");
        assertProblem(get("/leads?limit=101", VIEWER), 400, "bad-request");
        assertProblem(get("/leads?offset=-1", VIEWER), 400, "bad-request");
        assertProblem(get("/leads?limit=ten", VIEWER), 400, "bad-request");
    }

    @Test
    void unknownLeadIs404AndUnknownRouteIs404() throws Exception {
        assertProblem(get("/leads/NOPE", REVIEWER), 404, "unknown-lead");
        assertProblem(post("/leads/NOPE/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0}"), 404, "unknown-lead");
        assertProblem(get("/nothing-here", REVIEWER), 404, "not-found");
    }

    @Test
    void reviewWalksTheWorkflowAndShowsInHistory() throws Exception {
        HttpResponse<String> r = post("/leads/L1/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0,\"note\":\"开始\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(body(r).get("event").get("to").asText()).isEqualTo("VERIFYING");
        assertThat(body(r).get("lead").get("version").asLong()).isEqualTo(1);
        r = post("/leads/L1/review", REVIEWER, "{\"action\":\"dismiss\",\"expected_version\":1,\"reason\":\"DATA_ERROR\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode detail = body(get("/leads/L1", VIEWER));
        assertThat(detail.get("lead").get("state").asText()).isEqualTo("DISMISSED");
        assertThat(detail.get("history")).hasSize(2);
        assertThat(detail.get("history").get(0).get("actor").asText()).isEqualTo("李检察官");
        assertThat(detail.get("history").get(1).get("details").get("reason").asText()).isEqualTo("DATA_ERROR");
    }

    @Test
    void staleVersionIs409AndNothingChanges() throws Exception {
        assertThat(post("/leads/L1/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0}").statusCode()).isEqualTo(200);
        HttpResponse<String> r = post("/leads/L1/review", REVIEWER, "{\"action\":\"confirm\",\"expected_version\":0}");
        assertProblem(r, 409, "concurrent-review");
        assertThat(body(r).get("actual_version").asLong()).isEqualTo(1);
        assertThat(body(r).get("expected_version").asLong()).isZero();
        assertThat(body(r).get("lead_id").asText()).isEqualTo("L1");
        assertThat(store.lead("L1").orElseThrow().state().name()).isEqualTo("VERIFYING");
    }

    @Test
    void illegalTransitionIs409WithAllowedActions() throws Exception {
        HttpResponse<String> r = post("/leads/L1/review", REVIEWER, "{\"action\":\"confirm\",\"expected_version\":0}");
        assertProblem(r, 409, "illegal-transition");
        assertThat(body(r).get("state").asText()).isEqualTo("NEW");
        assertThat(body(r).get("allowed_actions").toString()).contains("verify");
    }

    @Test
    void malformedJsonAndBadFieldsAre400() throws Exception {
        assertProblem(post("/leads/L1/review", REVIEWER, "{\"action\":\"verify\","), 400, "malformed-json");
        assertProblem(post("/leads/L1/review", REVIEWER, "[1,2]"), 400, "bad-request");
        assertProblem(post("/leads/L1/review", REVIEWER, "{\"action\":\"fly\",\"expected_version\":0}"), 400, "bad-request");
        assertProblem(post("/leads/L1/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":\"0\"}"), 400, "bad-request");
        assertProblem(post("/leads/L1/review", REVIEWER, "{\"action\":\"mark-reply-overdue\",\"expected_version\":0,\"date\":\"2024-02-30\"}"),
                400, "bad-request");
        assertProblem(post("/leads/L1/review", REVIEWER, "{\"action\":\"dismiss\",\"expected_version\":0,\"reason\":\"OTHER\"}"),
                400, "bad-request");
        assertProblem(post("/runs", ADMIN, "{\"as_of\":\"yesterday\"}"), 400, "bad-request");
        assertThat(store.lead("L1").orElseThrow().version()).isZero();
    }

    @Test
    void oversizeBodyIs413() throws Exception {
        String big = "{\"action\":\"verify\",\"expected_version\":0,\"note\":\"" + "x".repeat(10_000) + "\"}";
        assertProblem(post("/leads/L1/review", REVIEWER, big), 413, "body-too-large");
        assertThat(store.lead("L1").orElseThrow().version()).isZero();
    }

    @Test
    void noAnswerMayBeCachedAndALeadRefusesUnknownQueryParameters() throws Exception {
        for (String path : List.of("/leads", "/leads/L1", "/stats", "/nope")) {
            assertThat(get(path, REVIEWER).headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
        assertProblem(get("/leads/L1?verbose=1", REVIEWER), 400, "bad-request");
    }

    @Test
    void personalDataRequestsAreAudited() throws Exception {
        get("/leads?model=custody-transfer", VIEWER);
        get("/leads/L1", REVIEWER);
        post("/leads/L1/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0}");
        List<AuditEntry> trail = store.auditTrail(0, 100);
        assertThat(trail).hasSize(3);
        assertThat(trail.get(0).actor()).isEqualTo("小王");
        assertThat(trail.get(0).action()).isEqualTo("GET /leads");
        assertThat(trail.get(0).leadIds()).containsExactly("L1", "L3");
        assertThat(trail.get(0).origin()).isEqualTo("127.0.0.1");
        assertThat(trail.get(1).leadIds()).containsExactly("L1");
        assertThat(trail.get(2).action()).isEqualTo("review verify");
        assertThat(trail).allSatisfy(e -> assertThat(e.toString()).doesNotContain(NUMBER.value()));
    }

    @Test
    void refusedRequestsReadsThatShowNoLeadAndFailedRequestsAreAllAudited() throws Exception {
        get("/leads", null);
        get("/leads/L1", "bad");
        post("/leads/L1/review", VIEWER, "{\"action\":\"verify\",\"expected_version\":0}");
        get("/stats", VIEWER);
        get("/leads/" + NUMBER.value(), VIEWER); // a number tried as a lead id: a 404, recorded, the number masked
        assertThat(store.auditTrail(0, 100)).extracting(AuditEntry::action, AuditEntry::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple("refused: no token", "(unauthenticated)"),
                org.assertj.core.groups.Tuple.tuple("refused: unknown token", "(unauthenticated)"),
                org.assertj.core.groups.Tuple.tuple("refused: forbidden", "小王"),
                org.assertj.core.groups.Tuple.tuple("GET /stats", "小王"),
                org.assertj.core.groups.Tuple.tuple("GET /leads/{id}", "小王"));
        List<AuditEntry> trail = store.auditTrail(0, 100);
        assertThat(trail.get(3).detail()).isEqualTo("status 200 /stats");
        assertThat(trail.get(4).detail()).startsWith("refused or failed (UnknownLeadException) /leads/210682")
                .doesNotContain(NUMBER.value());
    }

    @Test
    void statsAreCoresReviewStatisticsPerKindAndAgency() throws Exception {
        post("/leads/L1/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0}");
        JsonNode s = body(get("/stats", VIEWER));
        assertThat(s.get("from").isNull()).isTrue();
        assertThat(s.get("total").get("leads").asLong()).isEqualTo(3);
        assertThat(s.get("total").get("new_leads").asLong()).isEqualTo(2);
        assertThat(s.get("total").get("verifying").asLong()).isEqualTo(1);
        assertThat(s.get("by_kind").get(0).get("model").asText()).isEqualTo("custody-transfer");
        assertThat(s.get("by_kind").get(0).get("kind").asText()).isEqualTo("LATE_TRANSFER");
        assertThat(s.get("by_kind").get(0).get("counts").get("leads").asLong()).isEqualTo(2);
        assertThat(s.get("by_agency")).extracting(a -> a.get("agency").asText())
                .containsExactly("东港市人民法院", "丹东市看守所");
        assertThat(body(get("/stats?from=2024-07-01", VIEWER)).get("total").get("leads").asLong()).isZero();
        assertThat(body(get("/stats?to=2024-06-30", VIEWER)).get("total").get("leads").asLong()).isEqualTo(3);
        assertProblem(get("/stats?from=2024-07-01&to=2024-06-01", VIEWER), 400, "bad-request");
        assertProblem(get("/stats?since=2024-07-01", VIEWER), 400, "bad-request");
    }

    JsonNode awaitJob(String location) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonNode job = body(get(location, VIEWER));
            if (!job.get("state").asText().equals("running") || System.nanoTime() > deadline) {
                return job;
            }
            Thread.sleep(20);
        }
    }

    void confirm(String id) throws Exception {
        assertThat(post("/leads/" + id + "/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0}").statusCode()).isEqualTo(200);
        assertThat(post("/leads/" + id + "/review", REVIEWER, "{\"action\":\"confirm\",\"expected_version\":1}").statusCode()).isEqualTo(200);
    }

    @Test
    void adminStartsARunInTheBackgroundAndFollowsItToTheEnd() throws Exception {
        HttpResponse<String> r = post("/runs", ADMIN, "{\"as_of\":\"2024-07-31\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/runs/" + body(r).get("id").asText());
        assertThat(body(r).get("as_of").asText()).isEqualTo("2024-07-31");
        assertThat(body(r).get("requested_by").asText()).isEqualTo("admin");
        JsonNode job = awaitJob(location);
        assertThat(job.get("state").asText()).isEqualTo("finished");
        assertThat(job.get("finished_at").asText()).isNotBlank();
        assertThat(job.get("run").get("number").asLong()).isEqualTo(2);
        assertThat(job.get("run").get("no_longer_found").asLong()).isEqualTo(3);
        JsonNode changes = job.get("changes");
        assertThat(changes.get("since_run").asLong()).isEqualTo(1);
        assertThat(changes.get("gone_leads").asLong()).isEqualTo(3);
        assertThat(changes.get("gone_lead_ids")).extracting(JsonNode::asText).containsExactly("L1", "L2", "L3");
        assertThat(changes.get("new_leads").asLong() + changes.get("changed_leads").asLong() + changes.get("unchanged").asLong())
                .isEqualTo(job.get("run").get("leads").asLong());
        assertThat(body(get("/runs", VIEWER)).get("jobs").get(0).get("changes").isNull()).isTrue();
        assertThat(body(get("/runs", VIEWER)).get("runs")).hasSize(2);
        // the job is followed until it ends: as many GET /runs/{id} as that took, each recorded
        List<String> actions = store.auditTrail(0, 100).stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("GET /runs/{id}");
        assertThat(actions.stream().filter(a -> !a.equals("GET /runs/{id}")).toList()).containsExactly("POST /runs", "GET /runs",
                "GET /runs");
    }

    @Test
    void secondRunWhileOneIsRunningIs409AndAFailedRunSaysWhy() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        RecordSource unreadable = new RecordSource() {
            @Override
            public Set<Dataset> available() {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new XingzhiException("feed http://127.0.0.1/custody could not be read");
            }

            @Override
            public List<String> describe(Dataset dataset) {
                return List.of();
            }

            @Override
            public void read(Dataset dataset, RowVisitor visitor) {
            }
        };
        XingzhiServer slow = XingzhiServer.builder(ApplicationServices.over(store).runs(RunService.builder(unreadable)).build(),
                TokenRegistry.of(Map.of(TokenRegistry.sha256Hex(ADMIN), new Principal("ops", Role.ADMIN)))).build();
        String saved = base;
        base = "http://127.0.0.1:" + slow.start(0);
        try {
            HttpResponse<String> first = post("/runs", ADMIN, "{\"as_of\":\"2024-07-31\"}");
            assertThat(first.statusCode()).isEqualTo(202);
            assertProblem(post("/runs", ADMIN, "{\"as_of\":\"2024-08-01\"}"), 409, "run-in-progress");
            assertThat(body(get(first.headers().firstValue("Location").orElseThrow(), ADMIN)).get("state").asText()).isEqualTo("running");
            release.countDown();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            JsonNode job;
            do {
                Thread.sleep(20);
                job = body(get(first.headers().firstValue("Location").orElseThrow(), ADMIN));
            } while (job.get("state").asText().equals("running") && System.nanoTime() < deadline);
            assertThat(job.get("state").asText()).isEqualTo("failed");
            assertThat(job.get("error").asText()).contains("could not be read");
            assertThat(job.get("run").isNull()).isTrue();
            // the lock is released: a new run may start
            assertThat(post("/runs", ADMIN, "{\"as_of\":\"2024-08-01\"}").statusCode()).isEqualTo(202);
        } finally {
            release.countDown();
            slow.stop();
            base = saved;
        }
        assertThat(store.runs()).hasSize(1);
    }

    @Test
    void unknownRunJobIs404() throws Exception {
        assertProblem(get("/runs/r99", VIEWER), 404, "unknown-run");
    }

    @Test
    void reviewerDraftsANoticeFromAConfirmedLeadWithFullData() throws Exception {
        confirm("L1");
        HttpResponse<String> r = post("/documents", REVIEWER,
                "{\"lead_ids\":[\"L1\"],\"document_type\":\"CORRECTION_NOTICE\",\"date\":\"2024-07-01\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode d = body(r);
        assertThat(d.get("title").asText()).isEqualTo("纠正违法通知书");
        assertThat(d.get("number").asText()).isEqualTo("××检刑执纠〔2024〕1号");
        assertThat(d.get("markdown").asText()).contains("××检刑执纠〔2024〕1号");
        assertThat(store.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.id()).isEqualTo("××检刑执纠〔2024〕1号");
            assertThat(doc.number()).isEqualTo("××检刑执纠〔2024〕1号");
            assertThat(doc.leadIds()).containsExactly("L1");
            assertThat(doc.bodyMarkdown()).isEqualTo(d.get("markdown").asText());
        });
        assertThat(d.get("recipient").asText()).isEqualTo("丹东市看守所");
        assertThat(d.get("reply_deadline").asText()).isEqualTo("2024-07-16");
        assertThat(d.get("class_case").asBoolean()).isFalse();
        assertThat(d.get("markdown").asText()).contains("纠正违法通知书").contains("张三丰").contains("2024年7月1日");
        AuditEntry last = store.auditTrail(0, 100).get(store.auditTrail(0, 100).size() - 1);
        assertThat(last.action()).isEqualTo("file document");
        assertThat(last.detail()).contains("××检刑执纠〔2024〕1号");
        assertThat(last.origin()).isEqualTo("127.0.0.1");
        assertThat(last.leadIds()).containsExactly("L1");
        assertThat(last.actor()).isEqualTo("李检察官");
    }

    @Test
    void classCaseRecommendationFromTwoConfirmedLeads() throws Exception {
        confirm("L1");
        confirm("L3");
        HttpResponse<String> r = post("/documents", REVIEWER, "{\"lead_ids\":[\"L1\",\"L3\"],\"document_type\":\"检察建议\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(body(r).get("class_case").asBoolean()).isTrue();
        assertThat(body(r).get("type").asText()).isEqualTo("RECOMMENDATION");
    }

    @Test
    void documentsRefuseViewersUnconfirmedUnknownAndBadRequests() throws Exception {
        assertProblem(post("/documents", VIEWER, "{\"lead_ids\":[\"L1\"],\"document_type\":\"CORRECTION_NOTICE\"}"), 403, "forbidden");
        assertProblem(post("/documents", REVIEWER, "{\"lead_ids\":[\"L3\"],\"document_type\":\"CORRECTION_NOTICE\"}"), 409, "document-refused");
        assertProblem(post("/documents", REVIEWER, "{\"lead_ids\":[\"NOPE\"],\"document_type\":\"CORRECTION_NOTICE\"}"), 404, "unknown-lead");
        assertProblem(post("/documents", REVIEWER, "{\"lead_ids\":[],\"document_type\":\"CORRECTION_NOTICE\"}"), 400, "bad-request");
        assertProblem(post("/documents", REVIEWER, "{\"lead_ids\":[\"L1\"],\"document_type\":\"MEMO\"}"), 400, "bad-request");
        assertProblem(post("/documents", REVIEWER, "{\"lead_ids\":[\"L1\"],\"document_type\":\"RECOMMENDATION\",\"date\":\"2024-02-30\"}"),
                400, "bad-request");
        assertProblem(post("/documents", REVIEWER, "{\"lead_ids\":[\"L1\"],"), 400, "malformed-json");
        assertThat(store.auditTrail(0, 100)).as("the viewer's refusal and each failed request; no document was filed")
                .extracting(AuditEntry::action).containsExactly("refused: forbidden", "POST /documents", "POST /documents",
                        "POST /documents", "POST /documents", "POST /documents", "POST /documents");
        assertThat(store.auditTrail(0, 100).stream().skip(1).map(AuditEntry::detail).toList())
                .allSatisfy(d -> assertThat(d).doesNotStartWith("status 200"));
    }

    @Test
    void classCaseReportGroupsConfirmedLeadsWithoutPersonalDataAndIsAudited() throws Exception {
        confirm("L1");
        confirm("L3");
        int before = store.auditTrail(0, 100).size();
        HttpResponse<String> r = get("/class-cases", VIEWER);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode rep = body(r);
        assertThat(rep.get("min_count").asInt()).isEqualTo(2);
        assertThat(rep.get("groups")).hasSize(1);
        JsonNode g = rep.get("groups").get(0);
        assertThat(g.get("agency").asText()).isEqualTo("丹东市看守所");
        assertThat(g.get("kind").asText()).isEqualTo("LATE_TRANSFER");
        assertThat(g.get("count").asInt()).isEqualTo(2);
        assertThat(g.get("pattern").asText()).contains("丹东市看守所");
        assertThat(r.body()).doesNotContain(NUMBER.value()).doesNotContain("张三丰");
        List<AuditEntry> trail = store.auditTrail(0, 100);
        assertThat(trail).hasSize(before + 1);
        assertThat(trail.get(before).action()).isEqualTo("GET /class-cases");
        assertThat(trail.get(before).actor()).isEqualTo("小王");
        assertThat(trail.get(before).leadIds()).containsExactlyInAnyOrder("L1", "L3");
        assertThat(body(get("/class-cases?min_count=3", VIEWER)).get("groups")).isEmpty();
        assertThat(body(get("/class-cases?min_count=1&agency=%E4%B8%9C%E6%B8%AF%E5%B8%82%E4%BA%BA%E6%B0%91%E6%B3%95%E9%99%A2", VIEWER))
                .get("groups")).isEmpty();
        assertProblem(get("/class-cases?min_count=0", VIEWER), 400, "bad-request");
        assertProblem(get("/class-cases", null), 401, "unauthorized");
    }

    @Test
    void openApiIsPublicAndCoversExactlyTheRoutes() throws Exception {
        HttpResponse<String> r = get("/openapi.json", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = body(r);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey()));
        }
        Set<String> served = new HashSet<>();
        server.routes().forEach(rt -> served.add(rt.method() + " " + rt.path()));
        assertThat(served).isEqualTo(documented);
        // every documented route answers with a success when called by an admin
        confirm("L1");
        HttpResponse<String> started = post("/runs", ADMIN, "{\"as_of\":\"2024-08-01\"}");
        assertThat(started.statusCode()).isEqualTo(202);
        awaitJob(started.headers().firstValue("Location").orElseThrow());
        String job = body(started).get("id").asText();
        String number = body(post("/documents", ADMIN, "{\"lead_ids\":[\"L1\"],\"document_type\":\"CORRECTION_NOTICE\"}"))
                .get("number").asText();
        // a 检察建议 on the confirmed lead, for the route that closes it
        assertThat(post("/governance", ADMIN, "{\"kind\":\"recommendation\",\"title\":\"检察建议\",\"agencies\":\"丹东市看守所\","
                + "\"lead_ids\":[\"L1\"]}").statusCode()).isEqualTo(200);
        Map<String, String> bodies = Map.of("/runs", "{\"as_of\":\"2024-08-02\"}",
                "/leads/{id}/review", "{\"action\":\"verify\",\"expected_version\":0}",
                "/documents", "{\"lead_ids\":[\"L1\"],\"document_type\":\"CORRECTION_NOTICE\"}",
                "/governance", "{\"kind\":\"mechanism\",\"title\":\"联动协作机制\",\"agencies\":\"丹东市看守所\"}",
                "/governance/{id}/close", "{\"status\":\"adopted\"}");
        for (String route : documented) {
            String[] mp = route.split(" ");
            String path = mp[1].replace("/runs/{id}", "/runs/" + job).replace("/governance/{id}", "/governance/g1").replace("{id}", "L2")
                    .replace("{number}", java.net.URLEncoder.encode(number, StandardCharsets.UTF_8));
            HttpResponse<String> a = mp[0].equals("GET") ? get(path, ADMIN) : post(path, ADMIN, bodies.get(mp[1]));
            assertThat(a.statusCode()).as(route + " " + a.body()).isBetween(200, 202);
            if (route.equals("POST /runs")) {
                awaitJob(a.headers().firstValue("Location").orElseThrow());
            }
        }
    }

    static final List<String> LEADS_JSONL_FIELDS = List.of("lead_id", "model", "kind", "kind_label", "id_number", "name",
            "case_number", "supervised_agency", "supervised_unit", "due_on", "summary", "legal_basis", "evidence",
            "linked_by", "estimated", "boundary", "suggested_document", "facts", "possible_matches");

    static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aLeadIsTheLeadsJsonlFieldsInContractOrderThenItsReviewState() throws Exception {
        JsonNode lead = body(get("/leads/L1", REVIEWER)).get("lead");
        List<String> fields = names(lead);
        assertThat(fields.subList(0, LEADS_JSONL_FIELDS.size())).isEqualTo(LEADS_JSONL_FIELDS);
        assertThat(fields.subList(LEADS_JSONL_FIELDS.size(), fields.size())).containsExactly("state", "state_label", "version",
                "first_seen_run", "last_seen_run", "no_longer_found_in_run", "reply_deadline");
        assertThat(lead.get("lead_id").asText()).isEqualTo("L1");
        assertThat(lead.get("due_on").asText()).isEqualTo("2024-03-10");
        assertThat(lead.get("linked_by").asText()).isEqualTo("id_number");
        assertThat(lead.get("suggested_document").asText()).isEqualTo("纠正违法通知书");
        assertThat(lead.get("legal_basis").get(0).asText()).isEqualTo("刑事诉讼法第264条第2款");
        assertThat(lead.get("evidence").get(0).toString())
                .isEqualTo("{\"dataset\":\"custody\",\"file\":\"custody.csv\",\"line\":7,\"role\":\"看守所羁押记录\"}");
        assertThat(lead.get("state_label").asText()).isNotBlank();
        // linked by name and birth date: an empty identity number, as in leads.jsonl, for viewers too
        for (String t : List.of(REVIEWER, VIEWER)) {
            JsonNode byName = body(get("/leads/L3", t)).get("lead");
            assertThat(byName.get("id_number").isTextual()).isTrue();
            assertThat(byName.get("id_number").asText()).isEmpty();
            assertThat(byName.get("linked_by").asText()).isEqualTo("name+birth_date");
        }
    }

    @Test
    void reviewBodiesUseSnakeCaseThroughIssueAndOverdue() throws Exception {
        confirm("L1");
        HttpResponse<String> r = post("/leads/L1/review", REVIEWER, "{\"action\":\"issue-document\",\"expected_version\":2,"
                + "\"document_type\":\"纠正违法通知书\",\"number\":\"东检纠〔2024〕1号\",\"date\":\"2024-07-01\","
                + "\"recipient\":\"丹东市看守所\",\"reply_deadline\":\"2024-07-16\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(body(r).get("lead").get("reply_deadline").asText()).isEqualTo("2024-07-16");
        assertThat(body(r).get("event").get("details").get("document_type").asText()).isEqualTo("CORRECTION_NOTICE");
        r = post("/leads/L1/review", REVIEWER, "{\"action\":\"mark-reply-overdue\",\"expected_version\":3,\"date\":\"2024-07-20\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(body(r).get("lead").get("state").asText()).isEqualTo("REPLY_OVERDUE");
    }

    @Test
    void camelCaseOrUnknownNamesAre400NeverSilentlyIgnored() throws Exception {
        HttpResponse<String> r = post("/leads/L1/review", REVIEWER, "{\"action\":\"verify\",\"expectedVersion\":0}");
        assertProblem(r, 400, "bad-request");
        assertThat(body(r).get("detail").asText()).contains("expectedVersion");
        r = post("/documents", REVIEWER, "{\"lead_ids\":[\"L1\"],\"document_type\":\"CORRECTION_NOTICE\",\"replyDeadline\":\"2024-07-01\"}");
        assertProblem(r, 400, "bad-request");
        assertThat(body(r).get("detail").asText()).contains("replyDeadline").contains("reply_deadline");
        assertProblem(post("/runs", ADMIN, "{\"asOf\":\"2024-07-31\"}"), 400, "bad-request");
        r = get("/class-cases?minCount=1", VIEWER);
        assertProblem(r, 400, "bad-request");
        assertThat(body(r).get("detail").asText()).contains("minCount").contains("min_count");
        assertProblem(get("/leads?modle=custody-transfer", VIEWER), 400, "bad-request");
        assertThat(store.lead("L1").orElseThrow().version()).isZero();
        assertThat(store.runs()).hasSize(1);
        assertThat(store.auditTrail(0, 100)).as("each refused request recorded, none as a success")
                .hasSize(5).extracting(AuditEntry::detail).allSatisfy(d -> assertThat(d).startsWith("status 400"));
    }

    /** Checks that {@code value} has exactly the properties of {@code schema}, and so on into nested schemas. */
    static void assertShape(JsonNode doc, String schema, JsonNode value) {
        JsonNode s = doc.get("components").get("schemas").get(schema);
        assertThat(s).as(schema).isNotNull();
        assertThat(names(value)).as(schema).isEqualTo(names(s.get("properties")));
        s.get("properties").fields().forEachRemaining(p -> {
            JsonNode v = value.get(p.getKey());
            JsonNode ref = p.getValue().has("$ref") ? p.getValue().get("$ref")
                    : p.getValue().has("items") ? p.getValue().get("items").get("$ref")
                    : p.getValue().has("allOf") ? p.getValue().get("allOf").get(0).get("$ref")
                    : p.getValue().has("anyOf") ? p.getValue().get("anyOf").get(0).get("$ref") : null;
            if (ref == null || v.isNull()) {
                return;
            }
            String nested = ref.asText().substring("#/components/schemas/".length());
            if (v.isArray()) {
                v.forEach(e -> assertShape(doc, nested, e));
            } else {
                assertShape(doc, nested, v);
            }
        });
    }

    @Test
    void openApiNamesExactlyTheServedFieldsAllInSnakeCase() throws Exception {
        JsonNode doc = body(get("/openapi.json", null));
        java.util.regex.Pattern snake = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
        List<String> named = new java.util.ArrayList<>();
        doc.get("components").get("schemas").forEach(s -> {
            if (s.has("properties")) {
                named.addAll(names(s.get("properties")));
            }
        });
        doc.get("paths").forEach(path -> path.forEach(op -> {
            op.path("parameters").forEach(p -> named.add(p.get("name").asText()));
            op.path("requestBody").path("content").path("application/json").path("schema").path("properties")
                    .fieldNames().forEachRemaining(named::add);
        }));
        assertThat(named).hasSizeGreaterThan(80).allSatisfy(n -> assertThat(n).matches(snake));

        assertShape(doc, "LeadPage", body(get("/leads", VIEWER)));
        assertShape(doc, "LeadDetail", body(get("/leads/L1", REVIEWER)));
        assertShape(doc, "Stats", body(get("/stats", VIEWER)));
        confirm("L1");
        confirm("L3");
        assertShape(doc, "LeadDetail", body(get("/leads/L1", VIEWER)));
        assertShape(doc, "ClassCases", body(get("/class-cases?min_count=1", VIEWER)));
        HttpResponse<String> d = post("/documents", REVIEWER, "{\"lead_ids\":[\"L1\"],\"document_type\":\"CORRECTION_NOTICE\","
                + "\"date\":\"2024-07-01\",\"reply_deadline\":\"2024-07-20\"}");
        assertThat(d.statusCode()).as(d.body()).isEqualTo(200);
        assertShape(doc, "FiledDocument", body(d));
        assertThat(body(d).get("reply_deadline").asText()).isEqualTo("2024-07-20");
        HttpResponse<String> started = post("/runs", ADMIN, "{\"as_of\":\"2024-08-01\"}");
        assertShape(doc, "RunJob", body(started));
        assertShape(doc, "RunJob", awaitJob(started.headers().firstValue("Location").orElseThrow()));
        body(get("/runs", VIEWER)).get("runs").forEach(run -> assertShape(doc, "Run", run));
        HttpResponse<String> problem = post("/leads/L2/review", REVIEWER, "{\"action\":\"confirm\",\"expected_version\":0}");
        assertProblem(problem, 409, "illegal-transition");
        assertThat(names(doc.get("components").get("schemas").get("Problem").get("properties"))).containsAll(names(body(problem)));
        HttpResponse<String> badField = post("/leads/L2/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0,"
                + "\"number\":\"1\"}");
        assertProblem(badField, 400, "bad-request");
        assertThat(names(doc.get("components").get("schemas").get("Problem").get("properties"))).containsAll(names(body(badField)));
        // statistics with dismissals by reason and documents by type
        post("/leads/L2/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0}");
        post("/leads/L2/review", REVIEWER, "{\"action\":\"dismiss\",\"expected_version\":1,\"reason\":\"DUPLICATE\"}");
        post("/leads/L1/review", REVIEWER, "{\"action\":\"issue-document\",\"expected_version\":2}");
        JsonNode stats = body(get("/stats", VIEWER));
        assertThat(stats.get("total").get("dismissed_by_reason").get("DUPLICATE").asLong()).isEqualTo(1);
        assertThat(stats.get("total").get("documents_by_type").get("CORRECTION_NOTICE").asLong()).isEqualTo(1);
        assertShape(doc, "Stats", stats);
    }

    @Test
    void aFiledDocumentIsNumberedInTurnAndIssuingItTakesItsNumberDateAndDeadline() throws Exception {
        confirm("L1");
        confirm("L3");
        String first = body(post("/documents", REVIEWER, "{\"lead_ids\":[\"L1\"],\"document_type\":\"纠正违法通知书\","
                + "\"date\":\"2024-07-01\"}")).get("number").asText();
        JsonNode second = body(post("/documents", REVIEWER, "{\"lead_ids\":[\"L1\"],\"document_type\":\"纠正违法通知书\","
                + "\"date\":\"2024-07-02\",\"reply_deadline\":\"2024-07-30\"}"));
        JsonNode recommendation = body(post("/documents", REVIEWER, "{\"lead_ids\":[\"L3\"],\"document_type\":\"检察建议\","
                + "\"date\":\"2024-07-02\"}"));
        assertThat(first).isEqualTo("××检刑执纠〔2024〕1号");
        assertThat(second.get("number").asText()).isEqualTo("××检刑执纠〔2024〕2号");
        assertThat(recommendation.get("number").asText()).isEqualTo("××检刑执建〔2024〕1号");

        HttpResponse<String> r = post("/leads/L1/review", REVIEWER, "{\"action\":\"issue-document\",\"expected_version\":2}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode details = body(r).get("event").get("details");
        assertThat(details.get("document_number").asText()).isEqualTo("××检刑执纠〔2024〕2号");
        assertThat(details.get("document_date").asText()).isEqualTo("2024-07-02");
        assertThat(details.get("reply_deadline").asText()).isEqualTo("2024-07-30");
        assertThat(details.get("recipient").asText()).isEqualTo("丹东市看守所");
        assertThat(body(r).get("lead").get("reply_deadline").asText()).isEqualTo("2024-07-30");
    }

    @Test
    void aFieldTheActionDoesNotTakeOrAMissingOneIs400NamingItAndNothingChanges() throws Exception {
        HttpResponse<String> r = post("/leads/L1/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0,"
                + "\"summary\":\"已整改\"}");
        assertProblem(r, 400, "bad-request");
        assertThat(body(r).get("field").asText()).isEqualTo("summary");
        assertThat(body(r).get("detail").asText()).contains("summary").contains("verify");
        r = post("/leads/L1/review", REVIEWER, "{\"action\":\"verify\"}");
        assertProblem(r, 400, "bad-request");
        assertThat(body(r).get("detail").asText()).contains("expected_version");
        confirm("L1");
        r = post("/leads/L1/review", REVIEWER, "{\"action\":\"issue-document\",\"expected_version\":2}");
        assertProblem(r, 400, "bad-request");
        assertThat(body(r).get("field").asText()).isEqualTo("number");
        r = post("/leads/L1/review", REVIEWER, "{\"action\":\"issue-document\",\"expected_version\":2,"
                + "\"number\":\"外〔2024〕9号\",\"date\":\"2024-07-10\",\"reply_deadline\":\"2024-07-01\"}");
        assertProblem(r, 400, "bad-request");
        assertThat(body(r).get("field").asText()).isEqualTo("reply_deadline");
        assertThat(store.lead("L1").orElseThrow().version()).isEqualTo(2);
        assertThat(store.history("L1")).hasSize(2);
    }

    @Test
    void malformedTokensFileNamesTheLine() throws IOException {
        Path f = dir.resolve("bad-tokens");
        Files.writeString(f, "# ok\n" + TokenRegistry.sha256Hex("a") + ":viewer:a\n" + "abc:viewer:b\n");
        assertThatThrownBy(() -> TokenRegistry.load(f)).isInstanceOf(XingzhiException.class).hasMessageContaining(":3:")
                .hasMessageContaining("64 hex digits");
        Files.writeString(f, TokenRegistry.sha256Hex("a") + ":superuser:a\n");
        assertThatThrownBy(() -> TokenRegistry.load(f)).hasMessageContaining(":1:").hasMessageContaining("unknown role");
    }
}
