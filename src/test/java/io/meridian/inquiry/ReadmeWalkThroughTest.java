package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The README's walk-through ("The client journey API": the inquiry, then the block that follows it from the quote to
 * the delivery) pasted into bash as a reader does, against this server: every task is done (204), no call is refused,
 * and the order ends delivered. Where the README waits for the server's background step ({@code sleep}), this runs
 * that journey's continuations, as the tests have no job executor. A changed field, path, task id or status in the
 * server that the README still uses fails here. The client's email and the shop's reference are made unique, so that
 * other tests' Nakamura Trading does not answer instead. Skipped without bash, curl and GNU date.
 */
@MeridianTest
class ReadmeWalkThroughTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern TASK_DONE = Pattern.compile("(\\w+) by (\\w+): (\\d{3})");
    private static final Pattern PROBLEM = Pattern.compile("\"status\":\\s*[45]\\d\\d");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;

    @Test
    void shouldTakeTheReadmesJourneyFromTheInquiryToTheDelivery() throws Exception {
        assumeTrue(onPath("bash") && onPath("curl") && gnuDate(), "bash, curl and GNU date run the README's shell");
        String readme = Files.readString(README);
        String email = "kenji-" + UUID.randomUUID() + "@nakamura.example";
        String reference = "SHOP-" + UUID.randomUUID().toString().substring(0, 8);
        String start = adapt(block(readme, "curl -u shop:demo -H 'Content-Type: application/json' http://localhost:8080/api/inquiries -d '{"),
            email, reference);
        String walk = adapt(block(readme, "M=http://localhost:8080\n"), email, reference);
        List<String> steps = splitAtSleeps(walk);
        assertThat(steps).as("the walk-through's waits for the server's background steps").hasSizeGreaterThanOrEqualTo(4);

        Process bash = new ProcessBuilder("bash").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!bash.waitFor(4, TimeUnit.MINUTES)) {
                    bash.destroyForcibly();
                }
            } catch (InterruptedException e) {
                bash.destroyForcibly();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        StringBuilder output = new StringBuilder();
        try (Writer in = new OutputStreamWriter(bash.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader out = new BufferedReader(new InputStreamReader(bash.getInputStream(), StandardCharsets.UTF_8))) {
            String started = run(in, out, start, "start");
            output.append(started);
            String journey = json(started).path("processInstanceId").asText();
            assertThat(journey).as("the inquiry's answer: %s", started).isNotEmpty();
            for (int i = 0; i < steps.size(); i++) {
                output.append(run(in, out, steps.get(i), "step " + i));
                AsyncContinuations.run(engine, journey); // what the README's sleep waits for
            }
            output.append(run(in, out, "echo \"ORDER=$ORDER\"", "order"));
            in.write("exit\n");
        } finally {
            bash.destroy();
        }
        String all = output.toString();

        List<String> tasks = new ArrayList<>();
        Matcher done = TASK_DONE.matcher(all);
        while (done.find()) {
            assertThat(done.group(3)).as("%s by %s, in:%n%s", done.group(1), done.group(2), all).isEqualTo("204");
            tasks.add(done.group(1));
        }
        assertThat(tasks).containsExactly("replyToInquiry", "confirmOrder", "updateProductionProgress", "notifyStockReady", "clearCustoms");
        assertThat(PROBLEM.matcher(all).find()).as("a refused call in:%n%s", all).isFalse();
        Matcher order = Pattern.compile("ORDER=(\\S+)").matcher(all);
        assertThat(order.find()).as(all).isTrue();
        JsonNode delivered = http.withBasicAuth("shop", "demo").getForObject("/api/orders/" + order.group(1), JsonNode.class);
        assertThat(delivered.path("order").path("status").asText()).as("%s", delivered).isEqualTo("DELIVERED");
        assertThat(delivered.path("paid").decimalValue()).isEqualByComparingTo("6250");
        assertThat(delivered.path("order").path("trackingNumber").asText()).isEqualTo("MAEU1234567");
    }

    /** Sends {@code script} to bash and reads what it printed until the marker after it. */
    private static String run(Writer in, BufferedReader out, String script, String name) throws IOException {
        String marker = "@@done " + name;
        in.write(script + "\necho '" + marker + "'\n");
        in.flush();
        StringBuilder printed = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.endsWith(marker)) {
                return printed.append(line, 0, line.length() - marker.length()).append('\n').toString();
            }
            printed.append(line).append('\n');
        }
        throw new AssertionError("bash ended during " + name + ":\n" + printed);
    }

    /** The README's bash block that starts with {@code opening}. */
    private static String block(String readme, String opening) {
        int at = readme.indexOf("```bash\n" + opening);
        assertThat(at).as("a bash block of the README starting %s", opening).isNotNegative();
        int from = at + "```bash\n".length();
        return readme.substring(from, readme.indexOf("\n```", from));
    }

    private String adapt(String script, String email, String reference) {
        return script.replace("http://localhost:8080", http.getRootUri())
            .replace("kenji@nakamura.example", email)
            .replace("SHOP-1001", reference);
    }

    /** The walk-through in the pieces between its waits ({@code sleep 3   # ...}). */
    private static List<String> splitAtSleeps(String walk) {
        List<String> steps = new ArrayList<>();
        StringBuilder step = new StringBuilder();
        for (String line : walk.split("\n")) {
            if (line.matches("sleep \\d+.*")) {
                steps.add(step.toString());
                step.setLength(0);
            } else {
                step.append(line).append('\n');
            }
        }
        steps.add(step.toString());
        return steps;
    }

    private static JsonNode json(String printed) throws IOException {
        String line = printed.lines().filter(l -> l.startsWith("{")).findFirst().orElse("{}");
        return new ObjectMapper().readTree(line);
    }

    private static boolean gnuDate() throws IOException, InterruptedException {
        if (!onPath("date")) {
            return false;
        }
        Process date = new ProcessBuilder("date", "-u", "-d", "next wednesday +13 weeks", "+%F").redirectErrorStream(true).start();
        return date.waitFor(10, TimeUnit.SECONDS) && date.exitValue() == 0;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
