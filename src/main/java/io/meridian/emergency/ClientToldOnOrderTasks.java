package io.meridian.emergency;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.meridian.emergency.EmergencyPlan.Var;
import io.meridian.process.BriefingSection;
import io.meridian.process.ClientVariables;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import io.meridian.system.EngineReads;
import io.meridian.system.StaffDirectory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the client was last told about an order's emergencies ({@link ClientTold}) on every task of the order: in its briefing
 * when the task is made, and written anew on every open task of the order when an exception notice goes, where each form kept
 * what it was made with (no notice yet, or the first emergency's notice while a second had told the client another date), and
 * when an emergency is raised ({@link EmergencyRaisedOnOrderTasks}): an order desk's open task then says that no notice has
 * gone yet, where it said nothing of the emergency until the notice went.
 */
@Component
@Order(3)
class ClientToldOnOrderTasks implements BriefingSection {

    /** Every task of an order's processes (fulfilment, journey, milestones, complaints, emergencies) carries it. */
    static final String ORDER_ID = "orderId";
    private static final String[] PLAN_VARIABLES = {Var.KIND, Var.DESCRIPTION, Var.CAUSE, Var.SOLUTION, Var.EXPECTED_RECOVERY,
        Var.NOTICE_PLANNED_AT};

    private final HistoryService history;
    private final TaskService tasks;
    private final EngineReads engine;
    private final EmergencyRoles roles;
    private final StaffDirectory staff;

    ClientToldOnOrderTasks(HistoryService history, TaskService tasks, EngineReads engine, EmergencyRoles roles, StaffDirectory staff) {
        this.history = history;
        this.tasks = tasks;
        this.engine = engine;
        this.roles = roles;
        this.staff = staff;
    }

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        String orderId = ProcessValues.text(task, ORDER_ID);
        if (orderId == null) {
            return Optional.empty();
        }
        if (task.getProcessDefinitionId() != null && task.getProcessDefinitionId().startsWith(EmergencyPlan.KEY + ":")) {
            // a plan's own role: the plan is not in history until its transaction ends (its first roles are made with it), so
            // it comes with its own variables, as a notice's does
            Map<String, Object> plan = new HashMap<>();
            for (String name : PLAN_VARIABLES) {
                Object value = task.getVariable(name);
                if (value != null) {
                    plan.put(name, value);
                }
            }
            return paragraph(orderId, task.getProcessInstanceId(), plan, teamZone, clientZone);
        }
        return paragraph(orderId, null, Map.of(), teamZone, clientZone);
    }

    @Override
    public Place place() {
        return Place.AFTER_CONTACT_WINDOW;
    }

    /**
     * The paragraph for the tasks of {@code orderId}; {@code planId}'s variables are {@code plan}'s (the plan whose notice goes
     * now: its history is written when the transaction ends).
     */
    Optional<String> paragraph(String orderId, String planId, Map<String, Object> plan, ZoneId teamZone, ZoneId clientZone) {
        return ClientTold.paragraph(plans(orderId, planId, plan), teamZone, clientZone, kind -> staff.title(roles.client(kind)));
    }

    /**
     * Every open task of the plan's order names what the client was last told now, this plan with its variables as they stand
     * (raised: no notice yet; its notice planned: that notice). A complaint's plan has no order of its own to tell.
     */
    void tellTheOrdersTasks(DelegateExecution plan, ZoneId teamZone, ZoneId clientZone) {
        String orderId = ProcessValues.text(plan, ORDER_ID);
        if (orderId == null || EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(ProcessValues.text(plan, Var.KIND))) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        for (String name : PLAN_VARIABLES) {
            Object value = plan.getVariable(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        paragraph(orderId, plan.getProcessInstanceId(), variables, teamZone, clientZone).ifPresent(p -> refresh(orderId, p));
    }

    /** Writes {@code paragraph} into every open task of the order that has a briefing: in place of the one it had, else at its end. */
    void refresh(String orderId, String paragraph) {
        List<Task> open = engine.asSystem(() -> tasks.createTaskQuery().processVariableValueEquals(ORDER_ID, orderId).list());
        for (Task task : open) {
            Object briefing = tasks.getVariableLocal(task.getId(), ClientVariables.BRIEFING);
            if (briefing != null) {
                tasks.setVariableLocal(task.getId(), ClientVariables.BRIEFING, TaskGuidance.cut(replaced(briefing.toString(), paragraph)));
            }
        }
    }

    /**
     * {@code briefing} with {@code paragraph} in place of its {@link ClientTold#HEAD} paragraph, else added at its end, before the
     * closing desk line ("its clock is the team time above"), as when the task was made.
     */
    static String replaced(String briefing, String paragraph) {
        List<String> paragraphs = new ArrayList<>(List.of(briefing.split("\n\n", -1)));
        int at = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).startsWith(ClientTold.HEAD)) {
                at = at < 0 ? i : at;
                paragraphs.remove(i--);
            }
        }
        if (at < 0) {
            int last = paragraphs.size() - 1;
            at = last > 0 && paragraphs.get(last).startsWith(TaskGuidance.DESK_HEAD) ? last : paragraphs.size();
        }
        paragraphs.add(at, paragraph);
        return String.join("\n\n", paragraphs);
    }

    /** The order's emergency plans, running or ended, each its variables by name with {@link ClientTold#RUNNING}. */
    private List<Map<String, Object>> plans(String orderId, String planId, Map<String, Object> plan) {
        List<HistoricProcessInstance> found = engine.asSystem(() -> history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(EmergencyPlan.KEY).processInstanceBusinessKey(orderId).orderByProcessInstanceStartTime().asc().list());
        List<Map<String, Object>> plans = new ArrayList<>();
        boolean current = false;
        for (HistoricProcessInstance p : found) {
            Map<String, Object> v = new HashMap<>();
            if (p.getId().equals(planId)) {
                v.putAll(plan);
                current = true;
            } else {
                for (HistoricVariableInstance variable : engine.asSystem(() -> history.createHistoricVariableInstanceQuery()
                        .processInstanceId(p.getId()).variableNameIn(PLAN_VARIABLES).list())) {
                    if (variable.getTaskId() == null) {
                        v.put(variable.getName(), variable.getValue());
                    }
                }
            }
            v.put(ClientTold.RUNNING, p.getEndTime() == null);
            plans.add(v);
        }
        if (planId != null && !current) {
            Map<String, Object> v = new HashMap<>(plan);
            v.put(ClientTold.RUNNING, true);
            plans.add(v);
        }
        plans.removeIf(v -> EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(v.get(Var.KIND)));
        return plans;
    }
}
