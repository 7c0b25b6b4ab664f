package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each demo user against each protected action: allowed for exactly the users listed, refused
 * for every other. Add a row when a new protected action lands (rules upload, inquiries, ...).
 */
class RoleMatrixTest extends ServerTest {

    static final List<String> USERS = List.of("demo", "sam", "olivia", "leo", "sue", "max", "ana", "shop");
    static final Set<String> TEAM_USERS = Set.of("demo", "sam", "olivia", "leo", "sue", "max");

    /** The probe task each user's group works (demo is in every group). */
    static final Map<String, Set<String>> OWN_TASKS = Map.of(
        "demo", Set.of("salesTask", "orderDeskTask", "logisticsTask", "supportTask", "managersTask"),
        "sam", Set.of("salesTask"), "olivia", Set.of("orderDeskTask"), "leo", Set.of("logisticsTask"),
        "sue", Set.of("supportTask"), "max", Set.of("managersTask"), "ana", Set.of(), "shop", Set.of());

    /** Who reads client records (the teams and integrations; not analysts). */
    static final Set<String> RECORD_READERS = Set.of("demo", "sam", "olivia", "leo", "sue", "max", "shop");

    private static String matrixInquiry;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ClientLedger clients;

    /** A protected action: what it is, who may do it, and how to tell allowed from refused. */
    record Action(String name, Set<String> allowed, BiFunction<RoleMatrixTest, String, Boolean> attempt) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> matrix() {
        List<Action> actions = List.of(
            new Action("ask the etiquette decision", Set.copyOf(USERS),
                (t, user) -> status(t.postJson("/api/decisions/etiquette", user, "{\"country\":\"JP\"}"), 200)),
            new Action("see exactly their groups' tasks", Set.copyOf(USERS), RoleMatrixTest::seesOnlyOwnTasks),
            new Action("complete a sales task", Set.of("demo", "sam"), (t, user) -> {
                String task = t.probeTask(t.startProbe(), "salesTask");
                return status(t.postJson("/engine-rest/task/" + task + "/complete", user, "{}"), 204);
            }),
            new Action("claim a logistics task", Set.of("demo", "leo"), (t, user) -> {
                String task = t.probeTask(t.startProbe(), "logisticsTask");
                return status(t.postJson("/engine-rest/task/" + task + "/claim", user, "{\"userId\":\"" + user + "\"}"), 204);
            }),
            new Action("give a task to a colleague, and take it back to the team", Set.of("demo", "max"), (t, user) -> {
                String task = t.probeTask(t.startProbe(), "managersTask");
                // a managers task goes to a manager: demo is in every group
                return status(t.postJson("/engine-rest/task/" + task + "/assignee", user, "{\"userId\":\"demo\"}"), 204)
                    && status(t.postJson("/engine-rest/task/" + task + "/unclaim", user, "{}"), 204);
            }),
            new Action("open a complaint", Set.of("demo", "shop", "sam", "sue", "max"), (t, user) -> status(t.postJson(
                "/api/complaints", user, "{\"client\": {\"company\": \"Matrix Ltd\", \"contactName\": \"Mo\", \"email\": \""
                    + user + "-matrix@example.com\", \"country\": \"GB\"}, \"category\": \"BILLING\", \"description\": \"Charged twice.\"}"),
                201)),
            // past the group check, a body without kind or description is a 400; a group not allowed is a 403 first
            new Action("report a production delay or logistics hold", Set.of("demo", "olivia", "leo", "shop"), (t, user) ->
                status(t.postJson("/api/orders/matrix-order/exceptions", user, "{}"), 400)),
            new Action("list inquiries, orders and complaints", RECORD_READERS, (t, user) ->
                Stream.of("/api/inquiries", "/api/orders?size=5", "/api/complaints?status=RECEIVED")
                    .allMatch(path -> status(t.get(path, user), 200))),
            new Action("read an inquiry and the emails planned for it", RECORD_READERS, (t, user) -> {
                String inquiry = t.matrixInquiry();
                return status(t.get("/api/inquiries/" + inquiry, user), 200)
                    && status(t.get("/api/inquiries/" + inquiry + "/messages", user), 200);
            }),
            new Action("change a client (PATCH /api/clients/{id})", Set.of("demo", "sam", "max"), (t, user) -> {
                String client = t.clients.record(new Client(null, "Matrix Ltd", "Mo", user + "-patch-matrix@example.com", "GB", null,
                    null, null, null, "Valves", null, null, null), "test", "role matrix", java.time.Instant.now()).id();
                return status(t.send("PATCH", "/api/clients/" + client, user, "application/json",
                    "{\"tier\": \"A\"}".getBytes(StandardCharsets.UTF_8)), 200);
            }),
            new Action("start a process", Set.of("demo", "shop"), (t, user) -> {
                t.deployProbe();
                return status(t.postJson("/engine-rest/process-definition/key/" + PROBE + "/start", user, "{}"), 200);
            }),
            new Action("correlate a message", Set.of("demo", "shop"), (t, user) -> {
                String instance = t.startProbe();
                return status(t.postJson("/engine-rest/message", user,
                    "{\"messageName\":\"ProbeEvent\",\"processInstanceId\":\"" + instance + "\"}"), 204);
            }),
            // the integrations read their records over /api, not every process with its variables
            new Action("read a process instance's variables", Set.of("demo"), (t, user) -> {
                String instance = t.startProbe();
                return status(t.get("/engine-rest/process-instance/" + instance + "/variables", user), 200);
            }),
            new Action("list running processes", Set.of("demo"), (t, user) -> {
                String instance = t.startProbe();
                Answer listed = t.get("/engine-rest/process-instance?maxResults=10&processInstanceIds=" + instance, user);
                assertThat(listed.status()).as(listed.body()).isEqualTo(200);
                return listed.body().contains(instance);
            }),
            new Action("change a variable of a running process", Set.of("demo"), (t, user) -> {
                String instance = t.startProbe();
                return status(t.send("PUT", "/engine-rest/process-instance/" + instance + "/variables/paid", user, "application/json",
                    "{\"value\": true, \"type\": \"Boolean\"}".getBytes(StandardCharsets.UTF_8)), 204);
            }),
            new Action("move a running process to another step", Set.of("demo"), (t, user) -> {
                String instance = t.startProbe();
                return status(t.postJson("/engine-rest/process-instance/" + instance + "/modification", user,
                    "{\"skipCustomListeners\": true, \"instructions\": [{\"type\": \"cancel\", \"activityId\": \"orderDeskTask\"},"
                        + " {\"type\": \"startBeforeActivity\", \"activityId\": \"orderDeskEnd\"}]}"), 204);
            }),
            new Action("suspend a running process", Set.of("demo"), (t, user) -> {
                String instance = t.startProbe();
                return status(t.send("PUT", "/engine-rest/process-instance/" + instance + "/suspended", user, "application/json",
                    "{\"suspended\": true}".getBytes(StandardCharsets.UTF_8)), 204);
            }),
            new Action("start a process at a step of their choosing", Set.of("demo"), (t, user) -> {
                t.deployProbe();
                return status(t.postJson("/engine-rest/process-definition/key/" + PROBE + "/start", user,
                    "{\"skipCustomListeners\": true, \"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"logisticsTask\"}]}"),
                    200);
            }),
            new Action("take another team's task, neither theirs nor escalated, to themselves", Set.of("demo"), (t, user) -> {
                String task = t.probeTask(t.startProbe(), "orderDeskTask");
                return status(t.postJson("/engine-rest/task/" + task + "/assignee", user, "{\"userId\":\"" + user + "\"}"), 204);
            }),
            new Action("make their group candidates of another team's task", Set.of("demo"), (t, user) -> {
                String task = t.probeTask(t.startProbe(), "orderDeskTask");
                return status(t.postJson("/engine-rest/task/" + task + "/identity-links", user,
                    "{\"groupId\":\"managers\", \"type\":\"candidate\"}"), 204);
            }),
            new Action("deploy a process", Set.of("demo"), (t, user) -> status(t.send("POST", "/engine-rest/deployment/create",
                user, "multipart/form-data; boundary=XyZ", EngineHardeningTest.multipart("probe.bpmn",
                    resource("security/securityProbe.bpmn"))), 200)),
            new Action("create a user", Set.of("demo"), (t, user) -> status(t.postJson("/engine-rest/user/create", user,
                "{\"profile\":{\"id\":\"new" + user + System.nanoTime() + "\"},\"credentials\":{\"password\":\"a-long-password\"}}"), 204)),
            new Action("grant an authorization", Set.of("demo"), (t, user) -> status(t.postJson("/engine-rest/authorization/create",
                user, "{\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"" + user + "\",\"resourceType\":6,\"resourceId\":\"*\"}"), 200)),
            new Action("log into Tasklist", TEAM_USERS, (t, user) -> t.logIn(user, "tasklist")),
            new Action("log into Cockpit", Set.of("demo"), (t, user) -> t.logIn(user, "cockpit")),
            new Action("log into Admin", Set.of("demo"), (t, user) -> t.logIn(user, "admin")));
        return actions.stream().flatMap(action -> USERS.stream().map(user -> Arguments.of(action, user)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("matrix")
    void shouldAllowExactlyTheListedUsers(Action action, String user) {
        boolean expected = action.allowed().contains(user);
        assertThat(action.attempt().apply(this, user)).as("%s may %s%s", user, expected ? "" : "not ", action.name())
            .isEqualTo(expected);
    }

    private static boolean status(Answer answer, int success) {
        if (answer.status() == success) {
            return true;
        }
        assertThat(answer.status()).as("refused, not failed: " + answer.body()).isIn(401, 403, 404);
        return false;
    }

    private static boolean seesOnlyOwnTasks(RoleMatrixTest t, String user) {
        String instance = t.startProbe();
        Answer answer = t.get("/engine-rest/task?maxResults=100&processInstanceId=" + instance, user);
        assertThat(answer.status()).isEqualTo(200);
        Set<String> keys = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"taskDefinitionKey\":\"([^\"]+)\"").matcher(answer.body());
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertThat(keys).isEqualTo(OWN_TASKS.get(user));
        return true;
    }

    /** One inquiry, started once over the API, for the read rows. */
    String matrixInquiry() {
        if (matrixInquiry == null) {
            Answer started = postJson("/api/inquiries", "shop", """
                {"client": {"company": "Matrix Trading", "contactName": "Mo", "email": "matrix-reader@example.com", "country": "GB"},
                 "inquiry": {"product": "LED panel", "quantity": 10}}""");
            assertThat(started.status()).as(started.body()).isIn(200, 201);
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(started.body());
            assertThat(id.find()).isTrue();
            matrixInquiry = id.group(1);
        }
        return matrixInquiry;
    }

    String startProbe() {
        deployProbe();
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROBE);
        return instance.getId();
    }

    String probeTask(String instance, String key) {
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
        return task.getId();
    }

    boolean logIn(String user, String app) {
        HttpClient browser = browser();
        Answer page = send(browser, HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).GET().build());
        String token = page.raw().headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
        Answer answer = send(browser, HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
            .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return status(answer, 200);
    }
}
