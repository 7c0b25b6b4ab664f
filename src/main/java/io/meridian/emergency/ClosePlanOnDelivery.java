package io.meridian.emergency;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.meridian.messages.MessageKind;
import io.meridian.moments.TeamMoments;
import io.meridian.order.OrderFulfilment;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.process.ClientToday;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Order fulfilment ends at the delivery (a terminate end event): an emergency plan of a production delay or logistics
 * hold still open then ends with it, as a complaint's plan ends when the complaint closes. Production and transport
 * are over, so no exception notice reaches the client after the goods arrived (one still waiting in the outbox is
 * withdrawn) and the roles leave Tasklist; a comment on the plan says why. A problem
 * with the delivered goods is a complaint, whose quality plan is its own.
 */
@Component("closePlanOnDelivery")
class ClosePlanOnDelivery implements ExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ClosePlanOnDelivery.class);

    /** The roles in the order the plan names them, as Tasklist shows them. */
    private static final Map<String, String> ROLES = orderedRoles();

    private final ClientClocks clocks;
    private final ClientMail mail;

    ClosePlanOnDelivery(ClientClocks clocks, ClientMail mail) {
        this.clocks = clocks;
        this.mail = mail;
    }

    @Override
    public void notify(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        List<ProcessInstance> plans = runtime.createProcessInstanceQuery().superProcessInstanceId(execution.getProcessInstanceId())
            .processDefinitionKey(EmergencyPlan.KEY).list();
        Object at = execution.getVariable(OrderFulfilment.Var.DELIVERED_AT);
        Instant deliveredAt = at instanceof Date date ? date.toInstant() : ClockUtil.now().toInstant();
        ClientToday day = clocks.today(execution, deliveredAt);
        String delivered = "delivered on " + TeamMoments.day(day.date()) + " in the client's time zone " + day.zone().getId();
        // a notice the mail server has not taken yet would reach the client after the goods: also one of a plan already done
        mail.messages().withdrawWaiting(MessageKind.EXCEPTION_NOTICE, execution.getProcessBusinessKey(), "the order was " + delivered);
        String order = ProcessValues.text(execution, EmergencyPlan.Var.ORDER_NUMBER);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (ProcessInstance plan : plans) {
            Set<String> openTasks = tasks.createTaskQuery().processInstanceId(plan.getId()).list().stream()
                .map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
            List<String> open = ROLES.entrySet().stream().filter(role -> openTasks.contains(role.getKey())).map(Map.Entry::getValue).toList();
            String note = "Closed at the delivery: order " + (order == null ? execution.getProcessBusinessKey() : order) + " was "
                + delivered + " while this plan was open"
                + (open.isEmpty() ? "" : " (open: " + String.join(", ", open) + ")")
                + "; no exception notice goes to the client after the goods arrived. A problem with the delivered goods is a complaint.";
            // a comment on the plan, kept with its history: the terminate end event cancels it next, as the engine's own
            // command (deleting it from here would cancel the call activity of a fulfilment that is ending, which the engine refuses)
            tasks.createComment(null, plan.getId(), note);
            log.info("Emergency plan {} of order {}: {}", plan.getId(), execution.getProcessBusinessKey(), note);
        }
    }

    private static Map<String, String> orderedRoles() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(EmergencyPlan.Activity.TALK_TO_SUPPLIER, "Talk to the supplier");
        roles.put(EmergencyPlan.Activity.SEND_EXCEPTION_NOTICE, "Inform the client");
        roles.put(EmergencyPlan.Activity.DESIGN_FIX, "Design the fix");
        return roles;
    }
}
