package io.meridian.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import io.meridian.process.ClientClocks;
import io.meridian.process.ClientClosedDue;
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
 * working days of the client's desk, the team's without desks, from the day the email lands; judgement: a working week to
 * reply before support calls), held off the client's closed days as every follow-up is ({@link ClientClosedDue}): a Chinese
 * client is not asked to answer during Chinese New Year, but by the day they are back.
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
        Instant lands = clocks.clocks().sendAt(client.calendar(), now);
        Instant answerBy = answerBy(client, now, lands);
        execution.setVariable(Var.ANSWER_BY, Date.from(answerBy));
        // never a day the client is closed (Chinese New Year, Eid, their weekend): the day their task falls due, when they are back
        Instant held = ClientClosedDue.held(client, clocks.clocks(), now, answerBy).due();
        LocalDate answerDay = held.atZone(client.zone()).toLocalDate();
        mail.plan(execution, MessageKind.SATISFACTION_SURVEY,
            Map.of("quarter", label(StartQuarterlySurveysDelegate.surveyedQuarter(execution)), "answerBy", io.meridian.messages.ClientDates.day(answerDay)),
            lands, ProcessValues.requiredText(execution, Var.CLIENT_ID));
    }

    /**
     * The day the team's survey task falls due by its rule: {@link #ANSWER_WITHIN_WORKING_DAYS} working days of
     * {@code client.team()} from the day the email sent at {@code now} {@code lands}.
     */
    static Instant answerBy(ClientClocks.Client client, Instant now, Instant lands) {
        // the working days to answer count from the day the email lands: a client away over their holidays (a Russian client's
        // 1-8 January) had been asked, in an email read on 11 January, to answer by 8 January, and the team's task was due then
        ZoneId team = client.teamZone();
        Instant from = lands.atZone(team).toLocalDate().isAfter(now.atZone(team).toLocalDate()) ? lands : now;
        return client.team().plusWorkingDays(from, ANSWER_WITHIN_WORKING_DAYS);
    }

    /** "2026-Q4" as each language part writes it ("Q4 2026", "2026年第4四半期"). */
    static Localized label(String quarter) {
        if (quarter == null || !quarter.matches("\\d{4}-Q[1-4]")) {
            throw new IllegalStateException("the survey's quarter is not like 2026-Q4: " + quarter);
        }
        return ClientDates.quarter(Integer.parseInt(quarter.substring(0, 4)), quarter.charAt(6) - '0');
    }
}
