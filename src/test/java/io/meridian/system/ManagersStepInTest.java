package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import io.meridian.testsupport.TasklistSession;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager steps in on late work in Tasklist (whose buttons call these endpoints of the engine API): claims a task
 * escalated to the managers, gives it to a colleague, takes it back to the team; whoever holds a task hands it back; anyone
 * else who tries to give a task away is told who may, and a claim of a task someone holds names who holds it.
 */
class ManagersStepInTest extends ServerTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    /** A sales task escalated to the managers, as the escalation sweep leaves it (README "Escalation": ESCALATE). */
    private Task escalatedSalesTask() {
        deployProbe();
        String instance = runtime.startProcessInstanceByKey(PROBE).getId();
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("salesTask").singleResult();
        tasks.addCandidateGroup(task.getId(), Groups.MANAGERS);
        return task;
    }

    /** What {@code user}'s click in Tasklist sends; status and the message Tasklist shows. */
    private Answer call(String user, String task, String action, String body) {
        HttpResponse<String> answer = TasklistSession.logIn(port, user).taskAction(task, action, body);
        return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), answer.body(), answer);
    }

    @Test
    void shouldLetAManagerGiveAnEscalatedTaskToAColleagueAndTakeItBackToTheTeam() {
        Task task = escalatedSalesTask();

        assertThat(call("max", task.getId(), "claim", "{\"userId\": \"max\"}").status()).isEqualTo(204);
        Answer given = postJson("/engine-rest/task/" + task.getId() + "/assignee", "max", "{\"userId\": \"sam\"}");
        assertThat(given.status()).as(given.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("sam");
        assertThat(get("/engine-rest/task?maxResults=10&assignee=sam&processInstanceId=" + task.getProcessInstanceId(), "sam").body())
            .as("sam sees the task given to him").contains(task.getId());

        Answer back = call("max", task.getId(), "unclaim", "{}");

        assertThat(back.status()).as(back.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    /** A task claimed by mistake, or that someone cannot finish, goes back to the team by the × beside its holder's name. */
    @Test
    void shouldLetWhoeverHoldsATaskHandItBackToTheTeam() {
        Task task = escalatedSalesTask();
        assertThat(call("sam", task.getId(), "claim", "{\"userId\": \"sam\"}").status()).isEqualTo(204);

        Answer back = call("sam", task.getId(), "unclaim", "{}");

        assertThat(back.status()).as(back.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(call("max", task.getId(), "claim", "{\"userId\": \"max\"}").status()).as("free for the team again").isEqualTo(204);
        Answer notHis = call("sam", task.getId(), "unclaim", "{}");
        assertThat(notHis.status()).as("a task someone else holds is not sam's to hand back").isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("max");
    }

    @Test
    void shouldTellATeamMemberWhoMayGiveATaskToSomeoneElse() {
        Task task = escalatedSalesTask();
        assertThat(call("sam", task.getId(), "claim", "{\"userId\": \"sam\"}").status()).isEqualTo(204);

        for (Answer refused : List.of(call("sam", task.getId(), "assignee", "{\"userId\": \"olivia\"}"),
                postJson("/engine-rest/task/" + task.getId() + "/delegate", "sam", "{\"userId\": \"olivia\"}"))) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).contains(EngineRestConfig.ONLY_MANAGERS_ASSIGN).doesNotContain("permission on resource");
        }
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("sam");
    }

    /** A typo or a user who cannot open Tasklist would take the task from the team to nobody who can work it. */
    @Test
    void shouldRefuseToGiveATaskToSomeoneWhoCannotWorkItSayingWhoCan() {
        Task task = escalatedSalesTask();
        assertThat(call("max", task.getId(), "claim", "{\"userId\": \"max\"}").status()).isEqualTo(204);

        Answer typo = call("max", task.getId(), "assignee", "{\"userId\": \"sma\"}");
        Answer analyst = postJson("/engine-rest/task/" + task.getId() + "/assignee", "max", "{\"userId\": \"ana\"}");

        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.body()).contains("There is no user 'sma': give the task to a member of a team by their user id (sales,"
            + " managers)");
        assertThat(analyst.status()).isEqualTo(400);
        assertThat(analyst.body()).contains("ana cannot work tasks in Tasklist (groups: analysts): give the task to a member of a team");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).as("still max's").isEqualTo("max");
    }

    /**
     * A sales task escalated to the managers goes to a salesperson or a manager (or an administrator), not to leo of
     * logistics: whichever way a manager gives it (Tasklist's assignee field, engine-rest's assignee, delegate, or a task
     * update of its assignee or owner), a 400 names the task's teams and leo's.
     */
    @Test
    void shouldRefuseToGiveATaskToAMemberOfAnotherTeamNamingTheTeams() {
        Task task = escalatedSalesTask();
        assertThat(call("max", task.getId(), "claim", "{\"userId\": \"max\"}").status()).isEqualTo(204);
        String path = "/engine-rest/task/" + task.getId();

        List<Answer> refused = List.of(call("max", task.getId(), "assignee", "{\"userId\": \"leo\"}"),
            postJson(path + "/assignee", "max", "{\"userId\": \"leo\"}"),
            postJson(path + "/delegate", "max", "{\"userId\": \"leo\"}"),
            send("PUT", path, "max", "application/json", ("{\"name\": \"Sales task\", \"assignee\": \"leo\"}").getBytes()),
            send("PUT", path, "max", "application/json", ("{\"name\": \"Sales task\", \"assignee\": \"max\", \"owner\": \"leo\"}").getBytes()));

        for (Answer answer : refused) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("leo is not in this task's teams (sales, managers; leo is in logistics): give the task"
                + " to a member of one of them or an administrator");
        }
        Task after = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after.getAssignee()).as("still max's").isEqualTo("max");
        assertThat(after.getOwner()).isNull();
        assertThat(get("/engine-rest/task?maxResults=10&processInstanceId=" + task.getProcessInstanceId(), "leo").body())
            .as("nothing shows the task to leo").doesNotContain(task.getId());
        // the task's own teams and an administrator take it, a delegation too
        assertThat(postJson(path + "/delegate", "max", "{\"userId\": \"sam\"}").status()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getOwner()).isEqualTo("max");
        assertThat(postJson(path + "/assignee", "max", "{\"userId\": \"demo\"}").status()).isEqualTo(204);
        // handed to logistics on purpose: its team a candidate first, as the refusal says
        assertThat(postJson(path + "/identity-links", "max", "{\"groupId\": \"logistics\", \"type\": \"candidate\"}").status())
            .isEqualTo(204);
        assertThat(postJson(path + "/assignee", "max", "{\"userId\": \"leo\"}").status()).isEqualTo(204);
    }

    /**
     * A candidate user may claim the task whatever their team, so a candidate user added by hand is held to the rule an
     * assignee is: leo of logistics, a typo or an analyst made a candidate user of an escalated sales task is a 400 saying
     * why, whoever adds them (a manager, an administrator), and leo cannot take the task; a salesperson may be one.
     */
    @Test
    void shouldRefuseToMakeSomeoneOutsideTheTaskTeamsACandidateUser() {
        Task task = escalatedSalesTask();
        String path = "/engine-rest/task/" + task.getId();

        Answer leo = postJson(path + "/identity-links", "max", "{\"userId\": \"leo\", \"type\": \"candidate\"}");
        Answer typo = postJson(path + "/identity-links", "max", "{\"userId\": \"sma\", \"type\": \"candidate\"}");
        Answer analyst = postJson(path + "/identity-links", "demo", "{\"userId\": \"ana\", \"type\": \"candidate\"}");

        assertThat(leo.status()).as(leo.body()).isEqualTo(400);
        assertThat(leo.body()).contains("Not made a candidate of the task: leo is not in this task's teams (sales, managers;"
            + " leo is in logistics)");
        assertThat(typo.status()).as(typo.body()).isEqualTo(400);
        assertThat(typo.body()).contains("There is no user 'sma'");
        assertThat(analyst.status()).as(analyst.body()).isEqualTo(400);
        assertThat(analyst.body()).contains("ana cannot work tasks in Tasklist (groups: analysts)");
        assertThat(tasks.getIdentityLinksForTask(task.getId())).as("nobody was added").allMatch(link -> link.getUserId() == null);
        assertThat(postJson(path + "/claim", "leo", "{\"userId\": \"leo\"}").status()).isNotEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        Answer sam = postJson(path + "/identity-links", "max", "{\"userId\": \"sam\", \"type\": \"candidate\"}");
        assertThat(sam.status()).as(sam.body()).isEqualTo(204);
    }

    /**
     * A reminder's link followed by someone who no longer sees the task (its client moved to another desk, a manager gave it
     * away): Tasklist's "The task does not exist anymore" is followed by where it is, not by "No matching task with id …".
     */
    @Test
    void shouldSayWhereAnOpenTaskIsToSomeoneWhoNoLongerSeesIt() {
        Task task = escalatedSalesTask();
        assertThat(call("sam", task.getId(), "claim", "{\"userId\": \"sam\"}").status()).isEqualTo(204);

        Answer elsewhere = get("/engine-rest/task/" + task.getId(), "olivia");

        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.body()).containsPattern("This task is still open, but not in your Tasklist: it is with"
            + " (sales, managers|managers, sales), held by sam\\. Its client may have moved to another desk, or a manager gave it to"
            + " someone else; nothing was lost\\.");
        tasks.complete(task.getId());
        assertThat(get("/engine-rest/task/" + task.getId(), "olivia").body()).as("a task done is gone").doesNotContain("still open");
    }

    @Test
    void shouldAnswerAClaimOfATaskSomeoneHoldsWithA409NamingThem() {
        Task task = escalatedSalesTask();
        assertThat(call("sam", task.getId(), "claim", "{\"userId\": \"sam\"}").status()).isEqualTo(204);

        Answer taken = call("max", task.getId(), "claim", "{\"userId\": \"max\"}");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("claimed by sam already: ask sam to hand it back, or a manager to give it to you");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("sam");
    }

    /**
     * A task made by hand (Tasklist's "Create task") belongs to no process, yet it goes to someone who can work it as a
     * process's task does: a typo or an analyst is a 400 whether it is made for them or given to them later, a member of
     * another team than its candidate groups too, and nothing is written; its own team's member takes it.
     */
    @Test
    void aTaskMadeByHandShouldGoOnlyToSomeoneWhoCanWorkIt() {
        String name = "Call the forwarder " + System.nanoTime();
        Answer typo = postJson("/engine-rest/task/create", "demo", "{\"name\": \"" + name + "\", \"assignee\": \"sma\"}");
        Answer analyst = postJson("/engine-rest/task/create", "demo", "{\"name\": \"" + name + "\", \"assignee\": \"ana\"}");

        assertThat(typo.status()).as(typo.body()).isEqualTo(400);
        assertThat(typo.body()).contains("There is no user 'sma': give the task to a member of a team by their user id (sales,");
        assertThat(analyst.status()).as(analyst.body()).isEqualTo(400);
        assertThat(analyst.body()).contains("ana cannot work tasks in Tasklist (groups: analysts)");
        assertThat(tasks.createTaskQuery().taskName(name).count()).as("nothing made").isZero();

        assertThat(postJson("/engine-rest/task/create", "demo", "{\"name\": \"" + name + "\"}").status()).isEqualTo(204);
        Task task = tasks.createTaskQuery().taskName(name).singleResult();
        String path = "/engine-rest/task/" + task.getId();
        try {
            assertThat(postJson(path + "/identity-links", "demo", "{\"groupId\": \"sales\", \"type\": \"candidate\"}").status())
                .isEqualTo(204);
            assertThat(postJson(path + "/unclaim", "demo", "{}").status()).isEqualTo(204);
            Answer claimed = postJson(path + "/claim", "demo", "{\"userId\": \"ana\"}");
            assertThat(claimed.status()).as(claimed.body()).isEqualTo(400);
            assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
            assertThat(postJson(path + "/claim", "demo", "{\"userId\": \"demo\"}").status()).isEqualTo(204);
            List<Answer> refused = List.of(postJson(path + "/assignee", "demo", "{\"userId\": \"sma\"}"),
                postJson(path + "/delegate", "demo", "{\"userId\": \"leo\"}"),
                send("PUT", path, "demo", "application/json", ("{\"name\": \"" + name + "\", \"assignee\": \"demo\", \"owner\": \"leo\"}")
                    .getBytes()));
            for (Answer answer : refused) {
                assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            }
            assertThat(refused.get(1).body()).contains("leo is not in this task's teams (sales; leo is in logistics)");
            Task after = tasks.createTaskQuery().taskId(task.getId()).singleResult();
            assertThat(after.getAssignee()).as("still demo's").isEqualTo("demo");
            assertThat(after.getOwner()).isNull();

            assertThat(postJson(path + "/assignee", "demo", "{\"userId\": \"sam\"}").status()).isEqualTo(204);
            assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("sam");
        } finally {
            tasks.deleteTask(task.getId(), true);
        }
    }
}
