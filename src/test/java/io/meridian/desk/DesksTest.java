package io.meridian.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.benchmark.SqlStatementCounter;
import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.ContactWindows;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import io.meridian.client.ClientLedger;
import io.meridian.complaint.ConfirmationFollowUp;
import io.meridian.emergency.EmergencyPlan;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.moments.TeamMoments;
import io.meridian.order.FulfilmentWaits;
import io.meridian.order.PaymentChase;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.RefusingSmtpServer;
import io.meridian.process.CallWindowDue;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientClosedDue;
import io.meridian.process.EmailPreview;
import io.meridian.process.TaskGuidance;
import io.meridian.system.CallerAddressHeader;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 15 point 6: with the desks of the default run, a new client goes to the desk whose call windows
 * cover it best, every task of the client carries the desk's group, the desk's Tasklist user finds it
 * and another desk's does not, the follow-up date lies in the desk's call window, and a PATCH moves
 * the client with its open tasks. Its own application context: the shared one runs one team, without
 * desks (the desks come back through {@link DefaultDesks}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = DefaultDesks.class)
@Import({CallerAddressHeader.class, SqlStatementCounter.class})
class DesksTest {

    /** A Tuesday: 09:00 in Shanghai and Tokyo's morning, the night before in the Americas; no public holiday in CN, DE, US. */
    static final Instant NOW = Instant.parse("2027-03-09T01:00:00Z");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    Desks desks;
    @Autowired
    EtiquetteService etiquette;
    @Autowired
    SqlStatementCounter sql;
    @Autowired
    Clocks clocks;
    @Autowired
    Outbox outbox;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientLedger clients;
    @Autowired
    PaymentChase paymentChase;
    @Autowired
    FulfilmentWaits fulfilmentWaits;
    @Autowired
    ConfirmationFollowUp confirmationFollowUp;

    @BeforeEach
    void controlledClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    record Started(String inquiryId, String clientId, String journey) {
    }

    @Test
    void shouldSendEachClientToTheDeskThatCoversItBestAndItsTasksToThatDesk() {
        assertThat(desks.names()).containsExactly("apac", "emea", "americas");
        Map<String, String> zones = Map.of("JP", "Asia/Tokyo", "DE", "Europe/Berlin", "BR", "America/Sao_Paulo");
        List<String> routed = new ArrayList<>();
        for (String country : List.of("JP", "DE", "BR")) {
            ClientCalendar calendar = etiquette.decide(country, NOW, Tier.A).calendar(ZoneId.of(zones.get(country)));
            Desk expected = bestByMinutes(calendar);
            Started s = start(country, zones.get(country), "desk-" + country.toLowerCase() + "@example.com");

            JsonNode client = get("/api/clients/" + s.clientId(), "sam").getBody();
            assertThat(client.path("desk").asText()).as(country + " client's desk").isEqualTo(expected.name());
            routed.add(client.path("desk").asText());

            Task reply = tasks.createTaskQuery().processInstanceId(s.journey()).singleResult();
            assertThat(candidateGroups(reply)).as(country + " reply task").containsExactlyInAnyOrder("sales", expected.group());
            assertThat(visibleTo(expected.demoUser(), s.journey())).as(expected.demoUser() + " sees the task").containsExactly(reply.getId());
            for (Desk other : desks.all()) {
                if (!other.equals(expected)) {
                    assertThat(visibleTo(other.demoUser(), s.journey())).as(other.demoUser() + " of another desk").isEmpty();
                }
            }
            assertThat(visibleTo("sam", s.journey())).as("sales sees every desk's").containsExactly(reply.getId());
            assertFollowUpInCallWindowOf(reply, calendar, expected);
            assertThat(tasks.getVariableLocal(reply.getId(), "briefing").toString()).as("the briefing names the desk and its clock")
                .contains("**Desk:** " + expected.title() + " (" + expected.group() + ", " + expected.calendar().zone() + ")")
                // one clock where the desk keeps the client's zone (the Berlin client of the Berlin desk)
                .containsPattern("team (and client )?time \\(" + expected.calendar().zone() + "\\)");
            assertThat(tasks.getVariableLocal(reply.getId(), "emailPreview").toString()).as("the email preview's send time, in the same team time")
                .containsPattern(" team (and client )?time \\(" + expected.calendar().zone() + "\\)");
        }
        // the rule spreads these three over the three desks: each desk is shown with a client of its own
        assertThat(routed).containsExactlyInAnyOrderElementsOf(desks.names());
    }

    @Test
    void shouldAnswerAStartWithTheNextCallWindowOfTheClientsDesk() {
        String body = """
            {"client": {"company": "Desk Window US", "contactName": "Pat Client", "email": "desk-window@example.com", "country": "US",
                        "timeZone": "America/Chicago", "tier": "A"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "externalRef": "desk-window-1"}}""";
        ResponseEntity<JsonNode> first = post("/api/inquiries", body, "shop");
        assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> again = post("/api/inquiries", body, "shop");
        assertThat(again.getStatusCode()).as("the same externalRef: the first inquiry").isEqualTo(HttpStatus.OK);

        Desk desk = deskOf(first.getBody().path("clientId").asText());
        ClientCalendar calendar = etiquette.decide("US", NOW, Tier.A).calendar(ZoneId.of("America/Chicago"));
        ContactWindow deskWindow = ContactWindows.call(calendar, desk.calendar(), NOW, 1).get(0);
        ContactWindow teamWindow = ContactWindows.call(calendar, clocks.team(), NOW, 1).get(0);
        assertThat(teamWindow).as("the whole team's window differs from the desk's for this client, so the answer tells them apart").isNotEqualTo(deskWindow);
        String journey = engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(first.getBody().path("id").asText()).singleResult().getId();
        Task reply = tasks.createTaskQuery().processInstanceId(journey).singleResult();
        assertThat(reply.getFollowUpDate().toInstant()).as("the reply's follow-up").isEqualTo(deskWindow.start());
        for (ResponseEntity<JsonNode> answer : List.of(first, again)) {
            JsonNode window = answer.getBody().path("nextContactWindow");
            assertThat(Instant.parse(window.path("start").asText())).as(desk.name() + "'s window").isEqualTo(deskWindow.start());
            assertThat(Instant.parse(window.path("end").asText())).isEqualTo(deskWindow.end());
            assertThat(LocalDateTime.parse(window.path("teamLocalStart").asText())).as("in the desk's clock").isEqualTo(deskWindow.teamLocalStart());
            assertThat(window.path("stretch").asBoolean()).isEqualTo(deskWindow.stretch());
        }
    }

    @Test
    void shouldPreviewTheEmailsSendWindowsInTheDesksClock() {
        Started s = start("DE", "Europe/Berlin", "desk-preview@example.de");
        Desk desk = deskOf(s.clientId());
        assertThat(desk.calendar().zone()).as("a Berlin client's desk keeps Berlin's clock").isEqualTo(ZoneId.of("Europe/Berlin"));
        Task reply = tasks.createTaskQuery().processInstanceId(s.journey()).singleResult();
        String preview = (String) tasks.getVariableLocal(reply.getId(), EmailPreview.VARIABLE);
        // the client's business hours (Europe/Berlin 08:00–17:00 on the etiquette's table) on the desk's clock,
        // which is the client's: not the whole team's Shanghai hours under the desk's zone's name
        assertThat(preview).contains("Their business hours: ").containsPattern("\\d{4} 08:00–17:00 team and client time \\(Europe/Berlin\\)")
            .doesNotContain("15:00–00:00").doesNotContain("16:00–01:00");
    }

    /**
     * A Tokyo client moved from APAC to EMEA: the reply's email preview lists the client's business hours on EMEA's clock, as
     * its briefing does, where it kept APAC's Shanghai hours, which nobody on the new desk reads by.
     */
    @Test
    void shouldPreviewAMovedClientsEmailOnTheNewDesksClock() {
        Started s = start("JP", "Asia/Tokyo", "desk-move-preview@example.jp");
        Task reply = tasks.createTaskQuery().processInstanceId(s.journey()).singleResult();
        assertThat((String) tasks.getVariableLocal(reply.getId(), EmailPreview.VARIABLE)).contains("Their business hours: Tue 9 Mar 2027"
            + " 08:00–17:00 team time (Asia/Shanghai) = Tue 9 Mar 2027 09:00–18:00 client time (Asia/Tokyo)");

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
        assertThat(patch(s.clientId(), "{\"desk\": \"emea\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat((String) tasks.getVariableLocal(reply.getId(), EmailPreview.VARIABLE)).contains("Their business hours: Tue 9 Mar 2027"
            + " 01:00–10:00 team time (Europe/Berlin) = Tue 9 Mar 2027 09:00–18:00 client time (Asia/Tokyo)").doesNotContain("Asia/Shanghai");
    }

    @Test
    void shouldAskTheLedgerForTheClientsDeskNoMoreOnceTheStartRecordedIt() {
        // inside the APAC desk's hours (Tuesday 09:00 in Shanghai: no auto-reply asks first) and outside them (Sunday)
        for (Instant at : List.of(NOW, Instant.parse("2027-03-07T01:00:00Z"))) {
            ClockUtil.setCurrentTime(Date.from(at));
            sql.reset();
            Started s = start("JP", "Asia/Tokyo", "desk-reads-" + at.getEpochSecond() + "@example.jp");
            Map<String, Long> counts = sql.snapshot();
            assertThat(counts).as("at %s: the start wrote the client and the journey", at).containsKeys("insert CLIENT", "insert ACT_RU_TASK");
            assertThat(counts.get("select CLIENT")).as("at %s: the client looked up by email, its desk never read back", at).isEqualTo(1L);
            Task reply = tasks.createTaskQuery().processInstanceId(s.journey()).singleResult();
            assertThat(candidateGroups(reply)).as("the reply still goes to the client's desk").contains(deskOf(s.clientId()).group());
        }
    }

    @Test
    void shouldPlanTheQuotesFollowUpInTheDesksCallWindow() {
        // Monday 17:00 in Los Angeles: the quote goes out now, its follow-up after the client's business days
        Started s = start("US", "America/Los_Angeles", "desk-follow-up@example.com");
        Desk desk = deskOf(s.clientId());
        sendQuote(s);
        Instant followUp = ((Date) engine.getRuntimeService().getVariable(s.journey(), "followUpAt")).toInstant();

        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        var decided = etiquette.decide("US", NOW, Tier.A);
        ClientCalendar calendar = decided.calendar(losAngeles);
        Instant deskFollowUp = clocks.followUpAt(calendar, desk.calendar(), decided.followUpAfterBusinessDays(), NOW);
        Instant teamFollowUp = clocks.followUpAt(calendar, clocks.team(), decided.followUpAfterBusinessDays(), NOW);
        assertThat(teamFollowUp).as("the whole team's window that day differs from the desk's for this client").isNotEqualTo(deskFollowUp);
        assertThat(followUp).as(desk.name() + "'s first call window that day").isEqualTo(deskFollowUp);
        assertThat(followUp.atZone(losAngeles).toLocalTime()).as("when the client opens").isEqualTo(calendar.opens());
        TeamCalendar deskCalendar = desk.calendar();
        LocalDate deskDay = followUp.atZone(deskCalendar.zone()).toLocalDate();
        assertThat(deskCalendar.stretchedHours(deskDay).start()).isBeforeOrEqualTo(followUp);
        assertThat(deskCalendar.stretchedHours(deskDay).end()).isAfter(followUp);

        // the follow-up done when it falls due: the next one is planned in the desk's window too
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(s.journey())
            .activityId("followUpDue").singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(followUp);
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
        Task followUpQuote = tasks.createTaskQuery().processInstanceId(s.journey()).taskDefinitionKey("followUpQuote").singleResult();
        assertThat(followUpQuote).as("the follow-up task").isNotNull();
        tasks.complete(followUpQuote.getId());
        AsyncContinuations.runAll(engine);
        Instant next = ((Date) engine.getRuntimeService().getVariable(s.journey(), "followUpAt")).toInstant();
        Instant nextDeskFollowUp = clocks.followUpAt(calendar, desk.calendar(), decided.followUpAfterBusinessDays(), followUp);
        assertThat(clocks.followUpAt(calendar, clocks.team(), decided.followUpAfterBusinessDays(), followUp))
            .as("the whole team's window differs again").isNotEqualTo(nextDeskFollowUp);
        assertThat(next).as("the next follow-up").isEqualTo(nextDeskFollowUp).isAfter(followUp);
        assertThat(next.atZone(losAngeles).toLocalTime()).isEqualTo(calendar.opens());
    }

    /**
     * A Berlin client's quote follow-up, made on Wednesday at 10:00 in Shanghai (03:00 in Berlin), moved from EMEA to APAC:
     * APAC's own rule gives Thursday 10:00 in Shanghai, 03:00 in Berlin, so the follow-up is due when Wednesday's call window
     * ends, and its "Due:" line on APAC's clock says why.
     */
    @Test
    void shouldSayWhyAMovedClientsFollowUpIsDueWhenTheCallWindowEnds() {
        Started s = start("DE", "Europe/Berlin", "desk-move-follow-up@example.de");
        assertThat(deskOf(s.clientId()).name()).isEqualTo("emea");
        sendQuote(s);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(s.journey()).activityId("followUpDue").singleResult();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-10T02:00:00Z")));
        engine.getManagementService().executeJob(timer.getId());
        AsyncContinuations.runAll(engine);
        Task followUp = tasks.createTaskQuery().processInstanceId(s.journey()).taskDefinitionKey("followUpQuote").singleResult();

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-10T03:00:00Z")));
        assertThat(patch(s.clientId(), "{\"desk\": \"apac\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);

        Task moved = tasks.createTaskQuery().taskId(followUp.getId()).singleResult();
        assertThat(moved.getDueDate().toInstant()).as("Wed 22:00 in Shanghai, 15:00 in Berlin").isEqualTo(Instant.parse("2027-03-10T14:00:00Z"));
        assertThat(paragraph(tasks.getVariableLocal(followUp.getId(), "briefing").toString(), "**Due:**")).isEqualTo("**Due:** Wed 10 Mar"
            + " 2027 22:00 team time (Asia/Shanghai) = Wed 10 Mar 2027 15:00 client time (Europe/Berlin), earlier than the team's own"
            + " rule gives (Thu 11 Mar 2027 10:00, 03:00 in Berlin): that is outside their business hours, so it is due when today's"
            + " call window ends, the last one before then in which the team can call them");
    }

    @Test
    void shouldAutoReplyOutsideTheHoursOfTheClientsDeskNotTheWholeTeams() {
        // NOW: 20:00 in New York, the Americas desk has closed; 09:00 in Shanghai, where the whole team works
        Started closed = start("US", "America/Chicago", "desk-auto-closed@example.com");
        Desk desk = deskOf(closed.clientId());
        assertThat(desk.calendar().isWorking(NOW)).isFalse();
        assertThat(clocks.team().isWorking(NOW)).as("the whole team works, so the reply tells them apart").isTrue();
        ZoneId chicago = ZoneId.of("America/Chicago");
        // as the email writes it: the weekday, day, month and time in the client's clock, the zone by its name
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("EEEE, d MMMM y, HH:mm", Locale.UK);
        String back = desk.calendar().nextWorkingStart(NOW).atZone(chicago).format(minutes) + " (Central Time)";
        assertThat(autoReplies(closed.inquiryId())).singleElement().satisfies(reply -> assertThat(reply.body())
            .as("back when the desk opens, with the desk's hours in the client's clock")
            .contains("We are back at work: " + back, "Monday–Friday: 07:00–19:00"));

        // 14:00 the next day in New York, 03:00 in Shanghai: the desk works, so no automatic reply
        Instant deskHours = NOW.plus(Duration.ofHours(18));
        assertThat(desk.calendar().isWorking(deskHours)).isTrue();
        assertThat(clocks.team().isWorking(deskHours)).isFalse();
        ClockUtil.setCurrentTime(Date.from(deskHours));
        Started open = start("US", "America/Chicago", "desk-auto-open@example.com");
        assertThat(deskOf(open.clientId())).isEqualTo(desk);
        assertThat(autoReplies(open.inquiryId())).isEmpty();

        // Friday 20:30 in New York, Saturday 09:30 in Shanghai: the reply is due when the desk's Monday ends (19:00 in
        // Chicago), not at the weekend nor when the team's Monday ends; sent then, it lands when the client opens on
        // Tuesday (09:00), and that is what the client is promised
        Instant friday = Instant.parse("2027-03-13T01:30:00Z");
        ClockUtil.setCurrentTime(Date.from(friday));
        Started weekend = start("US", "America/Chicago", "desk-auto-weekend@example.com");
        Instant deskMonday = desk.calendar().contactHours(LocalDate.parse("2027-03-15")).end();
        assertThat(clocks.team().contactHours(LocalDate.parse("2027-03-15")).end()).as("the team's Monday ends earlier").isBefore(deskMonday);
        assertThat(Instant.parse(get("/api/inquiries/" + weekend.inquiryId(), "sam").getBody().findValue("replyDueAt").asText()))
            .isEqualTo(deskMonday).isAfter(friday.plus(Duration.ofHours(24)));
        assertThat(autoReplies(weekend.inquiryId())).singleElement().satisfies(reply -> assertThat(reply.body())
            .contains("Our reply at the latest: Tuesday, 16 March 2027, 09:00 (Central Time)"));
        assertThat(deskMonday.atZone(chicago).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-03-15T19:00"));
    }

    @Test
    void shouldCountTheWaitsBeforeTheTeamsNextMoveInTheDesksWorkingDays() {
        // Wednesday before Thanksgiving (5 U.S.C. 6103: a holiday of the Americas desk, a working day in Shanghai)
        Instant wednesday = Instant.parse("2027-11-24T15:00:00Z");
        ClockUtil.setCurrentTime(Date.from(wednesday));
        Started s = start("US", "America/Chicago", "desk-waits@example.com");
        TeamCalendar desk = deskOf(s.clientId()).calendar();
        for (int days = 1; days <= 3; days++) {
            assertThat(desk.plusWorkingDays(wednesday, days)).as("the desk's working days differ from the team's")
                .isNotEqualTo(clocks.team().plusWorkingDays(wednesday, days));
        }
        // the beans the processes' timers ask, on the journey's own execution
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Map<String, Instant> waits = configuration.getCommandExecutorTxRequired().execute(context -> {
            DelegateExecution journey = context.getExecutionManager().findExecutionById(s.journey());
            return Map.of(
                "payment chase", paymentChase.due(journey).toInstant(),
                "shipment chase", fulfilmentWaits.shipmentChaseAt(journey).toInstant(),
                "delivery check", fulfilmentWaits.deliveryCheckAt(journey).toInstant(),
                "HIGH complaint follow-up", confirmationFollowUp.dueAfter(journey, "HIGH").toInstant(),
                "NORMAL complaint follow-up", confirmationFollowUp.dueAfter(journey, "NORMAL").toInstant(),
                "complaint follow-up of a definition deployed before", confirmationFollowUp.dueAfter("HIGH").toInstant());
        });
        assertThat(waits).containsExactlyInAnyOrderEntriesOf(Map.of(
            "payment chase", desk.plusWorkingDays(wednesday, 3),
            "shipment chase", desk.plusWorkingDays(wednesday, 2),
            "delivery check", desk.plusWorkingDays(wednesday, 1),
            "HIGH complaint follow-up", desk.plusWorkingDays(wednesday, 1),
            "NORMAL complaint follow-up", desk.plusWorkingDays(wednesday, 3),
            "complaint follow-up of a definition deployed before", clocks.team().plusWorkingDays(wednesday, 1)));

        // the quarter's survey: the client is asked to answer within 5 of the desk's working days, and the task is due then
        Map<String, Object> survey = new HashMap<>(clients.byId(s.clientId()).orElseThrow().variables());
        survey.put("clientId", s.clientId());
        survey.put("quarter", "2027-Q4");
        String surveyInstance = engine.getRuntimeService().startProcessInstanceByKey("satisfactionSurvey", s.clientId() + "/2027-Q4", survey).getId();
        AsyncContinuations.runAll(engine);
        Instant answerBy = desk.plusWorkingDays(wednesday, 5);
        assertThat(answerBy).isNotEqualTo(clocks.team().plusWorkingDays(wednesday, 5));
        assertThat(((Date) engine.getRuntimeService().getVariable(surveyInstance, "answerBy")).toInstant()).isEqualTo(answerBy);
        assertThat(tasks.createTaskQuery().processInstanceId(surveyInstance).singleResult().getDueDate().toInstant()).isEqualTo(answerBy);
    }

    @Test
    void shouldPlanProgressReportsAndReadAnExceptionNoticesDayInTheDesksClock() {
        DeskClient chicago = chicagoClient("desk-reports@example.com");
        Started s = chicago.started();
        Desk desk = chicago.desk();
        String orderId = orderInFulfilment(s);

        Map<String, Object> reports = engine.getRuntimeService().getVariables(engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey("progressReports").variableValueEquals("orderId", orderId).singleResult().getId());
        assertThat(reports.get("productionStartedOn")).as("production started on the desk's day").isEqualTo(chicago.today().toString());
        LocalDate reportOn = LocalDate.parse((String) reports.get("reportOn"));
        TeamSettings hours = desk.calendar().settings();
        Instant reportAt = ((Date) reports.get("reportAt")).toInstant();
        Instant reportDueAt = ((Date) reports.get("reportDueAt")).toInstant();
        assertThat(reportAt).as("the report task opens when the desk's contact hours do")
            .isEqualTo(reportOn.atTime(hours.contactStart()).atZone(desk.calendar().zone()).toInstant())
            .isNotEqualTo(reportOn.atTime(clocks.team().settings().contactStart()).atZone(clocks.team().zone()).toInstant());
        assertThat(reportDueAt).as("and is due when they end")
            .isEqualTo(reportOn.atTime(hours.contactEnd()).atZone(desk.calendar().zone()).toInstant());

        assertThat(post("/api/orders/" + orderId + "/exceptions", "{\"kind\": \"PRODUCTION_DELAY\", \"description\": \"Boards late\"}", "shop")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        Task notice = tasks.createTaskQuery().processVariableValueEquals("clientId", s.clientId())
            .taskDefinitionKey(EmergencyPlan.Activity.SEND_EXCEPTION_NOTICE).singleResult();
        assertThat(candidateGroups(notice)).contains(desk.group());
        // the desk's member types the client's today (Chicago's, the desk's too) as the recovery day: accepted, the day before refused
        assertThatThrownBy(() -> tasks.complete(notice.getId(), Map.of(EmergencyPlan.Var.CAUSE, "Boards late",
            EmergencyPlan.Var.SOLUTION, "Second supplier", EmergencyPlan.Var.EXPECTED_RECOVERY, chicago.today().minusDays(1).toString())))
            .hasMessageContaining("has passed for the client (today is " + TeamMoments.day(chicago.today()) + " in the client's time zone ");
        tasks.complete(notice.getId(), Map.of(EmergencyPlan.Var.CAUSE, "Boards late", EmergencyPlan.Var.SOLUTION, "Second supplier",
            EmergencyPlan.Var.EXPECTED_RECOVERY, chicago.today().toString()));
        AsyncContinuations.runAll(engine);
        assertThat(tasks.createTaskQuery().taskId(notice.getId()).count()).as("the notice task completed").isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("mailExceptionNotice")
            .processInstanceId(notice.getProcessInstanceId()).finished().count()).as("the notice planned").isEqualTo(1);
    }

    @Test
    void shouldTakeAMeetingsNextActionsAndAnAgreedDateOnTheDesksDaysAndHours() {
        DeskClient chicago = chicagoClient("desk-meeting@example.com");
        Started s = chicago.started();
        Desk desk = chicago.desk();
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
        ResponseEntity<JsonNode> meeting = post("/api/inquiries/" + s.inquiryId() + "/meetings",
            "{\"kind\": \"CALL\", \"heldAt\": \"" + NOW.plus(Duration.ofMinutes(30)) + "\", \"participants\": \"Pat Client\"}", "sam");
        assertThat(meeting.getStatusCode()).as(String.valueOf(meeting.getBody())).isEqualTo(HttpStatus.CREATED);
        String minutesPath = "/api/inquiries/" + s.inquiryId() + "/meetings/" + meeting.getBody().path("id").asText() + "/minutes";
        ResponseEntity<JsonNode> past = post(minutesPath, """
            {"needs": "500 panels", "points": "Price", "actions": [{"dueOn": "%s", "text": "Too late"}]}""".formatted(chicago.today().minusDays(1)), "sam");
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody().toString()).contains("today is " + TeamMoments.day(chicago.today()) + " in the team's time zone " + desk.calendar().zone());

        LocalDate later = chicago.today().plusDays(2);
        ResponseEntity<JsonNode> written = post(minutesPath, """
            {"needs": "500 panels", "points": "Price", "actions": [{"dueOn": "%s", "text": "Call back tonight"}, {"dueOn": "%s", "text": "Send the samples"}]}"""
            .formatted(chicago.today(), later), "sam");
        assertThat(written.getStatusCode()).as("the desk's today is not in the past: " + written.getBody()).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);

        // a date agreed with the client for the desk's today: not refused as past
        sendQuote(s);
        assertThat(post("/api/inquiries/" + s.inquiryId() + "/client-response", "{\"decision\": \"DECLINED\", \"objection\": \"DELAY\"}", "shop")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        Task objection = tasks.createTaskQuery().processInstanceId(s.journey()).taskDefinitionKey("handleObjection").singleResult();
        assertThatThrownBy(() -> tasks.complete(objection.getId(), Map.of("objectionOutcome", "NEXT_DATE", "nextStepOn", chicago.today().minusDays(1).toString())))
            .hasMessageContaining("today is " + TeamMoments.day(chicago.today()) + " in the team's time zone " + desk.calendar().zone());
        tasks.complete(objection.getId(), Map.of("objectionOutcome", "NEXT_DATE", "nextStepOn", chicago.today().toString()));
        assertThat(tasks.createTaskQuery().taskId(objection.getId()).count()).as("the date agreed for the desk's today").isZero();

        String meetingInstance = engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(meeting.getBody().path("id").asText()).singleResult().getId();
        Instant opens = later.atTime(desk.calendar().settings().contactStart()).atZone(desk.calendar().zone()).toInstant();
        assertThat(opens).as("the desk's hours differ from the team's that day")
            .isNotEqualTo(later.atTime(clocks.team().settings().contactStart()).atZone(clocks.team().zone()).toInstant());
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(meetingInstance)
            .timers().list();
        assertThat(timers).extracting(j -> j.getDuedate().toInstant()).as("the later action waits for the desk's opening that day").contains(opens);
        Job timer = timers.stream().filter(j -> j.getDuedate().toInstant().equals(opens)).findFirst().orElseThrow();
        ClockUtil.setCurrentTime(Date.from(opens));
        engine.getManagementService().executeJob(timer.getId());
        Task samples = tasks.createTaskQuery().processInstanceId(meetingInstance).taskDefinitionKey("doNextAction").list().stream()
            .filter(t -> String.valueOf(tasks.getVariable(t.getId(), "actionText")).equals("Send the samples")).findFirst().orElseThrow();
        assertThat(samples.getDueDate().toInstant()).as("due when the desk's contact hours end that day")
            .isEqualTo(later.atTime(desk.calendar().settings().contactEnd()).atZone(desk.calendar().zone()).toInstant());
        assertThat(candidateGroups(samples)).contains(desk.group());
    }

    @Test
    void shouldRouteEachClientCalendarOncePerClientDayAndAnswerAsAFreshRouting() {
        // a Tuesday an hour later for Berlin clients than the other tests: its routes are this test's own
        Instant tuesday = NOW.plus(Duration.ofDays(7));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        long before = desks.routings();
        Optional<Desk> first = desks.route("DE", Tier.B, berlin, tuesday);
        Optional<Desk> again = desks.route("DE", Tier.B, berlin, tuesday.plus(Duration.ofHours(6)));
        assertThat(desks.routings() - before).as("one routing for the same client day").isEqualTo(1);
        assertThat(again).isEqualTo(first)
            .isEqualTo(desks.route(etiquette.decide("DE", tuesday, Tier.B).calendar(berlin), tuesday)).isPresent();

        desks.route("DE", Tier.B, berlin, tuesday.plus(Duration.ofDays(1)));
        desks.route("DE", Tier.B, ZoneId.of("America/New_York"), tuesday);
        assertThat(desks.routings() - before).as("another day or zone is routed anew").isEqualTo(3);
    }

    @Test
    void shouldGiveEveryTaskOfTheClientItsDeskGroupAcrossProcesses() {
        Started s = start("DE", "Europe/Berlin", "desk-every-task@example.de");
        Desk desk = deskOf(s.clientId());
        acceptedAndPaid(s);
        ResponseEntity<JsonNode> complaint = post("/api/complaints", """
            {"inquiryId": "%s", "category": "COMMUNICATION", "wording": "NEUTRAL", "description": "Nobody answered our last two emails."}"""
            .formatted(s.inquiryId()), "sue");
        assertThat(complaint.getStatusCode()).as(String.valueOf(complaint.getBody())).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);

        List<Task> open = tasks.createTaskQuery().processVariableValueEquals("clientId", s.clientId()).list();
        assertThat(open).extracting(Task::getTaskDefinitionKey).contains("confirmOrder", "acknowledgeComplaint");
        // each keeps its own group (order desk, support) and gets the desk's
        assertThat(open).allSatisfy(t -> assertThat(candidateGroups(t)).as(t.getTaskDefinitionKey())
            .contains(desk.group()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(open).allSatisfy(t -> assertThat(visibleTo(desk.demoUser(), t.getProcessInstanceId())).contains(t.getId()));
    }

    @Test
    void shouldMoveAClientAndItsOpenTasksToAnotherDeskOnPurpose() {
        Started s = start("BR", "America/Sao_Paulo", "desk-move@example.br");
        Desk from = deskOf(s.clientId());
        Desk to = desks.all().stream().filter(d -> !d.equals(from)).findFirst().orElseThrow();
        Task reply = tasks.createTaskQuery().processInstanceId(s.journey()).singleResult();
        assertThat(visibleTo(from.demoUser(), s.journey())).containsExactly(reply.getId());

        ResponseEntity<JsonNode> moved = patch(s.clientId(), "{\"desk\": \"" + to.name().toUpperCase() + "\"}", "sam");
        assertThat(moved.getStatusCode()).as(String.valueOf(moved.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody().path("desk").asText()).isEqualTo(to.name());
        JsonNode change = moved.getBody().path("history").get(moved.getBody().path("history").size() - 1);
        assertThat(change.path("field").asText()).isEqualTo("desk");
        assertThat(change.path("oldValue").asText()).isEqualTo(from.name());
        assertThat(change.path("newValue").asText()).isEqualTo(to.name());
        assertThat(change.path("changedBy").asText()).isEqualTo("sam");

        Task after = tasks.createTaskQuery().taskId(reply.getId()).singleResult();
        assertThat(candidateGroups(after)).containsExactlyInAnyOrder("sales", to.group());
        assertThat(visibleTo(to.demoUser(), s.journey())).containsExactly(reply.getId());
        assertThat(visibleTo(from.demoUser(), s.journey())).isEmpty();
        ClientCalendar calendar = etiquette.decide("BR", NOW, Tier.A).calendar(ZoneId.of("America/Sao_Paulo"));
        assertFollowUpInCallWindowOf(after, calendar, to);

        // a task created after the move goes to the new desk
        tasks.complete(reply.getId(), JourneyFixture.quote());
        AsyncContinuations.runAll(engine);
        post("/api/inquiries/" + s.inquiryId() + "/client-response", "{\"decision\": \"DECLINED\", \"objection\": \"PRICE\"}", "shop");
        AsyncContinuations.runAll(engine);
        Task objection = tasks.createTaskQuery().processInstanceId(s.journey()).taskDefinitionKey("handleObjection").singleResult();
        assertThat(objection).isNotNull();
        assertThat(candidateGroups(objection)).containsExactlyInAnyOrder("sales", to.group());
    }

    /**
     * A Tokyo client's inquiry at NOW (Tuesday 09:00 in Shanghai, 02:00 in Berlin) is due with the APAC desk 24 hours
     * on, Wednesday 09:00 in Shanghai. Moved to EMEA an hour later, its reply is due as an EMEA client's inquiry of that
     * moment is: EMEA was away at receipt and has all of Tuesday for it, so when Berlin's Tuesday ends (20:00); the
     * inquiry says so, and the escalation sweep plans the task anew for that due time. Moved back to APAC and on to EMEA
     * after Berlin's Tuesday has ended, the reply is not overdue at once: it is due when EMEA's next working day ends.
     * Late on both desks by then, a move leaves it late.
     */
    @Test
    void shouldDueAMovedClientsOpenTasksInTheNewDesksWorkingTime() {
        Started s = start("JP", "Asia/Tokyo", "desk-move-due@example.jp");
        assertThat(deskOf(s.clientId()).name()).isEqualTo("apac");
        Task reply = tasks.createTaskQuery().processInstanceId(s.journey()).singleResult();
        Instant apacDue = Instant.parse("2027-03-10T01:00:00Z");
        assertThat(reply.getDueDate().toInstant()).as("Wednesday 09:00 in Shanghai").isEqualTo(apacDue);
        assertThat(replyDueAt(s)).isEqualTo(apacDue);
        sweep();
        assertThat(plannedFor(reply)).as("the sweep's plan for the APAC due time").isEqualTo(apacDue);

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
        assertThat(patch(s.clientId(), "{\"desk\": \"emea\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        Instant berlinTuesdayEnds = Instant.parse("2027-03-09T19:00:00Z");
        assertThat(berlinTuesdayEnds.atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-03-09T20:00"));
        Task moved = tasks.createTaskQuery().taskId(reply.getId()).singleResult();
        assertThat(moved.getDueDate().toInstant()).as("due when EMEA's Tuesday ends, 20:00 in Berlin").isEqualTo(berlinTuesdayEnds);
        assertThat(replyDueAt(s)).as("GET /api/inquiries/{id} says the same").isEqualTo(berlinTuesdayEnds);
        sweep();
        assertThat(plannedFor(reply)).as("the sweep planned the task for its new due time").isEqualTo(berlinTuesdayEnds);

        // back to APAC: the 24 hours in Shanghai's working time again
        assertThat(patch(s.clientId(), "{\"desk\": \"apac\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.createTaskQuery().taskId(reply.getId()).singleResult().getDueDate().toInstant()).isEqualTo(apacDue);
        // to EMEA at 21:00 in Berlin: its Tuesday has ended, so the reply is due when its Wednesday does
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-09T20:00:00Z")));
        assertThat(patch(s.clientId(), "{\"desk\": \"emea\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.createTaskQuery().taskId(reply.getId()).singleResult().getDueDate().toInstant())
            .as("20:00 on Wednesday in Berlin, not overdue at once").isEqualTo(Instant.parse("2027-03-10T19:00:00Z"));
        // late with EMEA too on Thursday morning, moved to APAC: late as it would have been there (Wednesday 09:00 in Shanghai)
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-11T01:00:00Z")));
        assertThat(patch(s.clientId(), "{\"desk\": \"apac\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.createTaskQuery().taskId(reply.getId()).singleResult().getDueDate().toInstant())
            .as("a task late before the move stays late").isEqualTo(apacDue);
    }

    /**
     * An inquiry whose reply was due before it was entered (received on Wednesday, keyed in on Saturday) is late from the
     * start, with no auto-reply; moved on Saturday to a desk that is away too, it stays late, due as the new desk would
     * have had it (when EMEA's Wednesday ended), where the move had made it due when that desk's Monday ends, as if an
     * auto-reply had promised that.
     */
    @Test
    void shouldKeepAnInquiryLateOnEntryLateWhenItsClientMoves() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-13T12:00:00Z")));
        ResponseEntity<JsonNode> started = post("/api/inquiries", """
            {"client": {"company": "Desk Test Late", "contactName": "Pat Client", "email": "desk-late@example.jp", "country": "JP",
                        "timeZone": "Asia/Tokyo", "tier": "A"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "receivedAt": "2027-03-03T02:00:00Z"}}""", "shop");
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(started.getBody().path("lateOnEntry").asText()).startsWith("the reply was due Thu 4 Mar 2027 10:00 (Asia/Shanghai)");
        String clientId = started.getBody().path("clientId").asText();
        String journey = engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(started.getBody().path("id").asText()).singleResult().getId();
        Task reply = tasks.createTaskQuery().processInstanceId(journey).singleResult();
        assertThat(reply.getDueDate().toInstant()).as("24 hours after receipt, in APAC's working time").isEqualTo(Instant.parse("2027-03-04T02:00:00Z"));

        assertThat(patch(clientId, "{\"desk\": \"emea\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.createTaskQuery().taskId(reply.getId()).singleResult().getDueDate().toInstant())
            .as("late on EMEA too: its Wednesday ended at 20:00 in Berlin").isEqualTo(Instant.parse("2027-03-03T19:00:00Z"));
    }

    /**
     * A member of the new desk who opens a moved client's task reads first that the client moved and what holds now, on
     * their own desk's clock, where the briefing had named the old desk and its due time alone (the card showed another);
     * a second move replaces the note, and an escalation's paragraph stays first.
     */
    @Test
    void shouldSayFirstInTheBriefingThatTheClientMovedAndWhatHoldsNow() {
        Started s = start("JP", "Asia/Tokyo", "desk-move-briefing@example.jp");
        Task reply = tasks.createTaskQuery().processInstanceId(s.journey()).singleResult();
        String written = tasks.getVariableLocal(reply.getId(), "briefing").toString();
        assertThat(written).contains("**Desk:** APAC (sales-apac, Asia/Shanghai)");

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
        assertThat(patch(s.clientId(), "{\"desk\": \"emea\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);

        String moved = tasks.getVariableLocal(reply.getId(), "briefing").toString();
        assertThat(moved).startsWith("**Moved:** the client moved to desk EMEA (sales-emea) on Tue 9 Mar 2027 03:00 (Europe/Berlin),"
                + " from desk APAC. Now due Tue 9 Mar 2027 20:00 (Europe/Berlin); next call window from ")
            .contains("Every time below is on this desk's clock (the briefing was written for desk APAC).\n\n"
                + written.split("\n\n")[0]);

        tasks.setVariableLocal(reply.getId(), "briefing", "**Escalated:** level 1 on today: reminded sam\n\n" + moved);
        assertThat(patch(s.clientId(), "{\"desk\": \"apac\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);

        String back = tasks.getVariableLocal(reply.getId(), "briefing").toString();
        assertThat(back).startsWith("**Escalated:** level 1 on today: reminded sam\n\n**Moved:** the client moved to desk APAC"
                + " (sales-apac) on Tue 9 Mar 2027 10:00 (Asia/Shanghai), from desk EMEA. Now due Wed 10 Mar 2027 09:00 (Asia/Shanghai);")
            .as("back on APAC's clock: due as when the task was made").contains(paragraph(written, "**Due:**"))
            .endsWith(paragraph(written, "**Desk:**"));
        assertThat(back.split("\\*\\*Moved:\\*\\*", -1)).as("one note, the latest move's").hasSize(2);
    }

    /**
     * A moved client's task is briefed on the new desk's clock where the briefing gives its times: its "Due" and "Next contact
     * window" lines and the desk it names are the new desk's, as the card's, where they had stayed on the old desk's clock.
     */
    @Test
    void shouldWriteAMovedTasksDueAndContactWindowOnTheNewDesksClock() {
        Started s = start("JP", "Asia/Tokyo", "desk-move-lines@example.jp");
        Task reply = tasks.createTaskQuery().processInstanceId(s.journey()).singleResult();
        String written = tasks.getVariableLocal(reply.getId(), "briefing").toString();
        String client = written.split("\n\n")[0];
        assertThat(client).startsWith("**Client:**");

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
        assertThat(patch(s.clientId(), "{\"desk\": \"emea\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);

        Task moved = tasks.createTaskQuery().taskId(reply.getId()).singleResult();
        Desk emea = desks.byName("emea").orElseThrow();
        ZoneId berlin = emea.calendar().zone();
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        List<String> paragraphs = List.of(tasks.getVariableLocal(reply.getId(), "briefing").toString().split("\n\n"));
        assertThat(paragraphs).as("the client's paragraph stays").contains(client);
        assertThat(paragraphs).filteredOn(p -> p.startsWith("**Due:**")).containsExactly(
            "**Due:** " + TaskGuidance.both(moved.getDueDate().toInstant(), berlin, tokyo));
        ClientCalendar calendar = etiquette.decide("JP", ClockUtil.now().toInstant(), Tier.A).calendar(tokyo);
        assertThat(paragraphs).filteredOn(p -> p.startsWith("**Next contact window:**")).containsExactly(
            "**Next contact window:** " + TaskGuidance.window(
                clocks.nextCall(calendar, emea.calendar(), ClockUtil.now().toInstant()), berlin, tokyo));
        assertThat(paragraphs).filteredOn(p -> p.startsWith("**Desk:**"))
            .containsExactly("**Desk:** EMEA (sales-emea, Europe/Berlin): its clock is the team time above");
    }

    /**
     * Every moment a moved client's briefing names reads on the new desk's clock, not only its "Due" and "Next contact window"
     * lines: the inquiry's receipt, written on Shanghai time for APAC, is on Berlin time once EMEA has the client, and no
     * paragraph but the note on the move names Shanghai.
     */
    @Test
    void shouldWriteEveryTimeAMovedTasksBriefingNamesOnTheNewDesksClock() {
        Started s = start("JP", "Asia/Tokyo", "desk-move-times@example.jp");
        Task reply = tasks.createTaskQuery().processInstanceId(s.journey()).singleResult();
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        String written = tasks.getVariableLocal(reply.getId(), "briefing").toString();
        assertThat(written).contains("received " + TaskGuidance.both(NOW, desks.byName("apac").orElseThrow().calendar().zone(), tokyo));

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
        assertThat(patch(s.clientId(), "{\"desk\": \"emea\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);

        String briefing = tasks.getVariableLocal(reply.getId(), "briefing").toString();
        assertThat(briefing).contains("received " + TaskGuidance.both(NOW, desks.byName("emea").orElseThrow().calendar().zone(), tokyo));
        assertThat(Arrays.stream(briefing.split("\n\n")).filter(p -> !p.startsWith("**Moved:**")))
            .as(briefing).noneMatch(p -> p.contains("Asia/Shanghai"));
    }

    /**
     * "Update production progress" is the team's own work: moved to another desk, it is followed up when the new desk is
     * next at work, as a new one is, not in the client's next call window; its briefing gives its due time in the new
     * desk's clock alone.
     */
    @Test
    void shouldFollowUpAMovedClientsTeamWorkWhenTheNewDeskIsNextAtWork() {
        DeskClient chicago = chicagoClient("desk-move-team-work@example.com");
        orderInFulfilment(chicago.started());
        Task update = tasks.createTaskQuery().processVariableValueEquals("clientId", chicago.started().clientId())
            .taskDefinitionKey("updateProductionProgress").singleResult();
        assertThat(update.getFollowUpDate().toInstant()).as("made for the Americas desk: when it is next at work")
            .isEqualTo(chicago.desk().calendar().nextWorkingStart(NOW));

        assertThat(patch(chicago.started().clientId(), "{\"desk\": \"apac\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        Desk apac = desks.byName("apac").orElseThrow();
        Task moved = tasks.createTaskQuery().taskId(update.getId()).singleResult();
        ClientCalendar calendar = etiquette.decide("US", NOW, Tier.A).calendar(ZoneId.of("America/Chicago"));
        Instant callWindow = clocks.nextCall(calendar, apac.calendar(), NOW).orElseThrow().start();
        assertThat(moved.getFollowUpDate().toInstant()).as("when APAC is next at work, not the client's next call window")
            .isEqualTo(apac.calendar().nextWorkingStart(NOW))
            .isNotEqualTo(callWindow);
        String briefing = tasks.getVariableLocal(update.getId(), "briefing").toString();
        assertThat(List.of(briefing.split("\n\n"))).filteredOn(p -> p.startsWith("**Due:**")).containsExactly(
            "**Due:** " + TeamMoments.at(moved.getDueDate().toInstant(), apac.calendar().zone())
                + " team time (" + apac.calendar().zone() + ")");
        assertThat(briefing).doesNotContain("next call window from");
    }

    /**
     * "Survey the client" and "Reach the client: email not delivered" of a client moved to another desk are due anew, as
     * the other tasks are: the same rule from the moment each was made (5 and 1 working days), on the new desk's working
     * days, held off the client's closed days and, the undelivered email, to a call window; the survey never before the day
     * its email asked the client to answer by is over. From the Tuesday before Thanksgiving (a holiday of the Americas desk and
     * of the client in Chicago, a working day in Shanghai).
     */
    @Test
    void shouldDueAMovedClientsSurveyAndUndeliveredEmailOnTheNewDesksWorkingDays() throws Exception {
        Instant tuesday = Instant.parse("2027-11-23T16:00:00Z");
        ClockUtil.setCurrentTime(Date.from(tuesday));
        Started s = start("US", "America/Chicago", "desk-move-survey@example.com");
        assertThat(deskOf(s.clientId()).name()).isEqualTo("americas");
        Map<String, Object> survey = new HashMap<>(clients.byId(s.clientId()).orElseThrow().variables());
        survey.put("clientId", s.clientId());
        survey.put("quarter", "2027-Q4");
        String surveyInstance = engine.getRuntimeService().startProcessInstanceByKey("satisfactionSurvey", s.clientId() + "/2027-Q4", survey).getId();
        AsyncContinuations.runAll(engine);
        Task ask = tasks.createTaskQuery().processInstanceId(surveyInstance).singleResult();
        OutboxMessage quote = outbox.planEmail("desk-move-survey-old@example.com", "Quotation", "Our quote.\n", tuesday, s.inquiryId());
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse("desk-move-survey-old@example.com", "550 5.1.1 <desk-move-survey-old@example.com>: User unknown");
            server.deliverDue(context);
        }
        Task reach = tasks.createTaskQuery().processInstanceBusinessKey(quote.id()).singleResult();
        Instant askDue = ask.getDueDate().toInstant();
        Instant reachDue = reach.getDueDate().toInstant();

        ClockUtil.setCurrentTime(Date.from(tuesday.plus(Duration.ofHours(1))));
        assertThat(patch(s.clientId(), "{\"desk\": \"apac\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        Desk apac = desks.byName("apac").orElseThrow();
        ZoneId chicago = ZoneId.of("America/Chicago");
        ClientClocks clientClocks = context.getBean(ClientClocks.class);
        Instant askCreated = ask.getCreateTime().toInstant();
        ClientCalendar chicagoCalendar = clientClocks.decide("US", Tier.A, chicago, "apac", askCreated).calendar();
        // the email asked the client to answer by the day the task was due with the Americas desk
        LocalDate told = askDue.atZone(chicago).toLocalDate();
        Instant reachCreated = reach.getCreateTime().toInstant();
        // APAC's working day on falls on a day the client works: held to the last of APAC's call windows with them before it
        ClientCalendar reachCalendar = clientClocks.decide("US", Tier.A, chicago, "apac", reachCreated).calendar();
        Instant reachExpected = CallWindowDue.held(reachCalendar, apac.calendar(), clocks, reachCreated,
            apac.calendar().plusWorkingDays(reachCreated, 1)).due();
        assertThat(reachExpected).as("the rule gives another time on APAC's days").isNotEqualTo(reachDue);
        assertThat(tasks.createTaskQuery().taskId(reach.getId()).singleResult().getDueDate().toInstant()).isEqualTo(reachExpected);
        assertThat(tasks.createTaskQuery().taskId(ask.getId()).singleResult().getDueDate().toInstant())
            .as("APAC's 5 working days end the day before: due when APAC's first call window with them on that day ends")
            .isEqualTo(clocks.nextCall(chicagoCalendar, apac.calendar(), chicagoCalendar.opening(told)).orElseThrow().end());

        // on to EMEA (Thanksgiving is a working day in Berlin): its 5 working days end before the day the client was told too
        assertThat(patch(s.clientId(), "{\"desk\": \"emea\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        Desk emea = desks.byName("emea").orElseThrow();
        Instant lands = clocks.sendAt(chicagoCalendar, askCreated);
        ZoneId berlin = emea.calendar().zone();
        Instant from = lands.atZone(berlin).toLocalDate().isAfter(askCreated.atZone(berlin).toLocalDate()) ? lands : askCreated;
        Instant emeaRule = ClientClosedDue.held(clientClocks.decide("US", Tier.A, chicago, "emea", askCreated),
            clocks, askCreated, emea.calendar().plusWorkingDays(from, 5)).due();
        assertThat(emeaRule.atZone(chicago).toLocalDate()).isBefore(told);
        Instant askExpected = clocks.nextCall(chicagoCalendar, emea.calendar(), chicagoCalendar.opening(told)).orElseThrow().end();
        assertThat(askExpected).as("EMEA's call window that day ends at another time").isNotEqualTo(askDue);
        assertThat(tasks.createTaskQuery().taskId(ask.getId()).singleResult().getDueDate().toInstant()).isEqualTo(askExpected);
    }

    /**
     * The improvement report of a client moved to another desk is due anew, as the desk's other tasks are: 72 hours from the
     * evaluation in the new desk's working time (recorded on Tuesday at 09:00 in Shanghai, due on Friday at 09:00 there with
     * APAC; the 72 hours end at 02:00 on Friday in Berlin, so EMEA has it due when its Thursday ends), and the evaluation's
     * {@code reportDueAt} says so.
     */
    @Test
    void shouldDueAMovedClientsImprovementReportInTheNewDesksWorkingTime() {
        Started s = start("JP", "Asia/Tokyo", "desk-move-report@example.jp");
        assertThat(deskOf(s.clientId()).name()).isEqualTo("apac");
        ResponseEntity<JsonNode> scored = post("/api/clients/" + s.clientId() + "/surveys", "{\"nps\": 8, \"csat\": 4, \"ces\": 3}", "shop");
        assertThat(scored.getStatusCode()).as(String.valueOf(scored.getBody())).isEqualTo(HttpStatus.CREATED);
        String evaluation = scored.getBody().path("evaluation").path("id").asText();
        Task report = tasks.createTaskQuery().processInstanceBusinessKey(evaluation).taskDefinitionKey("writeImprovementReport").singleResult();
        Instant apacDue = desks.byName("apac").orElseThrow().calendar().dueInWorkingTime(NOW, NOW.plus(Duration.ofHours(72)));
        assertThat(report.getDueDate().toInstant()).isEqualTo(apacDue);

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
        assertThat(patch(s.clientId(), "{\"desk\": \"emea\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        Instant emeaDue = desks.byName("emea").orElseThrow().calendar().dueInWorkingTime(NOW, NOW.plus(Duration.ofHours(72)));
        assertThat(emeaDue).as("EMEA's working time gives another due time").isNotEqualTo(apacDue);
        assertThat(tasks.createTaskQuery().taskId(report.getId()).singleResult().getDueDate().toInstant()).isEqualTo(emeaDue);
        assertThat(get("/api/clients/" + s.clientId() + "/surveys", "sam").getBody().get(0).path("reportDueAt").asText())
            .as("GET /api/clients/{id}/surveys says the same").isEqualTo(emeaDue.toString());
    }

    /**
     * A Tokyo client's inquiry on Sunday (09:00 in Shanghai) gets an automatic reply promising the answer when APAC's
     * Monday ends (22:00 in Shanghai). Moved to EMEA, whose Monday ends later (20:00 in Berlin), the reply stays due as
     * promised: a move never makes the team later than the client was told.
     */
    @Test
    void shouldKeepAMovedClientsReplyNoLaterThanTheAutomaticReplyPromised() {
        Instant sunday = Instant.parse("2027-03-07T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(sunday));
        Started s = start("JP", "Asia/Tokyo", "desk-move-promise@example.jp");
        assertThat(autoReplies(s.inquiryId())).hasSize(1);
        Task reply = tasks.createTaskQuery().processInstanceId(s.journey()).singleResult();
        Instant apacMondayEnds = Instant.parse("2027-03-08T14:00:00Z");
        assertThat(reply.getDueDate().toInstant()).as("22:00 on Monday in Shanghai").isEqualTo(apacMondayEnds);

        ClockUtil.setCurrentTime(Date.from(sunday.plus(Duration.ofHours(1))));
        assertThat(patch(s.clientId(), "{\"desk\": \"emea\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(desks.byName("emea").orElseThrow().calendar().contactHours(LocalDate.parse("2027-03-08")).end())
            .as("EMEA's Monday ends later").isAfter(apacMondayEnds);
        assertThat(tasks.createTaskQuery().taskId(reply.getId()).singleResult().getDueDate().toInstant()).isEqualTo(apacMondayEnds);
        assertThat(replyDueAt(s)).isEqualTo(apacMondayEnds);
    }

    /** An order desk's task of a client moved to another desk: its working day counted in the new desk's calendar. */
    @Test
    void shouldDueAMovedClientsOrderConfirmationOnTheNewDesksWorkingDays() {
        // the Wednesday before Thanksgiving (5 U.S.C. 6103), 10:00 in Chicago: a working day in Shanghai, the next day not in New York
        Instant wednesday = Instant.parse("2027-11-24T16:00:00Z");
        ClockUtil.setCurrentTime(Date.from(wednesday));
        Started s = start("US", "America/Chicago", "desk-move-confirm@example.com");
        Desk americas = deskOf(s.clientId());
        assertThat(americas.name()).isEqualTo("americas");
        acceptedAndPaid(s);
        Task confirm = tasks.createTaskQuery().processInstanceId(s.journey()).taskDefinitionKey("confirmOrder").singleResult();
        // 1 working day of New York: Thanksgiving is none, so Friday, 10:00 in Chicago
        assertThat(confirm.getDueDate().toInstant()).isEqualTo(americas.calendar().plusWorkingDays(wednesday, 1))
            .isEqualTo(Instant.parse("2027-11-26T16:00:00Z"));

        assertThat(patch(s.clientId(), "{\"desk\": \"apac\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        Desk apac = desks.byName("apac").orElseThrow();
        // 1 working day of Shanghai from the same moment: Thursday 00:00 there is out of hours, so when Thursday's hours end
        assertThat(tasks.createTaskQuery().taskId(confirm.getId()).singleResult().getDueDate().toInstant())
            .isEqualTo(apac.calendar().plusWorkingDays(wednesday, 1))
            .isEqualTo(Instant.parse("2027-11-25T14:00:00Z"));
    }

    /** The paragraph of a briefing that begins with {@code head}. */
    private static String paragraph(String briefing, String head) {
        return Arrays.stream(briefing.split("\n\n")).filter(p -> p.startsWith(head)).findFirst().orElseThrow();
    }

    private Instant replyDueAt(Started s) {
        return Instant.parse(get("/api/inquiries/" + s.inquiryId(), "sam").getBody().path("inquiry").path("replyDueAt").asText());
    }

    private void sweep() {
        String sweep = engine.getRuntimeService().startProcessInstanceByKey("escalationSweep").getId();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processInstanceId(sweep).singleResult().getId());
    }

    private Instant plannedFor(Task task) {
        return jdbc.sql("select task_due from task_escalation_due where task_id = :task").param("task", task.getId())
            .query(Timestamp.class).single().toInstant();
    }

    @Test
    void shouldRefuseAnUnknownDeskOrRemovingItAndAnswer404ForAnUnknownClient() {
        Started s = start("JP", "Asia/Tokyo", "desk-bad@example.jp");
        String desk = get("/api/clients/" + s.clientId(), "sam").getBody().path("desk").asText();

        ResponseEntity<JsonNode> unknown = patch(s.clientId(), "{\"desk\": \"mars\", \"tier\": \"C\"}", "sam");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().path("errors").findValuesAsText("field")).containsExactly("desk");
        assertThat(unknown.getBody().path("detail").asText()).contains("unknown desk 'mars'").contains("apac", "emea", "americas");
        ResponseEntity<JsonNode> removed = patch(s.clientId(), "{\"desk\": null}", "sam");
        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(removed.getBody().path("errors").findValuesAsText("field")).containsExactly("desk");
        JsonNode client = get("/api/clients/" + s.clientId(), "sam").getBody();
        assertThat(client.path("desk").asText()).as("nothing changed").isEqualTo(desk);
        assertThat(client.path("tier").asText()).as("nothing changed").isEqualTo("A");
        assertThat(client.path("history").size()).isZero();

        assertThat(patch("no-such-client", "{\"desk\": \"emea\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/clients/no-such-client", "sam").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(patch(s.clientId(), "{\"desk\": \"emea\"}", "shop").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * The rule, counted minute by minute apart from the code under test: over the client's next 10 working
     * days (from its local today), the minutes in the client's business hours that fall in a desk's regular
     * contact hours on one of the desk's working days; a tie goes to more such minutes in the stretch hours,
     * then to the desk configured first.
     */
    private Desk bestByMinutes(ClientCalendar client) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = client.localDate(NOW); days.size() < Desks.ROUTING_DAYS; day = day.plusDays(1)) {
            if (client.isWorkingDay(day)) {
                days.add(day);
            }
        }
        Comparator<long[]> better = Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]);
        Desk best = null;
        long[] bestCount = null;
        for (Desk desk : desks.all()) {
            TeamSettings t = desk.calendar().settings();
            long regular = 0;
            long stretched = 0;
            for (LocalDate day : days) {
                ZonedDateTime end = ZonedDateTime.of(day, client.closes(), client.zone());
                for (ZonedDateTime m = ZonedDateTime.of(day, client.opens(), client.zone()); m.isBefore(end); m = m.plusMinutes(1)) {
                    ZonedDateTime local = m.withZoneSameInstant(desk.calendar().zone());
                    if (!desk.calendar().isWorkingDay(local.toLocalDate())) {
                        continue;
                    }
                    LocalTime time = local.toLocalTime();
                    if (!time.isBefore(t.contactStart()) && time.isBefore(t.contactEnd())) {
                        regular++;
                    }
                    if (!time.isBefore(t.contactStart().minus(t.stretchEarly())) && minutesOfDay(time) < minutesOfDay(t.contactEnd()) + t.stretchLate().toMinutes()) {
                        stretched++;
                    }
                }
            }
            long[] count = {regular, stretched};
            if (best == null || better.compare(count, bestCount) > 0) {
                best = desk;
                bestCount = count;
            }
        }
        return best;
    }

    private static long minutesOfDay(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }

    /** The follow-up date is the start of the desk's next call window: in the desk's hours on its working day, in the client's. */
    private void assertFollowUpInCallWindowOf(Task task, ClientCalendar client, Desk desk) {
        Instant followUp = task.getFollowUpDate().toInstant();
        ContactWindow window = ContactWindows.call(client, desk.calendar(), NOW, 1).get(0);
        assertThat(followUp).isEqualTo(window.start());
        TeamCalendar calendar = desk.calendar();
        ZonedDateTime local = followUp.atZone(calendar.zone());
        assertThat(calendar.isWorkingDay(local.toLocalDate())).as("a working day of desk " + desk.name()).isTrue();
        assertThat(calendar.stretchedHours(local.toLocalDate()).start()).isBeforeOrEqualTo(followUp);
        assertThat(calendar.stretchedHours(local.toLocalDate()).end()).isAfter(followUp);
        ZonedDateTime clientLocal = followUp.atZone(client.zone());
        assertThat(client.isWorkingDay(clientLocal.toLocalDate())).isTrue();
        assertThat(clientLocal.toLocalTime()).isBetween(client.opens(), client.closes());
        assertThat(Duration.between(NOW, followUp)).isLessThan(Duration.ofDays(7));
    }

    /**
     * The escalation counts the working time of the client's desk: a Berlin client of the EMEA desk (08:00-20:00 in
     * Berlin) whose inquiry came at NOW, 02:00 on Tuesday in Berlin, has its reply due when the desk's Tuesday ends
     * (20:00), twelve working hours after the desk opens; as a key account (first level at 50 %) its first reminder is
     * planned for when six of them have passed, 14:00 in Berlin (the whole team's hours in Shanghai would give 07:30
     * UTC, the hours as they pass 10:00 UTC).
     */
    @Test
    void shouldCountATasksEscalationInTheWorkingTimeOfItsClientsDesk() {
        Started s = start("DE", "Europe/Berlin", "desk-clock@example.com");
        assertThat(get("/api/clients/" + s.clientId(), "sam").getBody().path("desk").asText()).isEqualTo("emea");
        Task reply = tasks.createTaskQuery().processInstanceId(s.journey()).taskDefinitionKey("replyToInquiry").singleResult();
        assertThat(reply.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-03-09T19:00:00Z"));

        String sweep = engine.getRuntimeService().startProcessInstanceByKey("escalationSweep").getId();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processInstanceId(sweep).singleResult().getId());

        Instant planned = jdbc.sql("select next_due from task_escalation_due where task_id = :task").param("task", reply.getId())
            .query(Timestamp.class).single().toInstant();
        Instant berlinAt14 = Instant.parse("2027-03-09T13:00:00Z");
        assertThat(planned).isBetween(berlinAt14, berlinAt14.plusSeconds(1));
    }

    /**
     * "Reach the client: email not delivered" for an email to an address the client has changed since is the client's,
     * found by the record the email was for: in their desk's group and clock, as everything done for the client. It had
     * gone to the default team's clock without the desk's group, out of the Americas desk's sight. An email whose address
     * and record name no client stays with the default team (README "Desks").
     */
    @Test
    void shouldGiveAnUndeliveredEmailToTheDeskOfTheClientOfItsRecord() throws Exception {
        DeskClient chicago = chicagoClient("desk-undelivered@example.com");
        String before = "desk-undelivered-old@example.com";
        String nobody = "desk-nobody@example.com";
        OutboxMessage changed = outbox.planEmail(before, "Quotation", "Our quote.\n", NOW, chicago.started().inquiryId());
        OutboxMessage unknown = outbox.planEmail(nobody, "Our catalogue", "The catalogue you asked for.\n", NOW, "catalogue-desk");
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(before, "550 5.1.1 <" + before + ">: Recipient address rejected: User unknown");
            server.refuse(nobody, "550 5.1.1 <" + nobody + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(changed.id()).singleResult();
        assertThat(candidateGroups(task)).containsExactlyInAnyOrder("sales", chicago.desk().group());
        assertThat(visibleTo(chicago.desk().demoUser(), task.getProcessInstanceId())).containsExactly(task.getId());
        assertThat(tasks.getVariableLocal(task.getId(), "undelivered").toString())
            .contains("- Planned for: Mon 8 Mar 2027 20:00 team time (" + chicago.desk().calendar().zone() + ")");

        Task alone = tasks.createTaskQuery().processInstanceBusinessKey(unknown.id()).singleResult();
        assertThat(candidateGroups(alone)).containsExactly("sales");
        assertThat(tasks.getVariableLocal(alone.getId(), "undelivered").toString())
            .contains("- Planned for: Tue 9 Mar 2027 09:00 team time (" + clocks.team().zone() + ")");
    }

    private Started start(String country, String zone, String email) {
        ResponseEntity<JsonNode> started = post("/api/inquiries", """
            {"client": {"company": "Desk Test %s", "contactName": "Pat Client", "email": "%s", "country": "%s", "timeZone": "%s",
                        "tier": "A"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL"}}""".formatted(country, email, country, zone),
            "shop");
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);
        String id = started.getBody().path("id").asText();
        String journey = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        return new Started(id, started.getBody().path("clientId").asText(), journey);
    }

    /** A client's start, its desk and the desk's today. */
    record DeskClient(Started started, Desk desk, LocalDate today) {
    }

    /**
     * A Chicago client started at NOW, Monday evening in Chicago and New York and Tuesday morning in Shanghai: its desk
     * (Americas) is at the day before the team's, so a step that takes the team's day or hours shows.
     */
    private DeskClient chicagoClient(String email) {
        Started s = start("US", "America/Chicago", email);
        Desk desk = deskOf(s.clientId());
        LocalDate today = LocalDate.ofInstant(NOW, desk.calendar().zone());
        assertThat(today).as("the desk's day differs from the team's").isEqualTo(LocalDate.ofInstant(NOW, clocks.team().zone()).minusDays(1));
        return new DeskClient(s, desk, today);
    }

    private List<OutboxMessage> autoReplies(String inquiryId) {
        return outbox.about(inquiryId).stream().filter(m -> m.content() != null && "AUTO_REPLY".equals(m.content().messageKind())).toList();
    }

    /** Quotes, has the client accept and pay in full, and the order desk confirm the order: its fulfilment runs. */
    private String orderInFulfilment(Started s) {
        String orderId = acceptedAndPaid(s);
        Task confirm = tasks.createTaskQuery().processInstanceId(s.journey()).taskDefinitionKey("confirmOrder").singleResult();
        tasks.complete(confirm.getId(), Map.of("deliveryDate", "2027-06-01", "shippingMethod", "SEA"));
        AsyncContinuations.runAll(engine);
        return orderId;
    }

    /** Quotes, has the client accept and pay in full: the order desk's confirmation is open. */
    private String acceptedAndPaid(Started s) {
        sendQuote(s);
        String orderId = post("/api/inquiries/" + s.inquiryId() + "/client-response", "{\"decision\": \"ACCEPTED\"}", "shop")
            .getBody().path("orderId").asText();
        AsyncContinuations.runAll(engine);
        assertThat(post("/api/orders/" + orderId + "/payment", "{\"amount\": 6250, \"currency\": \"USD\"}", "shop").getStatusCode())
            .isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        return orderId;
    }

    /** Completes the journey's reply task with a quote, which then goes out (the job executor's continuations, here the test's). */
    private void sendQuote(Started s) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(s.journey()).singleResult().getId(), JourneyFixture.quote());
        AsyncContinuations.runAll(engine);
    }

    /** The desk the client record names, as {@code GET /api/clients/{id}} shows it to sales. */
    private Desk deskOf(String clientId) {
        return desks.byName(get("/api/clients/" + clientId, "sam").getBody().path("desk").asText()).orElseThrow();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
            .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    /** The task ids of a journey that engine-rest (as Tasklist asks it) shows the user, with the user's own permissions. */
    private List<String> visibleTo(String user, String processInstanceId) {
        ResponseEntity<JsonNode> answer = http.withBasicAuth(user, "demo")
            .getForEntity("/engine-rest/task?processInstanceId=" + processInstanceId + "&firstResult=0&maxResults=50", JsonNode.class);
        assertThat(answer.getStatusCode()).as(user + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody().findValuesAsText("id");
    }

    private ResponseEntity<JsonNode> send(HttpMethod method, String path, String body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String body, String user) {
        return send(HttpMethod.POST, path, body, user);
    }

    private ResponseEntity<JsonNode> patch(String clientId, String body, String user) {
        return send(HttpMethod.PATCH, "/api/clients/" + clientId, body, user);
    }

    private ResponseEntity<JsonNode> get(String path, String user) {
        return http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }
}
