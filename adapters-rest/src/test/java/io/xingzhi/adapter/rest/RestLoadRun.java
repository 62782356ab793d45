package io.xingzhi.adapter.rest;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.testkit.InMemoryLeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load run on loopback, not a unit test: {@code REQUESTS} requests (a mix of
 * {@code GET /leads/{id}} and {@code GET /leads?limit=50}) from {@code CLIENTS} concurrent clients
 * against an in-memory store of {@code LEADS} sample leads; prints errors, throughput, p50 and p99.
 * Run with the test classpath: {@code java -cp ... io.xingzhi.adapter.rest.RestLoadRun [requests clients leads]}.
 */
public final class RestLoadRun {
    private RestLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int leads = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        InMemoryLeadStore store = new InMemoryLeadStore();
        Lead[] ls = new Lead[leads];
        for (int i = 0; i < leads; i++) {
            ls[i] = SampleLeads.lead("L" + i);
        }
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), ls));
        String token = "load-token";
        XingzhiServer server = XingzhiServer.builder(store,
                TokenRegistry.of(Map.of(TokenRegistry.sha256Hex(token), new Principal("load", Role.REVIEWER)))).build();
        String base = "http://127.0.0.1:" + server.start(0);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    String path = i % 4 == 0 ? "/leads?limit=50&offset=" + (i % leads) : "/leads/L" + (i % leads);
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
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double secs = (System.nanoTime() - t0) / 1e9;
        server.stop();
        Arrays.sort(nanos);
        System.out.printf("requests=%d clients=%d leads=%d errors=%d time=%.1fs throughput=%.0f/s p50=%.2fms p99=%.2fms max=%.2fms audit=%d%n",
                requests, clients, leads, errors.get(), secs, requests / secs, nanos[requests / 2] / 1e6,
                nanos[(int) (requests * 0.99)] / 1e6, nanos[requests - 1] / 1e6, store.auditTrail(0, Integer.MAX_VALUE).size());
        System.exit(errors.get() == 0 ? 0 : 1);
    }
}
