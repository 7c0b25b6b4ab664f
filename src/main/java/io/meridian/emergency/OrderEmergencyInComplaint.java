package io.meridian.emergency;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.meridian.complaint.ComplaintBriefingSection;
import io.meridian.complaint.ComplaintHandling;
import io.meridian.emergency.EmergencyPlan.Var;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
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

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        String orderId = ProcessValues.text(task, ComplaintHandling.Var.ORDER_ID);
        if (orderId == null) {
            return Optional.empty();
        }
        RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
        List<ProcessInstance> plans = runtime.createProcessInstanceQuery().processDefinitionKey(EmergencyPlan.KEY)
            .processInstanceBusinessKey(orderId).list();
        String text = plans.stream().map(plan -> runtime.getVariables(plan.getId(), List.of(Var.KIND, Var.DESCRIPTION, Var.ORDER_NUMBER,
                Var.CAUSE, Var.SOLUTION, Var.EXPECTED_RECOVERY, Var.NOTICE_PLANNED_AT)))
            .filter(v -> !EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(v.get(Var.KIND)))
            .map(v -> paragraph(v, teamZone, clientZone))
            .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String paragraph(Map<String, Object> v, ZoneId teamZone, ZoneId clientZone) {
        String kind = EmergencyPlan.Kind.PRODUCTION_DELAY.name().equals(v.get(Var.KIND)) ? "production delay" : "logistics hold";
        String told = v.get(Var.NOTICE_PLANNED_AT) == null && v.get(Var.CAUSE) == null
            ? "the client has no exception notice yet (Sales, \"Inform the client\")"
            : "the client's exception notice says: cause: " + v.get(Var.CAUSE) + "; solution: " + v.get(Var.SOLUTION)
                + "; expected recovery: " + recovery(v.get(Var.EXPECTED_RECOVERY), teamZone, clientZone);
        return "**Emergency open on order " + v.get(Var.ORDER_NUMBER) + ":** " + kind + ": " + v.get(Var.DESCRIPTION) + "; " + told
            + ". Answer in line with it.";
    }

    /** The recovery as the notice gave it: a day as typed (the client reads that day), a moment in both clocks. */
    private static String recovery(Object value, ZoneId teamZone, ZoneId clientZone) {
        if (value instanceof Date date) {
            return TaskGuidance.both(date.toInstant(), teamZone, clientZone);
        }
        String text = String.valueOf(value);
        try {
            return TaskGuidance.both(OffsetDateTime.parse(text).toInstant(), teamZone, clientZone);
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
