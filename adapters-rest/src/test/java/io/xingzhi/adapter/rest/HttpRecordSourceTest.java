package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.record.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpRecordSourceTest {
    HttpServer server;
    ExecutorService pool;
    String base;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    static final HttpRecordSource.Options FAST = HttpRecordSource.Options.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400)).withRetries(3, Duration.ofMillis(20));

    /** Keeps what a feed delivered. */
    static final class Collected extends io.xingzhi.testkit.CollectingVisitor {
    }

    interface Handler {
        void handle(HttpExchange x, int hit) throws Exception;
    }

    void route(String path, Handler h) {
        server.createContext(path, x -> {
            int hit = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            try {
                h.handle(x, hit);
            } catch (Exception e) {
                // the client gave up (timeout): nothing to answer
            } finally {
                x.close();
            }
        });
    }

    static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            x.getResponseHeaders().add("Content-Type", type);
        }
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream o = x.getResponseBody()) {
                o.write(body);
            }
        }
    }

    static void send(HttpExchange x, int status, String type, String body) throws IOException {
        send(x, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pool = Executors.newCachedThreadPool();
        server.setExecutor(pool);
        route("/judgments.csv", (x, n) -> send(x, 200, "text/csv; charset=utf-8",
                "\uFEFF案号,姓名,生效日期\n(2024)辽0682刑初1号,张三,2024-01-05\n(2024)辽0682刑初2号,李四\n\"(2024)辽0682刑初3号\",\"王,五\",2024-02-01\n"));
        route("/custody.json", (x, n) -> send(x, 200, "application/json",
                "[{\"案号\":\"(2024)辽0682刑初1号\",\"羁押天数\":31,\"出所原因\":null},\n 42,\n {\"案号\":\"x\",\"nested\":{\"a\":1}},\n {\"案号\":\"(2024)辽0682刑初2号\",\"已决\":true}]"));
        route("/activities", (x, n) -> send(x, 200, "application/x-ndjson",
                "{\"姓名\":\"张三\",\"场所名称\":\"网吧\"}\n{\"姓名\":\"李四\",\n\n{\"姓名\":\"王五\",\"场所名称\":\"酒吧\"}\n"));
        route("/sniffed", (x, n) -> send(x, 200, "application/octet-stream", "  {\"a\":\"1\"}\n{\"a\":\"2\"}\n"));
        route("/gbk.csv", (x, n) -> send(x, 200, "text/plain", "姓名,出所原因\n张三,刑满释放\n".getBytes(Charset.forName("GB18030"))));
        route("/paged", (x, n) -> {
            String q = x.getRequestURI().getQuery();
            switch (q) {
                case "fmt=x&page=1" -> send(x, 200, "application/json", "[{\"a\":\"1\"},{\"a\":\"2\"}]");
                case "fmt=x&page=2" -> send(x, 200, "application/json", "[{\"a\":\"3\"},{\"a\":");
                case "fmt=x&page=3" -> send(x, 200, "text/csv", "a\n4\n");
                default -> send(x, 200, "application/json", "[]");
            }
        });
        route("/paged404", (x, n) -> {
            if (x.getRequestURI().getQuery().equals("page=1")) {
                send(x, 200, null, "a\n1\n");
            } else {
                send(x, 404, "text/plain", "no such page");
            }
        });
        route("/flaky", (x, n) -> {
            if (n <= 2) {
                send(x, 500, "text/plain", "database busy");
            } else {
                send(x, 200, "text/csv", "a\n1\n");
            }
        });
        route("/slow-once", (x, n) -> {
            if (n == 1) {
                Thread.sleep(1500);
            }
            send(x, 200, "text/csv", "a\n1\n");
        });
        route("/slow-body", (x, n) -> {
            x.getResponseHeaders().add("Content-Type", "text/csv");
            x.sendResponseHeaders(200, 0);
            OutputStream o = x.getResponseBody();
            o.write("a\n".getBytes(StandardCharsets.UTF_8));
            o.flush();
            if (n == 1) {
                Thread.sleep(1500);
            }
            o.write("1\n".getBytes(StandardCharsets.UTF_8));
            o.close();
        });
        route("/always-slow", (x, n) -> {
            Thread.sleep(1500);
            send(x, 200, "text/csv", "a\n1\n");
        });
        route("/always-503", (x, n) -> send(x, 503, "text/plain", "maintenance"));
        route("/forbidden", (x, n) -> send(x, 403, "text/plain", "no"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    Collected read(HttpFeed feed) {
        HttpRecordSource s = new HttpRecordSource(List.of(feed), FAST);
        Collected c = new Collected();
        s.read(feed.dataset(), c);
        return c;
    }

    @Test
    void csvFeedGivesRawRowsWithUrlAndLineAndRejectsShortLines() {
        String url = base + "/judgments.csv";
        Collected c = read(HttpFeed.of(Dataset.JUDGMENTS, url));
        assertThat(c.rows).hasSize(2);
        assertThat(c.rows.get(0).fields()).containsExactly(Map.entry("案号", "(2024)辽0682刑初1号"), Map.entry("姓名", "张三"),
                Map.entry("生效日期", "2024-01-05"));
        assertThat(c.rows.get(0).ref().source()).isEqualTo(url);
        assertThat(c.rows.get(0).ref().line()).isEqualTo(2);
        assertThat(c.rows.get(1).ref().line()).isEqualTo(4);
        assertThat(c.rows.get(1).fields().get("姓名")).isEqualTo("王,五");
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(3);
            assertThat(r.ref().source()).isEqualTo(url);
            assertThat(r.reason()).contains("2 fields").contains("3");
        });
    }

    @Test
    void jsonArrayObjectsBecomeTextFieldsAndOtherElementsAreRejected() {
        Collected c = read(HttpFeed.of(Dataset.CUSTODY, base + "/custody.json"));
        assertThat(c.rows).hasSize(2);
        assertThat(c.rows.get(0).fields()).containsEntry("羁押天数", "31").containsEntry("出所原因", "");
        assertThat(c.rows.get(0).ref().line()).isEqualTo(1);
        assertThat(c.rows.get(1).fields()).containsEntry("已决", "true");
        assertThat(c.rows.get(1).ref().line()).isEqualTo(4);
        assertThat(c.rejections).extracting(r -> r.ref().line()).containsExactly(2L, 3L);
        assertThat(c.rejections.get(0).reason()).contains("not a JSON object");
        assertThat(c.rejections.get(1).reason()).contains("nested");
    }

    @Test
    void jsonLinesRejectABrokenLineAndKeepTheRest() {
        Collected c = read(HttpFeed.of(Dataset.ACTIVITIES, base + "/activities"));
        assertThat(c.rows).extracting(r -> r.fields().get("姓名")).containsExactly("张三", "王五");
        assertThat(c.rows).extracting(r -> r.ref().line()).containsExactly(1L, 4L);
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(2);
            assertThat(r.reason()).contains("broken JSON");
        });
    }

    @Test
    void formatIsSniffedFromTheFirstCharacterAndGb18030IsDecoded() {
        assertThat(read(HttpFeed.of(Dataset.ACTIVITIES, base + "/sniffed")).rows).extracting(r -> r.fields().get("a"))
                .containsExactly("1", "2");
        Collected gbk = read(HttpFeed.of(Dataset.CUSTODY, base + "/gbk.csv"));
        assertThat(gbk.rows).singleElement().satisfies(r -> assertThat(r.fields()).containsEntry("出所原因", "刑满释放"));
    }

    @Test
    void pagedFeedReadsEveryPageUntilAnEmptyOneAndABrokenPageBecomesARejection() {
        Collected c = read(HttpFeed.paged(Dataset.ACTIVITIES, base + "/paged?fmt=x"));
        assertThat(c.rows).extracting(r -> r.fields().get("a")).containsExactly("1", "2", "3", "4");
        assertThat(c.rows.get(2).ref().source()).isEqualTo(base + "/paged?fmt=x&page=2");
        assertThat(c.rows.get(3).ref().source()).isEqualTo(base + "/paged?fmt=x&page=3");
        assertThat(c.rows.get(3).ref().line()).isEqualTo(2);
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().source()).isEqualTo(base + "/paged?fmt=x&page=2");
            assertThat(r.reason()).contains("JSON");
        });
        assertThat(hits.get("/paged").get()).isEqualTo(4);
    }

    @Test
    void pagedFeedEndsAtA404() {
        Collected c = read(HttpFeed.paged(Dataset.ACTIVITIES, base + "/paged404"));
        assertThat(c.rows).hasSize(1);
        assertThat(c.rejections).isEmpty();
        assertThat(hits.get("/paged404").get()).isEqualTo(2);
    }

    @Test
    void serverErrorsAreRetriedUntilTheySucceed() {
        Collected c = read(HttpFeed.of(Dataset.ACTIVITIES, base + "/flaky"));
        assertThat(c.rows).hasSize(1);
        assertThat(hits.get("/flaky").get()).isEqualTo(3);
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        long t0 = System.nanoTime();
        assertThat(read(HttpFeed.of(Dataset.ACTIVITIES, base + "/slow-once")).rows).hasSize(1);
        assertThat(read(HttpFeed.of(Dataset.ACTIVITIES, base + "/slow-body")).rows).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2500));
        assertThat(hits.get("/slow-once").get()).isEqualTo(2);
        assertThat(hits.get("/slow-body").get()).isEqualTo(2);
    }

    @Test
    void aFeedThatNeverAnswersIsUnreadableAfterBoundedRetries() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> read(HttpFeed.of(Dataset.ACTIVITIES, base + "/always-slow")))
                .isInstanceOf(XingzhiException.class).hasMessageContaining(base + "/always-slow")
                .hasMessageContaining("3 attempts");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        assertThatThrownBy(() -> read(HttpFeed.of(Dataset.ACTIVITIES, base + "/always-503")))
                .isInstanceOf(XingzhiException.class).hasMessageContaining("HTTP 503");
        assertThat(hits.get("/always-503").get()).isEqualTo(3);
        assertThatThrownBy(() -> read(HttpFeed.of(Dataset.ACTIVITIES, base + "/forbidden")))
                .isInstanceOf(XingzhiException.class).hasMessageContaining("HTTP 403");
        assertThat(hits.get("/forbidden").get()).isEqualTo(1);
    }

    @Test
    void unreachableHostIsRetriedThenUnreadable() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> read(HttpFeed.of(Dataset.ACTIVITIES, "http://127.0.0.1:" + port + "/x")))
                .isInstanceOf(XingzhiException.class).hasMessageContaining("3 attempts").hasMessageContaining("ConnectException");
    }

    @Test
    void sourceNamesItsFeedsAndIgnoresAbsentDatasets() {
        HttpRecordSource s = new HttpRecordSource(List.of(HttpFeed.of(Dataset.JUDGMENTS, base + "/judgments.csv"),
                HttpFeed.paged(Dataset.ACTIVITIES, base + "/paged")), FAST);
        assertThat(s.available()).containsExactlyInAnyOrder(Dataset.JUDGMENTS, Dataset.ACTIVITIES);
        assertThat(s.describe(Dataset.ACTIVITIES)).containsExactly(base + "/paged (paged)");
        Collected c = new Collected();
        s.read(Dataset.CUSTODY, c);
        assertThat(c.rows).isEmpty();
        assertThat(c.rejections).isEmpty();
        assertThatThrownBy(() -> HttpFeed.of(Dataset.CUSTODY, "file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
