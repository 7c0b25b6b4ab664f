package io.meridian.aftersales;

import java.sql.Timestamp;
import java.util.UUID;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the check-in scores (NPS 0–10, CSAT 1–5, CES 1–7) and marks a detractor (NPS 0–6),
 * whom a manager follows up. Refuses scores out of range, so an engine-rest completion cannot
 * store what the form would not accept.
 */
@Component
class RecordSatisfactionDelegate implements JavaDelegate {

    static final int DETRACTOR_MAX_NPS = 6;

    private final JdbcClient jdbc;

    RecordSatisfactionDelegate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int nps = ProcessValues.requiredInteger(execution, Var.NPS, 0, 10);
        int csat = ProcessValues.requiredInteger(execution, Var.CSAT, 1, 5);
        int ces = ProcessValues.requiredInteger(execution, Var.CES, 1, 7);
        boolean detractor = nps <= DETRACTOR_MAX_NPS;
        jdbc.sql("""
                insert into satisfaction_survey (id, order_id, nps, csat, ces, comment, detractor, recorded_at)
                values (:id, :orderId, :nps, :csat, :ces, :comment, :detractor, :recordedAt)""")
            .param("id", UUID.randomUUID().toString())
            .param("orderId", ProcessValues.requiredText(execution, Var.ORDER_ID))
            .param("nps", nps).param("csat", csat).param("ces", ces)
            .param("comment", ProcessValues.text(execution, Var.SATISFACTION_COMMENT))
            .param("detractor", detractor)
            .param("recordedAt", Timestamp.from(ClockUtil.now().toInstant()))
            .update();
        execution.setVariable(Var.DETRACTOR, detractor);
    }
}
