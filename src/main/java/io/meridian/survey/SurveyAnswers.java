package io.meridian.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.survey.SatisfactionSurvey.Source;
import io.meridian.survey.SatisfactionSurvey.Var;
import io.meridian.system.ConflictException;
import io.meridian.system.EngineReads;
import io.meridian.system.Inputs;
import io.meridian.system.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's answer recorded over the API ({@code POST /api/clients/{id}/surveys}): checked as a
 * whole first (nothing is kept when anything is wrong), then kept like any evaluation; an open
 * quarterly survey of the client ends with it (message {@code SurveyAnswered}), so the team is not
 * asked again.
 */
@Service
class SurveyAnswers {

    /** Body of the POST. */
    record SurveyRequest(Object nps, Object csat, Object ces, String comment, String complaintCategory, String orderId) {
    }

    /** The answer: the evaluation kept, with when its improvement report is due. */
    record Recorded(Surveys.Evaluation evaluation, String endedSurvey) {
    }

    private final Surveys surveys;
    private final ClientLedger clients;
    private final OrderLedger orders;
    private final RuntimeService runtime;
    private final EngineReads engine;

    SurveyAnswers(Surveys surveys, ClientLedger clients, OrderLedger orders, RuntimeService runtime, EngineReads engine) {
        this.surveys = surveys;
        this.clients = clients;
        this.orders = orders;
        this.runtime = runtime;
        this.engine = engine;
    }

    List<Surveys.Evaluation> list(String clientId) {
        client(clientId);
        return surveys.ofClient(clientId);
    }

    @Transactional
    Recorded record(String clientId, SurveyRequest request) {
        Client client = client(clientId);
        if (request == null) {
            Inputs.throwIfAny(Map.of("nps", "a body is required: nps, csat, ces (and complaintCategory for a detractor)"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Scores scores = Scores.check(request.nps(), request.csat(), request.ces(), request.comment(), request.complaintCategory(),
            errors, Map.of("nps", "nps", "csat", "csat", "ces", "ces", "comment", "comment", "category", "complaintCategory"));
        String orderId = request.orderId() == null || request.orderId().isBlank() ? null : request.orderId().strip();
        Inputs.throwIfAny(errors);
        if (orderId != null) {
            OrderRecord order = orders.byId(orderId).orElseThrow(() -> new NotFoundException("no order with id '" + orderId + "'"));
            if (!order.clientId().equals(clientId)) {
                Inputs.throwIfAny(Map.of("orderId", "order " + order.orderNumber() + " is not this client's"));
            }
            if (order.status() != OrderRecord.Status.DELIVERED) {
                throw new ConflictException("order " + order.orderNumber() + " is " + order.status()
                    + ": a survey about an order is recorded once it is delivered");
            }
        }
        List<ProcessInstance> open = engine.asSystem(() -> runtime.createProcessInstanceQuery()
            .processDefinitionKey(SatisfactionSurvey.KEY).variableValueEquals(Var.CLIENT_ID, clientId)
            .activityIdIn(SatisfactionSurvey.Activity.SURVEY_CLIENT).active().list());
        String quarter = null;
        String ended = null;
        if (!open.isEmpty()) {
            ProcessInstance survey = open.get(0);
            quarter = (String) engine.asSystem(() -> runtime.getVariable(survey.getId(), Var.QUARTER));
            ended = survey.getId();
        }
        Surveys.Evaluation evaluation = surveys.record(client, orderId, Source.API, quarter, scores, ClockUtil.now().toInstant(), true);
        if (ended != null) {
            String id = ended;
            engine.asSystem(() -> runtime.createMessageCorrelation(SatisfactionSurvey.Message.SURVEY_ANSWERED)
                .processInstanceId(id).setVariable(Var.EVALUATION_ID, evaluation.id()).correlateWithResult());
        }
        return new Recorded(evaluation, ended);
    }

    private Client client(String id) {
        return clients.byId(id).orElseThrow(() -> new NotFoundException("no client with id '" + id + "'"));
    }
}
