package io.meridian.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.process.ProcessValues;
import io.meridian.messages.ClientDates;
import io.meridian.messages.Localized;
import io.meridian.messages.MessageKind;
import io.meridian.survey.SatisfactionSurvey.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The quarter's survey email (NPS, CSAT, CES), planned for the client's next send window; the
 * answer is asked by the day the team's survey task falls due ({@link #ANSWER_WITHIN_WORKING_DAYS}
 * working days of the client's desk, the team's without desks; judgement: a working week to reply before support calls).
 */
@Component
class SendSurveyDelegate implements JavaDelegate {

    static final int ANSWER_WITHIN_WORKING_DAYS = 5;

    private final ClientMail mail;
    private final ClientClocks clocks;

    SendSurveyDelegate(ClientMail mail, ClientClocks clocks) {
        this.mail = mail;
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clocks.decide(execution, now);
        Instant answerBy = client.team().plusWorkingDays(now, ANSWER_WITHIN_WORKING_DAYS);
        execution.setVariable(Var.ANSWER_BY, Date.from(answerBy));
        LocalDate answerDay = answerBy.atZone(client.zone()).toLocalDate();
        mail.plan(execution, MessageKind.SATISFACTION_SURVEY,
            Map.of("quarter", label(StartQuarterlySurveysDelegate.surveyedQuarter(execution)), "answerBy", io.meridian.messages.ClientDates.day(answerDay)),
            clocks.clocks().sendAt(client.calendar(), now), ProcessValues.requiredText(execution, Var.CLIENT_ID));
    }

    /** "2026-Q4" as each language part writes it ("Q4 2026", "2026年第4四半期"). */
    static Localized label(String quarter) {
        if (quarter == null || !quarter.matches("\\d{4}-Q[1-4]")) {
            throw new IllegalStateException("the survey's quarter is not like 2026-Q4: " + quarter);
        }
        return ClientDates.quarter(Integer.parseInt(quarter.substring(0, 4)), quarter.charAt(6) - '0');
    }
}
