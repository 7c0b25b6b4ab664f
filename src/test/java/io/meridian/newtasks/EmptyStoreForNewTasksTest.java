package io.meridian.newtasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import io.meridian.benchmark.SqlStatementCounter;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new user task starts with an empty variable store: its create listeners read the instance's
 * values through the task and write its own without a query for variables it cannot have, and what
 * they write is kept.
 */
@MeridianTest
class EmptyStoreForNewTasksTest {

    private static final String PROCESS = "emptyStoreForNewTasks";
    private static final String DUE = "2100-01-01T00:00:00";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    SqlStatementCounter sql;

    /** Reads an instance variable through the new task and writes a task-local one from it. */
    public static class CopyToTask implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            task.setVariableLocal("copied", "copy of " + task.getVariable("client"));
        }
    }

    @BeforeEach
    void deploy() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repository.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1).startEvent()
                // dates as text, which reads no variable (the shared engine's tests expect every task to have both)
                .userTask("plain").camundaCandidateGroups("sales").camundaDueDate(DUE).camundaFollowUpDate(DUE)
                .camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, CopyToTask.class)
                .userTask("dueFromVariable").camundaCandidateGroups("sales").camundaDueDate("${due}").camundaFollowUpDate("${due}")
                .camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, CopyToTask.class)
                .endEvent().done()).deploy();
        }
    }

    @Test
    void aNewTaskAsksTheDatabaseForNoVariablesAndKeepsWhatItsListenersWrite() {
        runtime.startProcessInstanceByKey(PROCESS, Map.of("client", "Nakamura Trading", "due", new Date(4_102_444_800_000L)));
        sql.reset();
        String instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("client", "Keller GmbH", "due", new Date(4_102_444_800_000L)))
            .getId();
        Map<String, Long> statements = sql.snapshot();

        assertThat(statements).as("the start wrote the task and the listener's variable")
            .containsKeys("insert ACT_RU_TASK", "insert ACT_RU_VARIABLE")
            .as("and asked for no variables of the task it had just made").doesNotContainKey("select ACT_RU_VARIABLE");
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(tasks.getVariableLocal(task.getId(), "copied")).as("the listener read the instance's value through the task")
            .isEqualTo("copy of Keller GmbH");
    }

    @Test
    void aTaskWhoseDefinitionReadVariablesBeforeItsListenersKeepsItsStore() {
        String instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("client", "Osei Imports", "due", new Date(4_102_444_800_000L)))
            .getId();
        Task plain = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        tasks.setVariableLocal(plain.getId(), "note", "kept");
        tasks.complete(plain.getId());

        Task due = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(due.getTaskDefinitionKey()).isEqualTo("dueFromVariable");
        assertThat(due.getDueDate()).as("the due date its expression read").isEqualTo(new Date(4_102_444_800_000L));
        assertThat(tasks.getVariablesLocal(due.getId())).as("what its listener wrote, and nothing of the task before")
            .containsOnly(Map.entry("copied", "copy of Osei Imports"));
        assertThat(tasks.getVariable(due.getId(), "client")).as("the instance's values through the task").isEqualTo("Osei Imports");
    }
}
