package io.meridian.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.meridian.messages.ClientDates;
import io.meridian.messages.MessageKind;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.process.ProcessValues;
import io.meridian.progress.ProgressReports.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The report goes to the client (an email of kind {@code progress-report}) in the client's next send window; not for an
 * order CANCELLED meanwhile (its fulfilment deleted without the listeners that stop the reports, noticed at the server's
 * start or its periodic check of running orders): the client gets no report about an order that is off. One planned before
 * the server noticed is withdrawn by the outbox relay just before it would go out.
 */
@Component
class SendProgressReportDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendProgressReportDelegate.class);

    private final ClientMail mail;
    private final ClientClocks clocks;
    private final OrderLedger orders;

    SendProgressReportDelegate(ClientMail mail, ClientClocks clocks, OrderLedger orders) {
        this.mail = mail;
        this.clocks = clocks;
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderId = ProcessValues.requiredText(execution, Var.ORDER_ID);
        if (orders.byId(orderId).map(OrderRecord::status).orElse(null) == OrderRecord.Status.CANCELLED) {
            log.info("Progress report for order {} not sent: the order was cancelled", execution.getVariable(Var.ORDER_NUMBER));
            return;
        }
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clocks.decide(execution, now);
        ReportCadence cadence = ReportCadence.valueOf(ProcessValues.requiredText(execution, Var.CADENCE));
        LocalDate reportOn = LocalDate.parse(ProcessValues.requiredText(execution, Var.REPORT_ON));
        LocalDate readyOn = ProcessValues.date(execution, Var.STOCK_READY_ON);
        Map<String, Object> v = new HashMap<>();
        v.put("orderNumber", ProcessValues.requiredText(execution, Var.ORDER_NUMBER));
        v.put("reportNumber", ProcessValues.requiredInteger(execution, Var.REPORT_NUMBER, 1, 10_000));
        v.put("reportOn", ClientDates.day(reportOn));
        v.put("progressPercent", ProcessValues.requiredInteger(execution, Var.PROGRESS_PERCENT, 0, 100));
        v.put("stockComplete", Boolean.TRUE.equals(execution.getVariable(Var.STOCK_COMPLETE)));
        v.put("stockReadyOn", readyOn == null ? "" : ClientDates.day(readyOn));
        v.put("customsCleared", Boolean.TRUE.equals(execution.getVariable(Var.CUSTOMS_CLEARED)));
        v.put("summary", ProcessValues.requiredText(execution, Var.SUMMARY));
        v.put("nextReportOn", ClientDates.day(PlanNextReportDelegate.next(LocalDate.parse(ProcessValues.requiredText(execution,
            Var.STARTED_ON)), cadence, ProcessValues.requiredInteger(execution, Var.REPORT_NUMBER, 1, 10_000), client.team(),
            client.calendar()).day()));
        mail.plan(execution, MessageKind.PROGRESS_REPORT, v, clocks.clocks().sendAt(client.calendar(), now), orderId);
    }
}
