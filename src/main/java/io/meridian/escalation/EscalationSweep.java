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
import org.camunda.bpm.engine.ProcessEngineServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks every open user task with a due time against the escalation table and applies each
 * level a task has newly reached, once. A run is in two parts: the check reads all tasks in one
 * query and decides each with one version of the table, touching nothing; the apply records and
 * applies the new levels in one transaction (the sweep job's, when the job executor runs it).
 * <p>
 * Once per task and level, whatever runs at the same time: the level's row in
 * {@code task_escalation} is inserted before anything else is done to the task. A second run
 * that decided on the same stale picture fails on that row's primary key and rolls back
 * completely; its job is retried and then finds the level recorded. Tasks are applied in
 * task-id order so that two runs wait for each other instead of deadlocking.
 */
@Service
public class EscalationSweep {

    private static final Logger log = LoggerFactory.getLogger(EscalationSweep.class);

    /** The result of the check: how many tasks were looked at, and those due a new level. */
    record Check(int tasksChecked, List<DueEscalation> due) {
    }

    private final EscalationDecisionService decisions;
    private final DueTasks dueTasks;
    private final TaskEscalations ledger;
    private final EscalationActions actions;
    private final EscalationSettings settings;
    private final StaffDirectory staff;
    private final TransactionTemplate transaction;

    EscalationSweep(EscalationDecisionService decisions, DueTasks dueTasks, TaskEscalations ledger, EscalationActions actions,
                    EscalationSettings settings, StaffDirectory staff, PlatformTransactionManager transactions) {
        this.decisions = decisions;
        this.dueTasks = dueTasks;
        this.ledger = ledger;
        this.actions = actions;
        this.settings = settings;
        this.staff = staff;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * One run at {@code now} (Camunda's clock) with the services of the engine that runs it, so
     * that each node's sweep job works through its own engine.
     */
    public SweepReport sweep(ProcessEngineServices engine, Instant now) {
        long start = System.nanoTime();
        Check check = check(now);
        long checked = System.nanoTime();
        List<DueEscalation> batch = check.due().stream()
            .sorted(Comparator.comparingDouble(DueEscalation::elapsedShare).reversed())
            .limit(settings.maxTasksPerSweep()).toList();
        apply(engine, batch, now);
        SweepReport report = new SweepReport(check.tasksChecked(), batch.size(), check.due().size() - batch.size(),
            Duration.ofNanos(checked - start), Duration.ofNanos(System.nanoTime() - checked));
        if (report.tasksEscalated() > 0 || report.tasksDeferred() > 0) {
            log.info("Escalation sweep: {} open tasks checked in {} ms, {} escalated in {} ms, {} left for the next run",
                report.tasksChecked(), report.checkTime().toMillis(), report.tasksEscalated(), report.applyTime().toMillis(),
                report.tasksDeferred());
        } else {
            log.debug("Escalation sweep: {} open tasks checked in {} ms, nothing new", report.tasksChecked(),
                report.checkTime().toMillis());
        }
        return report;
    }

    /** Reads and decides every open task with a due time; changes nothing. */
    Check check(Instant now) {
        CompiledTable table = decisions.inForce();
        List<OpenTask> open = dueTasks.openAt(now);
        List<DueEscalation> due = new ArrayList<>();
        int unknownValues = 0;
        for (OpenTask task : open) {
            Tier tier = parse(Tier.class, task.tier());
            Severity severity = parse(Severity.class, task.severity());
            if ((tier == null && task.tier() != null) || (severity == null && task.severity() != null)) {
                unknownValues++;
            }
            double share = task.elapsedShare(now);
            EscalationDecision decision = decisions.decide(table, task.kind(), tier, severity, share);
            if (decision.level() > task.reachedLevel()) {
                due.add(new DueEscalation(task, share, decision));
            }
        }
        if (unknownValues > 0) {
            log.warn("Escalation sweep: {} tasks have a tier or severity that is not A/B/C or LOW..CRITICAL; B and NORMAL were used",
                unknownValues);
        }
        return new Check(open.size(), due);
    }

    /** Records and applies the escalations in one transaction, in task-id order; all or nothing. */
    void apply(ProcessEngineServices engine, List<DueEscalation> due, Instant now) {
        if (due.isEmpty()) {
            return;
        }
        List<DueEscalation> ordered = due.stream().sorted(Comparator.comparing(e -> e.task().id())).toList();
        Recipients recipients = new Recipients(staff);
        transaction.executeWithoutResult(status -> {
            for (DueEscalation escalation : ordered) {
                ledger.record(escalation, now);
                actions.apply(engine.getTaskService(), recipients, escalation, now);
            }
        });
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
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
