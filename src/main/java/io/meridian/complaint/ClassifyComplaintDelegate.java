package io.meridian.complaint;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.calendar.TeamCalendar;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.etiquette.Tier;
import io.meridian.messages.ClientMessages;
import io.meridian.messages.MessageKind;
import io.meridian.outofhours.OutOfHoursReply;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.system.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Classifies the complaint with the complaint-handling table (business rule task): severity,
 * first-response time, handling team, senior contact, channel and guidance, kept with the
 * instance together with the rows that decided. The first response is due that long after the
 * complaint was received. Managers join the candidates when a senior must answer or in a crisis.
 *
 * <p>A complaint received outside the working hours of the team that works the client, crises aside (their channel
 * is open 7×24, seed 003), is due at the end of the team's first working day back when that is later, as an
 * inquiry's reply is: the escalation then holds the team to working time, not to a weekend hour nobody works. A
 * complaint the client sent (not one opened from a detractor score) is confirmed at once by an automatic email that
 * gives its reference, when the team is back and when the personal answer comes ({@link OutOfHoursReply}), unless
 * its answer was due before it was entered: that one stays due at the rule's time, late from the start, as an inquiry's.
 */
@Component
class ClassifyComplaintDelegate implements JavaDelegate {

    private final ComplaintDecisionService decisions;
    private final ComplaintLedger complaints;
    private final ObjectMapper json;
    private final ClientClocks clocks;
    private final OutOfHoursReply outOfHours;

    ClassifyComplaintDelegate(ComplaintDecisionService decisions, ComplaintLedger complaints, ObjectMapper json,
                              ClientClocks clocks, OutOfHoursReply outOfHours) {
        this.decisions = decisions;
        this.complaints = complaints;
        this.json = json;
        this.clocks = clocks;
        this.outOfHours = outOfHours;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ComplaintCategory category = ComplaintCategory.valueOf(ProcessValues.requiredText(execution, Var.CATEGORY));
        Wording wording = Wording.valueOf(ProcessValues.requiredText(execution, Var.WORDING));
        Tier tier = Tier.valueOf(ProcessValues.requiredText(execution, Var.TIER));
        Object value = execution.getVariable(Var.ORDER_VALUE);
        double orderValue = value instanceof Number n ? n.doubleValue() : 0;
        ComplaintDecision d = decisions.decide(category, ProcessValues.requiredText(execution, Var.COUNTRY), null, tier,
            orderValue, wording);
        Instant receivedAt = ProcessValues.instant(execution, Var.RECEIVED_AT, ZoneOffset.UTC);
        Instant now = ClockUtil.now().toInstant();
        Instant ruleDue = receivedAt.plus(d.firstResponse());
        Optional<OutOfHoursReply.Away> away = Optional.empty();
        Instant due = ruleDue;
        // a crisis is answered 7×24: no team calendar to look up; other complaints in the team's working time
        if (!d.crisis()) {
            TeamCalendar team = clocks.team(execution);
            // a complaint whose answer was due before it was entered (a receivedAt days back) gets no automatic receipt: it
            // would promise an answer after the one already owed, and a fresh due time; it stays due at the rule's time
            away = OutOfHoursReply.awayUnlessLate(team, receivedAt, ruleDue, now);
            due = OutOfHoursReply.due(team, receivedAt, ruleDue, away);
        }
        execution.setVariable(Var.SEVERITY, d.severity().name());
        execution.setVariable(Var.FIRST_RESPONSE, d.firstResponse().toString());
        execution.setVariable(Var.FIRST_RESPONSE_DUE_AT, Date.from(due));
        execution.setVariable(Var.CRISIS, d.crisis());
        execution.setVariable(Var.TEAM, d.team());
        execution.setVariable(Var.TEAMS, teams(d.team(), d.seniorContact() || d.crisis()));
        execution.setVariable(Var.SENIOR_CONTACT, d.seniorContact());
        execution.setVariable(Var.CHANNEL, d.channel());
        execution.setVariable(Var.GUIDANCE, String.join("\n", d.guidance()));
        execution.setVariable(Var.FIRED_RULES, write(d.firedRules()));
        execution.setVariable(Var.RULES_VERSION, d.rulesVersion());
        complaints.classified(execution.getProcessBusinessKey(), d, due);
        if (away.isPresent() && !ComplaintHandling.fromDetractorScore(execution)) {
            Instant promised = outOfHours.plan(MessageKind.COMPLAINT_RECEIVED, execution, execution.getProcessBusinessKey(),
                receivedAt, away.get(), now, Map.of("complaintNumber", ProcessValues.requiredText(execution, Var.COMPLAINT_NUMBER),
                    ClientMessages.TEAM, d.team()));
            // for the acknowledgement task's briefing, made in this command: what the client was told (transient: never stored)
            execution.setVariable(Var.RECEIPT_PROMISE, Variables.dateValue(Date.from(promised), true));
        } else if (due.isBefore(now)) {
            // for the acknowledgement task's briefing, made in this command: late on entry (transient: never stored)
            execution.setVariable(Var.LATE_ON_ENTRY, Variables.dateValue(Date.from(due), true));
        }
    }

    static String teams(String team, boolean withManagers) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(team);
        if (withManagers) {
            groups.add(Groups.MANAGERS);
        }
        return String.join(",", groups);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fired rules cannot be written as JSON", e);
        }
    }
}
