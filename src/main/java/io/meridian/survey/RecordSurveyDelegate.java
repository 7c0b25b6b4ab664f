package io.meridian.survey;

import java.util.LinkedHashMap;
import java.util.Map;

import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.process.ProcessValues;
import io.meridian.survey.SatisfactionSurvey.Source;
import io.meridian.survey.SatisfactionSurvey.Var;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The quarterly survey's scores from the team's task: kept, a detractor's complaint opened, the improvement report started. */
@Component
class RecordSurveyDelegate implements JavaDelegate {

    private final Surveys surveys;
    private final ClientLedger clients;

    RecordSurveyDelegate(Surveys surveys, ClientLedger clients) {
        this.surveys = surveys;
        this.clients = clients;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Scores scores = SurveyCompletionCheck.scores(execution);
        String clientId = ProcessValues.requiredText(execution, Var.CLIENT_ID);
        Client client = clients.byId(clientId).orElseThrow(() -> new InvalidInputException(Var.CLIENT_ID, "no client " + clientId));
        Surveys.Evaluation e = surveys.record(client, ProcessValues.text(execution, Var.ORDER_ID), Source.QUARTERLY,
            StartQuarterlySurveysDelegate.surveyedQuarter(execution), scores, ClockUtil.now().toInstant(), true);
        execution.setVariable(Var.EVALUATION_ID, e.id());
        execution.setVariable(Var.COMPLAINT_ID, e.complaintId());
    }
}
