package io.xingzhi.adapter.rest;

import io.xingzhi.core.app.ApplicationServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A real {@link XingzhiServer} on a free loopback port for one test, and a client that calls it as a
 * user would (the tests' one copy of that set-up). The tokens file is written in {@code dir}, one
 * account per {@code token, "role:name"} pair; {@link #close()} stops the server.
 */
final class LoopbackApi implements AutoCloseable {
    final XingzhiServer server;
    /** {@code http://127.0.0.1:PORT}. */
    final String base;
    final HttpClient http = HttpClient.newHttpClient();

    private LoopbackApi(XingzhiServer server) {
        this.server = server;
        this.base = "http://127.0.0.1:" + server.start(0);
    }

    /** A server over {@code app} with the accounts given as {@code token, "role:name"} pairs. */
    static LoopbackApi start(ApplicationServices app, Path dir, String... accounts) {
        return start(app, dir, b -> b, accounts);
    }

    /** As {@link #start(ApplicationServices, Path, String...)}, the server's builder set by {@code settings} first. */
    static LoopbackApi start(ApplicationServices app, Path dir, UnaryOperator<XingzhiServer.Builder> settings, String... accounts) {
        return new LoopbackApi(settings.apply(XingzhiServer.builder(app, TokenRegistry.load(tokens(dir, accounts)))).build());
    }

    /** A tokens file in {@code dir} with the accounts given as {@code token, "role:name"} pairs (the tokens stored hashed). */
    static Path tokens(Path dir, String... accounts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < accounts.length; i += 2) {
            b.append(TokenRegistry.sha256Hex(accounts[i])).append(':').append(accounts[i + 1]).append('\n');
        }
        try {
            return Files.writeString(dir.resolve("tokens"), b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code method path} with {@code body} (none when null) as the holder of {@code token} (none when
     * null), with the extra {@code headers} given as name, value pairs; the answer read as UTF-8.
     */
    HttpResponse<String> send(String method, String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** {@code GET path} as the holder of {@code token} (none when null). */
    HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    @Override
    public void close() {
        server.stop();
    }
}
