package io.meridian.survey;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.meridian.calendar.Clocks;
import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.survey.SatisfactionSurvey.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Starts the quarter's survey for every active client (an order opened in the last 12 months and not cancelled,
 * judgement: the longest purchase cycle is a year; an order called off brought the client no goods to rate) that has none
 * this quarter. {@code survey_round}
 * holds one row per client and quarter, so a second run, also on another node, starts nothing twice. The survey
 * asks about the quarter just ended (the round of 2027-Q1, on 1 January, asks about 2026-Q4). A client evaluated
 * lately or with an open complaint is left out of the round ({@link #RECENTLY_EVALUATED}).
 */
@Component
class StartQuarterlySurveysDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(StartQuarterlySurveysDelegate.class);
    static final String STARTED = "surveysStarted";
    /**
     * A client who gave scores at a check-in or over the API this recently is not asked again this round (judgement:
     * one survey a month at most, as 30 days cover the last month of the quarter asked about and the improvement
     * report on that evaluation, due in 72 hours, has just gone out); nor is a client with a complaint still open,
     * whose view is being handled in the complaint. Both are asked at the next round.
     */
    static final Duration RECENTLY_EVALUATED = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final ClientLedger clients;
    private final RuntimeService runtime;
    private final ZoneId teamZone;

    StartQuarterlySurveysDelegate(JdbcClient jdbc, ClientLedger clients, RuntimeService runtime, Clocks clocks) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.runtime = runtime;
        this.teamZone = clocks.teamZone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        String quarter = quarter(now, teamZone);
        // the round runs on the first day of a quarter and asks about the quarter just ended
        String surveyed = quarter(now.atZone(teamZone).minusMonths(3).toInstant(), teamZone);
        List<Candidate> candidates = jdbc.sql("""
                select distinct o.client_id,
                       exists (select 1 from client_survey s where s.client_id = o.client_id and s.source <> 'QUARTERLY'
                               and s.recorded_at >= :recent) as recently_evaluated,
                       exists (select 1 from complaint c where c.client_id = o.client_id and c.status <> 'RESOLVED') as complaint_open
                from customer_order o
                where o.created_at >= :since and o.status <> 'CANCELLED'
                  and not exists (select 1 from survey_round r where r.client_id = o.client_id and r.quarter = :quarter)
                order by o.client_id""")
            .param("since", Timestamp.from(now.atZone(teamZone).minusMonths(12).toInstant())).param("quarter", quarter)
            .param("recent", Timestamp.from(now.minus(RECENTLY_EVALUATED)))
            .query((rs, n) -> new Candidate(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))).list();
        List<String> recentlyEvaluated = candidates.stream().filter(Candidate::recentlyEvaluated).map(Candidate::clientId).toList();
        List<String> complaintOpen = candidates.stream().filter(c -> !c.recentlyEvaluated() && c.complaintOpen())
            .map(Candidate::clientId).toList();
        List<String> due = candidates.stream().filter(c -> !c.recentlyEvaluated() && !c.complaintOpen()).map(Candidate::clientId).toList();
        for (String clientId : due) {
            Client client = clients.byId(clientId).orElseThrow();
            Map<String, Object> v = new HashMap<>(client.variables());
            v.put(Var.CLIENT_ID, clientId);
            v.put(Var.QUARTER, quarter);
            v.put(Var.SURVEYED_QUARTER, surveyed);
            jdbc.sql("insert into survey_round (client_id, quarter, started_at) values (:c, :q, :at)")
                .param("c", clientId).param("q", quarter).param("at", Timestamp.from(now)).update();
            String pi = runtime.startProcessInstanceByKey(SatisfactionSurvey.KEY, clientId + "/" + quarter, v).getId();
            jdbc.sql("update survey_round set process_instance_id = :pi where client_id = :c and quarter = :q")
                .param("pi", pi).param("c", clientId).param("q", quarter).update();
        }
        execution.setVariable(STARTED, due.size());
        log.info("Quarterly survey {} (about {}): started for {} active client(s); not asked this round: {} evaluated at a "
            + "check-in or over the API in the last {} days {}, {} with an open complaint {}", quarter, surveyed, due.size(),
            recentlyEvaluated.size(), RECENTLY_EVALUATED.toDays(), recentlyEvaluated, complaintOpen.size(), complaintOpen);
    }

    private record Candidate(String clientId, boolean recentlyEvaluated, boolean complaintOpen) {
    }

    /** The quarter of {@code at} in the team's calendar, e.g. {@code 2027-Q2}. */
    static String quarter(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter a survey asks about: {@link Var#SURVEYED_QUARTER}, or the round's for a survey started before it was kept. */
    static String surveyedQuarter(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Object surveyed = scope.getVariable(Var.SURVEYED_QUARTER);
        return surveyed != null ? surveyed.toString() : (String) scope.getVariable(Var.QUARTER);
    }
}
