package io.meridian.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.meridian.complaint.Severity;
import io.meridian.etiquette.Tier;
import io.meridian.rules.CompiledTable;
import io.meridian.system.StaffDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Checks the open user tasks with a due time against the escalation table and applies each
 * level a task has newly reached, once. A run is in two parts: the check reads the tasks that
 * may have reached a new level (see below) and decides each with one version of the table,
 * touching nothing; the apply records and
 * applies each task's new levels in a transaction of its own (a new engine command), so a task
 * that changed since the check (claimed, completed, escalated by another node) holds back only
 * itself: its transaction rolls back, the others' stay.
 * <p>
 * Once per task and level, whatever runs at the same time: the level's row in
 * {@code task_escalation} is inserted before anything else is done to the task. A second run
 * that decided on the same stale picture fails on that row's primary key for that task only,
 * and the task's levels stay as the first run applied them.
 * <p>
 * A task's share of its time counts the working time of the team that works its client (the
 * client's desk, else the whole team), or, for a task on the 7×24 clock, the hours as they pass
 * ({@link ShareClock}): a reminder at 80 % of a task made on Friday afternoon and due when Monday
 * ends comes on Monday, not on Sunday. The share counts from the task's creation, or from when the client raised
 * what it answers where that was earlier ({@link OpenTask#start}): a complaint entered 20 hours after the client
 * sent it, due 24 hours after that, has used most of its time when its task is made.
 * <p>
 * Which tasks a run checks: after a task is checked, the run works out the moment its
 * share reaches the next level's threshold and keeps it in {@code task_escalation_due}
 * ({@link EscalationPlans}); later runs skip the task until then. New tasks, tasks whose due
 * date changed, tasks just escalated and every task after the table changes version have no
 * plan and are checked. The moment comes from the elapsed share at which the table first gives
 * a level above the task's ({@link LevelThresholds}: found by asking the table once per version,
 * kind, tier, severity and level), so it holds for any table whose level never falls as the
 * elapsed share grows.
 * A tier or severity changed on a running task is seen at the task's planned moment.
 * <p>
 * A task whose managers were all alerted as it was made (a crisis complaint's answer, {@link OpenTask#managersAlertedAt})
 * reaches the levels it had then without emailing the managers again: the alert said how late it was and linked it.
 */
@Service
class EscalationSweep {

    private static final Logger log = LoggerFactory.getLogger(EscalationSweep.class);

    /** The result of the check: how many tasks were looked at, those due a new level, and the plans of the others. */
    record Check(int tasksChecked, List<DueEscalation> due, List<EscalationPlans.Plan> plans) {
    }

    /** Beyond this elapsed share a task is not expected to reach a further level; it is checked again after {@link #RECHECK}. */
    static final double LAST_SHARE = 64;
    static final Duration RECHECK = Duration.ofDays(7);

    private final EscalationDecisionService decisions;
    private final DueTasks dueTasks;
    private final TaskEscalations ledger;
    private final EscalationActions actions;
    private final EscalationSettings settings;
    private final StaffDirectory staff;
    private final EscalationPlans plans;
    private final LevelThresholds thresholds;
    private final ShareClocks clocks;
    private volatile List<EscalationListener> listeners = List.of();

    EscalationSweep(EscalationDecisionService decisions, DueTasks dueTasks, TaskEscalations ledger, EscalationActions actions,
                    EscalationSettings settings, StaffDirectory staff, EscalationPlans plans, LevelThresholds thresholds,
                    ShareClocks clocks) {
        this.clocks = clocks;
        this.plans = plans;
        this.thresholds = thresholds;
        this.decisions = decisions;
        this.dueTasks = dueTasks;
        this.ledger = ledger;
        this.actions = actions;
        this.settings = settings;
        this.staff = staff;
    }

    /** Who is told of levels applied and runs finished (the metrics). */
    @Autowired(required = false)
    void listeners(List<EscalationListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /**
     * One run at {@code now} (Camunda's clock) with the services of the engine that runs it, so
     * that each node's sweep job works through its own engine.
     */
    public SweepReport sweep(ProcessEngine engine, Instant now) {
        long start = System.nanoTime();
        Check check = check(now);
        long checked = System.nanoTime();
        List<DueEscalation> batch = check.due().stream()
            .sorted(Comparator.comparingDouble(DueEscalation::elapsedShare).reversed())
            .limit(settings.maxTasksPerSweep()).toList();
        int applied = apply(engine, batch, now);
        keepPlans(engine, check.plans(), now);
        SweepReport report = new SweepReport(check.tasksChecked(), applied, check.due().size() - batch.size(),
            Duration.ofNanos(checked - start), Duration.ofNanos(System.nanoTime() - checked));
        if (report.tasksEscalated() > 0 || report.tasksDeferred() > 0) {
            log.info("Escalation sweep: {} open tasks checked in {} ms, {} escalated in {} ms, {} left for the next run",
                report.tasksChecked(), report.checkTime().toMillis(), report.tasksEscalated(), report.applyTime().toMillis(),
                report.tasksDeferred());
        } else {
            log.debug("Escalation sweep: {} open tasks checked in {} ms, nothing new", report.tasksChecked(),
                report.checkTime().toMillis());
        }
        listeners.forEach(l -> l.swept(report));
        return report;
    }

    /** Reads and decides the open tasks that may have reached a new level; changes nothing. */
    Check check(Instant now) {
        CompiledTable table = decisions.inForce();
        String version = String.valueOf(table.version());
        List<OpenTask> open = dueTasks.toCheck(now, version);
        List<DueEscalation> due = new ArrayList<>();
        List<EscalationPlans.Plan> planned = new ArrayList<>();
        int unknownValues = 0;
        for (OpenTask task : open) {
            Tier tier = parse(Tier.class, task.tier());
            Severity severity = parse(Severity.class, task.severity());
            if ((tier == null && task.tier() != null) || (severity == null && task.severity() != null)) {
                unknownValues++;
            }
            ShareClock clock = clocks.of(task);
            ShareClock.Span span = clock.span(task.start(), task.due());
            double share = span.share(now);
            EscalationDecision decision = decisions.decide(table, task.kind(), tier, severity, share);
            if (decision.level() > task.reachedLevel()) {
                // what the crisis alert told the managers as the task was made: the level reached at that moment
                int alerted = task.managersAlertedAt() == null ? 0
                    : decisions.decide(table, task.kind(), tier, severity, span.share(task.managersAlertedAt())).level();
                due.add(new DueEscalation(task, share, decision, clock, alerted));
            } else {
                planned.add(new EscalationPlans.Plan(task.id(), task.due(),
                    nextLevelAt(table, task, span, tier, severity, task.reachedLevel(), now), version));
            }
        }
        if (unknownValues > 0) {
            log.warn("Escalation sweep: {} tasks have a tier or severity that is not A/B/C or LOW..CRITICAL; B and NORMAL were used",
                unknownValues);
        }
        return new Check(open.size(), due, planned);
    }

    /**
     * The first moment at which the table gives {@code task} a level above {@code level}, never
     * before it and at most {@link LevelThresholds#PRECISION} of the task's span after it; {@code now} plus {@link #RECHECK} when no level
     * above is reached before the elapsed share {@link #LAST_SHARE}.
     */
    Instant nextLevelAt(CompiledTable table, OpenTask task, ShareClock.Span span, Tier tier, Severity severity, int level, Instant now) {
        double threshold = thresholds.above(table, task.kind(), tier, severity, level);
        if (threshold > LAST_SHARE) {
            return now.plus(RECHECK);
        }
        Instant at = span.reaching(threshold);
        return at.isAfter(now) ? at : now;
    }

    /**
     * Keeps the plans of the tasks checked and not escalated, and drops the plans of tasks that
     * are gone, in a transaction of its own: a plan lost to a failure only makes the next run
     * check its task again.
     */
    private void keepPlans(ProcessEngine engine, List<EscalationPlans.Plan> planned, Instant now) {
        try {
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequiresNew()
                .execute(commandContext -> {
                    planned.forEach(plans::plan);
                    plans.dropFinished(now);
                    return null;
                });
        } catch (RuntimeException e) {
            log.info("Escalation sweep: the plans of {} tasks were not kept ({}); the next run checks them again", planned.size(),
                rootMessage(e));
        }
    }

    /**
     * Records and applies each task's escalation in a transaction of its own (a new engine command
     * with a new transaction, also when the sweep job's transaction is open); a task that changed
     * since the check is skipped and logged. Answers how many tasks were escalated.
     */
    int apply(ProcessEngine engine, List<DueEscalation> due, Instant now) {
        if (due.isEmpty()) {
            return 0;
        }
        CommandExecutor ownTransaction = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequiresNew();
        Recipients recipients = new Recipients(staff);
        int applied = 0;
        for (DueEscalation escalation : due.stream().sorted(Comparator.comparing(e -> e.task().id())).toList()) {
            try {
                boolean done = ownTransaction.execute(commandContext -> {
                    if (engine.getTaskService().createTaskQuery().taskId(escalation.task().id()).active().count() == 0) {
                        return false;
                    }
                    ledger.record(escalation, now);
                    actions.apply(engine.getTaskService(), recipients, escalation, now);
                    // the next run plans the task's next level
                    plans.forget(escalation.task().id());
                    return true;
                });
                if (done) {
                    applied++;
                    for (int level = escalation.task().reachedLevel() + 1; level <= escalation.level(); level++) {
                        int reached = level;
                        listeners.forEach(l -> l.escalated(escalation.task().id(), reached));
                    }
                } else {
                    log.info("Escalation sweep: task {} was completed or suspended since the check; nothing applied",
                        escalation.task().id());
                }
            } catch (RuntimeException e) {
                log.info("Escalation sweep: task {} changed since the check ({}); its level {} was not applied by this run",
                    escalation.task().id(), rootMessage(e), escalation.level());
            }
        }
        return applied;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ");
    }

    /** The value of {@code type} a task's text names, in any case; null for none or an unknown one (the table's defaults apply). */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
