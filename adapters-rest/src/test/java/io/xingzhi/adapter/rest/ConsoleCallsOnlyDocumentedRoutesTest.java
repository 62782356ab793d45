package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console uses nothing the API does not document: every call of console.js goes through one
 * {@code fetch}, inside {@code api()}, to a route named in its {@code ROUTES} table, and every route of
 * that table is an operation of {@code /openapi.json} with that method and path. (What the browser
 * really fetched is checked against the document too, in the cli module's ReviewConsoleBrowserTest.)
 */
class ConsoleCallsOnlyDocumentedRoutesTest {
    static String resource(String name) throws Exception {
        try (InputStream in = ConsoleCallsOnlyDocumentedRoutesTest.class.getClassLoader()
                .getResourceAsStream("io/xingzhi/adapter/rest/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The ROUTES table of console.js: name → "METHOD /path". */
    static Map<String, String> routes(String js) {
        Matcher table = Pattern.compile("const ROUTES = \\{(.*?)\\};", Pattern.DOTALL).matcher(js);
        assertThat(table.find()).as("console.js has its ROUTES table").isTrue();
        Map<String, String> routes = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("(\\w+):\\s*'([A-Z]+ [^']+)'").matcher(table.group(1));
        while (entry.find()) {
            routes.put(entry.group(1), entry.group(2));
        }
        return routes;
    }

    @Test
    void everyRouteTheConsoleNamesIsAnOperationOfTheOpenApiDocument() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(resource("openapi.json"));
        Map<String, String> routes = routes(resource("console/console.js"));

        List<String> undocumented = new ArrayList<>();
        routes.forEach((name, route) -> {
            String[] mp = route.split(" ");
            if (doc.path("paths").path(mp[1]).path(mp[0].toLowerCase()).isMissingNode()) {
                undocumented.add(name + ": " + route);
            }
        });

        assertThat(routes).hasSizeGreaterThanOrEqualTo(12).containsValues("GET /leads", "POST /leads/{id}/review",
                "GET /documents/{number}", "GET /me", "POST /runs", "GET /stats");
        assertThat(undocumented).isEmpty();
    }

    @Test
    void theConsoleFetchesOnlyThroughItsRouteTableAndNeverPutsTheTokenInAUrl() throws Exception {
        String js = resource("console/console.js");

        assertThat(Pattern.compile("\\bfetch\\(").matcher(js).results().count()).as("one fetch, in api()").isEqualTo(1);
        assertThat(js).contains("const r = await fetch(path + (qs ? '?' + qs : ''), init);");
        assertThat(js).doesNotContain("XMLHttpRequest", "navigator.sendBeacon", "new WebSocket", "EventSource",
                "localStorage", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        // every api(...) call names a route of the table
        Map<String, String> routes = routes(js);
        Matcher call = Pattern.compile("\\bapi\\('(\\w+)'").matcher(js);
        List<String> named = new ArrayList<>();
        while (call.find()) {
            named.add(call.group(1));
        }
        assertThat(named).isNotEmpty().allSatisfy(n -> assertThat(routes).containsKey(n));
        assertThat(named).containsAll(routes.keySet());
        // the token goes into the Authorization header only
        assertThat(js).contains("'Authorization': 'Bearer ' + (withToken || token())");
        List<String> usesOfTheToken = js.lines().map(String::strip)
                .filter(l -> l.contains("token()") || l.contains("withToken") || l.contains("TOKEN")).toList();
        assertThat(usesOfTheToken).containsExactly(
                "const TOKEN = 'xingzhi.token';",
                "function token() {",
                "return sessionStorage.getItem(TOKEN);",
                "async function api(route, params, query, body, asBlob, withToken) {",
                "const headers = { 'Authorization': 'Bearer ' + (withToken || token()) };",
                "if (r.status === 401 && !withToken) {",
                "sessionStorage.setItem(TOKEN, t);",
                "sessionStorage.removeItem(TOKEN);",
                "if (!token() || !me()) {");
    }
}
