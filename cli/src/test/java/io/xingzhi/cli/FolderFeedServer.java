package io.xingzhi.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback that serves the files of a folder byte for byte, as an agency's
 * feed would: {@code GET /custody.csv} answers the file {@code custody.csv} as {@code text/csv}
 * without a charset (a static server does not know it), and a paged feed answers
 * {@code /NAME?page=N} with the N-th of its files, then 404. It remembers which file each URL
 * served, so a test can put file names back where a run names URLs.
 */
final class FolderFeedServer implements AutoCloseable {
    private final Path folder;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Map<String, List<String>> paged = new ConcurrentHashMap<>();
    private final Map<String, String> served = new ConcurrentHashMap<>();
    private final String base;

    FolderFeedServer(Path folder) {
        this.folder = folder;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code /name?page=N} serves the N-th of {@code files} (N from 1), and 404 after the last. */
    FolderFeedServer paged(String name, List<String> files) {
        paged.put(name, List.copyOf(files));
        return this;
    }

    /** The URL of {@code name} on this server. */
    String url(String name) {
        return base + "/" + name;
    }

    /** URL (as a run names it) → the name of the file it served. */
    Map<String, String> served() {
        return Map.copyOf(served);
    }

    private void answer(HttpExchange x) throws IOException {
        try (x) {
            String name = x.getRequestURI().getPath().substring(1);
            String query = x.getRequestURI().getQuery();
            String file = name;
            if (paged.containsKey(name)) {
                List<String> files = paged.get(name);
                int page = query != null && query.startsWith("page=") ? Integer.parseInt(query.substring(5)) : 0;
                file = page >= 1 && page <= files.size() ? files.get(page - 1) : null;
            }
            Path p = file == null ? null : folder.resolve(file);
            if (p == null || !Files.isRegularFile(p)) {
                x.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(p);
            served.put(base + x.getRequestURI(), file);
            x.getResponseHeaders().add("Content-Type", "text/csv");
            x.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream o = x.getResponseBody()) {
                    o.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
