package io.meridian.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.complaint.ComplaintHandling.Activity;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.RefusingSmtpServer;
import io.meridian.outbox.ReceivedMail;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.LedgerFixture;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The complaint endpoints over HTTP, and the client's updates arriving as real mail (GreenMail). */
@MeridianTest
class ComplaintApiTest {

    @Autowired
    ProcessEngine continuationEngine;

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(continuationEngine);
    }

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService jobs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    ApplicationContext context;

    static String complaint(String email, String category, String wording, String description) {
        return """
            {"client": {"company": "Kato Trading", "contactName": "Kato Hiroshi", "email": "%s", "country": "JP", "tier": "A"},
             "category": %s, "wording": %s, "description": %s}""".formatted(email, q(category), q(wording), q(description));
    }

    static String q(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    /**
     * A QUALITY complaint about an order whose goods have not left is a 409 naming the order's status and what to report
     * instead, where it opened a complaint about goods the client did not have; another category about the same order, and
     * a QUALITY complaint about a shipped or delivered one (or through its inquiry), open as before.
     */
    @Test
    void shouldRefuseAQualityComplaintAboutAnOrderNotShippedNamingItsStatus() {
        LedgerFixture.ClientWithOrder paid = LedgerFixture.germanClient(jdbc, "quality-unshipped@weber.example", Instant.now(), "CONFIRMED");
        long complaints = rows("complaint");

        ResponseEntity<JsonNode> refused = api.post("/api/complaints",
            "{\"orderId\": \"" + paid.orderId() + "\", \"category\": \"quality\", \"description\": \"Scratched panels.\"}", "shop");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("detail").asText()).startsWith("order " + paid.orderNumber() + " has not shipped (status"
            + " CONFIRMED): a QUALITY complaint is about goods the client received, and the client has none of this order yet; a"
            + " defect found before shipment (at a pre-shipment inspection) is a production delay: report it on the order (POST"
            + " /api/orders/" + paid.orderId() + "/exceptions, kind PRODUCTION_DELAY); nothing was opened");
        ResponseEntity<JsonNode> byInquiry = api.post("/api/complaints",
            "{\"inquiryId\": \"" + jdbc.sql("select inquiry_id from customer_order where id = :id").param("id", paid.orderId())
                .query(String.class).single() + "\", \"category\": \"QUALITY\", \"description\": \"Scratched panels.\"}", "shop");
        assertThat(byInquiry.getStatusCode()).as("the inquiry's order").isEqualTo(HttpStatus.CONFLICT);
        assertThat(rows("complaint")).as("nothing opened").isEqualTo(complaints);

        assertThat(api.post("/api/complaints", "{\"orderId\": \"" + paid.orderId() + "\", \"category\": \"COMMUNICATION\","
            + " \"description\": \"Nobody says when it ships.\"}", "shop").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        LedgerFixture.ClientWithOrder shipped = LedgerFixture.germanClient(jdbc, "quality-shipped@weber.example", Instant.now(), "SHIPPED");
        assertThat(api.post("/api/complaints", "{\"orderId\": \"" + shipped.orderId() + "\", \"category\": \"QUALITY\","
            + " \"description\": \"Scratched panels.\"}", "shop").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        runContinuations();
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    Task task(String processInstanceId, String key) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    }

    @Test
    void shouldOpenAComplaintAndAnswerWithItsClassificationAndFirstResponseDue() {
        ResponseEntity<JsonNode> opened = api.post("/api/complaints",
            complaint("kato@example.jp", "QUALITY", "MILD", "Some panels were perhaps a little scratched."), "shop");
        runContinuations();
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = opened.getBody();
        assertThat(body.path("id").asText()).isNotBlank();
        assertThat(body.path("complaintNumber").asText()).startsWith("C-");
        // a mild complaint from an indirect culture is raised and answered privately by a senior
        assertThat(body.path("decision").path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(body.path("decision").path("firstResponse").asText()).isEqualTo("PT2H");
        assertThat(body.path("decision").path("seniorContact").asBoolean()).isTrue();
        assertThat(body.path("decision").path("channel").asText()).isEqualTo("PRIVATE_CALL");
        assertThat(body.path("decision").path("firedRules").isArray()).isTrue();
        assertThat(body.path("firstResponseDueAt").asText()).isNotBlank();

        String id = body.path("id").asText();
        String number = body.path("complaintNumber").asText();
        ResponseEntity<JsonNode> byNumber = http.withBasicAuth("sue", "demo").getForEntity("/api/complaints/" + number, JsonNode.class);
        assertThat(byNumber.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(byNumber.getBody().path("detail").asText()).as("the reference of the emails is not the id: the 404 says which it is")
            .isEqualTo("no complaint with id '" + number + "': " + number + " is the number of complaint " + id
                + ", and the API names a complaint by its id (/api/complaints/" + id + ")");
        ResponseEntity<JsonNode> view = http.withBasicAuth("sue", "demo").getForEntity("/api/complaints/" + id, JsonNode.class);
        assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(view.getBody().path("complaint").path("status").asText()).isEqualTo("RECEIVED");
        assertThat(view.getBody().path("currentSteps").findValuesAsText("activityId")).contains(Activity.ACKNOWLEDGE_COMPLAINT);
    }

    /** A 201 says where the new complaint is (RFC 9110, Location), where the caller had to build the path from its id. */
    @Test
    void shouldAnswerTheNewComplaintsPathInLocation() {
        ResponseEntity<JsonNode> opened = api.post("/api/complaints",
            complaint("kato-location@example.jp", "BILLING", "NEUTRAL", "Invoice twice."), "shop");
        runContinuations();

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = opened.getBody().path("id").asText();
        assertThat(opened.getHeaders().getLocation()).hasToString("/api/complaints/" + id);
        ResponseEntity<JsonNode> there = http.withBasicAuth("shop", "demo").getForEntity(opened.getHeaders().getLocation(), JsonNode.class);
        assertThat(there.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(there.getBody().path("complaint").path("id").asText()).isEqualTo(id);
    }

    @Test
    void shouldTakeTheClientInTheSameShapeAsAnInquiryAndAddressItByName() {
        ResponseEntity<JsonNode> opened = api.post("/api/complaints", """
            {"client": {"company": "Weber Licht GmbH", "contactName": "Anna Weber", "email": "anna@weber-licht.example",
                        "country": "DE", "language": "de", "tier": "B", "preferredChannel": "EMAIL", "mainCategory": "Lighting",
                        "purchaseCycle": "QUARTERLY", "givenName": "Anna", "familyName": "Weber", "salutation": "MS", "title": "Dr."},
             "category": "QUALITY", "wording": "NEUTRAL", "description": "Three panels flicker."}""", "shop");
        runContinuations();
        assertThat(opened.getStatusCode()).as("the inquiry's client fields: %s", opened.getBody()).isEqualTo(HttpStatus.CREATED);

        String clientId = opened.getBody().path("clientId").asText();
        JsonNode client = http.withBasicAuth("sue", "demo").getForEntity("/api/clients/" + clientId, JsonNode.class).getBody();
        assertThat(client.toString()).contains("\"familyName\":\"Weber\"", "\"givenName\":\"Anna\"", "\"salutation\":\"MS\"",
            "\"title\":\"Dr.\"", "\"purchaseCycle\":\"QUARTERLY\"");
        Task acknowledge = task(opened.getBody().path("processInstanceId").asText(), Activity.ACKNOWLEDGE_COMPLAINT);
        assertThat((String) tasks.getVariableLocal(acknowledge.getId(), "emailPreview")).as("the email addresses her by name")
            .contains("Sehr geehrte Frau Dr. Weber,");
        ResponseEntity<JsonNode> wrong = api.post("/api/complaints", """
            {"client": {"company": "Weber Licht GmbH", "contactName": "Anna Weber", "email": "anna2@weber-licht.example",
                        "country": "DE", "salutation": "MADAM"},
             "category": "QUALITY", "description": "Three panels flicker."}""", "shop");
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getBody().path("errors").findValuesAsText("field")).containsExactly("client.salutation");
    }

    @Test
    void shouldLetSupportOpenAComplaintButNotLogistics() {
        assertThat(api.post("/api/complaints", complaint("support-opened@example.jp", "BILLING", "NEUTRAL", "Invoice twice."), "sue")
            .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        runContinuations();
        assertThat(api.post("/api/complaints", complaint("logistics-opened@example.jp", "BILLING", "NEUTRAL", "Invoice twice."), "leo")
            .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        runContinuations();
    }

    @Test
    void shouldRefuseBadInputNamingTheFieldAndCreateNothing() {
        long complaints = rows("complaint");
        long clients = rows("client");
        ResponseEntity<JsonNode> unknown = api.post("/api/complaints", complaint("bad@example.jp", "NOISE", "NEUTRAL", "x"), "shop");
        runContinuations();
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(unknown.getBody().toString()).contains("category").contains("NOISE");

        ResponseEntity<JsonNode> missing = api.post("/api/complaints", complaint("bad@example.jp", "QUALITY", "LOUD", null), "shop");
        runContinuations();
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().toString()).contains("description").contains("wording");

        ResponseEntity<JsonNode> noClient = api.post("/api/complaints",
            "{\"category\": \"QUALITY\", \"description\": \"Broken.\"}", "shop");
        runContinuations();
        assertThat(noClient.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noClient.getBody().toString()).contains("client");

        ResponseEntity<JsonNode> unknownOrder = api.post("/api/complaints",
            "{\"orderId\": \"no-such-order\", \"category\": \"QUALITY\", \"description\": \"Broken.\"}", "shop");
        runContinuations();
        assertThat(unknownOrder.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownOrder.getBody().toString()).contains("no-such-order");
        assertThat(unknownOrder.getBody().path("errors").findValuesAsText("field")).as("the body's field that names nothing")
            .containsExactly("orderId");
        ResponseEntity<JsonNode> unknownInquiry = api.post("/api/complaints",
            "{\"inquiryId\": \"no-such-inquiry\", \"category\": \"QUALITY\", \"description\": \"Broken.\"}", "shop");
        runContinuations();
        assertThat(unknownInquiry.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownInquiry.getBody().path("errors").findValuesAsText("field")).containsExactly("inquiryId");
        assertThat(api.post("/api/complaints/no-such-complaint/client-confirmation", "{\"satisfied\": true}", "shop").getBody()
            .has("errors")).as("an id in the path is no field of the body").isFalse();

        ResponseEntity<JsonNode> badEmail = api.post("/api/complaints", complaint("not-an-email", "QUALITY", "MILD", "x"), "shop");
        runContinuations();
        assertThat(badEmail.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badEmail.getBody().toString()).contains("client.email");

        assertThat(rows("complaint")).isEqualTo(complaints);
        assertThat(rows("client")).isEqualTo(clients);
    }

    @Test
    void shouldAnswerUnknownAndOutOfTurnConfirmationsWith404And409() {
        assertThat(api.post("/api/complaints/no-such-complaint/client-confirmation", "{\"satisfied\": true}", "shop").getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        runContinuations();
        String id = api.post("/api/complaints", complaint("early@example.jp", "DOCUMENTATION", "NEUTRAL", "Packing list missing."), "shop")
            .getBody().path("id").asText();
        runContinuations();
        ResponseEntity<JsonNode> early = api.post("/api/complaints/" + id + "/client-confirmation", "{\"satisfied\": true}", "shop");
        runContinuations();
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().path("detail").asText()).contains("not waiting for the client's confirmation");
        ResponseEntity<JsonNode> noAnswer = api.post("/api/complaints/" + id + "/client-confirmation", "{\"comment\": \"ok\"}", "shop");
        runContinuations();
        assertThat(noAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noAnswer.getBody().toString()).contains("satisfied");
    }

    @Test
    void shouldMailTheClientAtEveryStageAndReopenWhenNotSatisfied() {
        // a complaint that is no crisis is answered in the client's business hours: 10:00 on a Wednesday in Tokyo
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-13T01:00:00Z")));
        try {
            List<ReceivedMail> received = mailsTheClientAtEveryStage();
            assertThat(received).as("one email at each of the five stages, to the client alone").hasSize(5)
                .allSatisfy(m -> assertThat(m.to()).containsExactly("updates@example.jp"));
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void shouldAnswerAComplaintThatIsNoCrisisInTheClientsBusinessHours() {
        // 20:00 on a Wednesday in Tokyo: the acknowledgement lands at 09:00 the next morning
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-13T11:00:00Z")));
        try {
            JsonNode opened = api.post("/api/complaints", complaint("evening@example.jp", "DELIVERY_DELAY", "NEUTRAL", "Late again."), "shop")
                .getBody();
            runContinuations();
            String pi = opened.path("processInstanceId").asText();
            String number = opened.path("complaintNumber").asText();
            // the form's preview: the reference the email carries, and when it goes out, which is not when the task was
            // created (20:00 in Tokyo) but on completion within the client's business hours, here their next morning
            assertThat((String) tasks.getVariableLocal(task(pi, Activity.ACKNOWLEDGE_COMPLAINT).getId(), "emailPreview"))
                .contains("- Subject: [" + number + "] ", " / [" + number + "] Thank you for raising this matter with us",
                    "- Goes out: when you complete this task, at once if the client's business hours are open then, else when they"
                        + " next open (their working days; public holidays and closures skipped). Their business hours: Thu 14 Jan 2027"
                        + " 08:00–17:00 team time (Asia/Shanghai) = Thu 14 Jan 2027 09:00–18:00 client time (Asia/Tokyo); Fri 15 Jan 2027"
                        + " 08:00–17:00 team time (Asia/Shanghai) = Fri 15 Jan 2027 09:00–18:00 client time (Asia/Tokyo)")
                .doesNotContain("[]", "2027-01-13 19:00");
            tasks.complete(task(pi, Activity.ACKNOWLEDGE_COMPLAINT).getId(),
                Map.of(Var.ACKNOWLEDGEMENT, "We understand how frustrating this is. We are checking with the carrier now."));
            runContinuations();
            assertThat(outbox.about(opened.path("id").asText())).filteredOn(m -> m.subject().endsWith("Thank you for raising this matter with us"))
                .singleElement().satisfies(m -> assertThat(m.plannedAt()).isEqualTo(Instant.parse("2027-01-14T00:00:00Z")));
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void shouldRefuseTheClientsConfirmationWhileTheFixEmailWaitsForTheirBusinessHoursSayingWhenItGoesOut() {
        // 20:00 on a Wednesday in Tokyo: every answer of a complaint that is no crisis waits for the client's next morning
        Instant evening = Instant.parse("2027-01-13T11:00:00Z");
        ClockUtil.setCurrentTime(Date.from(evening));
        try {
            JsonNode opened = api.post("/api/complaints", complaint("overnight@example.jp", "DELIVERY_DELAY", "NEUTRAL", "Late again."), "shop")
                .getBody();
            runContinuations();
            String id = opened.path("id").asText();
            String pi = opened.path("processInstanceId").asText();
            workToTheFix(pi, "We are checking.", "The vessel skipped Yokohama.", "Air freight.",
                "Single carrier.", "A second carrier is booked.");
            Instant goesOut = FixEmailOut.at(outbox, id);
            assertThat(goesOut).as("the client's Thursday morning").isAfter(Instant.parse("2027-01-14T00:00:00Z"))
                .isBefore(Instant.parse("2027-01-14T00:10:00Z"));

            ResponseEntity<JsonNode> unread = api.post("/api/complaints/" + id + "/client-confirmation", "{\"satisfied\": true}", "shop");
            runContinuations();
            assertThat(unread.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(unread.getBody().path("detail").asText()).contains("root cause and permanent fix waits in the outbox",
                "goes out at " + goesOut + ", Thu 14 Jan 2027 09:0", " in the client's time zone Asia/Tokyo");
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult()).as("still waiting, nothing closed")
                .isNotNull();

            ClockUtil.setCurrentTime(Date.from(goesOut));
            ResponseEntity<JsonNode> read = api.post("/api/complaints/" + id + "/client-confirmation", "{\"satisfied\": true}", "shop");
            runContinuations();
            assertThat(read.getStatusCode()).as("the email goes with the relay's next round").isEqualTo(HttpStatus.OK);
            assertThat(read.getBody().path("status").asText()).isEqualTo("RESOLVED");
        } finally {
            ClockUtil.reset();
        }
    }

    /** A complaint through acknowledgement, diagnosis, interim solution, root-cause fix and a reopening; the client's emails. */
    private List<ReceivedMail> mailsTheClientAtEveryStage() {
        String email = "updates@example.jp";
        JsonNode opened = api.post("/api/complaints", complaint(email, "DELIVERY_DELAY", "NEUTRAL", "The goods are two weeks late."), "shop")
            .getBody();
        runContinuations();
        String id = opened.path("id").asText();
        String number = opened.path("complaintNumber").asText();
        String pi = opened.path("processInstanceId").asText();
        tasks.complete(task(pi, Activity.ACKNOWLEDGE_COMPLAINT).getId(),
            Map.of(Var.ACKNOWLEDGEMENT, "We understand how frustrating this is. We are checking with the carrier now."));
        runContinuations();
        tasks.complete(task(pi, Activity.DIAGNOSE_COMPLAINT).getId(), Map.of(Var.DIAGNOSIS, "The vessel skipped Yokohama."));
        runContinuations();
        tasks.complete(task(pi, Activity.PROVIDE_INTERIM_SOLUTION).getId(),
            Map.of(Var.INTERIM_SOLUTION, "Ten cartons go by air tomorrow at our cost."));
        runContinuations();
        tasks.complete(task(pi, Activity.FIX_ROOT_CAUSE).getId(), Map.of(Var.ROOT_CAUSE, "Single carrier on this lane.",
            Var.CORRECTIVE_ACTION, "A second carrier is booked for every Japan shipment."));
        runContinuations();
        ResponseEntity<JsonNode> notYet = api.post("/api/complaints/" + id + "/client-confirmation",
            "{\"satisfied\": false, \"comment\": \"Air cartons arrived damaged.\"}", "shop");
        runContinuations();
        assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(notYet.getBody().path("status").asText()).isEqualTo("REOPENED");
        assertThat(notYet.getBody().path("escalationLevel").asInt()).isEqualTo(1);

        mail.deliverDue();
        List<ReceivedMail> received = mail.receivedBy(email);
        // a Japanese client: Japanese first (the etiquette says documents are bilingual), English after
        assertThat(received).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
            "[" + number + "] お申し出を承りました / [" + number + "] Thank you for raising this matter with us",
            "[" + number + "] 調査結果のご報告 / [" + number + "] What we found",
            "[" + number + "] 暫定対策のご案内 / [" + number + "] Interim solution",
            "[" + number + "] 根本原因と恒久対策のご報告：ご満足いただけましたでしょうか / [" + number
                + "] Root cause and permanent fix, for your review",
            "[" + number + "] お申し出への再対応について / [" + number + "] We have taken up the matter again");
        assertThat(received).filteredOn(m -> m.subject().endsWith("What we found")).singleElement()
            .satisfies(m -> {
                assertThat(m.to()).containsExactly(email);
                assertThat(m.body()).contains("Kato Hiroshi 様", "Dear Kato Hiroshi,", "The vessel skipped Yokohama.", number)
                    .as("the team's English in the Japanese part, introduced as English")
                    .contains("（担当者の記載は英文のまま掲載しております）\n\nThe vessel skipped Yokohama.");
            });
        assertThat(received).filteredOn(m -> m.subject().endsWith("We have taken up the matter again")).singleElement()
            .satisfies(m -> assertThat(m.body()).contains("Air cartons arrived damaged."));
        return received;
    }

    /**
     * The team follows up a fix the client has read: a fix completed on a Friday evening in Tokyo reaches the client on
     * Monday morning, and the follow-up falls its working days after that, where it was counted from Friday evening and
     * could ask the client about a fix still waiting in the outbox.
     */
    @Test
    void shouldCountTheFollowUpFromWhenTheFixEmailReachesTheClient() {
        // Friday 15 January 2027, 20:00 in Tokyo: the fix email waits for Monday 09:00
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-15T11:00:00Z")));
        try {
            JsonNode opened = api.post("/api/complaints", complaint("friday@example.jp", "DELIVERY_DELAY", "NEUTRAL", "Late again."), "shop")
                .getBody();
            runContinuations();
            String id = opened.path("id").asText();
            String pi = opened.path("processInstanceId").asText();
            workToTheFix(pi, "We are checking.", "The vessel skipped Yokohama.", "Air freight.",
                "Single carrier.", "A second carrier is booked.");
            Instant goesOut = FixEmailOut.at(outbox, id);
            assertThat(goesOut).as("the client's Monday morning").isAfter(Instant.parse("2027-01-18T00:00:00Z"))
                .isBefore(Instant.parse("2027-01-18T00:10:00Z"));

            Instant followUp = jobs.createJobQuery().processInstanceId(pi).activityId("confirmationOverdue").timers().singleResult()
                .getDuedate().toInstant();
            // Monday 08:0x in Shanghai, inside the team's hours: 1 working day for an urgent complaint, 3 for another, later
            assertThat(Duration.between(goesOut, followUp)).as("from %s", goesOut).isIn(Duration.ofDays(1), Duration.ofDays(3));
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * A fix email the mail server refused for good never reached the client: their confirmation is a 409 naming the failure
     * and the task about it of the order desk, which handles a billing complaint and signed the email (it had named support's,
     * whom the client never heard from), the follow-up's briefing says so and refuses a verdict, until the order desk records how the
     * client got the fix; then the confirmation closes the complaint. The confirmation had been taken as if the client had it.
     */
    @Test
    void shouldRefuseTheConfirmationOfAFixWhoseEmailWasNotDeliveredUntilTheHandlingTeamSettlesIt() throws Exception {
        String email = "bounced@example.jp";
        JsonNode opened = api.post("/api/complaints", complaint(email, "BILLING", "NEUTRAL", "Charged twice."), "shop").getBody();
        runContinuations();
        String id = opened.path("id").asText();
        String pi = opened.path("processInstanceId").asText();
        workToTheFix(pi, "We are sorry.", "Double booking.", "Refund today.", "Manual invoicing.", "Invoices come from the order system only.");
        // the fix email waits for the client's business hours (a Tokyo evening's fix goes out the next morning): the test
        // runs on the clock at its sending time, whatever the hour it runs at
        Instant goesOut = FixEmailOut.at(outbox, id);
        if (goesOut.isAfter(Instant.now())) {
            ClockUtil.setCurrentTime(Date.from(goesOut));
        }
        try {
            String fix;
            try (RefusingSmtpServer server = new RefusingSmtpServer()) {
                server.refuse(email, "550 5.1.1 <" + email + ">: Recipient address rejected: User unknown");
                server.deliverDue(context);
                fix = outbox.about(id).stream().filter(m -> "COMPLAINT_ROOT_CAUSE_FIX".equals(m.content().messageKind())).findFirst()
                    .orElseThrow().id();
                assertThat(outbox.byId(fix).orElseThrow().status()).isEqualTo(OutboxMessage.Status.FAILED);
            }

            ResponseEntity<JsonNode> refused = api.post("/api/complaints/" + id + "/client-confirmation", "{\"satisfied\": true}", "shop");
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refused.getBody().path("detail").asText()).contains("the email with the root cause and permanent fix to " + email
                + " was not delivered", "550 5.1.1", "The Order desk team's task \"Reach the client: email not delivered\" about it (subject \""
                + outbox.byId(fix).orElseThrow().subject() + "\"");
            assertThat(task(pi, Activity.FOLLOW_UP_COMPLAINT)).as("nothing taken").isNull();

            jobs.executeJob(jobs.createJobQuery().processInstanceId(pi).activityId(Activity.CONFIRMATION_OVERDUE).singleResult().getId());
            Task followUp = task(pi, Activity.FOLLOW_UP_COMPLAINT);
            assertThat((String) tasks.getVariableLocal(followUp.getId(), Var.BRIEFING)).contains("**Fix email not delivered:**", "550 5.1.1");
            ResponseEntity<JsonNode> verdict = api.post("/engine-rest/task/" + followUp.getId() + "/complete",
                "{\"variables\": {\"clientAnswer\": {\"value\": \"SATISFIED\"}}}", "olivia");
            assertThat(verdict.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(verdict.getBody().path("message").asText()).contains("the client's verdict waits", "was not delivered");
            assertThat(task(pi, Activity.FOLLOW_UP_COMPLAINT)).as("still open").isNotNull();

            Task reach = tasks.createTaskQuery().processInstanceBusinessKey(fix).singleResult();
            // named by the complaint's number, as its other tasks are, not by its id
            String number = opened.path("complaintNumber").asText();
            assertThat(reach.getName()).startsWith("Reach the client: email not delivered about complaint " + number + " — ");
            assertThat(tasks.getIdentityLinksForTask(reach.getId())).filteredOn(l -> "candidate".equals(l.getType()))
                .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId).as("the team that signed it").contains("order-desk")
                .doesNotContain("support");
            assertThat((String) tasks.getVariableLocal(reach.getId(), "undelivered")).contains(", about complaint " + number)
                .doesNotContain(id);
            ResponseEntity<JsonNode> reached = api.post("/engine-rest/task/" + reach.getId() + "/complete", "{\"variables\": {"
                + "\"undeliveredOutcome\": {\"value\": \"REACHED_ANOTHER_WAY\"}, \"howReached\": {\"value\": \"Read the fix to them by phone.\"}}}",
                "olivia");
            assertThat(reached.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

            ResponseEntity<JsonNode> confirmed = api.post("/api/complaints/" + id + "/client-confirmation", "{\"satisfied\": true}", "shop");
            runContinuations();
            assertThat(confirmed.getStatusCode()).as(String.valueOf(confirmed.getBody())).isEqualTo(HttpStatus.OK);
            assertThat(confirmed.getBody().path("status").asText()).isEqualTo("RESOLVED");
            // the tasks about its earlier updates end with it: the client confirmed, nobody sends an old update again
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("undeliveredEmail").variableValueEquals("reference", id)
                .count()).as("no task left about the complaint's emails").isZero();
            assertThat(outbox.about(id)).filteredOn(m -> "COMPLAINT_ACKNOWLEDGED".equals(m.content().messageKind())).singleElement()
                .satisfies(m -> assertThat(m.delivery().settled().note()).startsWith("not needed any more: complaint "
                    + opened.path("complaintNumber").asText() + " was resolved at "));
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void shouldRefuseAFollowUpCompletedThroughEngineRestWithAnUnknownAnswer() {
        JsonNode opened = api.post("/api/complaints", complaint("quiet@example.jp", "BILLING", "NEUTRAL", "Charged twice."), "shop").getBody();
        runContinuations();
        String pi = opened.path("processInstanceId").asText();
        workToTheFix(pi, "We are sorry.", "Double booking.", "Refund today.",
            "Manual invoicing.", "Invoices come from the order system only.");
        JsonNode waiting = http.withBasicAuth("shop", "demo").getForEntity("/api/complaints/" + opened.path("id").asText(), JsonNode.class)
            .getBody();
        assertThat(waiting.path("currentSteps").findValuesAsText("activityId"))
            .containsExactlyInAnyOrder(Activity.AWAIT_CONFIRMATION, Activity.CONFIRMATION_OVERDUE);
        jobs.executeJob(jobs.createJobQuery().processInstanceId(pi).activityId(Activity.CONFIRMATION_OVERDUE).singleResult().getId());
        Task followUp = task(pi, Activity.FOLLOW_UP_COMPLAINT);

        ResponseEntity<JsonNode> refused = api.post("/engine-rest/task/" + followUp.getId() + "/complete",
            "{\"variables\": {\"clientAnswer\": {\"value\": \"MAYBE\"}}}", "olivia");
        runContinuations();

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).contains("clientAnswer 'MAYBE' is not one of");
        assertThat(task(pi, Activity.FOLLOW_UP_COMPLAINT).getId()).as("still open").isEqualTo(followUp.getId());
    }

    /** Works the complaint's tasks from the acknowledgement to the root-cause fix, each with the text given. */
    private void workToTheFix(String pi, String acknowledgement, String diagnosis, String interim, String rootCause, String corrective) {
        tasks.complete(task(pi, Activity.ACKNOWLEDGE_COMPLAINT).getId(), Map.of(Var.ACKNOWLEDGEMENT, acknowledgement));
        runContinuations();
        tasks.complete(task(pi, Activity.DIAGNOSE_COMPLAINT).getId(), Map.of(Var.DIAGNOSIS, diagnosis));
        runContinuations();
        tasks.complete(task(pi, Activity.PROVIDE_INTERIM_SOLUTION).getId(), Map.of(Var.INTERIM_SOLUTION, interim));
        runContinuations();
        tasks.complete(task(pi, Activity.FIX_ROOT_CAUSE).getId(), Map.of(Var.ROOT_CAUSE, rootCause, Var.CORRECTIVE_ACTION, corrective));
        runContinuations();
    }
}
