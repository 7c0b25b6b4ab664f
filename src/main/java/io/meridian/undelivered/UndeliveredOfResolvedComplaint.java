package io.meridian.undelivered;

import java.util.List;

import io.meridian.complaint.ComplaintResolved;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.system.Caller;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A complaint RESOLVED (the client confirmed the fix): a "Reach the client: email not delivered" task about one of its
 * updates (the acknowledgement, the diagnosis, ...) ends, as the client has told the team the matter is settled and nobody
 * sends an old update again. The email stays FAILED, settled by the server with the reason, which is also the task's
 * comment and the process's delete reason, as for a cancelled order ({@link UndeliveredOfCancelledOrder}). The closing
 * report is planned in the same step: if it is not delivered, its own task opens after this. In the closing transaction.
 */
@Component
class UndeliveredOfResolvedComplaint {

    private static final Logger log = LoggerFactory.getLogger(UndeliveredOfResolvedComplaint.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineReads engine;
    private final Outbox outbox;

    UndeliveredOfResolvedComplaint(RuntimeService runtime, TaskService tasks, EngineReads engine, Outbox outbox) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.outbox = outbox;
    }

    @EventListener
    void resolved(ComplaintResolved resolved) {
        String why = "not needed any more: complaint " + resolved.complaintNumber() + " was resolved at " + resolved.at()
            + " (the client confirmed the fix)";
        List<ProcessInstance> open = engine.asSystem(() -> runtime.createProcessInstanceQuery().processDefinitionKey(UndeliveredEmail.KEY)
            .variableValueEquals(UndeliveredEmail.Var.REFERENCE, resolved.complaintId()).list());
        for (ProcessInstance task : open) {
            outbox.settle(task.getBusinessKey(), new OutboxMessage.Settlement(Caller.SYSTEM, resolved.at(), why));
            engine.asSystem(() -> {
                tasks.createComment(null, task.getId(), why);
                runtime.deleteProcessInstance(task.getId(), why);
                return null;
            });
            log.info("Task to reach the client about undelivered email {} ended: {}", task.getBusinessKey(), why);
        }
    }
}
