package io.meridian.etiquette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.system.Inputs;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.ClientWorkingDays;
import io.meridian.testsupport.LedgerFixture;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's examples that promise the client a day ("Confirm order"'s {@code deliveryDate}, a milestone's
 * {@code dueOn}) must work on whatever day they are pasted: the server refuses a day the client does not work, and a
 * Wednesday some weeks ahead is now and then a public holiday (Japan's Children's Day, Wednesday 5 May 2027). They take
 * the client's first working day from that Wednesday on from the server itself ({@code workday}: the day of the first
 * SEND window); this runs the README's own {@code workday} with bash and curl against the server (skipped without
 * them) and checks the day it gives against the server's rules.
 */
@MeridianTest
class ReadmeClientWorkingDayTest {

    private static final Path README = Path.of("README.md");
    /** Wednesday 5 May 2027, Children's Day in Japan. */
    private static final LocalDate CHILDRENS_DAY = LocalDate.of(2027, 5, 5);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EtiquetteService etiquette;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldPickADayTheServerTakesWhereverTheWednesdayFalls() throws Exception {
        assumeTrue(onPath("bash") && onPath("curl"), "bash and curl run the README's shell");
        List<String> definitions = workdayDefinitions();
        assertThat(definitions).as("the walk-through's and the milestones' workday").hasSize(2);
        List<LocalDate> wednesdays = new ArrayList<>();
        // as far as the contact windows answer: at most two years ahead (Inputs.DECISION_SPAN), the week workday scans included
        LocalDate answered = LocalDate.now(ZoneOffset.UTC).plus(Inputs.DECISION_SPAN).minusWeeks(1);
        for (LocalDate d = LocalDate.of(2027, 1, 6); d.getYear() < 2029 && d.isBefore(answered); d = d.plusWeeks(1)) {
            wednesdays.add(d);
        }
        for (String definition : definitions) {
            Map<LocalDate, LocalDate> picked = runWorkday(definition, wednesdays);
            for (LocalDate wednesday : wednesdays) {
                assertThat(picked.get(wednesday)).as("workday %s", wednesday)
                    .isEqualTo(ClientWorkingDays.onOrAfter(etiquette, "JP", wednesday));
            }
            assertThat(picked.get(CHILDRENS_DAY)).as("past Children's Day").isEqualTo(CHILDRENS_DAY.plusDays(1));
        }

        // the milestone example's order: a Japanese client's; the holiday is refused, the day workday gives taken
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-01T02:00:00Z")));
        LedgerFixture.ClientWithOrder order = LedgerFixture.germanClient(jdbc, "kenji-readme@nakamura.example",
            Instant.parse("2027-03-01T02:00:00Z"), "CONFIRMED");
        jdbc.sql("update client set country = 'JP', time_zone = 'Asia/Tokyo', language = 'ja' where id = :id")
            .param("id", order.clientId()).update();
        String path = "/api/orders/" + order.orderId() + "/milestones";
        ResponseEntity<JsonNode> holiday = api.post(path, milestone(CHILDRENS_DAY), "olivia");
        assertThat(holiday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(holiday.getBody().path("errors").get(0).path("field").asText()).isEqualTo("dueOn");
        LocalDate workday = runWorkday(definitions.get(1), List.of(CHILDRENS_DAY)).get(CHILDRENS_DAY);
        assertThat(api.post(path, milestone(workday), "olivia").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void shouldTakeEveryDayAnExamplePicksByItsWeekdayFromTheServer() throws IOException {
        String readme = Files.readString(README);
        Matcher weekday = Pattern.compile("\\$\\(date -u -d '[^']*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[^']*'")
            .matcher(readme);
        int found = 0;
        while (weekday.find()) {
            found++;
            assertThat(readme.substring(0, weekday.start())).as("a day picked by its weekday: %s", weekday.group()).endsWith("$(workday ");
        }
        assertThat(found).isEqualTo(2);
        for (String field : List.of("\"deliveryDate\": {\"value\": \"'$(", "\"dueOn\": \"'$(")) {
            for (int at = readme.indexOf(field); at >= 0; at = readme.indexOf(field, at + 1)) {
                String line = readme.substring(readme.lastIndexOf('\n', at) + 1, readme.indexOf('\n', at));
                if (!line.contains("\"text\":")) { // a next action of the minutes: any day still to come
                    assertThat(line).as("a day the server checks against the client's calendar").contains(field + "workday ");
                }
            }
        }
    }

    /**
     * The minutes' example takes its two action days from the server's call windows with the client: days the client and the
     * team both work, as the minutes require. It ran {@code read} on two lines, which takes the first only, so the second
     * action's day was empty and the server refused the minutes.
     */
    @Test
    void shouldGiveTheMinutesTwoActionDaysBothTheClientAndTheTeamWork() throws Exception {
        assumeTrue(onPath("bash") && onPath("curl") && onPath("date"), "bash, curl and date run the README's shell");
        Matcher days = Pattern.compile("(?m)^read D1 D2 <<< \\$\\((?:.*\\n)*?.*\\)$").matcher(Files.readString(README));
        assertThat(days.find()).as("the minutes' two days in the README").isTrue();
        String script = days.group().replace("http://localhost:8080", http.getRootUri()) + "\necho \"$D1|$D2\"\n";
        Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(bash.waitFor(2, TimeUnit.MINUTES)).isTrue();

        String[] picked = out.split("\\|", -1);
        assertThat(picked).as("D1|D2: %s", out).hasSize(2).doesNotContain("");
        LocalDate first = LocalDate.parse(picked[0]);
        LocalDate second = LocalDate.parse(picked[1]);
        assertThat(first).as("a day to come").isAfterOrEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(second).isAfter(first);
        for (LocalDate day : List.of(first, second)) {
            assertThat(ClientWorkingDays.onOrAfter(etiquette, "JP", day)).as("the client works on %s", day).isEqualTo(day);
            assertThat(day.getDayOfWeek()).as("the team (Shanghai, Monday to Friday) works on %s", day)
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
    }

    private static String milestone(LocalDate dueOn) {
        return "{\"name\": \"Pre-shipment inspection\", \"dueOn\": \"" + dueOn + "\", \"checklist\": [\"AQL level II agreed\"]}";
    }

    /** Each {@code workday() { ... }} of the README, as written. */
    private static List<String> workdayDefinitions() throws IOException {
        List<String> definitions = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^workday\\(\\) \\{\\n(?:.*\\n)*?\\}$").matcher(Files.readString(README));
        while (m.find()) {
            definitions.add(m.group());
        }
        return definitions;
    }

    /** Runs a README {@code workday} for each day against this server: the day each gives. */
    private Map<LocalDate, LocalDate> runWorkday(String definition, List<LocalDate> days) throws Exception {
        String root = http.getRootUri();
        StringBuilder script = new StringBuilder("M=" + root + "\n")
            .append(definition.replace("http://localhost:8080", root)).append('\n');
        for (LocalDate day : days) {
            script.append("echo \"").append(day).append(" $(workday ").append(day).append(")\"\n");
        }
        Process bash = new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(2, TimeUnit.MINUTES)).isTrue();
        Map<LocalDate, LocalDate> picked = new LinkedHashMap<>();
        for (String line : out.strip().split("\n")) {
            String[] parts = line.trim().split(" ");
            assertThat(parts).as("workday's answer: %s", out).hasSize(2);
            picked.put(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]));
        }
        return picked;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
