package io.meridian.emergency;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.meridian.complaint.ComplaintBriefingSection;
import io.meridian.complaint.ComplaintHandling;
import io.meridian.emergency.EmergencyPlan.Var;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A complaint about an order that has an emergency open (a production delay or logistics hold, whose plan informs the client
 * on its own): the complaint's briefing says so, with what the client was told, so that the complaint's answer agrees with the
 * exception notice, where the team answered "where is my order?" without the typhoon hold on it in sight.
 */
@Component
class OrderEmergencyInComplaint implements ComplaintBriefingSection {

    private final ClientToldOnOrderTasks told;

    OrderEmergencyInComplaint(ClientToldOnOrderTasks told) {
        this.told = told;
    }

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        String orderId = ProcessValues.text(task, ComplaintHandling.Var.ORDER_ID);
        if (orderId == null) {
            return Optional.empty();
        }
        RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
        List<ProcessInstance> plans = runtime.createProcessInstanceQuery().processDefinitionKey(EmergencyPlan.KEY)
            .processInstanceBusinessKey(orderId).list();
        String text = Stream.concat(plans.stream().map(plan -> runtime.getVariables(plan.getId(), List.of(Var.KIND, Var.DESCRIPTION,
                    Var.ORDER_NUMBER)))
                .filter(v -> !EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(v.get(Var.KIND)))
                .map(OrderEmergencyInComplaint::paragraph),
                told.paragraph(orderId, null, Map.of(), teamZone, clientZone).stream())
            .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String paragraph(Map<String, Object> v) {
        return "**Emergency open on order " + v.get(Var.ORDER_NUMBER) + ":** " + ClientTold.of(v)
            + ". Answer in line with what the client was last told.";
    }
}
