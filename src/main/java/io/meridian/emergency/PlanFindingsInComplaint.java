package io.meridian.emergency;

import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;

import io.meridian.complaint.ComplaintBriefingSection;
import io.meridian.complaint.ComplaintHandling;
import io.meridian.emergency.EmergencyPlan.Var;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * A quality complaint's later stages (diagnosis, interim solution, root-cause fix, follow-up) answer the client with what its
 * emergency plan found: their briefing gives what the supplier said and promised and the fix designed, as the plan's roles
 * recorded them, or that a role has recorded nothing yet. The supplier role records "for the other roles", but the
 * complaint's forms showed none of it, so the root cause went to the client without the factory's answer in sight.
 */
@Component
class PlanFindingsInComplaint implements ComplaintBriefingSection {

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        if (ComplaintHandling.Activity.ACKNOWLEDGE_COMPLAINT.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();   // the plan opens beside it: nothing recorded yet
        }
        HistoryService history = task.getProcessEngineServices().getHistoryService();
        List<HistoricProcessInstance> plans = history.createHistoricProcessInstanceQuery()
            .superProcessInstanceId(task.getProcessInstanceId()).processDefinitionKey(EmergencyPlan.KEY).orderByProcessInstanceStartTime().asc()
            .list();
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> v = history.createHistoricVariableInstanceQuery().processInstanceId(plans.get(plans.size() - 1).getId())
            .variableNameIn(Var.SUPPLIER_ANSWER, Var.FIX_PLAN, Var.FIX_EFFECTIVE_BY).list().stream()
            .filter(h -> h.getValue() != null)
            .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b));
        Object answer = v.get(Var.SUPPLIER_ANSWER);
        Object fix = v.get(Var.FIX_PLAN);
        return Optional.of("**Emergency plan, the supplier said:** " + (answer == null ? "nothing recorded yet (role \"Talk to the supplier\")" : answer)
            + "\n\n**Emergency plan, the fix designed:** " + (fix == null ? "nothing recorded yet (role \"Design the fix\")"
                : fix + Optional.ofNullable(v.get(Var.FIX_EFFECTIVE_BY)).map(d -> " (in effect by " + day(d) + ")").orElse("")));
    }

    /** The day the fix takes effect as the role gave it, yyyy-mm-dd. */
    private static String day(Object value) {
        if (value instanceof Date date) {
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
            f.setTimeZone(TimeZone.getTimeZone("UTC"));
            return f.format(date);
        }
        return value.toString();
    }
}
