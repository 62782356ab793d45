package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.format.CsvRowReader;
import io.xingzhi.format.RowFormat;
import io.xingzhi.testkit.CollectingVisitor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link HttpRecordSource} against a real HTTP server on loopback. No assertion depends on how fast
 * the machine is: servers that must fail do so deterministically (an error status, or a request
 * that hangs until the test ends), read timeouts are generous except in the tests of timeouts
 * themselves, and those assert only that a retry happened, never how many requests a timeout cost.
 */
class HttpRecordSourceTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Generous timeouts: nothing here times out unless the server hangs on purpose. */
    static final HttpRecordSource.Options PATIENT = HttpRecordSource.Options.defaults()
            .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30)).withRetries(3, Duration.ofMillis(20));
    /** For servers that hang on purpose: a short read timeout, and attempts to spare on a busy machine. */
    static final HttpRecordSource.Options IMPATIENT = HttpRecordSource.Options.defaults()
            .withTimeouts(Duration.ofSeconds(10), Duration.ofMillis(1500)).withRetries(5, Duration.ofMillis(20));

    HttpServer server;
    ExecutorService pool;
    String base;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final Map<String, Set<String>> queries = new ConcurrentHashMap<>();
    /** Handlers that hang wait on this; the test's end releases them. */
    final CountDownLatch release = new CountDownLatch(1);

    interface Handler {
        void handle(HttpExchange x, int hit) throws Exception;
    }

    void route(String path, Handler h) {
        server.createContext(path, x -> {
            int hit = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            queries.computeIfAbsent(path, k -> java.util.Collections.synchronizedSet(new LinkedHashSet<>()))
                    .add(String.valueOf(x.getRequestURI().getQuery()));
            try {
                h.handle(x, hit);
            } catch (Exception e) {
                // the client gave up (timeout): nothing to answer
            } finally {
                x.close();
            }
        });
    }

    void hang() throws InterruptedException {
        release.await(60, TimeUnit.SECONDS);
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

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Seven rows, a stray quote on line 3: the page the issue measured losing five rows uncounted. */
    static final byte[] STRAY_QUOTE = ("姓名,类别,场所名称\n张一,场所出入,网吧\n张二,\"场所出入,网吧\n张三,住宿登记,宾馆\n"
            + "张四,场所出入,酒吧\n张五,场所出入,网吧\n张六,住宿登记,宾馆\n张七,场所出入,KTV\n").getBytes(StandardCharsets.UTF_8);

    /** Eight rows in UTF-8, a byte on line 4 that UTF-8 cannot decode. */
    static final byte[] BAD_BYTE = concat("姓名,类别\n张一,场所出入\n张二,场所出入\n".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xE5, (byte) 0xBC, ',', 'x', '\n'},
            "张四,住宿登记\n张五,场所出入\n张六,场所出入\n张七,行政处罚\n张八,场所出入\n".getBytes(StandardCharsets.UTF_8));

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
        route("/gbk.csv", (x, n) -> send(x, 200, "text/plain", "姓名,出所原因\n张三,刑满释放\n".getBytes(GB18030)));
        route("/declared-gbk.csv", (x, n) -> send(x, 200, "text/csv; charset=GBK", "姓名,出所原因\n张三,刑满释放\n".getBytes(GB18030)));
        route("/utf16.csv", (x, n) -> send(x, 200, "text/csv; charset=UTF-16", "a\n1\n".getBytes(StandardCharsets.UTF_16)));
        route("/stray-quote.csv", (x, n) -> send(x, 200, "text/csv", STRAY_QUOTE));
        route("/bad-byte.csv", (x, n) -> send(x, 200, "text/csv", BAD_BYTE));
        route("/bad-byte-declared.csv", (x, n) -> send(x, 200, "text/csv; charset=UTF-8", BAD_BYTE));
        route("/json-as-text.csv", (x, n) -> send(x, 200, "text/csv", "{\"a\":\"1\"}\n"));
        route("/part1.csv", (x, n) -> send(x, 200, "text/csv", "a\n1\n2\n"));
        route("/empty.csv", (x, n) -> send(x, 200, "text/csv", "\r\n"));
        route("/header-only.csv", (x, n) -> send(x, 200, "text/csv", "姓名,身份证号\r\n"));
        route("/empty-array", (x, n) -> send(x, 200, "application/json", "[]"));
        route("/part2.csv", (x, n) -> send(x, 200, "text/csv", "a\n3\n"));
        route("/paged", (x, n) -> {
            String q = x.getRequestURI().getQuery();
            switch (q) {
                case "fmt=x&page=1" -> send(x, 200, "application/json", "[{\"a\":\"1\"},{\"a\":\"2\"}]");
                case "fmt=x&page=2" -> send(x, 200, "application/json", "[{\"a\":\"3\"},{\"a\":");
                case "fmt=x&page=3" -> send(x, 200, "text/csv", "a\n4\n");
                default -> send(x, 200, "text/csv", "a\n");
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
        route("/hangs-once", (x, n) -> {
            if (n == 1) {
                hang();
            }
            send(x, 200, "text/csv", "a\n1\n");
        });
        route("/body-hangs-once", (x, n) -> {
            x.getResponseHeaders().add("Content-Type", "text/csv");
            x.sendResponseHeaders(200, 0);
            OutputStream o = x.getResponseBody();
            o.write("a\n0\n".getBytes(StandardCharsets.UTF_8));
            o.flush();
            if (n == 1) {
                hang();
            }
            o.write("1\n".getBytes(StandardCharsets.UTF_8));
            o.close();
        });
        route("/big.csv", (x, n) -> {
            x.getResponseHeaders().add("Content-Type", "text/csv");
            x.sendResponseHeaders(200, 0);
            try (OutputStream o = x.getResponseBody()) {
                o.write("a\n".getBytes(StandardCharsets.UTF_8));
                byte[] row = "0123456789\n".getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 200_000; i++) { // 2.2 MB, far past the test's limit
                    o.write(row);
                }
            }
        });
        route("/endless.csv", (x, n) -> {
            x.getResponseHeaders().add("Content-Type", "text/csv");
            x.sendResponseHeaders(200, 0);
            OutputStream o = x.getResponseBody();
            byte[] row = "0123456789\n".getBytes(StandardCharsets.UTF_8);
            while (release.getCount() > 0) { // until the client hangs up (the write throws) or the test ends
                o.write(row);
            }
        });
        route("/slow-but-steady.csv", (x, n) -> {
            x.getResponseHeaders().add("Content-Type", "text/csv");
            x.sendResponseHeaders(200, 0);
            try (OutputStream o = x.getResponseBody()) {
                o.write("a\n".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 24; i++) { // 6 s in all, a part every 0.25 s: far inside the 4 s of silence allowed
                    Thread.sleep(250);
                    o.write((i + "\n").getBytes(StandardCharsets.UTF_8));
                    o.flush();
                }
            }
        });
        route("/screened-paged", (x, n) -> {
            switch (x.getRequestURI().getQuery()) {
                case "page=1" -> send(x, 200, "text/csv", "id_number,occurred_on\n1,2024-01-01\n2,2024-01-02\n");
                case "page=2" -> send(x, 200, "text/csv", "id_number,occurred_on\n3,2024-01-03\n");
                default -> send(x, 200, "text/csv", "id_number,occurred_on\n");
            }
        });
        route("/always-hangs", (x, n) -> hang());
        route("/always-503", (x, n) -> send(x, 503, "text/plain", "maintenance"));
        route("/forbidden", (x, n) -> send(x, 403, "text/plain", "no"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        pool.shutdownNow();
    }

    CollectingVisitor read(HttpFeed feed) {
        return read(feed, PATIENT);
    }

    CollectingVisitor read(HttpFeed feed, HttpRecordSource.Options options) {
        HttpRecordSource s = new HttpRecordSource(List.of(feed), options);
        CollectingVisitor c = new CollectingVisitor();
        s.read(feed.dataset(), c);
        return c;
    }

    /** What the formats module's CSV reader makes of {@code bytes}: what a file of them gives. */
    static CollectingVisitor asAFile(byte[] bytes, String source) throws IOException {
        CollectingVisitor c = new CollectingVisitor();
        new CsvRowReader().read(Dataset.ACTIVITIES, source, new ByteArrayInputStream(bytes), c);
        return c;
    }

    @Test
    void csvFeedGivesRawRowsWithUrlAndLineAndRejectsShortLines() {
        String url = base + "/judgments.csv";
        CollectingVisitor c = read(HttpFeed.of(Dataset.JUDGMENTS, url));
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
            assertThat(r.reason()).isEqualTo("expected 3 fields, found 2");
        });
    }

    @Test
    void aStrayQuoteInAPageCostsThatLineOnlyExactlyAsInAFile() throws IOException {
        String url = base + "/stray-quote.csv";
        CollectingVisitor c = read(HttpFeed.of(Dataset.ACTIVITIES, url));
        assertThat(c.rows).hasSize(6);
        assertThat(c.column("姓名")).containsExactly("张一", "张三", "张四", "张五", "张六", "张七");
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(3);
            assertThat(r.reason()).startsWith("unbalanced quote in field 2");
        });
        CollectingVisitor file = asAFile(STRAY_QUOTE, url);
        assertThat(c.rows).isEqualTo(file.rows);
        assertThat(c.rejections).isEqualTo(file.rejections);
    }

    @Test
    void aBadUtf8ByteInAPageRejectsThatLineAndTheRestStaysUtf8() throws IOException {
        for (String path : List.of("/bad-byte.csv", "/bad-byte-declared.csv")) {
            String url = base + path;
            CollectingVisitor c = read(HttpFeed.of(Dataset.ACTIVITIES, url));
            assertThat(c.column("姓名")).as(path).containsExactly("张一", "张二", "张四", "张五", "张六", "张七", "张八");
            assertThat(c.rejections).as(path).singleElement().satisfies(r -> {
                assertThat(r.ref().line()).isEqualTo(4);
                assertThat(r.reason()).isEqualTo("undecodable bytes in UTF-8");
            });
            CollectingVisitor file = asAFile(BAD_BYTE, url);
            assertThat(c.rows).as(path).isEqualTo(file.rows);
            assertThat(c.rejections).as(path).isEqualTo(file.rejections);
        }
    }

    @Test
    void jsonArrayObjectsBecomeTextFieldsAndOtherElementsAreRejected() {
        CollectingVisitor c = read(HttpFeed.of(Dataset.CUSTODY, base + "/custody.json"));
        assertThat(c.rows).hasSize(3);
        assertThat(c.rows.get(0).fields()).containsEntry("羁押天数", "31").containsEntry("出所原因", "");
        assertThat(c.rows.get(0).ref().line()).isEqualTo(1);
        assertThat(c.rows.get(1).fields()).containsEntry("nested", io.xingzhi.core.record.RawRow.NESTED_VALUE);
        assertThat(c.rows.get(1).ref().line()).isEqualTo(3);
        assertThat(c.rows.get(2).fields()).containsEntry("已决", "true");
        assertThat(c.rows.get(2).ref().line()).isEqualTo(4);
        assertThat(c.rejections).extracting(r -> r.ref().line()).containsExactly(2L);
        assertThat(c.rejections.get(0).reason()).contains("not a JSON object");
    }

    @Test
    void jsonLinesRejectABrokenLineAndKeepTheRest() {
        CollectingVisitor c = read(HttpFeed.of(Dataset.ACTIVITIES, base + "/activities"));
        assertThat(c.column("姓名")).containsExactly("张三", "王五");
        assertThat(c.rowLines()).containsExactly(1L, 4L);
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(2);
            assertThat(r.reason()).contains("broken JSON");
        });
    }

    @Test
    void formatIsSniffedFromTheFirstCharacterAndGb18030IsDetected() {
        assertThat(read(HttpFeed.of(Dataset.ACTIVITIES, base + "/sniffed")).column("a")).containsExactly("1", "2");
        CollectingVisitor gbk = read(HttpFeed.of(Dataset.CUSTODY, base + "/gbk.csv"));
        assertThat(gbk.rows).singleElement().satisfies(r -> assertThat(r.fields()).containsEntry("出所原因", "刑满释放"));
    }

    @Test
    void aDeclaredCharsetIsUsedAndOneThatIsNotAsciiCompatibleMakesThePageUnreadable() {
        assertThat(read(HttpFeed.of(Dataset.CUSTODY, base + "/declared-gbk.csv")).column("出所原因")).containsExactly("刑满释放");
        assertThatThrownBy(() -> read(HttpFeed.of(Dataset.CUSTODY, base + "/utf16.csv")))
                .isInstanceOf(XingzhiException.class).hasMessageContaining(base + "/utf16.csv").hasMessageContaining("UTF-16");
    }

    @Test
    void aFeedsOwnFormatOverridesTheContentType() {
        String url = base + "/json-as-text.csv";
        assertThat(read(HttpFeed.of(Dataset.ACTIVITIES, url).withFormat(RowFormat.JSON_LINES)).column("a")).containsExactly("1");
        CollectingVisitor asCsv = read(HttpFeed.of(Dataset.ACTIVITIES, url));
        assertThat(asCsv.rows).isEmpty(); // one header line, no data line
    }

    @Test
    void severalFeedsOfOneDatasetAreReadInTheOrderGiven() {
        HttpRecordSource s = new HttpRecordSource(List.of(HttpFeed.of(Dataset.ACTIVITIES, base + "/part2.csv"),
                HttpFeed.of(Dataset.JUDGMENTS, base + "/judgments.csv"), HttpFeed.of(Dataset.ACTIVITIES, base + "/part1.csv")),
                PATIENT);
        assertThat(s.describe(Dataset.ACTIVITIES)).containsExactly(base + "/part2.csv", base + "/part1.csv");
        CollectingVisitor c = new CollectingVisitor();
        s.read(Dataset.ACTIVITIES, c);
        assertThat(c.column("a")).containsExactly("3", "1", "2");
        assertThat(c.rows).extracting(r -> r.ref().source()).containsExactly(base + "/part2.csv", base + "/part1.csv",
                base + "/part1.csv");
    }

    @Test
    void pagedFeedReadsEveryPageAsASourceOfItsOwnUntilAnEmptyOne() {
        CollectingVisitor c = read(HttpFeed.paged(Dataset.ACTIVITIES, base + "/paged?fmt=x"));
        assertThat(c.column("a")).containsExactly("1", "2", "3", "4");
        assertThat(c.rows.get(2).ref().source()).isEqualTo(base + "/paged?fmt=x&page=2");
        assertThat(c.rows.get(3).ref().source()).isEqualTo(base + "/paged?fmt=x&page=3");
        assertThat(c.rows.get(3).ref().line()).isEqualTo(2);
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().source()).isEqualTo(base + "/paged?fmt=x&page=2");
            assertThat(r.reason()).contains("JSON");
        });
        assertThat(queries.get("/paged")).containsExactly("fmt=x&page=1", "fmt=x&page=2", "fmt=x&page=3", "fmt=x&page=4");
    }

    @Test
    void aFeedWhoseAnswerIsEmptyIsAnnouncedAsHavingNoHeaderButAHeaderOrAnEmptyArrayIsZeroRows() {
        List<String> told = new java.util.ArrayList<>();
        for (String path : List.of("/empty.csv", "/header-only.csv", "/empty-array")) {
            CollectingVisitor c = new CollectingVisitor() {
                @Override
                public void headerUnreadable(io.xingzhi.core.record.SourceRef ref, String reason) {
                    told.add(ref.source().substring(base.length()) + ":" + ref.line() + " " + reason);
                }
            };
            new HttpRecordSource(List.of(HttpFeed.of(Dataset.DPR_SUPERVISION, base + path)), PATIENT).read(Dataset.DPR_SUPERVISION, c);
            assertThat(c.order).isEmpty();
        }
        assertThat(told).containsExactly("/empty.csv:1 the feed answered with an empty body: no header, no rows");
    }

    @Test
    void pagedFeedEndsAtA404() {
        CollectingVisitor c = read(HttpFeed.paged(Dataset.ACTIVITIES, base + "/paged404"));
        assertThat(c.rows).hasSize(1);
        assertThat(c.rejections).isEmpty();
        assertThat(queries.get("/paged404")).containsExactly("page=1", "page=2");
    }

    @Test
    void serverErrorsAreRetriedUntilTheySucceed() {
        CollectingVisitor c = read(HttpFeed.of(Dataset.ACTIVITIES, base + "/flaky"));
        assertThat(c.rows).hasSize(1);
        assertThat(hits.get("/flaky").get()).as("two 500s, then the answer").isGreaterThanOrEqualTo(3);
    }

    @Test
    void anAnswerThatNeverComesTimesOutAndIsRetried() {
        assertThat(read(HttpFeed.of(Dataset.ACTIVITIES, base + "/hangs-once"), IMPATIENT).rows).hasSize(1);
        assertThat(hits.get("/hangs-once").get()).as("the first request hangs: a retry happened").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aBodyThatStopsHalfWayIsFetchedAgainAndItsRowsArriveOnce() {
        CollectingVisitor c = read(HttpFeed.of(Dataset.ACTIVITIES, base + "/body-hangs-once"), IMPATIENT);
        assertThat(c.column("a")).containsExactly("0", "1");
        assertThat(hits.get("/body-hangs-once").get()).as("the first body hangs: a retry happened").isGreaterThanOrEqualTo(2);
    }

    /** A body sent with {@code Content-Encoding}: the header is set by hand, the bytes compressed by the test. */
    void compressedRoute(String path, String coding, byte[] body) {
        route(path, (x, n) -> {
            x.getResponseHeaders().add("Content-Encoding", coding);
            send(x, 200, "text/csv", body);
        });
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(plain);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] plain, boolean zlibWrapped) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(out,
                new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, !zlibWrapped))) {
            z.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void aPageSentCompressedGivesTheRowsOfItsUncompressedBytesAndAnUnknownCodingIsUnreadable() throws IOException {
        byte[] gbk = "姓名,出所原因\n张三,刑满释放\n李四,投送监狱\n".getBytes(GB18030);
        compressedRoute("/gzipped.csv", "gzip", gzip(STRAY_QUOTE));
        compressedRoute("/gzipped-gbk.csv", "x-gzip", gzip(gbk));
        compressedRoute("/zlib.csv", "deflate", deflate(STRAY_QUOTE, true));
        compressedRoute("/raw-deflate.csv", "Deflate", deflate(STRAY_QUOTE, false));
        compressedRoute("/brotli.csv", "br", STRAY_QUOTE);
        compressedRoute("/not-gzip.csv", "gzip", STRAY_QUOTE);
        CollectingVisitor file = asAFile(STRAY_QUOTE, "f");
        for (String path : List.of("/gzipped.csv", "/zlib.csv", "/raw-deflate.csv")) {
            CollectingVisitor c = read(HttpFeed.of(Dataset.ACTIVITIES, base + path));
            assertThat(c.column("姓名")).as(path).isEqualTo(file.column("姓名"));
            assertThat(c.rejections).as(path).extracting(r -> r.ref().line() + " " + r.reason())
                    .isEqualTo(file.rejections.stream().map(r -> r.ref().line() + " " + r.reason()).toList());
        }
        CollectingVisitor g = read(HttpFeed.of(Dataset.CUSTODY, base + "/gzipped-gbk.csv"));
        assertThat(g.column("出所原因")).containsExactly("刑满释放", "投送监狱");
        assertThat(g.rejections).isEmpty();
        assertThatThrownBy(() -> read(HttpFeed.of(Dataset.ACTIVITIES, base + "/brotli.csv")))
                .isInstanceOf(XingzhiException.class).hasMessageContaining(base + "/brotli.csv")
                .hasMessageContaining("Content-Encoding \"br\"");
        assertThatThrownBy(() -> read(HttpFeed.of(Dataset.ACTIVITIES, base + "/not-gzip.csv")))
                .isInstanceOf(XingzhiException.class).hasMessageContaining(base + "/not-gzip.csv");
    }

    @Test
    void aTokenOrPasswordInAFeedUrlIsInNoErrorNorInARowsOrRejectionsSource() {
        route("/keyed.csv", (x, n) -> send(x, 200, "text/csv", "姓名,类别\n张一,场所出入\n张二\n"));
        route("/keyed-fails.csv", (x, n) -> send(x, 500, "text/plain", "down"));
        route("/keyed-forbidden.csv", (x, n) -> send(x, 403, "text/plain", "no"));
        String creds = "access_token=T0KEN-a1&appKey=K3Y-b2&sign=S1GN-c3&region=dandong";
        CollectingVisitor c = read(HttpFeed.of(Dataset.ACTIVITIES, base + "/keyed.csv?" + creds));
        assertThat(c.rows).singleElement().satisfies(r -> assertThat(r.ref().source())
                .isEqualTo(base + "/keyed.csv?access_token=***&appKey=***&sign=***&region=dandong"));
        assertThat(c.rejections).singleElement().satisfies(r -> assertThat(r.ref().source())
                .isEqualTo(base + "/keyed.csv?access_token=***&appKey=***&sign=***&region=dandong"));
        HttpFeed paged = HttpFeed.paged(Dataset.ACTIVITIES, base + "/keyed.csv?" + creds);
        assertThat(new HttpRecordSource(List.of(paged), PATIENT).describe(Dataset.ACTIVITIES).get(0))
                .doesNotContain("T0KEN", "K3Y", "S1GN").contains("region=dandong");
        for (String path : List.of("/keyed-fails.csv", "/keyed-forbidden.csv")) {
            String withUser = base.replace("http://", "http://reader:PASSW0RD@") + path + "?" + creds;
            for (String url : List.of(base + path + "?" + creds, withUser)) {
                assertThatThrownBy(() -> read(HttpFeed.of(Dataset.ACTIVITIES, url)))
                        .isInstanceOf(XingzhiException.class).hasMessageContaining(path)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("T0KEN", "K3Y", "S1GN", "PASSW0RD"));
            }
        }
        assertThatThrownBy(() -> HttpFeed.of(Dataset.ACTIVITIES, "ftp://u:PASSW0RD@h/x.csv?token=T0KEN"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("T0KEN", "PASSW0RD"));
    }

    @Test
    void aRetryWaitsAsLongAsTheServersRetryAfterAsks() {
        route("/rate-limited.csv", (x, n) -> {
            if (n == 1) {
                x.getResponseHeaders().add("Retry-After", "2");
                send(x, 429, "text/plain", "slow down");
            } else if (n == 2) {
                x.getResponseHeaders().add("Retry-After", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(30)));
                send(x, 503, "text/plain", "maintenance");
            } else {
                send(x, 200, "text/csv", "姓名,类别\n张一,场所出入\n");
            }
        });
        // the waits asked for are recorded, not slept: nothing here depends on how busy the machine is
        List<Duration> waits = java.util.Collections.synchronizedList(new ArrayList<>());
        HttpFeed feed = HttpFeed.of(Dataset.ACTIVITIES, base + "/rate-limited.csv");
        CollectingVisitor c = new CollectingVisitor();
        new HttpRecordSource(List.of(feed), PATIENT, waits::add).read(feed.dataset(), c);

        assertThat(c.rows).hasSize(1);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).as("Retry-After: 2, not the 20 ms backoff").isEqualTo(Duration.ofSeconds(2));
        assertThat(waits.get(1)).as("Retry-After: a date 30 s ahead, not the 40 ms backoff")
                .isGreaterThan(Duration.ofSeconds(20)).isLessThanOrEqualTo(Duration.ofSeconds(30));
        java.time.Instant now = java.time.Instant.parse("2024-03-05T10:00:00Z");
        assertThat(HttpRecordSource.retryAfter("Tue, 05 Mar 2024 10:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(HttpRecordSource.retryAfter("Tue, 05 Mar 2024 09:59:00 GMT", now)).as("a date past").isZero();
        assertThat(HttpRecordSource.retryAfter("86400")).isEqualTo(HttpRecordSource.MAX_RETRY_AFTER);
        assertThat(HttpRecordSource.retryAfter("soon")).isZero();
        assertThat(HttpRecordSource.retryAfter("")).isZero();
    }

    @Test
    void aNestedJsonValueCostsARowOnlyWhenItsMemberNamesAField() {
        String meta = "\"_meta\":{\"src\":\"gongan\",\"ver\":2},\"_links\":[{\"rel\":\"self\"}]";
        route("/with-meta", (x, n) -> send(x, 200, "application/x-ndjson",
                "{\"name\":\"张三\",\"birth_date\":\"1980-01-01\",\"occurred_on\":\"2024-03-05 10:00:00\",\"venue_name\":\"网吧\"," + meta + "}\n"
                + "{" + meta + ",\"name\":\"李四\",\"birth_date\":\"1981-02-02\",\"occurred_on\":\"2024-03-06\",\"venue_name\":\"酒吧\"}\n"
                + "{\"name\":\"王五\",\"birth_date\":\"1982-03-03\",\"occurred_on\":\"2024-03-07\",\"venue_name\":{\"zh\":\"宾馆\"}}\n"));
        for (String path : List.of("/with-meta", "/with-meta-array")) {
            if (path.endsWith("array")) {
                route(path, (x, n) -> send(x, 200, "application/json", "[{\"name\":\"张三\",\"birth_date\":\"1980-01-01\","
                        + "\"occurred_on\":\"2024-03-05\"," + meta + "},{\"name\":\"王五\",\"birth_date\":\"1982-03-03\","
                        + "\"occurred_on\":{\"date\":\"2024-03-07\"}}]"));
            }
            CollectingVisitor c = read(HttpFeed.of(Dataset.ACTIVITIES, base + path));
            io.xingzhi.core.record.RecordMapper mapper = io.xingzhi.core.record.RecordMapper.standard();
            List<String> outcomes = c.rows.stream().map(mapper::map).map(m -> m instanceof io.xingzhi.core.record.MappingResult.Rejected r
                    ? r.rejection().ref().line() + " rejected: " + r.rejection().reason() : "accepted").toList();
            if (path.endsWith("array")) {
                assertThat(outcomes).as(path).containsExactly("accepted",
                        "2 rejected: occurred_on: a nested JSON value where text was expected");
            } else {
                assertThat(outcomes).as(path).containsExactly("accepted", "accepted",
                        "3 rejected: venue_name: a nested JSON value where text was expected");
            }
        }
    }

    @Test
    void aFeedThatNeverAnswersIsUnreadableAfterItsAttempts() {
        XingzhiException e = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try {
                read(HttpFeed.of(Dataset.ACTIVITIES, base + "/always-hangs"), IMPATIENT.withRetries(3, Duration.ofMillis(20)));
                return null;
            } catch (XingzhiException x) {
                return x;
            }
        }, "the attempts are bounded");
        assertThat(e).isNotNull().hasMessageContaining(base + "/always-hangs").hasMessageContaining("3 attempts");
    }

    @Test
    void aFeedThatAlwaysFailsIsUnreadableAfterItsAttemptsAndA4xxAtOnce() {
        assertThatThrownBy(() -> read(HttpFeed.of(Dataset.ACTIVITIES, base + "/always-503")))
                .isInstanceOf(XingzhiException.class).hasMessageContaining("3 attempts").hasMessageContaining("HTTP 503");
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

    /** The temporary page files of this JVM's feeds now in the temporary directory. */
    static List<java.nio.file.Path> pageFiles() throws IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("xingzhi-feed-")).toList();
        }
    }

    @Test
    void aPageLongerThanTheLimitIsRefusedWhileItArrivesNotRetriedAndLeavesNoFile() throws IOException {
        List<java.nio.file.Path> before = pageFiles();
        HttpRecordSource.Options small = new HttpRecordSource.Options(Duration.ofSeconds(10), Duration.ofSeconds(30), 3,
                Duration.ofMillis(20), 10, 64 * 1024, Map.of());

        // a body that never ends: only a limit applied as it arrives ends this read
        assertThatThrownBy(() -> read(HttpFeed.of(Dataset.ACTIVITIES, base + "/endless.csv"), small))
                .isInstanceOf(XingzhiException.class)
                .hasMessage("cannot read feed " + base + "/endless.csv: the page is larger than 65536 bytes");
        assertThat(hits.get("/endless.csv").get()).as("a page too long is too long every time: not retried").isEqualTo(1);
        assertThat(pageFiles()).as("the refused page's file is deleted").isEqualTo(before);
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX) // /proc/self/fd
    void aPageIsReadFromAnOwnerOnlyTemporaryFileThatHasNoNameWhileReadAndIsClosedOnceRead() throws IOException {
        List<java.nio.file.Path> before = pageFiles();
        List<String> whileReading = new ArrayList<>();
        List<String> named = new ArrayList<>();
        List<String> permissions = new ArrayList<>();
        CollectingVisitor c = new CollectingVisitor() {
            @Override
            public void row(io.xingzhi.core.record.RawRow row) {
                super.row(row);
                if (rows.size() == 1) { // the page is being read: this process holds its file open
                    try {
                        for (java.nio.file.Path fd : openPageFiles()) {
                            whileReading.add(java.nio.file.Files.readSymbolicLink(fd).toString());
                            // stat through the descriptor: the file itself, nameless or not
                            permissions.add(java.nio.file.attribute.PosixFilePermissions.toString(
                                    java.nio.file.Files.getPosixFilePermissions(fd)));
                        }
                        pageFiles().stream().filter(f -> !before.contains(f)).forEach(f -> named.add(f.toString()));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };

        new HttpRecordSource(List.of(HttpFeed.of(Dataset.ACTIVITIES, base + "/big.csv")), PATIENT).read(Dataset.ACTIVITIES, c);

        assertThat(c.rows).hasSize(200_000);
        assertThat(c.rows.get(199_999).ref().line()).isEqualTo(200_001);
        assertThat(whileReading).as("one page, one file, in the temporary directory, without a name there")
                .singleElement().asString()
                .startsWith(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "xingzhi-feed-").toString())
                .endsWith(".page (deleted)");
        assertThat(named).as("no page file to be found by name").isEmpty();
        assertThat(permissions).containsExactly("rw-------");
        assertThat(openPageFiles()).as("closed once read").isEmpty();
        assertThat(pageFiles()).isEqualTo(before);
    }

    /** This process's open descriptors of page files ({@code /proc/self/fd}), named or not. */
    static List<java.nio.file.Path> openPageFiles() throws IOException {
        List<java.nio.file.Path> open = new ArrayList<>();
        try (var fds = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/fd"))) {
            for (java.nio.file.Path fd : (Iterable<java.nio.file.Path>) fds::iterator) {
                try {
                    if (java.nio.file.Files.readSymbolicLink(fd).getFileName().toString().startsWith("xingzhi-feed-")) {
                        open.add(fd);
                    }
                } catch (IOException e) {
                    // closed meanwhile (the listing's own descriptor among them)
                }
            }
        }
        return open;
    }

    @Test
    void aBodyThatKeepsComingIsNotCutOffByTheReadTimeoutHoweverLongItTakes() {
        // 6 s of body against a 4 s timeout: a timeout on the whole response would fail every attempt
        HttpRecordSource.Options fourSeconds = PATIENT.withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(4));

        CollectingVisitor c = read(HttpFeed.of(Dataset.ACTIVITIES, base + "/slow-but-steady.csv"), fourSeconds);

        assertThat(c.column("a")).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 24).mapToObj(String::valueOf).toList());
    }

    /** A visitor whose screen settles every row, as the engine's does for activities nobody watches. */
    static final class SettlingVisitor extends CollectingVisitor {
        int settled;

        @Override
        public io.xingzhi.core.port.RowScreen screen(io.xingzhi.core.record.SourceRef ref, List<String> names) {
            return new io.xingzhi.core.port.RowScreen() {
                @Override
                public int[] columns() {
                    return new int[] {0};
                }

                @Override
                public boolean settles(byte[] line, int[] from, int[] to) {
                    return true;
                }
            };
        }

        @Override
        public void settled() {
            settled++;
        }

        @Override
        public void settled(int rows) {
            settled += rows;
        }
    }

    @Test
    void aFeedsRowsAreScreenedAsAFilesAreAndSettledRowsKeepAPagedFeedGoing() {
        HttpRecordSource s = new HttpRecordSource(List.of(HttpFeed.paged(Dataset.ACTIVITIES, base + "/screened-paged")), PATIENT);
        SettlingVisitor v = new SettlingVisitor();

        s.read(Dataset.ACTIVITIES, v);

        assertThat(v.settled).as("every row settled from its bytes").isEqualTo(3);
        assertThat(v.rows).isEmpty();
        assertThat(queries.get("/screened-paged")).as("pages of settled rows are not empty pages")
                .containsExactly("page=1", "page=2", "page=3");
    }

    @Test
    void sourceNamesItsFeedsAndIgnoresAbsentDatasets() {
        HttpRecordSource s = new HttpRecordSource(List.of(HttpFeed.of(Dataset.JUDGMENTS, base + "/judgments.csv"),
                HttpFeed.paged(Dataset.ACTIVITIES, base + "/paged")), PATIENT);
        assertThat(s.available()).containsExactlyInAnyOrder(Dataset.JUDGMENTS, Dataset.ACTIVITIES);
        assertThat(s.describe(Dataset.ACTIVITIES)).containsExactly(base + "/paged (paged)");
        CollectingVisitor c = new CollectingVisitor();
        s.read(Dataset.CUSTODY, c);
        assertThat(c.order).isEmpty();
        assertThat(new ArrayList<>(hits.keySet())).isEmpty();
        assertThatThrownBy(() -> HttpFeed.of(Dataset.CUSTODY, "file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
