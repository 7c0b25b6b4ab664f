package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import io.meridian.rules.PreviewSource;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The open tasks escalation's what-if decides: each read with its process's tier, severity and company, at the share of its time used. */
@MeridianTest
class EscalationPreviewSourceTest {

    private static final String PROCESS = "escalationPreviewProbe";

    @Autowired
    EscalationPreviewSource source;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    io.meridian.calendar.TeamCalendar teamCalendar;

    @Test
    void anOpenTaskIsDecidedWithItsProcesssTierAndSeverityAtTheShareOfItsTimeUsed() {
        deployProbe();
        Instant now = Instant.now();
        String instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("due", Date.from(now.plus(Duration.ofHours(4))),
            "tier", "A", "severity", "HIGH", "company", "Preview Probe Ltd")).getId();
        try {
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            // on the 7×24 clock, as if made six hours ago: six of its ten hours are used
            tasks.setVariableLocal(task.getId(), io.meridian.process.RoundTheClock.VARIABLE, true);
            jdbc.sql("update ACT_RU_TASK set CREATE_TIME_ = :created where ID_ = :id")
                .param("created", Timestamp.from(now.minus(Duration.ofHours(6)))).param("id", task.getId()).update();

            PreviewSource.RunningWork work = source.running().stream().filter(w -> w.id().equals(task.getId())).findFirst().orElseThrow();

            assertThat(work.kind()).isEqualTo("Probe the preview");
            assertThat(work.label()).isEqualTo("Preview Probe Ltd");
            assertThat(work.openTasks()).isEqualTo(1);
            assertThat(work.given()).containsEntry("taskKind", "probeTask").containsEntry("tier", "A").containsEntry("severity", "HIGH");
            assertThat(Double.parseDouble(work.given().get("elapsedShare"))).isCloseTo(0.6, within(0.01));
        } finally {
            runtime.deleteProcessInstance(instance, "test over");
        }
    }

    /** A task that is not on the 7×24 clock is decided at the share of the team's working time it has used, as the sweep counts it. */
    @Test
    void anOpenTaskIsDecidedAtTheShareOfTheTeamsWorkingTimeItHasUsed() {
        deployProbe();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant created = now.minus(Duration.ofDays(3));
        Instant due = now.plus(Duration.ofDays(2));
        String instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("due", Date.from(due))).getId();
        try {
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            jdbc.sql("update ACT_RU_TASK set CREATE_TIME_ = :created where ID_ = :id")
                .param("created", Timestamp.from(created)).param("id", task.getId()).update();

            double share = Double.parseDouble(source.running().stream().filter(w -> w.id().equals(task.getId())).findFirst()
                .orElseThrow().given().get("elapsedShare"));

            // the working time of the whole team (this context has no desks) until the preview ran, within a second
            ShareClock team = ShareClock.workingTime(teamCalendar);
            assertThat(share).isBetween(team.share(created, due, now), team.share(created, due, Instant.now().plusSeconds(1)));
        } finally {
            runtime.deleteProcessInstance(instance, "test over");
        }
    }

    /** The sweep decides a tier or severity it does not know as B and NORMAL (and says so in its log): the what-if does the same. */
    @Test
    void aTaskWithAnUnknownTierOrSeverityIsDecidedAsTheSweepDecidesIt() {
        deployProbe();
        String unknown = runtime.startProcessInstanceByKey(PROCESS, Map.of("due", Date.from(Instant.now().plus(Duration.ofHours(4))),
            "tier", "X", "severity", "urgent")).getId();
        String lowerCase = runtime.startProcessInstanceByKey(PROCESS, Map.of("due", Date.from(Instant.now().plus(Duration.ofHours(4))),
            "tier", "a", "severity", "high")).getId();
        try {
            assertThat(given(unknown)).containsEntry("tier", "B").containsEntry("severity", "NORMAL");
            assertThat(given(lowerCase)).containsEntry("tier", "A").containsEntry("severity", "HIGH");
        } finally {
            runtime.deleteProcessInstance(unknown, "test over");
            runtime.deleteProcessInstance(lowerCase, "test over");
        }
    }

    private Map<String, String> given(String instance) {
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        return source.running().stream().filter(w -> w.id().equals(task)).findFirst().orElseThrow().given();
    }

    private void deployProbe() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repository.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1).startEvent()
                .userTask("probeTask").name("Probe the preview").camundaCandidateGroups("sales").camundaDueDate("${due}").camundaFollowUpDate("${due}")
                .endEvent().done()).deploy();
        }
    }
}
