package io.meridian.system;

import io.meridian.jobs.AsyncContinuations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import io.meridian.testsupport.HeadlessChromium;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tasklist as the sales team sees it, in a real headless browser (Debian's chromium and
 * chromium-driver, which {@code .ci/run} installs): {@code sam} finds the Japanese client's task
 * by the company and country on its card, reads the guidance, fills in the quote and completes it.
 * Skipped only where no chromium is installed. A failure leaves a screenshot and the page in
 * {@code target/}.
 */
class TasklistBrowserTest extends ServerTest {

    static final String COMPANY = "Nakamura Trading";
    private static final Logger log = LoggerFactory.getLogger(TasklistBrowserTest.class);

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = HeadlessChromium.open();
        browser = chromium.browser();
        wait = chromium.waiting(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void samShouldFindTheJapaneseClientsTaskByItsCardReadTheGuidanceAndSendTheQuote() throws IOException {
        String inquiryId = startJapaneseJourney();
        String journey = runtime.createProcessInstanceQuery().processInstanceBusinessKey(inquiryId).singleResult().getId();
        Task reply = tasks.createTaskQuery().processInstanceId(journey).singleResult();
        assertThat(reply.getName()).isEqualTo("Reply to inquiry — " + COMPANY + " (JP, A)");
        try {
            // Tasklist opens on the team's open tasks: no filter to choose first
            logIn("sam");
            // newest first, as the task was made the newest: other tests leave tasks open that fall due before it
            sortBy(NEWEST_FIRST);
            // the card says whom the task is for: company, country and tier as card variables
            WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[.//*[contains(normalize-space(.), '" + COMPANY + " (JP, A)')]][.//*[contains(., 'Country')]]")));
            assertThat(card.getText()).contains("Reply to inquiry — " + COMPANY + " (JP, A)", "Company:", COMPANY, "Country:", "JP");
            // and when it is due: Tasklist's own line from the task's due and follow-up dates (the clocks set both); the
            // follow-up is the next call window's start, which is now while the team and the Tokyo client both work
            // ("Follow-up a few seconds ago" around 00:00 UTC) and later at other hours ("Follow-up in 7 hours")
            assertThat(card.getText()).containsPattern("Due in [^\\n]+ Follow-up (in [^\\n]+|[^\\n]+ ago)");
            // a collapsed card shows the first row of variables; "Show more" shows the tier too
            card.findElement(By.cssSelector(".shutter a")).click();
            wait.until(d -> card.getText().contains("Tier:"));
            assertThat(card.getText()).contains("Tier:\nA");

            card.findElement(By.xpath(".//a[contains(normalize-space(.), '" + COMPANY + "')]")).click();
            wait.until(d -> text(d).contains("How to deal with this client"));
            assertThat(text(browser)).contains("Reply to inquiry", "use titles and honorifics", "Kenji Nakamura");
            // the email the reply sends, as the form previews it: subject, salutation and languages of the whole email
            assertThat(text(browser)).contains("Email to the client: quote\n", "Subject: ", "LED panel 60x60", "Salutation: ", "Languages: ja + en");

            click(By.xpath("//button[contains(normalize-space(.), 'Claim')]"));
            wait.until(d -> tasks.createTaskQuery().taskId(reply.getId()).taskAssignee("sam").count() == 1);
            Map<String, String> quote = new LinkedHashMap<>();
            quote.put("Product parameters", "40 W, 4000 K, CRI > 80, CE/RoHS, labels in Japanese");
            quote.put("Minimum order quantity", "200");
            quote.put("Lead time", "25");
            quote.put("Payment terms", "30% T/T deposit, 70% before shipment");
            quote.put("Port of loading", "Ningbo");
            quote.put("Unit price", "12.50");
            quote.forEach(this::type);
            choose("Currency", "USD");
            quote.put("Valid until", date("Valid until", LocalDate.now().plusDays(30)));
            // ticking a talk asks when it was held; "No talk" hides the question again, and the form completes without it
            By heldAt = By.xpath("//label[starts-with(normalize-space(.), 'When the talk was held')]");
            click(By.xpath("//label[normalize-space(.)='Call']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(heldAt));
            click(By.xpath("//label[normalize-space(.)='No talk']"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(heldAt));
            completeWhenValid(quote);

            wait.withTimeout(Duration.ofSeconds(30)).until(d -> tasks.createTaskQuery().taskId(reply.getId()).count() == 0);
        } catch (RuntimeException | AssertionError e) {
            evidence();
            throw e;
        }
        // the journey moved on: the reply is done and the quote the form held is the journey's
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(journey).activityId("replyToInquiry")
            .finished().count()).isEqualTo(1);
        assertThat(runtime.getVariable(journey, "quotePortOfLoading")).isEqualTo("Ningbo");
        // the quote goes out after an asynchronous continuation (the job executor's, here the test's)
        AsyncContinuations.run(engine, journey);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(journey).activityId("sendQuote").count())
            .isEqualTo(1);
    }

    /**
     * "Create task" in the header shows to whoever may create a task (the administrators), not to a team member, for whom it
     * only led to "does not have 'CREATE' permission on resource 'Task'". Nor does the team read Camunda's red notice to
     * migrate to Camunda 8 above their tasks every day: it is the administrators' matter (Cockpit and Admin keep it).
     */
    @Test
    void createTaskShouldShowOnlyToThoseWhoMayCreateATask() throws IOException {
        By startProcess = By.xpath("//li[contains(@class, 'start-process-action')]//a");
        By createTask = By.cssSelector("li.create-task-action");
        try {
            logIn("sam");
            wait.until(ExpectedConditions.visibilityOfElementLocated(startProcess));
            assertThat(browser.findElements(createTask)).as("Tasklist's header has the action").isNotEmpty();
            // the engine's answer is quick: give it a moment to show the button, which it must not
            assertThatThrownBy(() -> chromium.waiting(Duration.ofSeconds(3)).until(ExpectedConditions.visibilityOfElementLocated(createTask)))
                .as("sam may not create a task").isInstanceOf(TimeoutException.class);
            assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).as("Camunda's notice is in the page")
                .isNotEmpty().noneMatch(WebElement::isDisplayed);

            browser.manage().deleteAllCookies();
            logIn("demo");
            wait.until(ExpectedConditions.visibilityOfElementLocated(startProcess));
            wait.until(ExpectedConditions.visibilityOfElementLocated(createTask));
            assertThat(browser.findElement(createTask).getText()).contains("Create task");
        } catch (RuntimeException | AssertionError e) {
            evidence();
            throw e;
        }
    }

    /**
     * The start page says how much of the team's work is late without opening "overdue": every filter shows its count, where
     * Tasklist counts only the one open; a task come late in the meantime shows in the count at the next look.
     */
    @Test
    void everyFilterShouldShowHowManyTasksItHolds() throws IOException {
        Task late = salesTask("Count check: late", Instant.parse("1971-01-04T08:00:00Z"));
        Task later = null;
        try {
            logIn("sam");
            By overdue = By.xpath("//*[contains(concat(' ', @class, ' '), ' task-filter ')]"
                + "[.//h4[contains(normalize-space(.), 'Sales: overdue')]]");
            wait.until(ExpectedConditions.visibilityOfElementLocated(overdue));
            assertThat(browser.findElement(overdue).getAttribute("class")).as("the open filter is the team's open tasks").doesNotContain("active");
            wait.until(d -> overdueCount(overdue).equals(String.valueOf(salesOverdue())));
            assertThat(salesOverdue()).isPositive();

            later = salesTask("Count check: late as well", Instant.parse("1971-01-05T08:00:00Z"));
            long expected = salesOverdue();
            // any change of address counts again (a task opened, one done): here a link to a task followed
            browser.get(browser.getCurrentUrl().replaceAll("#.*$", "") + "#/?task=" + late.getId());
            wait.until(d -> overdueCount(overdue).equals(String.valueOf(expected)));
        } catch (RuntimeException | AssertionError e) {
            evidence();
            throw e;
        } finally {
            tasks.deleteTask(late.getId(), true);
            if (later != null) {
                tasks.deleteTask(later.getId(), true);
            }
        }
    }

    private String overdueCount(By filter) {
        return browser.findElement(filter).findElements(By.cssSelector(".counter")).stream().filter(WebElement::isDisplayed)
            .map(WebElement::getText).findFirst().orElse("");
    }

    /** The tasks of sam's "Sales: overdue", as the engine counts them. */
    private long salesOverdue() {
        return tasks.createTaskQuery().taskCandidateGroup("sales").includeAssignedTasks().dueBefore(new Date()).count();
    }

    /**
     * Tasklist lists the soonest due first (the custom script {@code meridian/soonest-due-first.js}), not the newest:
     * the task due first is on top though another was made after it, and a sorting the user chose, which Tasklist keeps
     * in the address, stays.
     */
    @Test
    void tasklistShouldListTheSoonestDueTaskFirstAndKeepASortingTheUserChose() throws IOException {
        // due in 1971, before anything other tests leave open (some in 2000); then one made after it, the newest, due in ten years
        Task dueFirst = salesTask("Sorting check: due first", Instant.parse("1971-01-04T08:00:00Z"));
        // a task without a due date (one made with "Create task") comes after those with one, on H2 as on PostgreSQL
        Task undated = salesTask("Sorting check: no due date", null);
        Task madeLast = salesTask("Sorting check: made last", Instant.now().plus(Duration.ofDays(3650)));
        try {
            logIn("sam");
            wait.until(d -> firstCard().contains("Sorting check: due first"));
            assertThat(java.net.URLDecoder.decode(browser.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("sorting=[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"},{\"sortBy\":\"created\",\"sortOrder\":\"asc\"}]");
            assertThat(browser.findElement(By.cssSelector("[cam-sorting-choices]")).getText()).startsWith("Due date");
            // a link to a task followed within the open page (an address without a sorting) keeps the list soonest due first
            browser.get(browser.getCurrentUrl().replaceAll("#.*$", "") + "#/?task=" + dueFirst.getId());
            wait.until(d -> d.getCurrentUrl().contains("task=" + dueFirst.getId())
                && java.net.URLDecoder.decode(d.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8).contains("\"sortBy\":\"dueDate\""));
            wait.until(d -> text(d).contains("Sorting check: due first") && firstCard().contains("Sorting check: due first"));

            sortBy(NEWEST_FIRST);
            wait.until(d -> firstCard().contains("Sorting check: made last"));
            assertThat(browser.getCurrentUrl()).as("the chosen sorting stays in the address").contains("created");
        } catch (RuntimeException | AssertionError e) {
            evidence();
            throw e;
        } finally {
            tasks.deleteTask(dueFirst.getId(), true);
            tasks.deleteTask(madeLast.getId(), true);
            tasks.deleteTask(undated.getId(), true);
        }
    }

    private static final String NEWEST_FIRST = "[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]";

    /**
     * The task list opened afresh in the given sorting, as a click on the list's header leaves it in the address (a
     * change of the address alone, in the open page, is written over by the list's own sorting).
     */
    private void sortBy(String sorting) {
        String list = browser.getCurrentUrl().replaceAll("#.*$", "");
        browser.get("about:blank");
        browser.get(list + "#/?sorting=" + java.net.URLEncoder.encode(sorting, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The text of the list's first card; empty while the list is (re)drawn. */
    private String firstCard() {
        try {
            java.util.List<WebElement> cards = browser.findElements(By.cssSelector("ol.tasks-list > li.task"));
            return cards.isEmpty() ? "" : cards.get(0).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return "";
        }
    }

    /** A task for the sales team, due at {@code due} (null: none), made after every other task (so the newest). */
    private Task salesTask(String name, Instant due) {
        return madeNewest(() -> {
            Task task = tasks.newTask();
            task.setName(name);
            task.setDueDate(due == null ? null : Date.from(due));
            tasks.saveTask(task);
            tasks.addCandidateGroup(task.getId(), "sales");
            return task;
        });
    }

    /** As the shop would; the task is made the newest so it is on the first page whatever other tests left open. */
    private String startJapaneseJourney() {
        return madeNewest(() -> {
            Answer started = postJson("/api/inquiries", "shop", """
                {"client": {"company": "%s", "contactName": "Kenji Nakamura", "email": "kenji.browser@nakamura.example",
                            "country": "JP", "timeZone": "Asia/Tokyo", "language": "ja", "tier": "A"},
                 "inquiry": {"product": "LED panel 60x60", "quantity": 500, "message": "Please quote FOB Ningbo."}}"""
                .formatted(COMPANY));
            assertThat(started.status()).as(started.body()).isIn(200, 201);
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(started.body());
            assertThat(id.find()).as(started.body()).isTrue();
            return id.group(1);
        });
    }

    /**
     * What {@code make} does, with the engine's clock an hour after the newest open task when other tests left one made
     * later than now (they move the clock): the tasks it makes are the newest.
     */
    private <T> T madeNewest(java.util.function.Supplier<T> make) {
        Task newest = tasks.createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        if (newest != null && !newest.getCreateTime().toInstant().isBefore(Instant.now())) {
            ClockUtil.setCurrentTime(Date.from(newest.getCreateTime().toInstant().plusSeconds(3600)));
        }
        try {
            return make.get();
        } finally {
            ClockUtil.reset();
        }
    }

    private void logIn(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[type=text]")));
        WebElement password = browser.findElement(By.cssSelector("form[name=signinForm] input[type=password]"));
        // Tasklist focuses the name field once its form is set up: keys typed before that land in the name field,
        // so type both again until each field holds what was typed into it
        wait.until(page -> {
            name.clear();
            name.sendKeys(user);
            password.clear();
            password.sendKeys(PASSWORD);
            return user.equals(name.getDomProperty("value")) && PASSWORD.equals(password.getDomProperty("value"));
        });
        browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        try {
            // the first sign-in of a run loads the webapp and its plugins: slow on a busy machine
            chromium.waiting(Duration.ofSeconds(90))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of("target/tasklist-sign-in.png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (IOException | RuntimeException ignored) {
                // the page text below says what the screenshot would show
            }
            throw new AssertionError(user + " is still on the sign-in form after 90 s (target/tasklist-sign-in.png); the page says: "
                + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** The form field whose label starts with {@code label} (Camunda Forms label each input with {@code for}). */
    private WebElement field(String label) {
        WebElement l = wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]")));
        String id = l.getAttribute("for");
        return id == null || id.isBlank() ? l.findElement(By.xpath("following::*[self::input or self::textarea][1]")) : browser.findElement(By.id(id));
    }

    /** Types into the field until it holds the value (the form re-renders while it validates the field before). */
    private void type(String label, String value) {
        wait.until(d -> {
            WebElement input = field(label);
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
            if (!value.equals(input.getAttribute("value"))) {
                input.clear();
                input.sendKeys(value);
            }
            return value.equals(field(label).getAttribute("value"));
        });
    }

    /**
     * Clicks Complete once the form accepts its input. Camunda Forms re-render while they validate, and a re-render can
     * drop what was typed into a field just before: such a field is typed again. When the button stays disabled, the
     * failure names the form's own error messages.
     */
    private void completeWhenValid(Map<String, String> typed) {
        By complete = By.xpath("//button[normalize-space(.)='Complete']");
        try {
            wait.until(d -> {
                typed.forEach((label, value) -> {
                    if (!value.equals(field(label).getAttribute("value"))) {
                        type(label, value);
                    }
                });
                return d.findElement(complete).isEnabled();
            });
        } catch (TimeoutException e) {
            String errors = browser.findElements(By.cssSelector(".fjs-form-field-error, .fjs-has-errors")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).collect(Collectors.joining("; "));
            throw new AssertionError("Complete stays disabled; the form says: " + (errors.isEmpty() ? "(no message)" : errors), e);
        }
        click(complete);
    }

    /** A text field or a choice list, whichever the form holds. */
    private void choose(String label, String value) {
        WebElement input = field(label);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        if ("input".equals(input.getTagName()) && !input.getAttribute("class").contains("select")
                && input.getAttribute("role") == null) {
            type(label, value);
            return;
        }
        // a Camunda Forms select keeps its value in a hidden input and shows a display box to click
        WebElement opener = input.getAttribute("class").contains("select-hidden")
            ? browser.findElement(By.id(input.getAttribute("id") + "-display")) : input;
        opener.click();
        click(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item') and contains(normalize-space(.), '" + value + "')]"));
    }

    /** Camunda Forms date pickers take what their placeholder shows (mm/dd/yyyy, or ISO yyyy-mm-dd). */
    private String date(String label, LocalDate day) {
        WebElement input = field(label);
        String placeholder = String.valueOf(input.getAttribute("placeholder")).toLowerCase();
        String text = placeholder.startsWith("mm") ? day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) : day.toString();
        type(label, text);
        input.sendKeys(Keys.TAB);
        return text;
    }

    private static String text(WebDriver d) {
        return d.findElement(By.tagName("body")).getText();
    }

    private void evidence() {
        try {
            Path dir = Files.createDirectories(Path.of("target"));
            String stamp = String.valueOf(Instant.now().toEpochMilli());
            Files.write(dir.resolve("tasklist-failure-" + stamp + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve("tasklist-failure-" + stamp + ".html"), browser.getPageSource());
        } catch (IOException | RuntimeException e) {
            log.warn("No screenshot of the failed Tasklist test: {}", e.toString());
        }
    }
}
