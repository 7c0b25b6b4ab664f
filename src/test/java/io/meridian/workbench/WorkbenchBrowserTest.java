package io.meridian.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.rules.RuleBook;
import io.meridian.rules.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import io.meridian.testsupport.HeadlessChromium;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The workbench in a real headless Chromium (Debian's chromium and chromium-driver): {@code ana}
 * signs in, drops a workbook with "maybe" in a true/false column and sees the cell highlighted
 * with "true or false expected"; drops a good one (Japan made direct), sees the changed cells,
 * the what-if counts over the open journeys (40 of them, 20 Japanese; {@code -Dworkbench.journeys=200} for the
 * README's benchmark figure), activates it and rolls it back. {@code sam} reads
 * but cannot change anything, and no form works without its CSRF token. Skipped only where no
 * chromium is installed; screenshots land in {@code target/}.
 * <p>
 * Runs on the context of {@code RulesApiTest} (same properties): an in-memory database and no
 * rules folder, so nothing is written into the project's {@code rules/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:rules-api;DB_CLOSE_DELAY=-1", "meridian.rules.folder=target/no-rules-folder"})
class WorkbenchBrowserTest {

    /** 200 took 10 CPU s more of the test run (in the stream of classes sharing the context) than 40, for the same checks. */
    static final int JOURNEYS = Integer.getInteger("workbench.journeys", 40);
    static final int JAPANESE = 20;
    private static final Logger log = LoggerFactory.getLogger(WorkbenchBrowserTest.class);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuleBook book;

    private HeadlessChromium chromium;
    private Path files;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = HeadlessChromium.open();
        files = Files.createTempDirectory("meridian-workbooks-");
        browser = chromium.browser();
        wait = chromium.waiting(Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        HeadlessChromium.delete(files);
    }

    @Test
    void anaChecksAWorkbookComparesPreviewsActivatesAndRollsBack() throws Exception {
        startJourneys();
        int original = book.active("etiquette").version();
        try {
            signIn("ana");
            assertThat(text()).contains("Rule tables", "etiquette", "complaint-handling", "escalation");
            browser.findElement(By.linkText("etiquette")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));

            // a word in a true/false column: highlighted on the sheet, in the analyst's words
            drop("maybe.drl.xlsx", Workbooks.edit(Workbooks.etiquette(), "Countries!M9", "maybe"));
            WebElement bad = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td.problem[data-cell='M9']")));
            assertThat(bad.getText()).contains("maybe", "true or false expected");
            assertThat(browser.findElement(By.id("verdict")).getText()).contains("cannot go live");
            assertThat(browser.findElements(By.id("activate"))).isEmpty();
            screenshot("workbench-problem");

            // a good one: the diff names the cell, the what-if counts the Japanese journeys
            browser.findElement(By.linkText("etiquette")).click();
            long dropped = System.nanoTime();
            drop("direct-japan.drl.xlsx", Workbooks.etiquetteWithDirectJapan());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
            Duration toWhatIf = Duration.ofNanos(System.nanoTime() - dropped);
            log.info("Upload to what-if answer with {} open journeys: {} ms", JOURNEYS, toWhatIf.toMillis());
            Files.writeString(Path.of("target", "workbench-what-if.txt"), "upload to what-if answer, shipped etiquette workbook"
                + " (Japan made direct), " + JOURNEYS + " open journeys: " + toWhatIf.toMillis() + " ms\n");
            assertThat(browser.findElement(By.id("verdict")).getText()).contains("Every check passed");
            assertThat(browser.findElement(By.id("diff")).getText()).contains("Countries", "DIRECT");
            assertThat(browser.findElement(By.id("affected")).getText()).isEqualTo(String.valueOf(JAPANESE));
            assertThat(browser.findElement(By.id("due-times")).getText()).isEqualTo("0");
            assertThat(browser.findElement(By.id("changed")).getText()).contains("JP, tier A", "directness", "INDIRECT", "DIRECT");
            assertThat(browser.findElement(By.id("examples")).getText()).contains("journey", "(JP, A)");
            assertThat(book.active("etiquette").version()).as("nothing changes before activation").isEqualTo(original);
            browser.manage().window().setSize(new Dimension(1400, 2000));
            screenshot("workbench-preview");
            browser.manage().window().setSize(new Dimension(1400, 1000));

            browser.findElement(By.id("activate")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            int activated = book.active("etiquette").version();
            assertThat(activated).isGreaterThan(original);
            assertThat(browser.findElement(By.id("in-force")).getText()).isEqualTo(String.valueOf(activated));
            assertThat(browser.findElement(By.id("version-" + activated)).getText()).contains("ana", "in force");

            // roll back, with a confirmation
            browser.findElement(By.id("activate-" + original)).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(book.active("etiquette").version()).isEqualTo(original);
            assertThat(browser.findElement(By.id("in-force")).getText()).isEqualTo(String.valueOf(original));
        } catch (RuntimeException | AssertionError e) {
            screenshot("workbench-failure");
            Files.writeString(Path.of("target", "workbench-failure.html"), browser.getPageSource());
            throw e;
        } finally {
            if (book.active("etiquette").version() != original) {
                rest.withBasicAuth("ana", "demo").postForEntity("/api/rules/etiquette/versions/" + original + "/activate", null, String.class);
            }
        }
    }

    @Autowired
    io.meridian.rules.RuleVersions versions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * A version another node put in force whose cells fail this server's first check (an older server took '48 hours' as
     * a first response): this node keeps its version, and the overview and the table's page say which version was refused,
     * on which cell, and which one answers. Before, the node put it in force as it was stored, without a word.
     */
    @Test
    void aStoredVersionThatFailsTheFirstCheckIsNamedWithItsCellsWhileTheVersionInForceStays() throws Exception {
        int inForce = book.active("complaint-handling").version();
        byte[] stored = Workbooks.edit(io.meridian.rules.DecisionTableCompiler.class.getResourceAsStream("/rules/complaint-handling.drl.xlsx")
            .readAllBytes(), "Response times!C10", "48 hours");
        int version = jdbc.queryForObject("select max(version_number) + 1 from rule_version where table_name = 'complaint-handling'",
            Integer.class);
        jdbc.update("insert into rule_version (table_name, version_number, checksum, author, created_at, rule_count, scenario_count,"
            + " scenario_results, workbook) values ('complaint-handling', ?, ?, 'ana', current_timestamp, 19, 9, '[]', ?)",
            version, io.meridian.rules.DecisionTableCompiler.checksum(stored), stored);
        jdbc.update("update rule_table set active_version = ?, activated_by = 'ana' where table_name = 'complaint-handling'", version);
        try {
            versions.sync();

            assertThat(book.active("complaint-handling").version()).isEqualTo(inForce);
            HttpClient sam = signedIn("sam");
            String said = "complaint-handling: version " + version + " in the database (activated by ana on another node) was not put"
                + " in force here: 1 problem; version " + inForce + " stays in force.";
            String cell = "'Response times' cell C10 [48 hours]: '48 hours' is not a duration: write it as PT48H (ISO 8601), e.g. PT24H";
            assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(get(sam, "/workbench/").body()).replaceAll("<[^>]+>", "").replaceAll("\\s+", " "))
                .contains(said, cell);
            assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(get(sam, "/workbench/tables/complaint-handling").body())
                .replaceAll("<[^>]+>", "").replaceAll("\\s+", " ")).contains(said, cell);
        } finally {
            jdbc.update("update rule_table set active_version = ? where table_name = 'complaint-handling'", inForce);
        }
    }

    @Test
    void samReadsTheVersionsButCannotCheckOrActivate() throws Exception {
        int inForce = book.active("etiquette").version();
        signIn("sam");
        browser.findElement(By.linkText("etiquette")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));
        assertThat(text()).contains("Versions", "(read only)", "Download");
        assertThat(browser.findElements(By.id("check-form"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[id^='activate-']"))).isEmpty();

        HttpClient sam = signedIn("sam");
        String page = get(sam, "/workbench/tables/etiquette").body();
        assertThat(post(sam, "/workbench/tables/etiquette/versions/" + inForce + "/activate", csrf(page)).statusCode())
            .as("sam may not activate").isEqualTo(403);
        assertThat(get(sam, "/workbench/confirm/tables/etiquette/versions/" + inForce).statusCode()).isEqualTo(403);

        HttpClient ana = signedIn("ana");
        assertThat(post(ana, "/workbench/tables/etiquette/versions/" + inForce + "/activate", null).statusCode())
            .as("no form works without its CSRF token").isEqualTo(403);
        HttpResponse<String> tables = get(ana, "/workbench/");
        assertThat(tables.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
            assertThat(csp).contains("script-src 'none'"));
        assertThat(book.active("etiquette").version()).isEqualTo(inForce);
    }

    /** The shop's inquiries, four at a time (as several shops would send them): the second core has work. */
    private void startJourneys() throws Exception {
        List<String> others = List.of("DE", "US", "FR", "BR", "GB", "SA", "IN", "KR", "CN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ExecutorService shops = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpStatus>> answers = new ArrayList<>();
            for (int i = 0; i < JOURNEYS; i++) {
                String country = i < JAPANESE ? "JP" : others.get(i % others.size());
                String body = """
                    {"client": {"company": "Client %d", "contactName": "Pat Client", "email": "client%d@example.com", "country": "%s",
                                "tier": "A", "preferredChannel": "EMAIL"},
                     "inquiry": {"product": "LED panel 60x60", "quantity": 500, "message": "Please quote FOB.", "channel": "EMAIL"}}"""
                    .formatted(i, i, country);
                answers.add(shops.submit(() -> HttpStatus.valueOf(rest.withBasicAuth("shop", "demo").exchange("/api/inquiries",
                    HttpMethod.POST, new HttpEntity<>(body, headers), String.class).getStatusCode().value())));
            }
            for (Future<HttpStatus> answer : answers) {
                assertThat(answer.get()).isEqualTo(HttpStatus.CREATED);
            }
        } finally {
            shops.shutdownNow();
        }
    }

    private void signIn(String user) {
        browser.get(url("/workbench/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tables")));
    }

    private void drop(String name, byte[] workbook) throws IOException {
        Path file = files.resolve(name);
        Files.write(file, workbook);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(file.toString());
        browser.findElement(By.id("check")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void screenshot(String name) throws IOException {
        Files.write(Path.of("target", name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpClient signedIn(String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = get(client, "/workbench/login").body();
        HttpResponse<String> answer = postForm(client, "/workbench/login",
            "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf(login), StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/workbench/"));
        return client;
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post carrying only the CSRF token (none when null). */
    private HttpResponse<String> post(HttpClient client, String path, String token) throws IOException, InterruptedException {
        return postForm(client, path, token == null ? "" : "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postForm(HttpClient client, String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
