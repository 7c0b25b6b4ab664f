package io.meridian.process;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On creation of every user task of the journey and of order fulfilment: the due date from the
 * clock rules, the follow-up date at the start of the client's next contact window (for the team's own
 * work, which contacts no client, when the team is next at work), and the
 * guidance the task's form shows (task-local variables {@code briefing}, {@code guidance}, {@code why}),
 * and a name that says whom the task is for ({@link TaskLabels}).
 */
@Component
class JourneyTaskListener implements TaskListener {

    /** How the models name it ({@code camunda:delegateExpression}). */
    static final String EXPRESSION = "${journeyTaskListener}";

    private final TaskClocks clocks;
    private final TaskGuidance guidance;
    private final ClientClocks clients;
    private final EmailPreview preview;

    JourneyTaskListener(TaskClocks clocks, TaskGuidance guidance, ClientClocks clients, EmailPreview preview) {
        this.clocks = clocks;
        this.guidance = guidance;
        this.clients = clients;
        this.preview = preview;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant now = ClockUtil.now().toInstant();
        // one etiquette decision for the step: the due time and the guidance use the same client calendar
        ClientClocks.Client client = clients.decide(task, now);
        task.setDueDate(Date.from(clocks.due(task, now, client)));
        if (clocks.roundTheClock(task)) {
            RoundTheClock.mark(task);
        }
        clocks.clientRaisedAt(task).ifPresent(raised -> ClientRaisedAt.mark(task, raised, now));
        TaskLabels.apply(task);
        guidance.render(task, now, client, clocks.contactsClient(task));
        preview.render(task, now, client);
    }
}
