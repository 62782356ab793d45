package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.testkit.InMemoryLeadStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review console's files are served from the jar under {@code /console/} without a token, each with
 * a strong ETag and {@code no-cache} (revalidated, 304 when unchanged), a Content-Security-Policy that
 * allows no inline script, and the headers every answer carries (nosniff, no framing, no Referer).
 */
class ConsoleAssetsTest {
    @TempDir
    Path dir;
    LoopbackApi api;

    @BeforeEach
    void start() {
        api = LoopbackApi.start(ApplicationServices.over(new InMemoryLeadStore()).build(), dir, "t", "viewer:小王");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return api.send("GET", path, null, null, headers);
    }

    @Test
    void thePageItsScriptItsStylesAndTheChartLibraryAreServedWithoutAToken() throws Exception {
        HttpResponse<String> page = get("/console/");
        HttpResponse<String> script = get("/console/console.js");
        HttpResponse<String> styles = get("/console/console.css");
        HttpResponse<String> charts = get("/console/vendor/echarts.min.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(page.body()).contains("<script src=\"console.js\" defer></script>", "线索审查台");
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=utf-8");
        assertThat(script.body()).contains("const ROUTES = {");
        assertThat(styles.headers().firstValue("Content-Type")).hasValue("text/css;charset=utf-8");
        assertThat(charts.statusCode()).isEqualTo(200);
        assertThat(charts.body()).contains("echarts").hasSizeGreaterThan(500_000);
    }

    @Test
    void theConsoleAllowsNoInlineScriptAndNoFramingAndTheApiSniffsNothing() throws Exception {
        HttpResponse<String> page = get("/console/");
        HttpResponse<String> api = get("/openapi.json");

        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'", "script-src 'self';", "frame-ancestors 'none'", "connect-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern("\\son[a-z]+=");
        for (HttpResponse<String> r : List.of(page, api)) {
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    @Test
    void eachFileHasAStrongETagAndIsRevalidatedEveryTime() throws Exception {
        HttpResponse<String> first = get("/console/console.js");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get("/console/console.js", "If-None-Match", etag);
        HttpResponse<String> stale = get("/console/console.js", "If-None-Match", "\"0123\"");

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(get("/console/console.css").headers().firstValue("ETag")).isPresent().isNotEqualTo(first.headers()
                .firstValue("ETag"));
    }

    @Test
    void theConsoleWithoutItsSlashIsRedirectedAndAFileNotListedIsNotServed() throws Exception {
        HttpResponse<String> bare = get("/console");

        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location")).hasValue("/console/");
        assertThat(get("/console/openapi.json").statusCode()).isEqualTo(404);
        assertThat(get("/console/..%2Fopenapi.json").statusCode()).isIn(400, 404);
        assertThat(get("/console/vendor/zrender.js").statusCode()).isEqualTo(404);
        assertThat(get("/console/vendor/echarts.min.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript;charset=utf-8");
    }
}
