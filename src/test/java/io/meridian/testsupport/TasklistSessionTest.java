package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The test tree's Tasklist login: it claims, hands back and submits a form as Tasklist does, refuses a user who cannot log in, reads a message. */
@MeridianTest
class TasklistSessionTest {

    private static final String PROCESS = "tasklistSessionProbe";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Test
    void shouldSubmitATasksFormAsTasklistDoes() {
        engine.getRepositoryService().createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn",
            Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent().userTask("work")
                // every task of the shared engine has both dates, as the clocks set them (TaskDates)
                .camundaCandidateGroups("sales").camundaDueDate("2030-01-07T09:00:00").camundaFollowUpDate("2030-01-07T09:00:00")
                .endEvent().done()).deploy();
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        TasklistSession sam = TasklistSession.logIn(port, "sam");

        HttpResponse<String> listed = sam.read("/task?processInstanceId=" + instance + "&maxResults=5");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).as("the task list Tasklist reads").contains(task);
        assertThat(TasklistSession.logIn(port, "olivia").read("/task?processInstanceId=" + instance + "&maxResults=5").body())
            .as("another team's user reads with their own grants").doesNotContain(task);

        // Tasklist's Claim button, then the × beside the assignee's name
        assertThat(sam.taskAction(task, "claim", "{\"userId\": \"sam\"}").statusCode()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("sam");
        assertThat(sam.taskAction(task, "unclaim", "{}").statusCode()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();

        HttpResponse<String> submitted = sam.submitForm(task, Map.of("note", "agreed on the phone", "pieces", 12));

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("completed").isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).list())
            .extracting(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)
            .contains(Tuple.tuple("note", "agreed on the phone"), Tuple.tuple("pieces", 12));

        HttpResponse<String> again = sam.submitForm(task, Map.of("note", "twice"));
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(TasklistSession.message(again)).as("the answer's message, as Tasklist shows it").startsWith("This task is no longer open");
    }

    @Test
    void shouldRefuseAUserWhoCannotLogIn() {
        assertThatThrownBy(() -> TasklistSession.logIn(port, "nobody-" + port)).isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("nobody-" + port + " could not log in to Tasklist: ");
    }
}
