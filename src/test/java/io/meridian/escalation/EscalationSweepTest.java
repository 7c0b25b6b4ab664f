package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.escalation.EscalationSweepProcess.Var;
import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.process.ClientVariables;
import io.meridian.process.RoundTheClock;
import io.meridian.process.TaskGuidance;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.StaffWithoutAddresses;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The escalation sweep on the engine, with a controlled clock: each level once, with its emails,
 * candidate group, task variables and comment; once only when the check runs twice, and when two
 * engines on one database sweep at the same time.
 */
@MeridianTest
class EscalationSweepTest {

    static final Instant T0 = EscalationProbe.T0;
    static final Duration DAY = Duration.ofHours(24);
    static final List<String> SALES = List.of("demo@meridian.example", "sam@meridian.example");
    static final List<String> MANAGERS = List.of("demo@meridian.example", "max@meridian.example");

    @Autowired
    ProcessEngine engine;
    @Autowired
    EscalationSweep sweep;
    @Autowired
    TaskEscalations ledger;
    @Autowired
    Outbox outbox;
    @Autowired
    EscalationSettings settings;
    @Autowired
    ApplicationContext context;

    @Autowired
    DueTasks dueTasks;
    @Autowired
    EtiquetteService etiquette;
    @Autowired
    JdbcClient jdbc;

    EscalationProbe probe;

    @BeforeEach
    void init() {
        probe = new EscalationProbe(engine);
    }

    @AfterEach
    void cleanUp() {
        probe.cleanUp();
    }

    /**
     * The check reads each task's tier and severity through its own process instance: H2 served
     * "not task-local, named tier" from Camunda's (TASK_ID_, NAME_, TYPE_) index and read the tier
     * of every open journey for each task.
     */
    @Test
    void shouldReadATasksVariablesThroughItsOwnProcessInstanceOnly() {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            tasks.add(probe.startTask(Map.of("tier", i % 2 == 0 ? "A" : "C", "severity", "HIGH", "note", "n" + i), DAY));
        }
        String plan = jdbc.sql("explain analyze " + DueTasks.TASKS_BY_ID.replace("{prefix}", "")
            .replace(":ids", "'" + tasks.get(7) + "'")).query(String.class).single();

        Matcher scans = Pattern.compile("ACT_RU_VARIABLE\" \"(TIER|SEVERITY|CID|CLOCK|RAISED)\"(.*?)scanCount: (\\d+)", Pattern.DOTALL).matcher(plan);
        List<Integer> counts = new ArrayList<>();
        while (scans.find()) {
            counts.add(Integer.parseInt(scans.group(3)));
        }
        assertThat(counts).as("index entries read for the tier, the severity, the client, the clock and the client's moment of one task:%n%s", plan)
            .hasSize(5).allSatisfy(count -> assertThat(count).isLessThan(10));

        List<OpenTask> read = dueTasks.toCheck(T0.plusSeconds(60), "no such version").stream()
            .filter(t -> tasks.contains(t.id())).toList();
        assertThat(read).hasSize(tasks.size());
        assertThat(read).filteredOn(t -> t.id().equals(tasks.get(7))).singleElement()
            .satisfies(t -> assertThat(t.tier()).isEqualTo("C"))
            .satisfies(t -> assertThat(t.severity()).isEqualTo("HIGH"));
    }

    @Test
    void shouldDeployTheSweepWithItsTimerOnTheConfiguredCycle() {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(EscalationSweepProcess.KEY).latestVersion().singleResult();
        assertThat(definition).isNotNull();
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(1);
        Job timer = engine.getManagementService().createJobQuery().processDefinitionId(definition.getId()).timers().singleResult();
        assertThat(timer).as("the timer start job").isNotNull();
        assertThat(engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
            .singleResult().getJobConfiguration()).isEqualTo("CYCLE: ${escalationSweepSchedule.cycle}");
        assertThat(settings.sweepCycle()).isEqualTo("R/PT1M");
    }

    @Test
    void shouldRemoveOldSweepRunsFromHistoryEveryNight() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("00:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).as("the cleanup job is scheduled").isNotEmpty();
    }

    @Test
    void shouldSweepWhenTheTimerFiresAndScheduleTheNextRunWithinOneCycle() {
        String task = probe.startTask(Map.of(), DAY);
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(EscalationSweepProcess.KEY).latestVersion().singleResult();
        Job timer = engine.getManagementService().createJobQuery().processDefinitionId(definition.getId()).timers().singleResult();
        Instant firedAt = timer.getDuedate().toInstant().plusSeconds(10);
        ClockUtil.setCurrentTime(Date.from(firedAt));

        execute(timer);

        Job next = engine.getManagementService().createJobQuery().processDefinitionId(definition.getId()).timers().singleResult();
        assertThat(next.getId()).as("the cycle goes on").isNotEqualTo(timer.getId());
        assertThat(next.getDuedate().toInstant()).isAfter(firedAt).isBeforeOrEqualTo(firedAt.plus(Duration.ofMinutes(1)));
        ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(EscalationSweepProcess.KEY).singleResult();
        assertThat(run).as("the check runs in a job of its own").isWaitingAt(EscalationSweepProcess.Activity.CHECK_ESCALATIONS);
        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(20))));
        execute(job(run));
        assertThat(run).isEnded().hasPassed(EscalationSweepProcess.Activity.SWEEP_DUE,
            EscalationSweepProcess.Activity.CHECK_ESCALATIONS, EscalationSweepProcess.Activity.SWEEP_DONE);
        assertThat(ledger.levels(task)).containsExactly(1);
        assertThat(historicVariable(run, Var.TASKS_ESCALATED)).isEqualTo(1);
        assertThat((Integer) historicVariable(run, Var.TASKS_CHECKED)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldClimbOneLevelAtATimeWithEmailsGroupVariablesAndComments() {
        String task = probe.startTask(Map.of(), DAY);

        probe.sweepAt(Duration.ofHours(12));
        assertThat(ledger.levels(task)).as("half-way: nothing yet").isEmpty();
        assertThat(engine.getTaskService().getVariablesLocal(task)).doesNotContainKey(EscalationActions.LEVEL);
        assertThat(outbox.about(task)).isEmpty();

        probe.sweepAt(Duration.ofHours(20));
        assertThat(ledger.levels(task)).containsExactly(1);
        assertThat(localLevel(task)).isEqualTo(1);
        assertThat(localReason(task)).contains("Level 1 at 83 % of the time (7×24) to the due date").contains("pace NORMAL").contains("Pace 7").contains("Steps 10");
        assertThat(recipients(task, "Reminder")).containsExactlyInAnyOrderElementsOf(SALES);
        assertThat(outbox.about(task)).allSatisfy(m -> assertThat(m.plannedAt()).isEqualTo(T0.plus(Duration.ofHours(20))))
            .allSatisfy(m -> assertThat(m.body()).startsWith("Reply to inquiry is due Tue 4 Mar 2025 16:00 (Asia/Shanghai).\n")
                .contains("It has used 83 % of its time (7×24): created ")
                .containsPattern("Open it in Tasklist: http://localhost:\\d+/camunda/app/tasklist/default/#/\\?task=" + task + "\n")
                .contains("Level 1, as it has used 83 % of its time (7×24) to the due date. The team's escalation pace on this task is"
                    + " normal (tier B, severity normal): how soon the team is reminded and managers step in, not how to deal with"
                    + " the client, whose own pace the task's briefing gives.")
                .contains("Decided by the escalation table, version ").contains(": Pace sheet, row 7; Steps sheet, row")
                .doesNotContain("rows Pace").doesNotContain("NORMAL")
                .endsWith("For an operator: task id " + task + ", task kind " + EscalationProbe.KIND + ", process instance "
                    + engine.getTaskService().createTaskQuery().taskId(task).singleResult().getProcessInstanceId() + "."));
        assertThat(probe.comments(task)).singleElement().satisfies(c -> assertThat(c).startsWith("Escalation level 1: reminded ")
            .contains("sam@meridian.example"));
        assertThat(probe.candidateGroups(task)).containsExactly("sales");
        assertThat(managerSees(task)).as("a manager's Tasklist before the escalation").isFalse();

        probe.sweepAt(Duration.ofHours(24));
        assertThat(ledger.levels(task)).containsExactly(1, 2);
        assertThat(localLevel(task)).isEqualTo(2);
        assertThat(probe.candidateGroups(task)).containsExactlyInAnyOrder("sales", "managers");
        assertThat(managerSees(task)).as("a manager's Tasklist after it").isTrue();
        assertThat(outbox.about(task)).as("no second reminder").hasSize(2);
        assertThat(probe.comments(task)).hasSize(2).anySatisfy(c -> assertThat(c).startsWith("Escalation level 2: gave it to Managers (managers) as well"));

        probe.sweepAt(Duration.ofHours(36));
        assertThat(ledger.levels(task)).containsExactly(1, 2, 3);
        assertThat(localLevel(task)).isEqualTo(3);
        assertThat(recipients(task, "Escalation level 3")).containsExactlyInAnyOrderElementsOf(MANAGERS);
        assertThat(outbox.about(task)).hasSize(4);
        assertThat(probe.comments(task)).hasSize(3);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(task)
            .variableName(EscalationActions.LEVEL).singleResult().getValue()).as("in history").isEqualTo(3);
    }

    /**
     * A key account's task escalates on the table's fast pace while the client may be one to be patient with (a Japanese
     * client's pace is slow): the email names the pace as the team's, where "(fast pace, tier A …)" read as advice on the
     * client against the briefing's "pace: slow — be patient".
     */
    @Test
    void shouldNameTheEscalationPaceAsTheTeamsNotTheClients() {
        // a Japanese key account's task with its form's guidance, as the task listener writes it
        String task = probe.startTask(Map.of("tier", "A", ClientVariables.COUNTRY, "JP"), DAY);
        Etiquette japan = etiquette.decide("JP", T0, Tier.A);
        engine.getTaskService().setVariableLocal(task, "guidance", TaskGuidance.guidance(japan, "EMAIL"));
        String other = probe.startTask(Map.of("tier", "A"), DAY);

        probe.sweepAt(Duration.ofHours(13));

        assertThat(outbox.about(task)).isNotEmpty().allSatisfy(m -> assertThat(m.body())
            .contains("Level 1, as it has used 54 % of its time (7×24) to the due date. The team's escalation pace on this task is"
                + " fast (tier A, severity normal): how soon the team is reminded and managers step in, not how to deal with the"
                + " client, whose own pace is slow — be patient, do not push for quick decisions. Decided by the escalation table")
            .doesNotContain("fast pace"));
        assertThat(outbox.about(other)).as("a task whose form gives no guidance points to its briefing").isNotEmpty()
            .allSatisfy(m -> assertThat(m.body()).contains("The team's escalation pace on this task is fast (tier A, severity normal):"
                + " how soon the team is reminded and managers step in, not how to deal with the client, whose own pace the task's"
                + " briefing gives. Decided by the escalation table"));
        assertThat(localReason(task)).contains("(escalation pace FAST, tier A, severity NORMAL)");
    }

    /**
     * The email takes the client's pace from the etiquette's decision for the task's client (its country), not from the wording of
     * the form's guidance: a guidance worded otherwise, or cut short, or naming a pace in a line of its own ("- pace: fast"
     * in a note) still gives the client's own pace; where the email had parsed the guidance's "- pace:" line.
     */
    @Test
    void shouldTakeTheClientsPaceFromTheDecidedValueNotFromTheGuidancesWording() {
        String task = probe.startTask(Map.of("tier", "A", ClientVariables.COUNTRY, "JP"), DAY);
        engine.getTaskService().setVariableLocal(task,
            "guidance", "**Tone:**\n- tempo: unhurried\n\n**Notes:**\n- pace: fast — the buyer's own words on the phone");

        probe.sweepAt(Duration.ofHours(13));

        assertThat(outbox.about(task)).isNotEmpty().allSatisfy(m -> assertThat(m.body())
            .contains("not how to deal with the client, whose own pace is slow — be patient, do not push for quick decisions.")
            .doesNotContain("whose own pace is fast"));
    }

    /** A manager reads in the subject, and in the form, how late the task is, where each named the due time alone and left the sum to them. */
    @Test
    void shouldSayInTheSubjectAndFirstLineHowLateAnOverdueTaskIs() {
        String task = probe.startTask(Map.of(), DAY);
        engine.getTaskService().setVariableLocal(task, "briefing", "**Client:** Keller GmbH, DE, tier B");

        probe.sweepAt(DAY.plus(Duration.ofDays(3)).plusHours(5).plusMinutes(20));

        assertThat((String) engine.getTaskService().getVariableLocal(task, "briefing")).as("the form's first paragraph says it too")
            .startsWith("**Escalated:** level 3 on ").contains(", due Tue 4 Mar 2025 16:00 (Asia/Shanghai), overdue by 3 days 5 h: ");

        assertThat(outbox.about(task)).filteredOn(m -> m.subject().startsWith("Escalation level 3")).isNotEmpty().allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("Escalation level 3: Reply to inquiry was due Tue 4 Mar 2025 16:00 (Asia/Shanghai),"
                + " overdue by 3 days 5 h");
            assertThat(m.body()).startsWith("Reply to inquiry was due Tue 4 Mar 2025 16:00 (Asia/Shanghai), overdue by 3 days 5 h.\n");
        });
    }

    @Test
    void shouldSayOfATaskMadeAfterItsDueTimeThatItWasOverdueWhenMade() {
        String task = probe.startTask(Map.of(), Duration.ofHours(-24));

        probe.sweepAt(Duration.ofMinutes(2));

        assertThat(ledger.levels(task)).containsExactly(1, 2, 3);
        assertThat(localReason(task)).startsWith("Level 3 as the task was created after its due date (escalation pace NORMAL");
        assertThat(outbox.about(task)).filteredOn(m -> m.subject().startsWith("Escalation level 3")).isNotEmpty()
            .allSatisfy(m -> assertThat(m.body()).contains("was overdue when it was made: created ").doesNotContain("of its time"));
    }

    @Test
    void shouldSayFirstInTheFormsBriefingWhyTheTaskWasEscalated() {
        String task = probe.startTask(Map.of(), DAY);
        engine.getTaskService().setVariableLocal(task, "briefing", "**Client:** Keller GmbH, DE, tier B");

        probe.sweepAt(Duration.ofHours(20));
        String first = (String) engine.getTaskService().getVariableLocal(task, "briefing");
        probe.sweepAt(Duration.ofHours(24));
        String second = (String) engine.getTaskService().getVariableLocal(task, "briefing");

        assertThat(first).startsWith("**Escalated:** level 1 on ").contains(": reminded ")
            .as("the zone by its name, never an abbreviation such as CST (China or the US)").containsPattern("on [A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d \\([A-Za-z]+/[A-Za-z_]+\\), due ")
            .endsWith("\n\n**Client:** Keller GmbH, DE, tier B");
        assertThat(second).as("the latest level in place of the one before").startsWith("**Escalated:** level 2 on ")
            .contains("gave it to Managers (managers) as well").doesNotContain("level 1").endsWith("\n\n**Client:** Keller GmbH, DE, tier B");
    }

    @Test
    void shouldKeepTheEscalationAndCutTheBriefingWhereBothAreLongerThanATextVariable() {
        String briefing = "**Client:** " + "x".repeat(4_100);

        String escalated = EscalationActions.escalatedBriefing(briefing, "**Escalated:** level 3 on today: notified managers");

        assertThat(escalated).hasSize(4_000).startsWith("**Escalated:** level 3 on today: notified managers\n\n**Client:** xxx").endsWith("…");
        assertThat(EscalationActions.escalatedBriefing(escalated, "**Escalated:** level 4")).startsWith("**Escalated:** level 4\n\n**Client:** xxx");
        assertThat(EscalationActions.escalatedBriefing("**Escalated:** level 1", "**Escalated:** level 2")).isEqualTo("**Escalated:** level 2");
    }

    @Test
    void shouldRemindTheAssigneeOnlyOnceSomeoneHasClaimedTheTask() {
        String task = probe.startTask(Map.of(), DAY);
        engine.getTaskService().claim(task, "sam");

        probe.sweepAt(Duration.ofHours(20));

        assertThat(recipients(task, "Reminder")).containsExactly("sam@meridian.example");
    }

    @Test
    void shouldEscalateAKeyAccountsTaskEarlier() {
        String keyAccount = probe.startTask(Map.of("tier", "A"), DAY);
        String regular = probe.startTask(Map.of("tier", "B"), DAY);
        String crisis = probe.startTask(Map.of("severity", "CRITICAL"), DAY);

        probe.sweepAt(Duration.ofHours(24));

        assertThat(ledger.levels(keyAccount)).containsExactly(1, 2, 3);
        assertThat(ledger.levels(crisis)).containsExactly(1, 2, 3);
        assertThat(ledger.levels(regular)).containsExactly(1, 2);
    }

    @Test
    void shouldApplyEveryLevelAtOnceWhenATaskJumpsSeveralAndRecordItInOneComment() {
        String task = probe.startTask(Map.of(), DAY);

        probe.sweepAt(Duration.ofHours(40));

        assertThat(ledger.levels(task)).containsExactly(1, 2, 3);
        // a manager among the candidates (demo) has the level-3 notice of the same run, not a reminder besides
        assertThat(recipients(task, "Reminder")).containsExactly("sam@meridian.example");
        assertThat(recipients(task, "Escalation level 3")).containsExactlyInAnyOrderElementsOf(MANAGERS);
        assertThat(probe.comments(task)).singleElement().satisfies(c -> assertThat(c).startsWith("Escalation level 3: reminded")
            .contains("(not Managers (managers): they have the level 3 notice of this run)")
            .contains("gave it to Managers (managers) as well").contains("notified Managers (managers)"));
    }

    /**
     * A late task is never escalated to nobody in silence: the reminder to an assignee without an address and
     * the notice to a managers' group whose members have none go to the administrators, saying for whom.
     */
    @Test
    void shouldTellTheAdministratorsWhenNobodyAnEmailIsForHasAnAddress() {
        try (StaffWithoutAddresses staff = new StaffWithoutAddresses(engine.getIdentityService()).clear("managers")) {
            String ada = staff.user("ada", "{id}@meridian.example", "camunda-admin");
            String walt = staff.user("walt", null);
            String task = probe.startTask(Map.of(), DAY);
            engine.getTaskService().claim(task, walt);

            probe.sweepAt(Duration.ofHours(40));

            assertThat(ledger.levels(task)).containsExactly(1, 2, 3);
            assertThat(outbox.about(task)).extracting(OutboxMessage::subject).containsExactlyInAnyOrder(
                "For the assignee " + walt + ", nobody there to tell: Reminder: Reply to inquiry was due Tue 4 Mar 2025 16:00 (Asia/Shanghai), overdue by 16 h",
                "For Managers (managers), nobody there to tell: Escalation level 3: Reply to inquiry was due Tue 4 Mar 2025 16:00 (Asia/Shanghai), overdue by 16 h");
            assertThat(outbox.about(task)).allSatisfy(m -> {
                assertThat(m.recipient()).isEqualTo(ada + "@meridian.example");
                assertThat(m.body()).startsWith("You get this email as an administrator of Meridian: it was meant for "
                        + (m.subject().contains("Reminder") ? "the assignee " + walt : "Managers (managers)") + ", but ")
                    .contains("Open it in Tasklist: http://localhost:");
            });
            assertThat(probe.comments(task)).singleElement().satisfies(c -> assertThat(c)
                .contains("reminded: nobody in the assignee " + walt + " (they have no email address), so the administrators instead: "
                    + ada + "@meridian.example")
                .contains("notified Managers (managers): nobody in Managers (managers) (no member has an email address (")
                .contains("max").contains("), so the administrators instead: " + ada + "@meridian.example"));
        }
    }

    /** A notice that reaches some of a group says in the task's comment whom it missed, as they have no address. */
    @Test
    void shouldNameInTheCommentTheMembersAnEmailMissed() {
        try (StaffWithoutAddresses staff = new StaffWithoutAddresses(engine.getIdentityService()).clearUser("max")) {
            String task = probe.startTask(Map.of(), DAY);

            probe.sweepAt(Duration.ofHours(40));

            assertThat(recipients(task, "Escalation level 3")).containsExactly("demo@meridian.example");
            assertThat(probe.comments(task)).singleElement().satisfies(c -> assertThat(c)
                .contains("notified Managers (managers) demo@meridian.example (no email address: max)")
                .doesNotContain("administrators"));
        }
    }

    @Test
    void shouldTellItsListenersEachLevelAppliedAndEachRun() {
        // only this test's task counts: other tests of the shared context may leave tasks that are due by then
        Map<String, List<Integer>> levels = new HashMap<>();
        List<SweepReport> runs = new ArrayList<>();
        sweep.listeners(List.of(new EscalationListener() {
            @Override
            public void escalated(String taskId, int level) {
                levels.computeIfAbsent(taskId, t -> new ArrayList<>()).add(level);
            }

            @Override
            public void swept(SweepReport report) {
                runs.add(report);
            }
        }));
        try {
            String task = probe.startTask(Map.of(), DAY);
            SweepReport report = sweep.sweep(engine, T0.plus(Duration.ofHours(40)));
            assertThat(levels.get(task)).containsExactly(1, 2, 3);
            assertThat(runs).containsExactly(report);
            assertThat(report.tasksEscalated()).isEqualTo(levels.size());
        } finally {
            sweep.listeners(context.getBeansOfType(EscalationListener.class).values().stream().toList());
        }
    }

    /**
     * A task made on Friday 7 March 2025 at 16:00 in Shanghai and due when the team's Monday ends (22:00) has 20 hours of
     * the team's working time (08:00-22:00, Monday to Friday): 6 on Friday, 14 on Monday. A regular client's task
     * (reminder at 80 %, managers at 100 %, told at 150 %) is reminded when 16 of them have passed, on Monday at 18:00,
     * not on Monday at 06:24, when 80 % of the hours as they pass are gone; the same task on the 7×24 clock is.
     */
    @Test
    void shouldCountTheTeamsWorkingTimeSoThatAFridayTaskIsNotRemindedBeforeTheTeamIsBack() {
        Instant friday = Instant.parse("2025-03-07T08:00:00Z");
        Instant mondayEnds = Instant.parse("2025-03-10T14:00:00Z");
        String working = probe.startTaskInWorkingTime(Map.of("tier", "B"), friday, mondayEnds);
        String crisis = probe.startTaskInWorkingTime(Map.of("tier", "B"), friday, mondayEnds);
        engine.getTaskService().setVariableLocal(crisis, RoundTheClock.VARIABLE, true);

        // Monday 07:00 in Shanghai, before the team is back
        EscalationSweep.Check early = sweep.check(Instant.parse("2025-03-09T23:00:00Z"));
        assertThat(mine(early, working)).as("6 of 20 working hours passed").isEmpty();
        assertThat(mine(early, crisis)).singleElement().satisfies(e -> assertThat(e.level()).isEqualTo(1));
        Instant mondayAt18 = Instant.parse("2025-03-10T10:00:00Z");
        assertThat(early.plans()).filteredOn(p -> p.taskId().equals(working)).singleElement()
            .satisfies(p -> assertThat(p.nextDue()).as("planned for when 80 %% of its working time has passed (to the second)")
                .isBetween(mondayAt18, mondayAt18.plusSeconds(1)));

        assertThat(mine(sweep.check(mondayAt18.minusSeconds(1)), working)).isEmpty();
        assertThat(mine(sweep.check(mondayAt18), working)).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(1);
            assertThat(e.reason()).contains("Level 1 at 80 % of the working time to the due date");
        });
        // 150 %: 10 working hours after the due time, Tuesday at 18:00 in Shanghai (the hours as they pass: Wednesday 13:00)
        Instant tuesdayAt18 = Instant.parse("2025-03-11T10:00:00Z");
        assertThat(mine(sweep.check(tuesdayAt18.minusSeconds(1)), working)).singleElement().satisfies(e -> assertThat(e.level()).isEqualTo(2));
        assertThat(mine(sweep.check(tuesdayAt18), working)).singleElement().satisfies(e -> assertThat(e.level()).isEqualTo(3));
    }

    @Test
    void shouldEscalateOnceWhenTheCheckRunsTwice() {
        String task = probe.startTask(Map.of(), DAY);

        probe.sweepAt(Duration.ofHours(40));
        probe.sweepAt(Duration.ofHours(40));
        SweepReport again = sweep.sweep(engine, T0.plus(Duration.ofHours(40)));

        assertThat(again.tasksEscalated()).isZero();
        assertThat(ledger.levels(task)).containsExactly(1, 2, 3);
        assertThat(outbox.about(task)).as("sam reminded, each manager notified once").hasSize(3);
        assertThat(probe.comments(task)).hasSize(1);
        assertThat(probe.candidateGroups(task)).containsExactlyInAnyOrder("sales", "managers");
    }

    @Test
    void shouldApplyEachTaskOnItsOwnWhenARunDecidedOnAStalePicture() {
        String first = probe.startTask(Map.of(), DAY);
        String second = probe.startTask(Map.of(), DAY);
        Instant now = T0.plus(Duration.ofHours(40));
        List<DueEscalation> seenByNodeOne = mine(sweep.check(now), first, second);
        List<DueEscalation> seenByNodeTwo = mine(sweep.check(now), first, second);

        try (SecondNode nodeTwo = new SecondNode(context)) {
            assertThat(sweep.apply(engine, seenByNodeOne.stream().filter(e -> e.task().id().equals(first)).toList(), now)).isEqualTo(1);

            // node two decided both on a picture that is stale for the first: only that one is left out
            assertThat(sweep.apply(nodeTwo.engine(), seenByNodeTwo, now)).isEqualTo(1);
        }
        assertThat(ledger.levels(second)).containsExactly(1, 2, 3);
        assertThat(outbox.about(second)).hasSize(3);
        assertThat(probe.comments(second)).hasSize(1);
        assertThat(probe.candidateGroups(second)).containsExactlyInAnyOrder("sales", "managers");
        assertThat(ledger.levels(first)).containsExactly(1, 2, 3);
        assertThat(outbox.about(first)).hasSize(3);
        assertThat(probe.comments(first)).as("not twice").hasSize(1);
    }

    @Test
    void shouldEscalateTheOthersWhenATaskIsCompletedBetweenCheckAndApply() {
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started.add(probe.startTask(Map.of(), DAY));
        }
        Instant now = T0.plus(Duration.ofHours(40));
        List<DueEscalation> due = mine(sweep.check(now), started.toArray(String[]::new));
        assertThat(due).hasSize(5);
        String completed = started.get(2);
        engine.getTaskService().complete(completed);

        assertThat(sweep.apply(engine, due, now)).isEqualTo(4);

        assertThat(ledger.levels(completed)).isEmpty();
        assertThat(outbox.about(completed)).isEmpty();
        for (String task : started) {
            if (!task.equals(completed)) {
                assertThat(ledger.levels(task)).as(task).containsExactly(1, 2, 3);
                assertThat(probe.comments(task)).as(task).hasSize(1);
                assertThat(outbox.about(task)).as(task).hasSize(3);
            }
        }
    }

    @Test
    void shouldEscalateOnceWhenTwoEnginesOnOneDatabaseSweepAtTheSameTime() throws Exception {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tasks.add(probe.startTask(Map.of("tier", i % 2 == 0 ? "A" : "B"), DAY));
        }
        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(40))));

        try (SecondNode nodeTwo = new SecondNode(context)) {
            ProcessInstance runOne = engine.getRuntimeService().startProcessInstanceByKey(EscalationSweepProcess.KEY);
            ProcessInstance runTwo = nodeTwo.engine().getRuntimeService().startProcessInstanceByKey(EscalationSweepProcess.KEY);
            Job jobOne = job(runOne);
            Job jobTwo = job(runTwo);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            List<Future<Void>> runs = List.of(
                nodes.submit(run(go, () -> engine.getManagementService().executeJob(jobOne.getId()))),
                nodes.submit(run(go, () -> nodeTwo.engine().getManagementService().executeJob(jobTwo.getId()))));
            go.countDown();
            int failed = 0;
            for (Future<Void> run : runs) {
                try {
                    run.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failed++;
                    assertThat(e.getCause()).as("only a conflict on a level another run recorded may fail a run")
                        .satisfiesAnyOf(c -> assertThat(c).hasRootCauseInstanceOf(SQLException.class),
                            c -> assertThat(c).isInstanceOf(DataAccessException.class));
                }
            }
            nodes.shutdown();
            // the failed run is retried by its job, as the job executor would, and finds every level recorded
            for (Job left : engine.getManagementService().createJobQuery().processDefinitionKey(EscalationSweepProcess.KEY)
                .messages().list()) {
                assertThat(left.getRetries()).isLessThan(3);
                nodeTwo.engine().getManagementService().executeJob(left.getId());
            }
            assertThat(failed).isLessThanOrEqualTo(1);
            assertThat(runOne).isEnded();
            assertThat(runTwo).isEnded();
        }
        for (String task : tasks) {
            assertThat(ledger.levels(task)).containsExactly(1, 2, 3);
            assertThat(probe.comments(task)).hasSize(1);
            assertThat(outbox.about(task)).as("sam reminded, each manager notified once").hasSize(3);
            assertThat(probe.candidateGroups(task)).containsExactlyInAnyOrder("sales", "managers");
        }
    }

    private static Callable<Void> run(CountDownLatch go, Runnable work) {
        return () -> {
            go.await();
            work.run();
            return null;
        };
    }

    private static List<DueEscalation> mine(EscalationSweep.Check check, String... tasks) {
        List<String> ids = List.of(tasks);
        return check.due().stream().filter(e -> ids.contains(e.task().id())).toList();
    }

    private Object historicVariable(ProcessInstance run, String name) {
        HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(run.getId()).variableName(name).singleResult();
        return variable.getValue();
    }

    /** Whether max (group managers) may see the task, with authorization checks on as in Tasklist. */
    private boolean managerSees(String task) {
        engine.getIdentityService().setAuthentication("max", List.of("managers"));
        try {
            return engine.getTaskService().createTaskQuery().taskId(task).count() == 1;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private Integer localLevel(String task) {
        return (Integer) engine.getTaskService().getVariableLocal(task, EscalationActions.LEVEL);
    }

    private String localReason(String task) {
        return (String) engine.getTaskService().getVariableLocal(task, EscalationActions.REASON);
    }

    private List<String> recipients(String task, String subjectStart) {
        return outbox.about(task).stream().filter(m -> m.subject().startsWith(subjectStart)).map(OutboxMessage::recipient).toList();
    }

}
