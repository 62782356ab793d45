package io.xingzhi.cli;

import io.xingzhi.adapter.csv.CsvOptions;
import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.adapter.jdbc.H2Store;
import io.xingzhi.adapter.jdbc.JdbiLeadStore;
import io.xingzhi.adapter.rest.Principal;
import io.xingzhi.adapter.rest.Role;
import io.xingzhi.adapter.rest.TokenRegistry;
import io.xingzhi.adapter.rest.XingzhiServer;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.generator.Generator;
import io.xingzhi.generator.GeneratorSpec;
import java.net.URI;
import org.h2.jdbcx.JdbcConnectionPool;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load run on loopback, not a unit test. It generates a county ({@code persons} persons,
 * {@code activities} activity rows, seed 1), runs the engine on it, keeps the leads in an H2 file
 * store ({@code JdbiLeadStore} on an H2 connection pool), serves that store and fires {@code requests} requests from
 * {@code clients} concurrent clients ({@code java.net.http.HttpClient}, one reviewer token): three in
 * four {@code GET /leads/{id}}, one in four {@code GET /leads?limit=50&offset=…}. Prints errors,
 * throughput, p50, p99 and max latency; exits 1 when any request failed.
 *
 * <p>Run after {@code mvn -pl cli -am package -DskipTests dependency:build-classpath
 * -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt}:
 * {@code java -cp cli/target/test-classes:cli/target/classes:$(cat /tmp/cp.txt)
 * io.xingzhi.cli.RestLoadRun [requests clients persons activities]}.
 */
public final class RestLoadRun {
    private RestLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int persons = args.length > 2 ? Integer.parseInt(args[2]) : 30_000;
        long activities = args.length > 3 ? Long.parseLong(args[3]) : 100_000;
        Path dir = Files.createTempDirectory("xingzhi-load");
        Path data = dir.resolve("data");
        long t = System.nanoTime();
        GeneratorSpec spec = new GeneratorSpec(persons, activities, 1, GeneratorSpec.DEFAULT_AS_OF);
        new Generator(spec).writeTo(data);
        System.out.printf("generated %,d persons, %,d activities in %.1fs%n", persons, activities, (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        RunResult result = Engine.builder().source(new CsvRecordSource(data, CsvOptions.defaults())).build().run(spec.asOf());
        System.out.printf("engine: %,d leads in %.1fs%n", result.leads().size(), (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        // a connection pool, as an embedder would give it: JdbiLeadStore holds no connection between calls
        // opened as serve opens it: WRITE_DELAY=0 (every answer waits for its audit row to be in the file), owner-only files
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        H2Store.prepareFiles(url);
        JdbcConnectionPool pool0 = JdbcConnectionPool.create(H2Store.durableUrl(url), "sa", "");
        pool0.setMaxConnections(2 * clients);
        JdbiLeadStore store = JdbiLeadStore.open(pool0);
        store.saveRun(result);
        List<String> ids = store.leads(LeadFilter.all()).stream().map(StoredLead::leadId).toList();
        long total = ids.size();
        System.out.printf("stored %,d leads in H2 in %.1fs%n", total, (System.nanoTime() - t) / 1e9);

        String token = "load-token";
        XingzhiServer server = XingzhiServer.builder(ApplicationServices.over(store).build(),
                TokenRegistry.of(Map.of(TokenRegistry.sha256Hex(token), new Principal("load", Role.REVIEWER)))).build();
        String base = "http://127.0.0.1:" + server.start(0);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // warm-up: JIT, connection pool and the store's caches, not measured
        for (int i = 0; i < 500; i++) {
            http.send(HttpRequest.newBuilder(URI.create(base + "/leads/" + ids.get(i % ids.size())))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
        }
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    int k = (int) ((i * 2_654_435_761L) % total);
                    String path = i % 4 == 0 ? "/leads?limit=50&offset=" + Math.max(0, k - 50) : "/leads/" + ids.get(k);
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    nanos[i] = System.nanoTime() - s;
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double secs = (System.nanoTime() - t0) / 1e9;
        server.stop();
        Arrays.sort(nanos);
        System.out.printf("requests=%d clients=%d leads=%d errors=%d time=%.1fs throughput=%.0f req/s p50=%.2fms p99=%.2fms max=%.2fms%n",
                requests, clients, total, errors.get(), secs, requests / secs, nanos[requests / 2] / 1e6,
                nanos[(int) (requests * 0.99)] / 1e6, nanos[requests - 1] / 1e6);
        System.exit(errors.get() == 0 ? 0 : 1);
    }
}
