package io.meridian.aftersales;

import java.time.ZoneId;
import java.util.Optional;

import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.process.BriefingSection;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the after-sales check-in asks, and of what: the order delivered and when, the three questions in the words the
 * client is asked them (as the survey email puts them), and for a client who gives feedback indirectly how to ask so that the
 * real opinion comes out: in a personal talk, never before others, asking what could be better, since a mild complaint from an
 * indirect culture can hide a serious problem (DOMAIN.md "Complaints and crises", seeds 000 and 003).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class CheckInBriefing implements BriefingSection {

    static final String CHECK_IN = "**Check-in:**";

    private final OrderLedger orders;
    private final InquiryLedger inquiries;

    CheckInBriefing(OrderLedger orders, InquiryLedger inquiries) {
        this.orders = orders;
        this.inquiries = inquiries;
    }

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        if (!ClientJourney.Activity.AFTER_SALES_CHECK_IN.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(CHECK_IN).append(' ');
        String orderId = ProcessValues.text(task, ClientJourney.Var.ORDER_ID);
        Optional<OrderRecord> order = orderId == null ? Optional.empty() : orders.byId(orderId);
        order.ifPresent(o -> {
            b.append("order ").append(o.orderNumber());
            if (o.deliveredAt() != null) {
                b.append(" was delivered ").append(TaskGuidance.both(o.deliveredAt(), teamZone, clientZone));
            }
            b.append(". ");
        });
        b.append("Ask the client three questions and enter the answers below: how likely they are to recommend us to other "
            + "companies or business partners (NPS, 0 = not at all, 10 = extremely likely), how satisfied they are with our "
            + "products and service (CSAT, 1 = very dissatisfied, 5 = very satisfied) and how much effort it took them to work "
            + "with us (CES, 1 = very little, 7 = a great deal). A score of 0-6 is a detractor: ask what went wrong; a complaint "
            + "opens in that category.");
        if (indirectFeedback(task)) {
            b.append("\n\n**Ask indirectly:** this client does not give criticism openly. Ask in a personal conversation with your "
                + "usual contact, never in front of their colleagues or superiors, and ask what we could do better rather than whether "
                + "anything was wrong. A polite, middling answer can hide a serious problem: note what they hint at in the comment.");
        }
        return Optional.of(b.toString());
    }

    /** Whether the journey's etiquette says the client gives feedback indirectly (the ledger keeps the decision). */
    private boolean indirectFeedback(DelegateTask task) {
        Object variable = task.getVariable(ClientJourney.Var.ETIQUETTE);
        SpinJsonNode etiquette = variable instanceof SpinJsonNode node ? node : Optional.ofNullable(
                ProcessValues.text(task, ClientJourney.Var.INQUIRY_ID)).flatMap(inquiries::etiquette).map(Spin::JSON).orElse(null);
        return etiquette != null && etiquette.hasProp("feedback") && "INDIRECT".equals(etiquette.prop("feedback").stringValue());
    }
}
