package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.meridian.inquiry.ClientJourney.Message;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.jobs.AsyncContinuations;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** Start variables, form values and the client's answers the journey tests share. */
public final class JourneyFixture {

    private JourneyFixture() {
    }

    /** The etiquette journey {@code processInstanceId} decided at its start, as the inquiry ledger keeps it. */
    static SpinJsonNode decidedEtiquette(InquiryLedger inquiries, RuntimeService runtime, String processInstanceId) {
        String inquiryId = (String) runtime.getVariable(processInstanceId, Var.INQUIRY_ID);
        Optional<String> kept = inquiries.etiquette(inquiryId);
        assertThat(kept).as("the etiquette inquiry " + inquiryId + " keeps").isPresent();
        return Spin.JSON(kept.get());
    }

    public static Map<String, Object> startVariables(String country, String email) {
        Map<String, Object> v = new HashMap<>();
        v.put(Var.COMPANY, "Acme Trading");
        v.put(Var.CONTACT_NAME, "Pat Client");
        v.put(Var.EMAIL, email);
        v.put(Var.COUNTRY, country);
        v.put(Var.TIER, "A");
        v.put(Var.PREFERRED_CHANNEL, "WHATSAPP");
        v.put(Var.PURCHASE_CYCLE, "QUARTERLY");
        v.put(Var.PRODUCT, "LED panel 60x60");
        v.put(Var.QUANTITY, 500);
        v.put(Var.MESSAGE, "Please quote FOB.");
        v.put(Var.CHANNEL, "EMAIL");
        return v;
    }

    public static Map<String, Object> quote() {
        Map<String, Object> v = new HashMap<>();
        v.put(Var.QUOTE_PRODUCT_PARAMETERS, "40 W, 4000 K, CRI > 80, CE/RoHS");
        v.put(Var.QUOTE_MOQ, 200L);
        v.put(Var.QUOTE_LEAD_TIME_DAYS, 25L);
        v.put(Var.QUOTE_PAYMENT_TERMS, "30% T/T deposit, 70% before shipment");
        v.put(Var.QUOTE_PORT_OF_LOADING, "Ningbo");
        v.put(Var.QUOTE_UNIT_PRICE, 12.5);
        v.put(Var.QUOTE_CURRENCY, "USD");
        v.put(Var.QUOTE_VALID_UNTIL, validUntil().toString());
        return v;
    }

    /**
     * A validity date after the (engine's) today, as a quote needs: fixed for the tests on a
     * controlled clock that read it back, 60 days ahead for those on the real clock once that passes it.
     */
    static LocalDate validUntil() {
        LocalDate fixed = LocalDate.of(2027, 3, 31);
        LocalDate today = LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneOffset.UTC);
        // a Wednesday, as the fixed day: a quote ends on a working day of the client
        return today.isBefore(fixed.minusDays(30)) ? fixed
            : today.plusDays(60).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    }

    public static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }

    /** {@code message} reaches the process instance {@code pi} with one variable; the steps that follow run. */
    public static void correlate(ProcessEngine engine, ProcessInstance pi, String message, String variable, Object value) {
        engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(pi.getId()).setVariable(variable, value).correlate();
        AsyncContinuations.runAll(engine);
    }

    /**
     * A journey quoted at {@code made} whose follow-up timer fires then: the quote's follow-up task, made at {@code made}
     * (the engine's clock is set to it).
     */
    public static Task quoteFollowUpMadeAt(ProcessEngine engine, String country, String email, Instant made) {
        ClockUtil.setCurrentTime(Date.from(made));
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables(country, email));
        Task reply = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        engine.getTaskService().complete(reply.getId(), quote());
        AsyncContinuations.runAll(engine);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
            .activityId(ClientJourney.Activity.FOLLOW_UP_DUE).singleResult();
        assertThat(timer).as("the follow-up timer of the journey quoted at " + made).isNotNull();
        engine.getManagementService().executeJob(timer.getId());
        AsyncContinuations.runAll(engine);
        Task followUp = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(followUp.getTaskDefinitionKey()).isEqualTo(ClientJourney.Activity.FOLLOW_UP_QUOTE);
        return followUp;
    }

    /** The client accepts the quote the journey waits on an answer to; the steps that follow run. */
    public static void clientAccepts(ProcessEngine engine, ProcessInstance journey) {
        answer(engine, journey, Message.CLIENT_RESPONSE).setVariable(Var.CLIENT_DECISION, "ACCEPTED").correlate();
        AsyncContinuations.runAll(engine);
    }

    /** The client declines the quote for {@code objection}; the steps that follow run. */
    public static void clientDeclines(ProcessEngine engine, ProcessInstance journey, ClientJourney.Objection objection) {
        answer(engine, journey, Message.CLIENT_RESPONSE).setVariable(Var.CLIENT_DECISION, "DECLINED")
            .setVariable(Var.OBJECTION, objection.name()).correlate();
        AsyncContinuations.runAll(engine);
    }

    /** The client pays the quote's 6,250 in full, received now on the engine's clock; the steps that follow run. */
    public static void clientPays(ProcessEngine engine, ProcessInstance journey) {
        payment(engine, journey).correlate();
        AsyncContinuations.runAll(engine);
    }

    /** The same, the payment naming its {@code currency}. */
    public static void clientPays(ProcessEngine engine, ProcessInstance journey, String currency) {
        payment(engine, journey).setVariable(Var.PAYMENT_CURRENCY, currency).correlate();
        AsyncContinuations.runAll(engine);
    }

    private static MessageCorrelationBuilder payment(ProcessEngine engine, ProcessInstance journey) {
        return answer(engine, journey, Message.PAYMENT_RECEIVED).setVariable(Var.PAYMENT_AMOUNT, 6250.0)
            .setVariable(Var.PAYMENT_RECEIVED_AT, ClockUtil.getCurrentTime());
    }

    private static MessageCorrelationBuilder answer(ProcessEngine engine, ProcessInstance journey, String message) {
        return engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(journey.getId());
    }
}
