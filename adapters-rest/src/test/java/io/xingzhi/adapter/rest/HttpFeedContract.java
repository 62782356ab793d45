package io.xingzhi.adapter.rest;

import com.sun.net.httpserver.HttpServer;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.testkit.RecordSourceContract;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The record-source contract for {@link HttpRecordSource}: the contract's rows are written as a page
 * in one format and served by a real HTTP server on loopback, one URL per source, without a charset
 * in the {@code Content-Type} (so the page's encoding is detected, as a file's is).
 */
abstract class HttpFeedContract extends RecordSourceContract {
    private HttpServer server;
    private final AtomicInteger pages = new AtomicInteger();

    /** The page's bytes for {@code rows}. */
    abstract byte[] page(List<Row> rows);

    /** The page's {@code Content-Type}. */
    abstract String contentType();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Override
    protected Dataset dataset() {
        return Dataset.CUSTODY;
    }

    @Override
    protected RecordSource sourceWith(List<Row> rows) {
        return serving(page(rows));
    }

    @Override
    protected RecordSource sourceWithEmptyExport() {
        return serving(new byte[0]);
    }

    private RecordSource serving(byte[] body) {
        String path = "/custody-" + pages.incrementAndGet();
        server.createContext(path, x -> {
            try (x) {
                x.getResponseHeaders().add("Content-Type", contentType());
                x.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    try (OutputStream o = x.getResponseBody()) {
                        o.write(body);
                    }
                }
            }
        });
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        return new HttpRecordSource(List.of(HttpFeed.of(Dataset.CUSTODY, url)), HttpRecordSource.Options.defaults()
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30)));
    }
}
