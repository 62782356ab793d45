package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed's page holds personal data, so it must not outlive the process that fetched it, however that
 * process ends. A reader ({@link FeedPageReader}, a JVM of its own whose temporary directory is this
 * test's) is killed with SIGKILL ({@link Process#destroyForcibly()}: no shutdown hook, no finally)
 * while a page arrives, and again while a page is read; each time its temporary directory must hold no
 * page, neither while it worked nor after. That the page was really on disk is seen in
 * {@code /proc/PID/fd}: the reader held a file named {@code xingzhi-feed-*.page}, removed from its
 * directory. Linux only, for {@code /proc}.
 */
@EnabledOnOs(OS.LINUX)
class FeedPageLeavesNothingTest {
    /** A hang guard, not a timing assertion: how long the reader may take to reach the moment it is killed. */
    private static final long PATIENCE_MILLIS = 120_000;

    @TempDir
    Path dir;
    HttpServer server;
    ExecutorService pool;
    String base;
    final CountDownLatch release = new CountDownLatch(1);

    /** 10,000 activity rows of made-up persons. */
    static byte[] rows() {
        StringBuilder b = new StringBuilder("姓名,身份证号,发生时间,类别,场所名称\n");
        for (int i = 0; i < 10_000; i++) {
            b.append("张").append(i).append(",11010519491231002X,2024-01-02 10:00:00,场所出入,网吧").append(i).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pool = Executors.newCachedThreadPool();
        server.setExecutor(pool);
        byte[] page = rows();
        // a page that stops half way and never goes on: the reader is killed while it arrives
        server.createContext("/stalls.csv", x -> {
            x.getResponseHeaders().add("Content-Type", "text/csv");
            x.sendResponseHeaders(200, page.length * 2L);
            try (OutputStream o = x.getResponseBody()) {
                o.write(page);
                o.flush();
                release.await(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException | IOException e) {
                // the test ended, or the reader was killed
            } finally {
                x.close();
            }
        });
        // a whole page: the reader is killed while it reads it
        server.createContext("/whole.csv", x -> {
            x.getResponseHeaders().add("Content-Type", "text/csv");
            x.sendResponseHeaders(200, page.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(page);
            } finally {
                x.close();
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        pool.shutdownNow();
    }

    @Test
    void aReaderKilledWhileAPageArrivesLeavesNoPageBehind() throws Exception {
        assertKilledLeavesNothing("/stalls.csv", false);
    }

    @Test
    void aReaderKilledWhileItReadsAPageLeavesNoPageBehind() throws Exception {
        assertKilledLeavesNothing("/whole.csv", true);
    }

    private void assertKilledLeavesNothing(String path, boolean untilReading) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path said = dir.resolve("reader.out");
        Process reader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), FeedPageReader.class.getName(), base + path)
                .redirectErrorStream(true).redirectOutput(said.toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
            List<String> open = List.of();
            while (open.isEmpty() || untilReading && !Files.readString(said).contains("reading")) {
                assertThat(reader.isAlive()).as("the reader is still working: %s", Files.readString(said)).isTrue();
                assertThat(System.currentTimeMillis()).as("the reader got that far: %s", Files.readString(said))
                        .isLessThan(deadline);
                Thread.sleep(50);
                open = openPages(reader.pid());
            }

            assertThat(open).as("the page is on disk, in the reader's temporary directory, and has no name there")
                    .singleElement().asString().startsWith(tmp.resolve("xingzhi-feed-").toString()).endsWith(".page (deleted)");
            assertThat(pagesIn(tmp)).as("nothing named while the reader works").isEmpty();
        } finally {
            reader.destroyForcibly().waitFor(); // SIGKILL on Linux
        }

        assertThat(pagesIn(tmp)).as("nothing left once it is killed").isEmpty();
    }

    /** What the files process {@code pid} holds open are, where they are page files. */
    private static List<String> openPages(long pid) throws IOException {
        List<String> pages = new ArrayList<>();
        try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.contains("xingzhi-feed-")) {
                        pages.add(target);
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            // the process has gone: the caller sees it
        }
        return pages;
    }

    private static List<Path> pagesIn(Path tmp) throws IOException {
        try (var files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("xingzhi-feed-")).toList();
        }
    }
}
