package io.meridian.milestone;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.meridian.messages.MessageKind;
import io.meridian.milestone.OrderMilestone.Var;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Three of the client's working days before the milestone (seed 003: 72 hours): the checklist goes to the client (an email of kind {@code milestone-checklist}
 * in the client's next send window, with the milestone in the client's clock) and the ledger marks it asked.
 */
@Component
class SendChecklistDelegate implements JavaDelegate {

    private final Milestones milestones;
    private final ClientMail mail;
    private final ClientClocks clocks;

    SendChecklistDelegate(Milestones milestones, ClientMail mail, ClientClocks clocks) {
        this.milestones = milestones;
        this.mail = mail;
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clocks.decide(execution, now);
        Instant milestoneAt = ProcessValues.instant(execution, Var.MILESTONE_AT, ZoneOffset.UTC);
        List<Map<String, Object>> items = Arrays.stream(ProcessValues.requiredText(execution, Var.CHECKLIST).split("\n"))
            .map(item -> Map.<String, Object>of("item", item)).toList();
        Map<String, Object> v = new HashMap<>();
        v.put("orderNumber", ProcessValues.requiredText(execution, Var.ORDER_NUMBER));
        v.put("milestone", ProcessValues.requiredText(execution, Var.MILESTONE_NAME));
        v.put("milestoneAt", ClientMail.clientTime(milestoneAt, client.zone()));
        v.put("checklist", items);
        String orderId = ProcessValues.requiredText(execution, Var.ORDER_ID);
        mail.plan(execution, MessageKind.MILESTONE_CHECKLIST, v, clocks.clocks().sendAt(client.calendar(), now), orderId);
        milestones.asked(ProcessValues.requiredText(execution, Var.MILESTONE_ID), now);
    }
}
