package io.meridian.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.moments.TeamMoments;
import io.meridian.names.Words;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientVariables;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The complaint a detractor's score calls for (the after-sales check-in, the quarterly survey, the API's scores): the same
 * intake checks and start as any complaint, with the source {@code DETRACTOR}. When the client has a complaint about the
 * same order open already (for a score about no order: one about no order), the score is added to that one instead
 * (DOMAIN: one complaint recorded and followed until the client confirms): no second process, no second crisis alert. Its tasks' briefings show the score (the one
 * open now at once, later ones from {@link Var#LATER_SCORES}), and a comment on its process keeps it; when that complaint is
 * a crisis or was reopened, every manager is told ({@link CrisisDetractorNotice}).
 */
@Component
public class DetractorComplaints {

    /** How a later score reads in the complaint's briefing. */
    static final String LATER_SCORE = "**Detractor score while this complaint is open:**";

    private final ComplaintIntake intake;
    private final ComplaintService complaints;
    private final ComplaintLedger ledger;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineReads engine;
    private final ClientClocks clocks;
    private final CrisisDetractorNotice notice;

    DetractorComplaints(ComplaintIntake intake, ComplaintService complaints, ComplaintLedger ledger, RuntimeService runtime,
                        TaskService tasks, EngineReads engine, ClientClocks clocks, CrisisDetractorNotice notice) {
        this.clocks = clocks;
        this.notice = notice;
        this.intake = intake;
        this.complaints = complaints;
        this.ledger = ledger;
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
    }

    /**
     * The complaint that handles a detractor's score.
     *
     * @param id          the complaint's id
     * @param openAlready true when the score was added to a complaint about the same order (or, without one, about no order)
     *                    that was open already
     */
    public record Handled(String id, boolean openAlready) {
    }

    /**
     * Opens the complaint described by {@code variables} (names of {@link ComplaintHandling.Var}), or adds the score (its
     * description) to the client's open complaint about the same order, or for a score about no order to their open
     * complaint about no order.
     */
    public Handled open(Map<String, ?> variables, Instant now) {
        NewComplaint complaint = intake.read(variables, UnaryOperator.identity(), now, ComplaintHandling.Source.DETRACTOR);
        String clientId = complaint.client().id();
        Optional<ComplaintRecord> open = clientId == null ? Optional.empty()
            : (complaint.orderId() == null ? ledger.openWithoutOrder(clientId) : ledger.openAboutOrder(clientId, complaint.orderId()))
                .stream().filter(c -> running(c.processInstanceId())).findFirst();
        if (open.isPresent()) {
            add(open.get(), complaint, now);
            return new Handled(open.get().id(), true);
        }
        return new Handled(complaints.start(complaint).id(), false);
    }

    /** Whether the complaint's process still runs (a deleted one takes no score: a new complaint opens). */
    private boolean running(String processInstanceId) {
        return processInstanceId != null && engine.asSystem(() -> runtime.createProcessInstanceQuery()
            .processInstanceId(processInstanceId).count() > 0);
    }

    private void add(ComplaintRecord open, NewComplaint score, Instant now) {
        String pi = open.processInstanceId();
        // one line per score: the briefing of a task made later shows each (ComplaintTaskListener)
        String line = TeamMoments.withZone(now, clocks.teamOf(open.clientId()).zone()) + ": "
            + score.description().replaceAll("\\s*\\R\\s*", " ")
            + " (in category " + Words.of(score.category().name()) + "; no second complaint opened)";
        engine.asSystem(() -> {
            Object before = runtime.getVariable(pi, Var.LATER_SCORES);
            runtime.setVariable(pi, Var.LATER_SCORES, before == null ? line : before + "\n" + line);
            tasks.createComment(null, pi, "Detractor score " + line);
            List<Task> openTasks = tasks.createTaskQuery().processInstanceId(pi).list();
            for (Task task : openTasks) {
                if (tasks.getVariableLocal(task.getId(), ClientVariables.BRIEFING) instanceof String briefing) {
                    tasks.setVariableLocal(task.getId(), ClientVariables.BRIEFING, briefing + "\n\n" + LATER_SCORE + " " + line);
                }
            }
            // a client in crisis (or who turned the fix down) scoring us a detractor: the managers who follow it hear of it
            if (CrisisDetractorNotice.concerns(open)) {
                notice.send(open, String.valueOf(runtime.getVariable(pi, Var.COMPANY)), line, openTasks);
            }
            return null;
        });
    }
}
