package io.meridian.aftersales;

import java.sql.Timestamp;

import io.meridian.client.ClientLedger;
import io.meridian.ids.Ids;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ProcessValues;
import io.meridian.survey.SatisfactionSurvey;
import io.meridian.survey.Scores;
import io.meridian.survey.Surveys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the check-in scores (NPS 0–10, CSAT 1–5, CES 1–7) and marks a detractor (NPS 0–6),
 * whom a manager follows up. Refuses scores out of range, so an engine-rest completion cannot
 * store what the form would not accept. A promoter or passive score (NPS 7-10) keeps no complaint category. The check-in is an evaluation like the quarterly survey:
 * it goes into the survey ledger too, and its improvement report is due within 72 hours
 * ({@link Surveys}); the journey opens the detractor's complaint itself.
 */
@Component
class RecordSatisfactionDelegate implements JavaDelegate {

    static final int DETRACTOR_MAX_NPS = 6;

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final ClientLedger clients;

    RecordSatisfactionDelegate(JdbcClient jdbc, Surveys surveys, ClientLedger clients) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.clients = clients;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int nps = ProcessValues.requiredInteger(execution, Var.NPS, 0, 10);
        int csat = ProcessValues.requiredInteger(execution, Var.CSAT, 1, 5);
        int ces = ProcessValues.requiredInteger(execution, Var.CES, 1, 7);
        Scores scores = Scores.of(execution);
        boolean detractor = scores.detractor();
        jdbc.sql("""
                insert into satisfaction_survey (id, order_id, nps, csat, ces, comment, detractor, recorded_at)
                values (:id, :orderId, :nps, :csat, :ces, :comment, :detractor, :recordedAt)""")
            .param("id", Ids.next())
            .param("orderId", ProcessValues.requiredText(execution, Var.ORDER_ID))
            .param("nps", nps).param("csat", csat).param("ces", ces)
            .param("comment", ProcessValues.text(execution, Var.SATISFACTION_COMMENT))
            .param("detractor", detractor)
            .param("recordedAt", Timestamp.from(ClockUtil.now().toInstant()))
            .update();
        execution.setVariable(Var.DETRACTOR, detractor);
        if (!detractor) {
            // no complaint opens: the form's category (what a 0-6 score picked, or its select's value) names none
            execution.removeVariable(SatisfactionSurvey.Var.COMPLAINT_CATEGORY);
        }
        String clientId = ProcessValues.requiredText(execution, Var.CLIENT_ID);
        Surveys.Evaluation evaluation = surveys.record(clients.byId(clientId).orElseThrow(), ProcessValues.requiredText(execution, Var.ORDER_ID),
            SatisfactionSurvey.Source.CHECK_IN, null, scores, ClockUtil.now().toInstant(), false);
        execution.setVariable(SatisfactionSurvey.Var.EVALUATION_ID, evaluation.id());
    }
}
