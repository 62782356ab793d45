package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.adapter.jdbc.JdbiLeadStore;
import io.xingzhi.adapter.rest.TokenRegistry;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.testkit.Fixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Acknowledged means durable", tested the way an operator pulls the plug: the real server
 * ({@code xingzhi serve}, a separate JVM on the test class path) takes reviews, documents and a run
 * from four clients at once, while two more keep it busy with audited listings, and is killed with SIGKILL ({@link Process#destroyForcibly()}) the moment
 * enough of them were acknowledged, with more still in flight; then it is started again and every
 * write that got a success answer must be there: each review event, each filed document, each run
 * job (as finished or interrupted), each audit row of an answered listing. Five trials on the default
 * H2 file store and five on PostgreSQL, each over a hundred acknowledged writes, none lost. (Without
 * H2's {@code WRITE_DELAY=0} this test loses reviews.)
 */
class AcknowledgedWritesSurviveKillTest {
    static final String REVIEWER = "reviewer-token", ADMIN = "admin-token";
    static final int TRIALS = 5;
    /** Leads a trial reviews: verify, confirm, and file a document for every other one. */
    static final int LEADS_PER_TRIAL = 10;
    /** The line serve prints once it listens, in either language: its address. */
    static final Pattern SERVING = Pattern.compile("(?:serving on|正在) (http://[^\\s（(]+)");

    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final ObjectMapper json = new ObjectMapper();

    /** What the server acknowledged: review events by lead, document numbers, run jobs. */
    static final class Acknowledged {
        final Map<String, Integer> lastEvent = new ConcurrentHashMap<>();
        final List<String> documents = Collections.synchronizedList(new ArrayList<>());
        final List<String> jobs = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger writes = new AtomicInteger();
        /** Listings answered: each appended an audit row before its answer. */
        final AtomicInteger audited = new AtomicInteger();
    }

    @Test
    void everyWriteAnH2StoreAcknowledgedSurvivesKillMinusNine() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store/xingzhi").toAbsolutePath();
        survivesKills(url, Map.of(), () -> JdbiLeadStore.open(url, "sa", ""));
    }

    @Test
    void everyWriteAPostgresStoreAcknowledgedSurvivesKillMinusNine() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE xingzhi");
            }
            String url = postgres.getJdbcUrl("postgres", "xingzhi");
            survivesKills(url, Map.of("XINGZHI_STORE_USER", "postgres", "XINGZHI_STORE_PASSWORD", "postgres"),
                    () -> JdbiLeadStore.open(url, "postgres", "postgres"));
        }
    }

    interface StoreOpener {
        JdbiLeadStore open();
    }

    private void survivesKills(String url, Map<String, String> env, StoreOpener store) throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY, dir.resolve("data"));
        Path key = dir.resolve("lead-id.key");
        RunService.builder(new CsvRecordSource(data)).store(store.open()).leadIdKey(() -> LeadIdKeyFile.loadOrCreate(key))
                .build().run(Fixtures.AS_OF);
        List<String> leads = store.open().leads(LeadFilter.all()).stream().map(StoredLead::leadId).toList();
        assertThat(leads).hasSizeGreaterThanOrEqualTo(TRIALS * LEADS_PER_TRIAL);
        Path tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex(REVIEWER) + ":reviewer:李检察官\n" + TokenRegistry.sha256Hex(ADMIN)
                + ":admin:ops\n");
        List<String> serve = List.of("serve", "--store", url, "--port", "0", "--tokens", tokens.toString(), "--lead-id-key",
                key.toString(), "--data", data.toString());

        Acknowledged acked = new Acknowledged();
        for (int trial = 0; trial < TRIALS; trial++) {
            Server s = Server.start(serve, env, dir);
            try {
                assertNothingLost(s, acked);
                List<String> mine = leads.subList(trial * LEADS_PER_TRIAL, (trial + 1) * LEADS_PER_TRIAL);
                // kill once 22 of the trial's up to 26 writes (a run, 10 verifications, 10 confirmations,
                // 5 documents) are acknowledged, with the rest in flight: over 100 across the trials
                int target = acked.writes.get() + 22;
                writeUntilKilled(s, mine, acked, target);
            } finally {
                s.kill();
            }
        }
        Server last = Server.start(serve, env, dir);
        try {
            assertNothingLost(last, acked);
        } finally {
            last.kill();
        }
        List<String> filed = store.open().documents().stream().map(StoredDocument::number).toList();
        assertThat(filed).containsAll(acked.documents);
        long listings = store.open().auditTrail(0, Integer.MAX_VALUE).stream().filter(a -> a.action().equals("GET /leads")).count();
        assertThat(listings).as("audit rows of answered listings").isGreaterThanOrEqualTo(acked.audited.get());
        assertThat(acked.writes.get()).as("acknowledged writes across the trials").isGreaterThanOrEqualTo(100);
        System.out.printf("kill -9 test on %s: %d trials, %d acknowledged writes (%d review events, %d documents, %d runs), "
                        + "0 lost; %d audited listings under load, 0 audit rows lost%n", url.startsWith("jdbc:h2") ? "H2" : "PostgreSQL",
                TRIALS, acked.writes.get(), acked.lastEvent.values().stream().mapToInt(Integer::intValue).sum(),
                acked.documents.size(), acked.jobs.size(), acked.audited.get());
    }

    /** Four clients write; the server is killed as soon as {@code target} writes were acknowledged. */
    private void writeUntilKilled(Server s, List<String> leads, Acknowledged acked, int target) throws Exception {
        HttpResponse<String> run = post(s.url, "/runs", ADMIN, "{\"as_of\":\"" + Fixtures.AS_OF + "\"}");
        if (run.statusCode() == 202) {
            acked.jobs.add(run.headers().firstValue("Location").orElseThrow());
            acked.writes.incrementAndGet();
        }
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
        for (int t = 0; t < 2; t++) {
            // load until the kill: listings, each audited (a write) before it is answered
            clients.submit(() -> {
                while (!killed.get()) {
                    try {
                        if (get(s.url, "/leads?limit=20", REVIEWER).statusCode() == 200) {
                            acked.audited.incrementAndGet();
                        }
                    } catch (IOException e) {
                        return null;
                    }
                }
                return null;
            });
        }
        for (int i = 0; i < leads.size(); i++) {
            String lead = leads.get(i);
            boolean document = i % 2 == 0;
            work.add(clients.submit(() -> {
                try {
                    if (review(s.url, lead, "{\"action\":\"verify\",\"expected_version\":0,\"note\":\"核查\"}", 1, acked)
                            && review(s.url, lead, "{\"action\":\"confirm\",\"expected_version\":1}", 2, acked) && document) {
                        HttpResponse<String> d = post(s.url, "/documents", REVIEWER, "{\"lead_ids\":[\"" + lead
                                + "\"],\"document_type\":\"CORRECTION_NOTICE\"}");
                        if (d.statusCode() == 200) {
                            acked.documents.add(json.readTree(d.body()).get("number").asText());
                            acked.writes.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
                    // the server was killed mid-request: nothing was acknowledged
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acked.writes.get() < target && work.stream().anyMatch(f -> !f.isDone()) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        s.kill(); // SIGKILL, with the other clients' requests still in flight
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    private boolean review(String base, String lead, String body, int seq, Acknowledged acked) throws IOException, InterruptedException {
        HttpResponse<String> r = post(base, "/leads/" + lead + "/review", REVIEWER, body);
        if (r.statusCode() != 200) {
            return false;
        }
        acked.lastEvent.merge(lead, seq, Math::max);
        acked.writes.incrementAndGet();
        return true;
    }

    /** Every acknowledged review event and run job is there, read through the restarted server. */
    private void assertNothingLost(Server s, Acknowledged acked) throws Exception {
        String base = s.url;
        for (Map.Entry<String, Integer> e : acked.lastEvent.entrySet()) {
            HttpResponse<String> r = get(base, "/leads/" + e.getKey(), REVIEWER);
            assertThat(r.statusCode()).as(() -> r.body() + "\nthe server's log:\n" + String.join("\n", s.log)).isEqualTo(200);
            JsonNode d = json.readTree(r.body());
            assertThat(d.get("history").size()).as("review events of " + e.getKey()).isGreaterThanOrEqualTo(e.getValue());
            assertThat(d.get("lead").get("version").asLong()).isGreaterThanOrEqualTo(e.getValue());
        }
        for (String job : acked.jobs) {
            HttpResponse<String> r = get(base, job, ADMIN);
            assertThat(r.statusCode()).as(() -> job + " " + r.body() + "\nthe server's log:\n" + String.join("\n", s.log)).isEqualTo(200);
            assertThat(json.readTree(r.body()).get("state").asText()).as("a job its server died with").isIn("finished", "interrupted");
        }
    }

    private HttpResponse<String> post(String base, String path, String token, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String base, String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** {@code xingzhi serve} in its own JVM, on this test's class path. */
    static final class Server {
        /** The processes that said they listen (the hang guard leaves them alone). */
        private static final java.util.Set<Process> STARTED = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final Process process;
        final String url;
        /** What the server printed, kept to explain an answer the test did not expect. */
        final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());

        private Server(Process process, String url) {
            this.process = process;
            this.url = url;
        }

        static Server start(List<String> args, Map<String, String> env, Path dir) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.home=" + dir.resolve("home"),
                    "-cp", System.getProperty("java.class.path"), XingzhiCli.class.getName()));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            // a hang guard, not a timing assertion: a server that never says it listens is stopped, so the
            // read below ends and the test fails with what the server printed instead of hanging the build
            Thread guard = new Thread(() -> {
                try {
                    if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
                        synchronized (STARTED) {
                            if (!STARTED.contains(p)) {
                                p.destroyForcibly();
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            guard.setDaemon(true);
            guard.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> seen = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.add(line);
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    synchronized (STARTED) {
                        STARTED.add(p);
                    }
                    Server s = new Server(p, m.group(1));
                    s.log.addAll(seen);
                    Thread drain = new Thread(() -> {
                        try {
                            // the server's log, read so it never blocks on a full pipe, and kept
                            for (String l = out.readLine(); l != null; l = out.readLine()) {
                                s.log.add(l);
                            }
                        } catch (IOException e) {
                            // the process is gone
                        }
                    });
                    drain.setDaemon(true);
                    drain.start();
                    return s;
                }
            }
            p.destroyForcibly().waitFor();
            throw new AssertionError("serve did not start: " + String.join("\n", seen));
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
            process.waitFor();
        }
    }
}
