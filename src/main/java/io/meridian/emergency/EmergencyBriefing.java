package io.meridian.emergency;

import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;

import io.meridian.complaint.ComplaintLedger;
import io.meridian.emergency.EmergencyPlan.Activity;
import io.meridian.emergency.EmergencyPlan.Var;
import io.meridian.names.Words;
import io.meridian.process.BriefingSection;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import io.meridian.system.StaffDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On each role of the emergency plan: what went wrong, this role's part and who holds the other two. */
@Component
@Order(2)
class EmergencyBriefing implements BriefingSection {

    private final EmergencyRoles roles;
    private final StaffDirectory staff;
    private final ComplaintLedger complaints;

    EmergencyBriefing(EmergencyRoles roles, StaffDirectory staff, ComplaintLedger complaints) {
        this.roles = roles;
        this.staff = staff;
        this.complaints = complaints;
    }

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        String kind = ProcessValues.text(task, Var.KIND);
        boolean noCrisis = kind != null && EmergencyClocks.complaintNotCrisis(task);
        String role = switch (task.getTaskDefinitionKey()) {
            // ordinary feedback (seed 003: receive, classify, analyse, respond, verify; answered within 48 hours): the
            // supplier talk is the analysis the complaint's answer needs, not a crisis response
            case Activity.TALK_TO_SUPPLIER -> noCrisis ? "**Your role: talk to the supplier.** This complaint is no crisis: it is "
                + "ordinary feedback, analysed and answered by the complaint's first response, not within 2 hours. Ask the factory "
                + "what caused the problem and what they will do about it, with dates, and record it "
                + (EmergencyClocks.lateOnEntry(task, ClockUtil.now().toInstant()) ? "as soon as you can: the client's answer was due"
                    + " before the complaint was entered, and" : "before the client's answer is due, so that") + " it can give the cause"
                + " and a solution with its timeline."
                : "**Your role: talk to the supplier.** Find out from the "
                + (EmergencyPlan.Kind.LOGISTICS_HOLD.name().equals(kind) ? "carrier, forwarder or port agent" : "factory")
                + " what happened and what they promise, with dates, and record it for the other roles.";
            case Activity.SEND_EXCEPTION_NOTICE -> "**Your role: inform the client.** Tell the client proactively the cause, "
                + "the solution and the expected recovery time; the notice is mailed when you complete this task, "
                + "without waiting for the other roles.";
            case Activity.DESIGN_FIX -> "**Your role: design the fix.** Plan what removes the cause and by when it takes "
                + "effect, so that it does not happen again." + (noCrisis ? " No crisis: the fix takes the complaint's own"
                + " root-cause clock." : "");
            default -> null;
        };
        if (role == null || kind == null) {
            return Optional.empty();
        }
        String about = ProcessValues.text(task, Var.COMPLAINT_NUMBER) != null && EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(kind)
            ? "complaint " + TaskGuidance.value(task, Var.COMPLAINT_NUMBER)
            : "order " + TaskGuidance.value(task, Var.ORDER_NUMBER);
        return Optional.of("**Emergency plan: " + label(kind) + (noCrisis ? ", no crisis" : "") + "** on " + about + ": "
            + TaskGuidance.value(task, Var.DESCRIPTION) + "\n\n" + role + "\n\n**The three roles:** the supplier: "
            + staff.title(roles.supplier(kind)) + "; the client: " + (byTheComplaint(task, kind)
                ? "the complaint's acknowledgement, one email within its 2 hours (no exception notice beside it)"
                : staff.title(roles.client(kind))) + "; the fix: "
            + staff.title(roles.fix(kind)) + "." + openComplaints(task, kind));
    }

    /**
     * An order's emergency while the client has a complaint about that order open: the roles read it, by its number, so that
     * the exception notice agrees with what the complaint's answers tell the client (its team answers "where is our order?").
     */
    private String openComplaints(DelegateTask task, String kind) {
        String clientId = ProcessValues.text(task, ClientClocks.CLIENT_ID);
        String orderId = task.getExecution().getProcessBusinessKey();
        if (EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(kind) || clientId == null || orderId == null) {
            return "";
        }
        return complaints.openAboutOrder(clientId, orderId).stream()
            .map(c -> "\n\n**Open complaint about this order:** " + c.complaintNumber() + " (" + Words.of(c.category()) + ", severity "
                + Words.of(c.severity()) + ", worked by " + staff.title(c.team()) + "): \"" + c.description() + "\". Tell the client what its answers"
                + " tell them, and name it by its number.")
            .collect(Collectors.joining());
    }

    /** A crisis complaint's client hears it in the complaint's acknowledgement alone (the plan's gateway clientRole). */
    static boolean byTheComplaint(DelegateTask task, String kind) {
        return EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(kind) && Boolean.TRUE.equals(task.getVariable("crisis"));
    }

    private static String label(String kind) {
        return switch (EmergencyPlan.Kind.valueOf(kind)) {
            case PRODUCTION_DELAY -> "production delay";
            case LOGISTICS_HOLD -> "logistics hold";
            case QUALITY_COMPLAINT -> "quality complaint";
        };
    }

    @Override
    public Place place() {
        return Place.AFTER_CONTACT_WINDOW;
    }
}
