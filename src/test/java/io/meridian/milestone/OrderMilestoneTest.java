package io.meridian.milestone;

import io.meridian.testsupport.LedgerFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.milestone.OrderMilestone.Activity;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.ReceivedMail;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TaskDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Key milestones of an order (issue 15 point 2), with a controlled clock: the checklist goes to the client
 * 72 hours before the milestone with a task for the order desk due at the milestone; one milestone is
 * confirmed, the other is not and escalates through the escalation sweep like any late task; the REST
 * endpoints refuse bad input (404, 400, 409) without keeping anything.
 */
@MeridianTest
class OrderMilestoneTest {

    /** Monday 1 March 2027, 10:00 in Shanghai, 03:00 in Berlin. */
    static final Instant T0 = Instant.parse("2027-03-01T02:00:00Z");
    /** Thursday 11 March 2027, 08:00 in Berlin: the opening of the German client's business that day. */
    static final Instant INSPECTION = Instant.parse("2027-03-11T07:00:00Z");
    /** Friday 12 March 2027, 08:00 in Berlin. */
    static final Instant SHIPMENT = Instant.parse("2027-03-12T07:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(T0);

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;

    @AfterEach
    void everyTaskHadItsDueAndFollowUpDates() {
        TaskDates.assertEveryTaskHadDueAndFollowUpDates(engine);
    }

    @Test
    void shouldAskForTheChecklist72HoursBeforeAndEscalateAMilestoneLeftUnconfirmed() {
        LedgerFixture.ClientWithOrder order = LedgerFixture.germanClient(jdbc, "weber-ms@weber.example", T0.minus(Duration.ofDays(10)), "CONFIRMED");
        String path = "/api/orders/" + order.orderId() + "/milestones";

        ResponseEntity<JsonNode> inspection = post(path, """
            {"name": "Pre-shipment inspection", "dueOn": "2027-03-11",
             "checklist": ["Inspection agency and inspector named", "AQL level II agreed", "Packing and carton marks approved"]}""");
        assertThat(inspection.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(inspection.getBody().path("state").asText()).isEqualTo("PLANNED");
        assertThat(Instant.parse(inspection.getBody().path("dueAt").asText())).isEqualTo(INSPECTION);
        assertThat(Instant.parse(inspection.getBody().path("askAt").asText())).isEqualTo(INSPECTION.minus(Duration.ofHours(72)));
        String inspectionId = inspection.getBody().path("id").asText();
        ResponseEntity<JsonNode> shipment = post(path, """
            {"name": "Shipment", "dueOn": "2027-03-12", "checklist": ["Booking confirmed with the forwarder"]}""");
        assertThat(shipment.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String shipmentId = shipment.getBody().path("id").asText();

        ProcessInstance confirmed = milestone(inspectionId);
        assertThat(confirmed).isWaitingAt(Activity.ASKED_OR_CONFIRMED);
        assertThat(job(confirmed).getDuedate().toInstant()).as("72 hours before").isEqualTo(Instant.parse("2027-03-08T07:00:00Z"));

        // 72 hours before: the checklist goes to the client, the order desk gets the task due at the milestone
        ClockUtil.setCurrentTime(Date.from(INSPECTION.minus(Duration.ofHours(72))));
        engine.getManagementService().executeJob(job(confirmed).getId());
        AsyncContinuations.run(engine, confirmed.getId());
        assertThat(confirmed).isWaitingAt(Activity.CONFIRM_MILESTONE);
        Task confirm = task(confirmed);
        assertThat(confirm).hasCandidateGroup("order-desk");
        assertThat(confirm.getName()).isEqualTo("Confirm the milestone — Weber GmbH (DE, A)");
        assertThat(confirm.getDueDate().toInstant()).isEqualTo(INSPECTION);
        assertThat(confirm.getFollowUpDate()).isNotNull();
        assertThat((String) engine.getTaskService().getVariableLocal(confirm.getId(), "briefing"))
            .contains("**Key milestone:** Pre-shipment inspection of order " + order.orderNumber(), "- AQL level II agreed");
        assertThat(list(path)).extracting(m -> m.path("state").asText()).containsExactly("ASKED", "PLANNED");

        mail.deliverDue();
        ReceivedMail checklist = mail.receivedBy("weber-ms@weber.example").stream().filter(m -> m.subject().contains("Pre-shipment"))
            .findFirst().orElseThrow();
        assertThat(checklist.to()).containsExactly("weber-ms@weber.example");
        assertThat(checklist.subject()).isEqualTo("Auftrag " + order.orderNumber() + ": Bitte bestätigen Sie „Pre-shipment inspection“ vor "
            + "Donnerstag, 11. März 2027, 08:00 Uhr (Mitteleuropäische Zeit) / Order " + order.orderNumber()
            + ": please confirm “Pre-shipment inspection” before Thursday, 11 March 2027, 08:00 (Central European Time)");
        assertThat(checklist.body()).startsWith("Sehr geehrter Herr Weber,")
            .contains("Ihr Auftrag " + order.orderNumber() + " erreicht einen wichtigen Meilenstein: Pre-shipment inspection am Donnerstag, 11. März 2027, 08:00 Uhr (Mitteleuropäische Zeit)",
                "- Inspection agency and inspector named\n- AQL level II agreed\n- Packing and carton marks approved");

        // the desk cannot close the task without the client's confirmation
        assertThatThrownBy(() -> engine.getTaskService().complete(confirm.getId(), Map.of(OrderMilestone.Var.CLIENT_CONFIRMED, false)))
            .hasMessageContaining("clientConfirmed must be true");

        // the client confirms: recorded, the process ends
        ClockUtil.setCurrentTime(Date.from(INSPECTION.minus(Duration.ofHours(30))));
        ResponseEntity<JsonNode> ok = post(path + "/" + inspectionId + "/confirmation",
            "{\"confirmedBy\": \"Jan Weber\", \"note\": \"Inspector: SGS Ningbo.\"}");
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getBody().path("state").asText()).isEqualTo("CONFIRMED");
        assertThat(ok.getBody().path("confirmedBy").asText()).isEqualTo("Jan Weber");
        assertThat(Instant.parse(ok.getBody().path("confirmedAt").asText())).isEqualTo(INSPECTION.minus(Duration.ofHours(30)));
        assertThat(confirmed).isEnded().hasPassedInOrder(Activity.MILESTONE_PLANNED, Activity.CHECKLIST_DUE, Activity.SEND_CHECKLIST,
            Activity.CONFIRM_MILESTONE, Activity.RECORD_CONFIRMATION, Activity.MILESTONE_CONFIRMED);
        assertThat(post(path + "/" + inspectionId + "/confirmation", "{}").getStatusCode())
            .as("confirmed already").isEqualTo(HttpStatus.CONFLICT);

        // the shipment milestone: asked, never confirmed; at the milestone its task escalates like any late task
        ProcessInstance unconfirmed = milestone(shipmentId);
        ClockUtil.setCurrentTime(Date.from(SHIPMENT.minus(Duration.ofHours(72))));
        engine.getManagementService().executeJob(job(unconfirmed).getId());
        AsyncContinuations.run(engine, unconfirmed.getId());
        Task late = task(unconfirmed);
        assertThat(late.getDueDate().toInstant()).isEqualTo(SHIPMENT);
        assertThat(candidateGroups(late)).containsExactly("order-desk");

        ClockUtil.setCurrentTime(Date.from(SHIPMENT.plus(Duration.ofHours(1))));
        sweepEscalations();
        assertThat((Integer) engine.getTaskService().getVariableLocal(late.getId(), "escalationLevel")).isGreaterThanOrEqualTo(2);
        assertThat(candidateGroups(late)).contains("order-desk", "managers");
        assertThat(unconfirmed).isWaitingAt(Activity.CONFIRM_MILESTONE);
        assertThat(list(path)).extracting(m -> m.path("state").asText()).containsExactly("CONFIRMED", "OVERDUE");

        // the order is delivered: its milestones are closed, and no new one is planned
        jdbc.sql("update customer_order set status = 'DELIVERED' where id = :id").param("id", order.orderId()).update();
        assertThat(post(path + "/" + shipmentId + "/confirmation", "{}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(path, "{\"name\": \"Claim window\", \"dueOn\": \"2027-04-01\", \"checklist\": [\"Goods checked\"]}").getStatusCode())
            .isEqualTo(HttpStatus.CONFLICT);
        assertThat(list(path)).hasSize(2);
    }

    /** 72 hours before a Tuesday is a Saturday: the client would have had Monday alone; now the Thursday before. */
    @Test
    void shouldAskThreeOfTheClientsWorkingDaysBeforeAMilestone() {
        LedgerFixture.ClientWithOrder order = LedgerFixture.germanClient(jdbc, "weber-ms-tuesday@weber.example", T0.minus(Duration.ofDays(5)), "PAID");
        ResponseEntity<JsonNode> tuesday = post("/api/orders/" + order.orderId() + "/milestones",
            "{\"name\": \"Production start\", \"dueOn\": \"2027-03-16\", \"checklist\": [\"Colour samples signed\"]}");
        assertThat(tuesday.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // 08:00 in Berlin: Thursday 11 March, so the client has Thursday, Friday and Monday
        assertThat(Instant.parse(tuesday.getBody().path("askAt").asText())).isEqualTo(Instant.parse("2027-03-11T07:00:00Z"));
        assertThat(job(milestone(tuesday.getBody().path("id").asText())).getDuedate().toInstant())
            .isEqualTo(Instant.parse("2027-03-11T07:00:00Z"));
    }

    /** A Japanese client closed from 29 December to 3 January, as the etiquette's New Year holidays close them. */
    @Test
    void shouldCountOnlyTheClientsWorkingDaysOverTheNewYear() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        java.util.Set<LocalDate> newYear = new java.util.HashSet<>();
        for (LocalDate d = LocalDate.of(2026, 12, 29); !d.isAfter(LocalDate.of(2027, 1, 3)); d = d.plusDays(1)) {
            newYear.add(d);
        }
        io.meridian.calendar.ClientCalendar japan = new io.meridian.calendar.ClientCalendar(tokyo,
            java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY), java.time.LocalTime.of(9, 0),
            java.time.LocalTime.of(18, 0), newYear, java.util.Set.of(), LocalDate.of(2027, 3, 1));
        // a milestone on Wednesday 6 January: 72 hours before was Sunday 3 January, a holiday; now Monday 28 December,
        // so the client has 28 December, 4 and 5 January
        assertThat(MilestoneService.askAt(LocalDate.of(2027, 1, 6), japan))
            .isEqualTo(java.time.ZonedDateTime.of(2026, 12, 28, 9, 0, 0, 0, tokyo).toInstant());
    }

    @Test
    void shouldKeepAConfirmationThatComesBeforeTheChecklistAndSendNoChecklist() {
        LedgerFixture.ClientWithOrder order = LedgerFixture.germanClient(jdbc, "weber-ms-early@weber.example", T0.minus(Duration.ofDays(5)), "PAID");
        String path = "/api/orders/" + order.orderId() + "/milestones";
        ResponseEntity<JsonNode> planned = post(path, """
            {"name": "Sample approval", "dueOn": "2027-03-11", "checklist": ["Golden sample signed"]}""");
        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = planned.getBody().path("id").asText();
        ProcessInstance milestone = milestone(id);
        assertThat(milestone).isWaitingAt(Activity.ASKED_OR_CONFIRMED);

        // the client confirmed on the phone a week before the checklist was due
        ResponseEntity<JsonNode> early = post(path + "/" + id + "/confirmation", "{\"confirmedBy\": \"Jan Weber\", \"note\": \"Signed at the visit.\"}");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(early.getBody().path("state").asText()).isEqualTo("CONFIRMED");
        assertThat(early.getBody().path("confirmedBy").asText()).isEqualTo("Jan Weber");
        assertThat(early.getBody().path("confirmationNote").asText()).isEqualTo("Signed at the visit.");
        assertThat(early.getBody().path("askedAt").isNull()).as("never asked").isTrue();
        assertThat(milestone).isEnded().hasPassedInOrder(Activity.MILESTONE_PLANNED, Activity.CONFIRMED_EARLY, Activity.RECORD_CONFIRMATION,
            Activity.MILESTONE_CONFIRMED).hasNotPassed(Activity.SEND_CHECKLIST, Activity.CONFIRM_MILESTONE);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(milestone.getId()).count()).as("no timer left").isZero();
        ClockUtil.setCurrentTime(Date.from(INSPECTION));
        mail.deliverDue();
        assertThat(mail.receivedBy("weber-ms-early@weber.example")).as("no checklist").isEmpty();
        assertThat(post(path + "/" + id + "/confirmation", "{}").getStatusCode()).as("confirmed already").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldRefuseUnknownOrdersBadInputAndOtherTeamsWithoutKeepingAnything() {
        LedgerFixture.ClientWithOrder order = LedgerFixture.germanClient(jdbc, "weber-ms-bad@weber.example", T0.minus(Duration.ofDays(3)), "PAID");
        String path = "/api/orders/" + order.orderId() + "/milestones";

        assertThat(post("/api/orders/no-such-order/milestones", "{\"name\": \"Shipment\", \"dueOn\": \"2027-03-12\", \"checklist\": [\"Booking\"]}")
            .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("olivia", "demo").getForEntity("/api/orders/no-such-order/milestones", JsonNode.class).getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(path + "/no-such-milestone/confirmation", "{}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> empty = post(path, "{\"name\": \" \", \"dueOn\": \"11.03.2027\"}");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(empty.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "dueOn", "checklist");
        ResponseEntity<JsonNode> past = post(path, "{\"name\": \"Sample approval\", \"dueOn\": \"2027-02-26\", \"checklist\": [\"Samples signed\"]}");
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody().path("errors").findValuesAsText("field")).containsExactly("dueOn");
        // today's opening in Berlin (08:00) is still to come at 03:00 Berlin time; yesterday's has passed
        assertThat(post(path, "{\"name\": \"Sample approval\", \"dueOn\": \"2027-02-28\", \"checklist\": [\"Samples signed\"]}")
            .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> noChecklist = post(path, "{\"name\": \"Sample approval\", \"dueOn\": \"2027-03-11\", \"checklist\": []}");
        assertThat(noChecklist.getBody().path("errors").findValuesAsText("field")).containsExactly("checklist");
        ResponseEntity<JsonNode> blankItem = post(path, "{\"name\": \"Sample approval\", \"dueOn\": \"2027-03-11\", \"checklist\": [\"Colour\", \"  \"]}");
        assertThat(blankItem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blankItem.getBody().path("errors").findValuesAsText("field")).containsExactly("checklist[1]");
        String thirteen = "[" + String.join(", ", java.util.Collections.nCopies(13, "\"" + "x".repeat(300) + "\"")) + "]";
        ResponseEntity<JsonNode> tooMany = post(path, "{\"name\": \"Sample approval\", \"dueOn\": \"2027-03-11\", \"checklist\": " + thirteen + "}");
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMany.getBody().path("errors").findValuesAsText("field")).containsExactly("checklist");
        assertThat(list(path)).as("nothing kept from refused input").isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OrderMilestone.KEY)
            .variableValueEquals(OrderMilestone.Var.ORDER_ID, order.orderId()).count()).isZero();

        // a milestone nearer than 72 hours is asked at once
        ResponseEntity<JsonNode> soon = post(path, "{\"name\": \"Production start\", \"dueOn\": \"2027-03-02\", \"checklist\": [\"Colour samples signed\"]}");
        assertThat(soon.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(Instant.parse(soon.getBody().path("askAt").asText())).isEqualTo(T0);

        assertThat(http.withBasicAuth("ana", "demo").getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post(path, "{\"name\": \"Shipment\", \"dueOn\": \"2027-03-12\", \"checklist\": [\"Booking\"]}", "sue").getStatusCode())
            .as("support plans no milestones").isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * One answer names every mistake of a milestone, each with its own message: the day in the past and a blank checklist
     * item came one after the other, each once the fields before it were right.
     */
    @Test
    void shouldNameEveryMistakeOfAMilestoneInOneAnswer() {
        LedgerFixture.ClientWithOrder order = LedgerFixture.germanClient(jdbc, "weber-ms-phases@weber.example", T0.minus(Duration.ofDays(3)), "PAID");
        String path = "/api/orders/" + order.orderId() + "/milestones";

        ResponseEntity<JsonNode> wrong = post(path, "{\"name\": \" \", \"dueOn\": \"2027-02-26\", \"checklist\": [\"Colour\", \" \"]}");

        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = wrong.getBody().path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("name", "checklist[1]", "dueOn");
        assertThat(errors.findValuesAsText("message")).containsExactly("name is required",
            "checklist[1] is empty: each item says what the client confirms",
            "dueOn 2027-02-26 lies in the past for the client (the milestone is the opening of their business that day,"
                + " 2027-02-26T07:00:00Z): give a day still to come");
        // the user tour's body: a day that is no date, with the empty name and item, all named at once
        ResponseEntity<JsonNode> tour = post(path, "{\"name\": \"\", \"dueOn\": \"2026-13-01\", \"checklist\": [\"\", \"ok\"]}");
        assertThat(tour.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tour.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "dueOn", "checklist[0]");
        assertThat(list(path)).as("nothing kept from refused input").isEmpty();
    }

    /**
     * A milestone more than two years away (9999) is a slip of the year, refused naming the latest day with the body's other
     * mistakes, where the client's calendar was asked about that day and the answer was a 500.
     */
    @Test
    void shouldRefuseAMilestoneMoreThanTwoYearsAwayNamingTheLatestDay() {
        LedgerFixture.ClientWithOrder order = LedgerFixture.germanClient(jdbc, "weber-ms-far@weber.example", T0.minus(Duration.ofDays(3)), "PAID");
        String path = "/api/orders/" + order.orderId() + "/milestones";

        ResponseEntity<JsonNode> far = post(path, "{\"name\": \"\", \"dueOn\": \"9999-03-10\", \"checklist\": [\"Colour\"]}");

        assertThat(far.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = far.getBody().path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("name", "dueOn");
        assertThat(errors.findValuesAsText("message")).contains("dueOn 9999-03-10 is more than 2 years away (today is Mon 1 Mar 2027"
            + " in the client's time zone Europe/Berlin; the latest is Thu 1 Mar 2029): check the year");
        assertThat(list(path)).as("nothing kept from refused input").isEmpty();
    }

    /**
     * A milestone is a day the client must act on (the checklist confirmed by their opening): on their weekend or a public
     * holiday that closes them nobody is there, and the task would fall due while they are away. It was accepted.
     */
    @Test
    void shouldRefuseAMilestoneOnADayTheClientDoesNotWorkNamingTheNearestDaysTheyDo() {
        LedgerFixture.ClientWithOrder order = LedgerFixture.germanClient(jdbc, "weber-ms-weekend@weber.example", T0.minus(Duration.ofDays(3)), "PAID");
        String path = "/api/orders/" + order.orderId() + "/milestones";

        ResponseEntity<JsonNode> saturday = post(path, "{\"name\": \"Pre-shipment inspection\", \"dueOn\": \"2027-03-13\", \"checklist\": [\"AQL II\"]}");

        assertThat(saturday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(saturday.getBody().path("errors").findValuesAsText("field")).containsExactly("dueOn");
        assertThat(saturday.getBody().path("detail").asText()).isEqualTo("dueOn 2027-03-13 is a Saturday, not a working day of the client"
            + " (Europe/Berlin): the client confirms the checklist by the opening of their business that day; give a day they work,"
            + " e.g. Friday 2027-03-12 or Monday 2027-03-15");
        ResponseEntity<JsonNode> goodFriday = post(path, "{\"name\": \"Pre-shipment inspection\", \"dueOn\": \"2027-03-26\", \"checklist\": [\"AQL II\"]}");
        assertThat(goodFriday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(goodFriday.getBody().path("detail").asText()).as(goodFriday.getBody().toString())
            .isEqualTo("dueOn 2027-03-26 is a Friday the client is closed for Good Friday (Europe/Berlin): the client confirms"
                + " the checklist by the opening of their business that day; give a day they work, e.g. Thursday 2027-03-25 or Tuesday 2027-03-30");
        // a year and a half ahead, far beyond the days today's decision knows: judged by the observances of that time
        ResponseEntity<JsonNode> unity = post(path, "{\"name\": \"Pre-shipment inspection\", \"dueOn\": \"2028-10-03\", \"checklist\": [\"AQL II\"]}");
        assertThat(unity.getBody().path("detail").asText()).as(unity.getBody().toString())
            .startsWith("dueOn 2028-10-03 is a Tuesday the client is closed for ")
            .endsWith("e.g. Monday 2028-10-02 or Wednesday 2028-10-04");
        ResponseEntity<JsonNode> easter = post(path, "{\"name\": \"Pre-shipment inspection\", \"dueOn\": \"2028-04-15\", \"checklist\": [\"AQL II\"]}");
        assertThat(easter.getBody().path("detail").asText()).as("Good Friday and Easter Monday 2028 are no days to propose")
            .isEqualTo("dueOn 2028-04-15 is a Saturday, not a working day of the client (Europe/Berlin): the client confirms the checklist"
                + " by the opening of their business that day; give a day they work, e.g. Thursday 2028-04-13 or Tuesday 2028-04-18");
        assertThat(list(path)).as("nothing kept from refused input").isEmpty();

        assertThat(post(path, "{\"name\": \"Pre-shipment inspection\", \"dueOn\": \"2027-03-15\", \"checklist\": [\"AQL II\"]}")
            .getStatusCode()).as("the Monday after").isEqualTo(HttpStatus.CREATED);
    }

    private void sweepEscalations() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("escalationSweep")
            .latestVersion().singleResult().getId();
        Job timer = engine.getManagementService().createJobQuery().processDefinitionId(definition).timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());
        for (ProcessInstance run : engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("escalationSweep").list()) {
            AsyncContinuations.run(engine, run.getId());
        }
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
            .filter(g -> g != null).toList();
    }

    private ProcessInstance milestone(String id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OrderMilestone.KEY)
            .processInstanceBusinessKey(id).singleResult();
    }

    private Job job(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    }

    private List<JsonNode> list(String path) {
        ResponseEntity<JsonNode> r = http.withBasicAuth("olivia", "demo").getForEntity(path, JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> all = new java.util.ArrayList<>();
        r.getBody().forEach(all::add);
        return all;
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        return api.post(path, body, "shop");
    }
}
