package io.meridian.undelivered;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.OutboxMessage.Status;
import io.meridian.outbox.RefusingSmtpServer;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TaskDates;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A staff email the mail server refuses for good (a manager's address mistyped in Camunda Admin) reaches the
 * administrators as a task: sent again once the address is corrected, or left.
 */
@MeridianTest
class UndeliveredStaffEmailTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    Outbox outbox;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void everyTaskHadItsDueAndFollowUpDates() {
        identity.clearAuthentication();
        TaskDates.assertEveryTaskHadDueAndFollowUpDates(engine);
    }

    @Test
    void shouldGiveTheAdministratorsATaskAndSendTheEmailAgainOnceTheAddressIsCorrected() throws Exception {
        String user = "tina" + Long.toString(System.nanoTime(), 36);
        String typo = user + "@meridian.exmaple";
        User tina = identity.newUser(user);
        tina.setFirstName("Tina");
        tina.setLastName("Manager");
        tina.setEmail(typo);
        identity.saveUser(tina);
        Task late = tasks.newTask();
        late.setName("Reply to inquiry — Keller GmbH (DE, B)");
        tasks.saveTask(late);
        OutboxMessage alert = outbox.planInternal(typo, "Escalation level 3: Reply to inquiry", "Open it in Tasklist.\n", late.getId());

        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(typo, "550 5.1.2 <" + typo + ">: Recipient address rejected: Domain not found");
            server.deliverDue(context);
            assertThat(outbox.byId(alert.id()).orElseThrow().status()).isEqualTo(Status.FAILED);

            Task task = fixStaffAddress(alert.id());
            assertThat(task.getName()).isEqualTo("Fix a staff address: email not delivered — " + user);
            assertThat(candidateGroups(task)).containsExactly("camunda-admin");
            assertThat(task.getDueDate()).isNotNull();
            assertThat(task.getFollowUpDate()).isNotNull();
            assertThat((String) tasks.getVariable(task.getId(), UndeliveredStaffEmail.Var.UNDELIVERED))
                .contains("**Not delivered:** Escalation level 3: Reply to inquiry", "- To: " + typo, "- About: [the task Reply to inquiry — Keller GmbH (DE, B)](http://localhost:",
                    "/camunda/app/tasklist/default/#/?task=" + late.getId() + ")", "550 5.1.2",
                    "- Attempts: 1", "- Why it failed: the mail server refused it for good: 550 5.1.2", "**The address of " + user + " (Tina Manager)**", "Correct it in Camunda Admin")
                .containsPattern("\n- \\[The profile of " + user + "\\]\\(http://localhost:\\d+/camunda/app/admin/default/#/users/" + user
                    + "\\?tab=profile\\)");
            String adminFilter = engine.getFilterService().createFilterQuery().filterName("Camunda administrators: open tasks")
                .singleResult().getId();
            ResponseEntity<JsonNode> listed = http.withBasicAuth("demo", "demo").exchange("/engine-rest/filter/" + adminFilter
                + "/list?maxResults=500", HttpMethod.POST, new HttpEntity<>("{}", json()), JsonNode.class);
            assertThat(listed.getBody().findValuesAsText("id")).as("in the administrators' Tasklist filter").contains(task.getId());
            identity.setAuthentication("max", List.of("managers"));
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("a manager does not see it").isZero();
            identity.clearAuthentication();

            ResponseEntity<JsonNode> unchanged = complete(task, "{\"staffEmailOutcome\": {\"value\": \"SEND_AGAIN\"}}");
            assertThat(unchanged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(unchanged.getBody().path("message").asText())
                .contains("the address of " + user + " is still " + typo + " (or none): correct it in Camunda Admin");

            String right = user + "@meridian.example";
            tina = identity.createUserQuery().userId(user).singleResult();
            tina.setEmail(right);
            identity.saveUser(tina);
            ResponseEntity<JsonNode> sent = complete(task, "{\"staffEmailOutcome\": {\"value\": \"SEND_AGAIN\"}}");
            assertThat(sent.getStatusCode()).as("%s", sent.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

            OutboxMessage again = outbox.byId(alert.id()).orElseThrow();
            assertThat(again.status()).isEqualTo(Status.PLANNED);
            assertThat(again.recipient()).isEqualTo(right);
            assertThat(again.delivery().settled().by()).isEqualTo("demo");
            assertThat(again.delivery().settled().note()).isEqualTo("sent again to " + right + " (corrected from " + typo + ")");
            server.deliverDue(context);
            assertThat(server.delivered()).contains(right);
            assertThat(outbox.byId(alert.id()).orElseThrow().status()).isEqualTo(Status.SENT);
        } finally {
            identity.deleteUser(user);
            tasks.deleteTask(late.getId(), true);
        }
    }

    @Test
    void shouldLeaveAnEmailToAnAddressNoUserHasAnyMore() throws Exception {
        String gone = "left" + Long.toString(System.nanoTime(), 36) + "@meridian.exmaple";
        OutboxMessage reminder = outbox.planInternal(gone, "Reminder: Confirm order", "Open it in Tasklist.\n", "task-43");

        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(gone, "550 5.1.1 <" + gone + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);

            Task task = fixStaffAddress(reminder.id());
            assertThat(task.getName()).isEqualTo("Fix a staff address: email not delivered — " + gone);
            assertThat((String) tasks.getVariable(task.getId(), UndeliveredStaffEmail.Var.UNDELIVERED)).contains("**No user has this address now**")
                .as("a reference that is no task, as itself").contains("- About: task-43");
            ResponseEntity<JsonNode> noOne = complete(task, "{\"staffEmailOutcome\": {\"value\": \"SEND_AGAIN\"}}");
            assertThat(noOne.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(noOne.getBody().path("message").asText()).contains("no user had " + gone + " when the email failed");
            ResponseEntity<JsonNode> nothing = complete(task, "{}");
            assertThat(nothing.getBody().path("message").asText()).contains("staffEmailOutcome is required");

            assertThat(complete(task, "{\"staffEmailOutcome\": {\"value\": \"LEAVE\"}}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

            OutboxMessage left = outbox.byId(reminder.id()).orElseThrow();
            assertThat(left.status()).isEqualTo(Status.FAILED);
            assertThat(left.delivery().settled().by()).isEqualTo("demo");
            assertThat(left.delivery().settled().note()).isEqualTo("left as it is");
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reminder.id()).count()).isZero();
        }
    }

    private Task fixStaffAddress(String messageId) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(messageId).singleResult();
        assertThat(task).as("the task for message " + messageId).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(UndeliveredStaffEmail.Activity.FIX_STAFF_ADDRESS);
        return task;
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private ResponseEntity<JsonNode> complete(Task task, String variables) {
        HttpHeaders headers = json();
        return http.withBasicAuth("demo", "demo").exchange("/engine-rest/task/" + task.getId() + "/complete", HttpMethod.POST,
            new HttpEntity<>("{\"variables\": " + variables + "}", headers), JsonNode.class);
    }
}
