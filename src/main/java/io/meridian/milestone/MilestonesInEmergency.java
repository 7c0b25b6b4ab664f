package io.meridian.milestone;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.meridian.emergency.ClientTold;
import io.meridian.emergency.EmergencyPlan;
import io.meridian.milestone.OrderMilestone.Activity;
import io.meridian.milestone.OrderMilestone.State;
import io.meridian.milestone.OrderMilestone.Var;
import io.meridian.moments.TeamMoments;
import io.meridian.process.BriefingSection;
import io.meridian.process.ClientVariables;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A key milestone the client has not confirmed while its order has an emergency open (a production delay or logistics
 * hold): for the client they are one matter, the day they are asked to confirm and the delay that may move it (DOMAIN:
 * an exception notice gives the cause, the solution and the expected recovery; a key milestone is confirmed by the client
 * with a checklist). The emergency's roles name each milestone still waiting, so that the exception notice says whether it
 * holds; "Confirm the milestone" names the emergency and what the client was told, so that the order desk checks the day
 * with the client before recording their confirmation. Before, the order desk saw two tasks with nothing between them.
 */
@Component
class MilestonesInEmergency implements BriefingSection {

    private static final Set<String> ROLES = Set.of(EmergencyPlan.Activity.TALK_TO_SUPPLIER, EmergencyPlan.Activity.SEND_EXCEPTION_NOTICE,
        EmergencyPlan.Activity.DESIGN_FIX);
    private static final Set<State> WAITING = Set.of(State.PLANNED, State.ASKED, State.OVERDUE);

    private final Milestones milestones;

    MilestonesInEmergency(Milestones milestones) {
        this.milestones = milestones;
    }

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        if (Activity.CONFIRM_MILESTONE.equals(task.getTaskDefinitionKey())) {
            return emergencies(task, ProcessValues.text(task, Var.ORDER_ID), teamZone, clientZone);
        }
        String kind = ProcessValues.text(task, EmergencyPlan.Var.KIND);
        if (!ROLES.contains(task.getTaskDefinitionKey()) || kind == null || EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(kind)) {
            return Optional.empty();
        }
        // an order's emergency runs under the order's id
        String orderId = task.getExecution().getProcessBusinessKey();
        if (EmergencyPlan.Activity.SEND_EXCEPTION_NOTICE.equals(task.getTaskDefinitionKey())) {
            tellOpenMilestoneTasks(task, orderId, teamZone, clientZone);
        }
        return waiting(task, orderId, teamZone, clientZone);
    }

    /**
     * A "Confirm the milestone" open when the emergency arises was briefed before it: its briefing gets the emergency added,
     * once per emergency (with the client-facing role, which every order emergency has), so that the order desk sees it on the
     * task they are working.
     */
    private void tellOpenMilestoneTasks(DelegateTask task, String orderId, ZoneId teamZone, ZoneId clientZone) {
        if (orderId == null) {
            return;
        }
        TaskService tasks = task.getProcessEngineServices().getTaskService();
        Map<String, Object> emergency = new HashMap<>();
        emergency.put(EmergencyPlan.Var.KIND, task.getVariable(EmergencyPlan.Var.KIND));
        emergency.put(EmergencyPlan.Var.DESCRIPTION, task.getVariable(EmergencyPlan.Var.DESCRIPTION));
        String paragraph = emergency(emergency);
        for (Task open : tasks.createTaskQuery().taskDefinitionKey(Activity.CONFIRM_MILESTONE)
                .processVariableValueEquals(Var.ORDER_ID, orderId).list()) {
            Object briefing = tasks.getVariableLocal(open.getId(), ClientVariables.BRIEFING);
            tasks.setVariableLocal(open.getId(), ClientVariables.BRIEFING,
                TaskGuidance.cut((briefing == null ? "" : briefing + "\n\n") + paragraph));
        }
    }

    /** On an emergency role: each milestone of the order the client has not confirmed, and what to do about it. */
    private Optional<String> waiting(DelegateTask task, String orderId, ZoneId teamZone, ZoneId clientZone) {
        if (orderId == null) {
            return Optional.empty();
        }
        Instant now = ClockUtil.now().toInstant();
        String todo = EmergencyPlan.Activity.SEND_EXCEPTION_NOTICE.equals(task.getTaskDefinitionKey())
            ? "Say in the exception notice whether it still holds, with the expected recovery against its day."
            : "Tell the order desk and sales whether it still holds, so that the client confirms a day that is true.";
        String text = milestones.ofOrder(orderId, now).stream().filter(m -> WAITING.contains(m.state()))
            .map(m -> "**Key milestone awaiting the client's confirmation:** " + m.name() + ", " + TeamMoments.at(m.dueAt(), clientZone)
                + " client time, " + TeamMoments.at(m.dueAt(), teamZone) + " team time (" + where(m, clientZone) + "). " + todo)
            .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String where(Milestones.Milestone m, ZoneId clientZone) {
        return switch (m.state()) {
            case PLANNED -> "its checklist goes to the client " + TeamMoments.at(m.askAt(), clientZone) + " client time";
            case ASKED -> "the client has its checklist; the order desk's \"Confirm the milestone\" waits for their confirmation";
            default -> "it has come without the client's confirmation; \"Confirm the milestone\" is escalating";
        };
    }

    /** On "Confirm the milestone": each emergency open on the order, with what the client's exception notice told them. */
    private Optional<String> emergencies(DelegateTask task, String orderId, ZoneId teamZone, ZoneId clientZone) {
        if (orderId == null) {
            return Optional.empty();
        }
        RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
        List<ProcessInstance> plans = runtime.createProcessInstanceQuery().processDefinitionKey(EmergencyPlan.KEY)
            .processInstanceBusinessKey(orderId).list();
        String text = plans.stream().map(plan -> runtime.getVariables(plan.getId(), List.of(EmergencyPlan.Var.KIND,
                EmergencyPlan.Var.DESCRIPTION)))
            .filter(v -> !EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(v.get(EmergencyPlan.Var.KIND)))
            .map(MilestonesInEmergency::emergency)
            .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String emergency(Map<String, Object> v) {
        return "**Emergency open on this order:** " + ClientTold.of(v)
            + ". Ask the client whether this milestone still holds before you record their confirmation, in line with what the"
            + " client was last told.";
    }
}
