package io.meridian.progress;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.meridian.moments.TeamToday;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientVariables;
import io.meridian.process.ProcessValues;
import io.meridian.progress.ProgressReports.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Production starts with order fulfilment ({@code ${startProgressReports}} on its start event): the order's
 * progress reports start, on the client's cadence, counted from today in the clock of the desk that works
 * the client (the team's without desks). Once per order.
 */
@Component("startProgressReports")
class StartProgressReports implements ExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StartProgressReports.class);
    /**
     * What the report process keeps of the client, as the fulfilment does: the ids, and the fields cards, timers and the
     * escalation sweep read. The other facts (name, email, language...) each step reads from the client ledger
     * (the journey's facts listener, keyed by {@code clientId} and {@code inquiryId}).
     */
    private static final String[] KEPT = {ClientVariables.COMPANY, ClientVariables.COUNTRY, ClientVariables.TIER,
        ClientVariables.TIME_ZONE, Var.CLIENT_ID, Var.INQUIRY_ID, Var.ORDER_NUMBER};

    private final ClientClocks clocks;

    StartProgressReports(ClientClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String orderId = ProcessValues.requiredText(execution, Var.ORDER_ID);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        String businessKey = ProgressReports.businessKey(orderId);
        if (runtime.createProcessInstanceQuery().processDefinitionKey(ProgressReports.KEY).processInstanceBusinessKey(businessKey).count() > 0) {
            return;
        }
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clocks.decide(execution, now);
        ReportCadence cadence = ReportCadence.of(ProcessValues.text(execution, Var.CADENCE),
            ProcessValues.text(execution, ClientVariables.TIER), client.etiquette());
        Map<String, Object> v = new HashMap<>();
        for (String field : KEPT) {
            v.put(field, execution.getVariable(field));
        }
        v.put(Var.ORDER_ID, orderId);
        v.put(Var.CADENCE, cadence.name());
        v.put(Var.STARTED_ON, TeamToday.at(now, client.teamZone()).date().toString());
        v.put(Var.REPORT_NUMBER, 0);
        runtime.startProcessInstanceByKey(ProgressReports.KEY, businessKey, v);
        log.info("Progress reports for order {} start: {}", execution.getVariable(Var.ORDER_NUMBER), cadence);
    }
}
