package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.meridian.testsupport.CapturesOutput;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * A client's mistake through engine-rest is a 4xx, never a 500, and is logged in one line
 * without a stack trace: an unknown task, a finished task, bad variables, two completions at once.
 */
@CapturesOutput
class EngineRestMistakesTest extends ServerTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private Task salesTask() {
        deployProbe();
        String pi = runtime.startProcessInstanceByKey(PROBE).getId();
        return tasks.createTaskQuery().processInstanceId(pi).taskCandidateGroup(Groups.SALES).singleResult();
    }

    private Answer complete(String taskId, String body) {
        return postJson("/engine-rest/task/" + taskId + "/complete", "demo", body);
    }

    private static void assertLoggedInOneLine(CapturedOutput output, int status) {
        assertThat(output.getOut()).contains("engine-rest answered " + status);
        assertThat(output.getOut()).doesNotContain(" ERROR ").doesNotContain("\tat org.camunda");
    }

    @Test
    void shouldAnswer404ForAnUnknownTask(CapturedOutput output) {
        Answer answer = complete("no-such-task", "{}");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("no-such-task");
        assertLoggedInOneLine(output, 404);
    }

    @Test
    void shouldAnswer404ForAFinishedTask(CapturedOutput output) {
        Task task = salesTask();
        assertThat(complete(task.getId(), "{}").status()).isEqualTo(204);

        Answer again = complete(task.getId(), "{}");

        assertThat(again.status()).isEqualTo(404);
        assertLoggedInOneLine(output, 404);
    }

    @Test
    void shouldAnswer400ForAUserOrGroupIdTheEngineDoesNotTake(CapturedOutput output) {
        Answer user = postJson("/engine-rest/user/create", "demo", "{\"profile\": {\"id\": \"rest-nobody\", \"firstName\": \"Rest\","
            + " \"lastName\": \"Nobody\", \"email\": \"rest@example.com\"}, \"credentials\": {\"password\": \"a-real-secret-2027\"}}");
        assertThat(user.status()).isEqualTo(400);
        assertThat(user.body()).contains("rest-nobody", "is not a valid resource identifier");
        Answer group = postJson("/engine-rest/group/create", "demo", "{\"id\": \"no group\", \"name\": \"No group\", \"type\": \"WORKFLOW\"}");
        assertThat(group.status()).isEqualTo(400);
        assertThat(group.body()).contains("no group");
        assertLoggedInOneLine(output, 400);
    }

    @Test
    void shouldAnswer400ForBadVariables(CapturedOutput output) {
        Task task = salesTask();

        Answer answer = complete(task.getId(), "{\"variables\": {\"amount\": {\"value\": \"many\", \"type\": \"Integer\"}}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
        assertLoggedInOneLine(output, 400);
        assertThat(postJson("/engine-rest/process-definition/key/" + PROBE + "/start", "demo",
            "{\"variables\": {\"n\": {\"value\": 1, \"type\": \"NoSuchType\"}}}").status()).isEqualTo(400);
    }

    @Test
    void shouldAnswerOneOfTwoCompletionsAtOnceAndTheOtherWithoutA500() throws Exception {
        for (int round = 0; round < 5; round++) {
            Task task = salesTask();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> racing = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                racing.add(pool.submit(() -> {
                    go.await();
                    return send(http, HttpRequest.newBuilder(uri("/engine-rest/task/" + task.getId() + "/complete"))
                        .header("Authorization", basic("demo", PASSWORD)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> answer : racing) {
                statuses.add(answer.get().status());
            }
            pool.shutdown();
            assertThat(statuses).as("round %d", round).containsOnlyOnce(204).allMatch(s -> s == 204 || s == 404 || s == 409);
        }
    }
}
