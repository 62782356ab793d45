package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.adapter.rest.TokenRegistry;
import io.xingzhi.core.record.Dataset;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review console in a real browser: the machine's headless Chromium, driven through Selenium by
 * its own chromedriver (never a downloaded one), against the real {@code serve} on loopback over an H2
 * store holding the demo county's leads. Each test waits for what a person would see (explicit waits,
 * no sleeps, nothing timed). Every request the browser makes is recorded: each is a console file or a
 * route {@code /openapi.json} documents, and none carries a token in its URL; the browser's log holds
 * no script error and no Content-Security-Policy refusal. Screenshots of each page are written to
 * {@code target/console-screenshots/} (docs/console/ holds a copy).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewConsoleBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get install -y chromium chromium-driver fonts-noto-cjk";
    static final String VIEWER = "viewer-token-console", REVIEWER = "reviewer-token-console",
            SECOND = "second-reviewer-token", ADMIN = "admin-token-console";
    static final Path SHOTS = Path.of("target", "console-screenshots");

    @TempDir
    static Path dir;
    ServeCommand.Serving serving;
    String base;
    ChromeDriver driver;
    WebDriverWait wait;
    Path downloads;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    /** Every request the browser sent (method, URL) and every line of its console, over all tests. */
    final List<String[]> requests = new ArrayList<>();
    final List<LogEntry> browserLog = new ArrayList<>();

    @BeforeAll
    void serveTheDemoCountyAndStartChromium() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the console's browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + "; install them with: " + INSTALL);
        }
        Path data = Files.createDirectories(dir.resolve("data"));
        for (Dataset d : Dataset.values()) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(DemoCommand.RESOURCES + d.fileStem() + ".csv")) {
                if (in != null) {
                    Files.copy(in, data.resolve(d.fileStem() + ".csv"));
                }
            }
        }
        String store = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        assertThat(XingzhiCli.execute("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out",
                dir.resolve("out").toString(), "--quiet", "--store", store)).isZero();
        Path tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex(VIEWER) + ":viewer:小王\n" + TokenRegistry.sha256Hex(REVIEWER)
                + ":reviewer:李检察官\n" + TokenRegistry.sha256Hex(SECOND) + ":reviewer:赵检察官\n"
                + TokenRegistry.sha256Hex(ADMIN) + ":admin:系统管理员\n", StandardCharsets.UTF_8);
        ServeCommand cmd = new ServeCommand();
        new picocli.CommandLine(cmd).parseArgs("--store", store, "--port", "0", "--tokens", tokens.toString(), "--data",
                data.toString(), "--procuratorate", "凤城市人民检察院", "--number-prefix", "凤检_刑执"); // "_" is written as a reference in the draft: the page shows it back
        serving = cmd.start();
        base = serving.url();

        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // a page re-renders after each answer: an element found a moment ago may be replaced, so look again
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void stopChromiumAndTheServer() {
        if (driver != null) {
            driver.quit();
        }
        if (serving != null) {
            serving.stop();
        }
    }

    @BeforeEach
    void freshTab() {
        driver.get(base + "/console/");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-token")));
    }

    @AfterEach
    void keepTheLogs(TestInfo test) throws Exception {
        drainLogs();
        // what the page showed at the end of each test, to read when one fails
        Files.createDirectories(SHOTS.resolve("last"));
        shot("last/" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
        Files.writeString(SHOTS.resolve("last/" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test")
                + ".txt"), driver.findElement(By.tagName("body")).getText());
    }

    // ---- helpers

    void drainLogs() {
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode m = json.readTree(e.getMessage()).get("message");
                if (m.get("method").asText().equals("Network.requestWillBeSent")) {
                    JsonNode req = m.get("params").get("request");
                    requests.add(new String[] {req.get("method").asText(), req.get("url").asText()});
                }
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }
        browserLog.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
    }

    void signIn(String token) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-token")));
        input.clear();
        input.sendKeys(token);
        driver.findElement(By.id("signin-submit")).click();
    }

    void signInAs(String token) {
        signIn(token);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    }

    void go(String hash) {
        ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0];", hash);
    }

    void shot(String name) throws Exception {
        shot(name, null);
    }

    /** A screenshot of the page scrolled to its top, or to {@code at}. */
    void shot(String name, WebElement at) throws Exception {
        // the page itself, without the passing notice in its corner
        ((JavascriptExecutor) driver).executeScript("document.getElementById('flash').hidden = true;");
        if (at == null) {
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        } else {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", at);
        }
        Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    JsonNode api(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        b = body == null ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isBetween(200, 202);
        return json.readTree(r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The id of the {@code n}th lead (from 0) the API lists with this query. */
    String leadId(String query, int n) throws Exception {
        return api("GET", "/leads?limit=100&" + query, REVIEWER, null).get("leads").get(n).get("lead_id").asText();
    }

    /**
     * Waits for the queue rendered for exactly these query parameters ({@code name=value}, URL-encoded as
     * the page's address has them), and for its count to be {@code total}.
     */
    void awaitQueue(String total, String... params) {
        wait.until(d -> {
            WebElement t = d.findElement(By.id("total"));
            String hash = t.getAttribute("data-hash");
            String query = hash.contains("?") ? hash.substring(hash.indexOf('?') + 1) : "";
            List<String> shown = query.isEmpty() ? List.of() : List.of(query.split("&"));
            return shown.size() == params.length && shown.containsAll(List.of(params)) && t.getText().equals(total);
        });
    }

    void openLead(String id) {
        go("#/lead/" + q(id));
        wait.until(ExpectedConditions.textToBe(By.id("lead-id"), id));
    }

    void act(String action, Map<String, String> fields) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#actions button[data-action='" + action + "']"))).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-" + action)));
        fields.forEach((name, value) -> {
            WebElement f = form.findElement(By.name(name));
            if (f.getTagName().equals("select")) {
                new Select(f).selectByValue(value);
            } else {
                f.sendKeys(value);
            }
        });
        form.findElement(By.cssSelector("button.submit-action")).click();
    }

    void actAndAwait(String action, Map<String, String> fields, String state) {
        act(action, fields);
        wait.until(ExpectedConditions.attributeToBe(By.id("lead-state"), "data-state", state));
    }

    Map<String, Long> funnel() {
        go("#/stats");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.funnel td[data-stage]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#funnel canvas")));
        Map<String, Long> stages = new HashMap<>();
        for (WebElement td : driver.findElements(By.cssSelector("table.funnel td[data-stage]"))) {
            stages.put(td.getAttribute("data-stage"), Long.parseLong(td.getText().strip()));
        }
        return stages;
    }

    // ---- tests

    @Test
    @Order(1)
    void eachRoleSignsInWithItsTokenAndIsOfferedWhatItMayDo() throws Exception {
        String fresh = leadId("status=NEW", 0);
        signInAs(VIEWER);
        assertThat(driver.findElement(By.id("who")).getText()).isEqualTo("小王 · 查看（脱敏）");
        shot("leads-viewer");
        openLead(fresh);
        assertThat(driver.findElements(By.cssSelector("#actions button"))).isEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("查看角色只能浏览（脱敏），不能审查。");
        go("#/runs");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "运行"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.jobs")));
        assertThat(driver.findElements(By.id("run-form"))).isEmpty();

        driver.findElement(By.id("signout")).click();
        signInAs(REVIEWER);
        assertThat(driver.findElement(By.id("who")).getText()).isEqualTo("李检察官 · 审查");
        shot("leads");
        openLead(fresh);
        assertThat(driver.findElements(By.cssSelector("#actions button"))).extracting(WebElement::getText).containsExactly("核查");
        go("#/runs");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "运行"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.jobs")));
        assertThat(driver.findElements(By.id("run-form"))).isEmpty();

        driver.findElement(By.id("signout")).click();
        signInAs(ADMIN);
        assertThat(driver.findElement(By.id("who")).getText()).isEqualTo("系统管理员 · 管理");
        go("#/runs");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-form")));
    }

    @Test
    @Order(2)
    void theQueueShowsTheApiCountForEveryFilter() throws Exception {
        signInAs(REVIEWER);
        JsonNode stats = api("GET", "/stats", REVIEWER, null);
        JsonNode kind = stats.get("by_kind").get(0);
        String agency = stats.get("by_agency").get(stats.get("by_agency").size() - 1).get("agency").asText();
        assertThat(driver.findElement(By.id("total")).getText())
                .isEqualTo(api("GET", "/leads?limit=1", REVIEWER, null).get("total").asText());

        String model = kind.get("model").asText();
        String code = kind.get("kind").asText();
        new Select(driver.findElement(By.id("filter-model"))).selectByValue(model);
        awaitQueue(api("GET", "/leads?limit=1&model=" + q(model), REVIEWER, null).get("total").asText(), "model=" + q(model));
        new Select(driver.findElement(By.id("filter-kind"))).selectByValue(code);
        String byKind = api("GET", "/leads?limit=1&model=" + q(model) + "&kind=" + q(code), REVIEWER, null).get("total").asText();
        awaitQueue(byKind, "model=" + q(model), "kind=" + q(code));
        assertThat(byKind).isEqualTo(kind.get("counts").get("leads").asText());
        assertThat(driver.findElements(By.cssSelector("tr.lead-row"))).hasSize(Integer.parseInt(byKind));

        driver.findElement(By.id("filter-clear")).click();
        awaitQueue(api("GET", "/leads?limit=1", REVIEWER, null).get("total").asText());
        new Select(driver.findElement(By.id("filter-agency"))).selectByValue(agency);
        awaitQueue(api("GET", "/leads?limit=1&agency=" + q(agency), REVIEWER, null).get("total").asText(), "agency=" + q(agency));
        new Select(driver.findElement(By.id("filter-status"))).selectByValue("NEW");
        awaitQueue(api("GET", "/leads?limit=1&status=NEW&agency=" + q(agency), REVIEWER, null).get("total").asText(),
                "agency=" + q(agency), "status=NEW");
        shot("leads-filtered");
    }

    @Test
    @Order(3)
    void aLeadOpensFromTheKeyboard() throws Exception {
        signInAs(REVIEWER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.lead-row")));
        String second = driver.findElements(By.cssSelector("tr.lead-row")).get(1).getAttribute("data-lead-id");

        new Actions(driver).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform();
        wait.until(d -> second.equals(d.switchTo().activeElement().getAttribute("data-lead-id")));
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        wait.until(ExpectedConditions.textToBe(By.id("lead-id"), second));
        JsonNode lead = api("GET", "/leads/" + q(second), REVIEWER, null).get("lead");
        assertThat(driver.findElement(By.id("lead-summary")).getText()).isEqualTo(lead.get("summary").asText());
        List<String> basis = new ArrayList<>();
        lead.get("legal_basis").forEach(b -> basis.add(b.asText()));
        assertThat(basis).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#legal-basis li"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(basis);
        assertThat(driver.findElements(By.cssSelector("table.evidence tbody tr"))).hasSize(lead.get("evidence").size());
        shot("lead");
    }

    @Test
    @Order(4)
    void confirmingAndDismissingMoveTheFunnel() throws Exception {
        String toConfirm = leadId("status=NEW", 1);
        String toDismiss = leadId("status=NEW", 2);
        signInAs(REVIEWER);
        Map<String, Long> before = funnel();

        openLead(toConfirm);
        actAndAwait("verify", Map.of("note", "调取羁押台账核实"), "VERIFYING");
        actAndAwait("confirm", Map.of(), "CONFIRMED");
        openLead(toDismiss);
        actAndAwait("verify", Map.of(), "VERIFYING");
        // dismissing for 其他 without a word is refused by the service, and the page says why in Chinese
        act("dismiss", Map.of("reason", "OTHER"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "未能完成：note：缺少"));
        assertThat(driver.findElement(By.id("lead-state")).getAttribute("data-state")).isEqualTo("VERIFYING");
        go("#/leads");
        openLead(toDismiss);
        act("dismiss", Map.of("reason", "DATA_ERROR", "note", "出所日期录入错误"));
        wait.until(ExpectedConditions.attributeToBe(By.id("lead-state"), "data-state", "DISMISSED"));
        shot("lead-reviewed");
        Map<String, Long> after = funnel();

        assertThat(after.get("线索")).isEqualTo(before.get("线索"));
        assertThat(after.get("核查")).isEqualTo(before.get("核查") + 2);
        assertThat(after.get("成案")).isEqualTo(before.get("成案") + 1);
        JsonNode stats = api("GET", "/stats", REVIEWER, null);
        // the API's own funnel when it gives one, else the review counts
        JsonNode counted = stats.has("funnel") ? stats.get("funnel") : stats.get("total");
        assertThat(after.get("成案")).isEqualTo(counted.get("confirmed").asLong());
        assertThat(after.get("线索")).isEqualTo(counted.get("leads").asLong());
        assertThat(driver.findElement(By.cssSelector("table.reasons tr[data-reason='DATA_ERROR']")).getText()).startsWith("数据错误");
        assertThat(api("GET", "/leads/" + q(toDismiss), REVIEWER, null).get("history").get(1).get("note").asText())
                .isEqualTo("出所日期录入错误");
        shot("stats");
    }

    @Test
    @Order(5)
    void aReviewerWhoseColleagueDecidedFirstIsToldWhoAndSeesTheLeadReloaded() throws Exception {
        String id = leadId("status=NEW", 3);
        signInAs(REVIEWER);
        openLead(id);

        api("POST", "/leads/" + q(id) + "/review", SECOND, "{\"action\":\"verify\",\"expected_version\":0}");
        act("verify", Map.of());

        WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
        assertThat(conflict.getText()).contains("赵检察官", "未保存", "核查中");
        assertThat(driver.findElement(By.id("lead-state")).getAttribute("data-state")).isEqualTo("VERIFYING");
        assertThat(driver.findElements(By.cssSelector("#actions button"))).extracting(b -> b.getAttribute("data-action"))
                .containsExactly("confirm", "dismiss");
        assertThat(api("GET", "/leads/" + q(id), REVIEWER, null).get("history")).hasSize(1);
        shot("conflict");
    }

    @Test
    @Order(6)
    void aDocumentIsDraftedPreviewedDownloadedIssuedAndItsReplyRecorded() throws Exception {
        String id = leadId("status=NEW", 4);
        String name = api("GET", "/leads/" + q(id), REVIEWER, null).get("lead").get("name").asText();
        signInAs(REVIEWER);
        openLead(id);
        actAndAwait("verify", Map.of(), "VERIFYING");
        actAndAwait("confirm", Map.of(), "CONFIRMED");
        // an action the page knows nothing of: a referral (移送), to a department the API offers
        JsonNode refer = null;
        for (JsonNode a : api("GET", "/leads/" + q(id), REVIEWER, null).get("allowed_actions")) {
            refer = a.get("action").asText().equals("refer") ? a : refer;
        }
        assertThat(refer).as("a confirmed lead may be referred").isNotNull();
        String department = refer.get("choices").get("to").get(0).get("value").asText();
        act("refer", Map.of("to", department));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.history"), department));
        assertThat(driver.findElement(By.id("lead-state")).getAttribute("data-state")).isEqualTo("CONFIRMED");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#lead-documents button.draft-submit"))).click();
        WebElement drafted = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".drafted .document")));
        String number = drafted.getAttribute("data-number");
        assertThat(number).startsWith("凤检_刑执");
        WebElement text = drafted.findElement(By.cssSelector(".document-text"));
        assertThat(text.getText()).contains(number, name, "凤城市人民检察院");
        // laid out as printed: the number and the addressee the draft names, whatever they begin with
        String recipient = api("GET", "/documents/" + q(number) + "?format=json", REVIEWER, null).get("recipient").asText();
        assertThat(text.findElement(By.cssSelector("p.doc-number")).getText()).isEqualTo(number);
        assertThat(text.findElement(By.cssSelector("p.doc-addressee")).getText()).isEqualTo(recipient + "：");
        shot("document", driver.findElement(By.id("lead-documents")));

        drafted.findElement(By.cssSelector("button.download")).click();
        Path file = downloads.resolve(number + ".docx");
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(number + ".docx.crdownload")));
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains(number, "凤城市人民检察院");
            assertThat(String.join("\n", paragraphs)).contains(name);
        }

        actAndAwait("issue-document", Map.of(), "DOCUMENT_ISSUED");
        assertThat(driver.findElement(By.cssSelector("table.history")).getText()).contains(number);
        actAndAwait("record-reply", Map.of("summary", "已将该犯投送监狱执行"), "RECTIFIED");
        // what is left to do is what the API allows now, no more and no less (a referral, for instance)
        List<String> allowed = new ArrayList<>();
        api("GET", "/leads/" + q(id), REVIEWER, null).get("allowed_actions").forEach(a -> allowed.add(a.get("action").asText()));
        assertThat(driver.findElements(By.cssSelector("#actions button"))).extracting(b -> b.getAttribute("data-action"))
                .containsExactlyElementsOf(allowed).doesNotContain("record-reply", "issue-document");
        assertThat(driver.findElements(By.cssSelector("#lead-documents .document"))).hasSize(1);
        shot("lead-rectified");
    }

    @Test
    @Order(7)
    void aClassCaseDocumentRestsOnEveryLeadOfTheGroup() throws Exception {
        // two confirmed leads of one kind against one addressee (the supervised unit, else the agency): a 类案
        Map<String, List<JsonNode>> byGroup = new java.util.LinkedHashMap<>();
        api("GET", "/leads?status=NEW&limit=500", REVIEWER, null).get("leads").forEach(l -> byGroup.computeIfAbsent(
                l.get("model").asText() + "|" + l.get("kind").asText() + "|" + (l.get("supervised_unit").asText().isBlank()
                        ? l.get("supervised_agency").asText() : l.get("supervised_unit").asText()), k -> new ArrayList<>()).add(l));
        List<JsonNode> pair = byGroup.values().stream().filter(g -> g.size() >= 2).findFirst().orElse(List.of());
        List<String> ids = pair.stream().limit(2).map(l -> l.get("lead_id").asText()).toList();
        JsonNode group = pair.isEmpty() ? null : pair.get(0);
        assertThat(ids).as("the demo county has two new leads of one kind against one agency").hasSize(2);
        for (String id : ids) {
            api("POST", "/leads/" + q(id) + "/review", REVIEWER, "{\"action\":\"verify\",\"expected_version\":0}");
            api("POST", "/leads/" + q(id) + "/review", REVIEWER, "{\"action\":\"confirm\",\"expected_version\":1}");
        }
        signInAs(REVIEWER);
        go("#/class-cases");
        String kind = group.get("kind").asText();
        String addressee = group.get("supervised_unit").asText().isBlank() ? group.get("supervised_agency").asText()
                : group.get("supervised_unit").asText();
        WebElement section = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("section.class-case[data-kind='" + kind + "'][data-agency='" + addressee + "']")));

        section.findElement(By.cssSelector("button.draft-submit")).click();
        WebElement drafted = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(section,
                By.cssSelector(".drafted .document"))).get(0);
        String number = drafted.getAttribute("data-number");

        assertThat(drafted.getText()).contains("类案 2 件");
        JsonNode doc = api("GET", "/documents/" + q(number), REVIEWER, null);
        assertThat(doc.get("lead_ids")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(ids);
        shot("class-cases", section);
        // the group's recommendation is filed: named on the page, and not offered a second time
        go("#/documents");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "文书"));
        go("#/class-cases");
        WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("section.class-case[data-kind='" + kind + "'][data-agency='" + addressee + "']")));
        assertThat(again.findElement(By.cssSelector(".filed-recommendations")).getText()).isEqualTo("已制作检察建议：" + number);
        assertThat(again.findElements(By.cssSelector("button.draft-submit"))).isEmpty();
        go("#/documents");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "文书"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".document[data-number='" + number + "']")));
        assertThat(driver.findElement(By.id("total")).getText())
                .isEqualTo(String.valueOf(api("GET", "/documents", REVIEWER, null).get("documents").size()));
        shot("documents");
    }

    @Test
    @Order(8)
    void aJointMeetingIsRecordedAndAMeasureFollowingItClosed() throws Exception {
        signInAs(REVIEWER);
        go("#/governance");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("governance-form")));
        new Select(form.findElement(By.name("kind"))).selectByValue("meeting");
        form.findElement(By.name("title")).sendKeys("看守所投送监狱联席会议");
        form.findElement(By.name("agencies")).sendKeys("丹东市看守所、丹东市监狱");
        form.findElement(By.name("content")).sendKeys("商定收到执行通知书后十日内投送");
        form.findElement(By.id("governance-submit")).click();
        WebElement meeting = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//table[contains(@class,'governance')]//tr[.//strong[text()='看守所投送监狱联席会议']]")));
        String id = meeting.getAttribute("data-record");

        form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("governance-form")));
        new Select(form.findElement(By.name("kind"))).selectByValue("measure");
        form.findElement(By.name("title")).sendKeys("建立投送台账");
        form.findElement(By.name("agencies")).sendKeys("丹东市看守所");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2099-12-31';", form.findElement(By.name("deadline")));
        form.findElement(By.name("parent")).sendKeys(id);
        form.findElement(By.id("governance-submit")).click();
        WebElement measure = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//table[contains(@class,'governance')]//tr[.//strong[text()='建立投送台账']]")));
        String measureId = measure.getAttribute("data-record");
        assertThat(measure.findElement(By.cssSelector("[data-status]")).getAttribute("data-status")).isEqualTo("pending");
        new Select(measure.findElement(By.name("status"))).selectByValue("rectified");
        measure.findElement(By.cssSelector("form.close-governance button")).click();

        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("tr[data-record='" + measureId + "'] [data-status]"),
                "data-status", "rectified"));
        JsonNode records = api("GET", "/governance", REVIEWER, null).get("records");
        List<String> shown = new ArrayList<>();
        records.forEach(r -> shown.add(r.get("id").asText() + " " + r.get("status").asText()));
        assertThat(shown).contains(id + " held", measureId + " rectified");
        shot("governance");
    }

    @Test
    @Order(9)
    void aViewerSeesOnlyMaskedDataOnEveryPage() throws Exception {
        List<String> names = new ArrayList<>();
        api("GET", "/leads?limit=500", REVIEWER, null).get("leads").forEach(l -> names.add(l.get("name").asText()));
        List<String> idNumbers = new ArrayList<>();
        api("GET", "/leads?limit=500", REVIEWER, null).get("leads").forEach(l -> {
            if (!l.get("id_number").asText().isEmpty()) {
                idNumbers.add(l.get("id_number").asText());
            }
        });
        assertThat(api("GET", "/documents", REVIEWER, null).get("documents")).as("a document to read").isNotEmpty();
        String withDocument = api("GET", "/documents", REVIEWER, null).get("documents").get(0).get("lead_ids").get(0).asText();
        signInAs(VIEWER);

        List<String> pages = new ArrayList<>();
        pages.add(driver.findElement(By.tagName("main")).getText());
        openLead(withDocument);
        driver.findElement(By.cssSelector("#lead-documents button.preview")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lead-documents .document-text")));
        pages.add(driver.findElement(By.tagName("main")).getText());
        assertThat(driver.findElement(By.id("lead-name")).getText()).contains("*");
        shot("lead-viewer");
        go("#/documents");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "文书"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".document button.preview"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".document-text")));
        pages.add(driver.findElement(By.tagName("main")).getText());
        go("#/class-cases");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "类案"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.class-case")));
        assertThat(driver.findElements(By.cssSelector("button.draft-submit"))).isEmpty();
        pages.add(driver.findElement(By.tagName("main")).getText());
        go("#/governance");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "诉源治理"));
        assertThat(driver.findElements(By.id("governance-form"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("form.close-governance"))).isEmpty();
        pages.add(driver.findElement(By.tagName("main")).getText());

        for (String page : pages) {
            for (String n : names) {
                assertThat(page).as("a viewer's page").doesNotContain(n.length() > 1 ? n : "\u0000");
            }
            for (String n : idNumbers) {
                assertThat(page).doesNotContain(n);
            }
        }
        assertThat(pages.get(0)).contains("*");
    }

    @Test
    @Order(10)
    void anAdminStartsARunAndReadsItsReport() throws Exception {
        signInAs(ADMIN);
        go("#/runs");
        WebElement asOf = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-as-of")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2024-10-01';", asOf);
        driver.findElement(By.id("run-start")).click();

        wait.until(ExpectedConditions.attributeToBe(By.id("run-state"), "data-state", "finished"));
        JsonNode runs = api("GET", "/runs", ADMIN, null).get("runs");
        JsonNode last = runs.get(runs.size() - 1);
        assertThat(driver.findElement(By.id("run-summary")).getText()).contains("第 " + last.get("number").asText() + " 次运行",
                "线索 " + last.get("leads").asText() + " 条");
        assertThat(driver.findElements(By.cssSelector("table.run-kinds tbody tr"))).isNotEmpty();
        shot("runs");
    }

    @Test
    @Order(11)
    void aBadTokenIsRefusedAndSigningOutForgetsTheToken() throws Exception {
        signIn("not-a-token");
        wait.until(ExpectedConditions.textToBe(By.id("signin-message"), "令牌无效，请核对后重试。"));
        shot("signin");
        signInAs(REVIEWER);
        assertThat(((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem('xingzhi.token');"))
                .isEqualTo(REVIEWER);

        driver.findElement(By.id("signout")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-token")));
        assertThat(((JavascriptExecutor) driver).executeScript("return sessionStorage.length;")).isEqualTo(0L);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-token")));
        assertThat(driver.findElement(By.id("bar")).isDisplayed()).isFalse();
    }

    @Test
    @Order(12)
    void everyUrlTheBrowserFetchedIsDocumentedAndTokenlessAndItsLogHoldsNoErrorOrRefusal() throws Exception {
        // a tour of every page as an admin, on top of what the tests before did
        signInAs(ADMIN);
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        titles.put("#/documents", "文书");
        titles.put("#/class-cases", "类案");
        titles.put("#/governance", "诉源治理");
        titles.put("#/stats", "统计");
        titles.put("#/runs", "运行");
        titles.put("#/leads", "线索");
        titles.forEach((page, title) -> {
            go(page);
            wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), title));
        });
        go("#/stats");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#funnel canvas")));
        drainLogs();

        JsonNode doc = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<Pattern> documented = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(
                Pattern.compile(m.toUpperCase() + " " + Pattern.quote(p.getKey()).replaceAll("\\{\\w+\\}", "\\\\E[^/?]+\\\\Q")
                        + "(\\?.*)?"))));
        List<String> seen = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (String[] r : requests) {
            String url = r[1];
            if (!url.startsWith("http:") && !url.startsWith("https:")) {
                continue; // blob: (a download), data:, and the browser's own chrome:// pages
            }
            assertThat(url).as("the browser fetched only from the server").startsWith(base + "/");
            for (String token : List.of(VIEWER, REVIEWER, SECOND, ADMIN, "not-a-token")) {
                assertThat(url).as("no token in a URL").doesNotContain(token);
            }
            String path = url.substring(base.length());
            seen.add(r[0] + " " + path);
            boolean file = r[0].equals("GET") && Stream.of("/console/", "/console/console.js", "/console/console.css",
                    "/console/vendor/echarts.min.js").anyMatch(f -> path.equals(f) || path.startsWith(f + "#"));
            if (!file && documented.stream().noneMatch(p -> p.matcher(r[0] + " " + path).matches())) {
                undocumented.add(r[0] + " " + path);
            }
        }
        assertThat(seen).as("the tour went through the API")
                .anyMatch(s -> s.startsWith("POST /leads/")).anyMatch(s -> s.startsWith("GET /documents/"))
                .anyMatch(s -> s.startsWith("POST /runs")).anyMatch(s -> s.startsWith("GET /stats"));
        assertThat(undocumented).isEmpty();

        List<String> problems = browserLog.stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to") || m.contains("Uncaught")
                        || m.contains("TypeError") || m.contains("ReferenceError") || m.contains("SyntaxError"))
                .toList();
        assertThat(problems).isEmpty();
        List<String> severe = browserLog.stream().filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // the refusals the tests provoke on purpose: a bad token (401), a dismissal without its explanation (400)
                // and a stale version (409)
                .filter(m -> !m.matches(".*Failed to load resource: the server responded with a status of 40[019].*"))
                .toList();
        assertThat(severe).isEmpty();
    }
}
