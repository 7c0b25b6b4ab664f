package io.meridian.undelivered;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.client.ClientLedger;
import io.meridian.messages.MessageKind;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage.Status;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.RefusingSmtpServer;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.LedgerFixture;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TaskDates;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client email the mail server refuses for good reaches the team as a task, and the task's two ways
 * out: sent again to a corrected address (the client record and the emails still planned follow), or
 * settled as delivered another way. The clock stands on a Sunday morning in Shanghai, outside the
 * team's hours, so each inquiry plans an auto-reply at once: the email the server refuses.
 */
@MeridianTest
class UndeliveredEmailTest {

    /** Sunday 28 February 2027, 09:00 in Shanghai. */
    static final Instant T0 = Instant.parse("2027-02-28T01:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    Outbox outbox;
    @Autowired
    ClientLedger clients;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void at() {
        ClockUtil.setCurrentTime(Date.from(T0));
    }

    @AfterEach
    void everyTaskHadItsDueAndFollowUpDates() {
        ClockUtil.reset();
        identity.clearAuthentication();
        TaskDates.assertEveryTaskHadDueAndFollowUpDates(engine);
    }

    @Test
    void shouldGiveSalesATaskAndSendTheEmailAgainToTheCorrectedAddressWhichTheClientRecordAndPlannedEmailsFollow() throws Exception {
        String typo = "kenji@nakamura-trading.exmaple";
        String inquiryId = inquiry(typo, "Nakamura Trading", "JP", "A");
        OutboxMessage autoReply = single(inquiryId);
        // an email still to go to the same address, planned for later
        OutboxMessage later = outbox.planEmail(typo, "Quotation", "Our quote.\n", T0.plusSeconds(86_400), inquiryId);

        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(typo, "550 5.1.2 <" + typo + ">: Recipient address rejected: Domain not found");
            server.deliverDue(context);
            assertThat(outbox.byId(autoReply.id()).orElseThrow().status()).isEqualTo(Status.FAILED);

            Task task = reachClient(autoReply.id());
            assertThat(task.getName()).isEqualTo("Reach the client: email not delivered about inquiry for LED panel — Nakamura Trading (JP, A)");
            assertThat(candidateGroups(task)).contains("sales");
            assertThat(task.getDueDate()).isAfter(Date.from(T0));
            assertThat(task.getFollowUpDate()).isNotNull();
            String undelivered = (String) tasks.getVariableLocal(task.getId(), UndeliveredEmail.Var.UNDELIVERED);
            assertThat(undelivered).contains("**Not delivered:** " + autoReply.subject(), "- To: " + typo, "- Email: automatic reply to the inquiry, about inquiry for LED panel",
                "- Why it failed: the mail server refused it for good: 550 5.1.2", "- Attempts: 1", "**Reach the client now** another way: by phone in their next contact window (below);");
            identity.setAuthentication("sam", List.of("sales"));
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("sam sees the task in Tasklist").isEqualTo(1);
            identity.setAuthentication("ana", List.of("analysts"));
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("an analyst does not").isZero();
            identity.clearAuthentication();

            ResponseEntity<JsonNode> noChoice = complete(task, "{}");
            assertThat(noChoice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(noChoice.getBody().path("message").asText()).contains("undeliveredOutcome is required");
            ResponseEntity<JsonNode> noAddress = complete(task, "{\"undeliveredOutcome\": {\"value\": \"SEND_AGAIN\"},"
                + " \"correctedEmail\": {\"value\": \"kenji at nakamura\"}}");
            assertThat(noAddress.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(noAddress.getBody().path("message").asText()).contains("correctedEmail 'kenji at nakamura' is not an email address");
            assertThat(outbox.byId(autoReply.id()).orElseThrow().status()).as("nothing changed by a refused answer").isEqualTo(Status.FAILED);

            ResponseEntity<JsonNode> corrected = complete(task, "{\"undeliveredOutcome\": {\"value\": \"SEND_AGAIN\"},"
                + " \"correctedEmail\": {\"value\": \" Kenji@Nakamura-Trading.example \"}}");
            assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

            String right = "kenji@nakamura-trading.example";
            OutboxMessage again = outbox.byId(autoReply.id()).orElseThrow();
            assertThat(again.status()).isEqualTo(Status.PLANNED);
            assertThat(again.recipient()).isEqualTo(right);
            assertThat(again.delivery().attempts()).isZero();
            assertThat(again.delivery().settled().by()).isEqualTo("sam");
            assertThat(again.delivery().settled().note()).isEqualTo("sent again to " + right + " (corrected from " + typo + ")");
            assertThat(outbox.byId(later.id()).orElseThrow().recipient()).as("an email still planned follows").isEqualTo(right);
            String clientId = clients.byEmail(right).orElseThrow().id();
            JsonNode record = http.withBasicAuth("sam", "demo").getForEntity("/api/clients/" + clientId, JsonNode.class).getBody();
            assertThat(record.path("email").asText()).isEqualTo(right);
            assertThat(record.path("history")).anySatisfy(change -> {
                assertThat(change.path("field").asText()).isEqualTo("email");
                assertThat(change.path("oldValue").asText()).isEqualTo(typo);
                assertThat(change.path("newValue").asText()).isEqualTo(right);
                assertThat(change.path("changedBy").asText()).isEqualTo("sam");
                assertThat(change.path("source").asText()).isEqualTo("undelivered email " + autoReply.id());
            });

            server.deliverDue(context);
            assertThat(server.delivered()).contains(right).doesNotContain(typo);
            assertThat(outbox.byId(autoReply.id()).orElseThrow().status()).isEqualTo(Status.SENT);
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(autoReply.id()).count()).isZero();
        }
    }

    @Test
    void shouldKeepTheEmailFailedWithHowTheClientGotItWhenTheTeamReachedThemAnotherWay() throws Exception {
        String gone = "jana@weber-gone.example";
        String inquiryId = inquiry(gone, "Weber Licht GmbH", "DE", "B");
        OutboxMessage autoReply = single(inquiryId);
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(gone, "550 5.1.1 <" + gone + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);
        }
        Task task = reachClient(autoReply.id());

        ResponseEntity<JsonNode> noNote = complete(task, "{\"undeliveredOutcome\": {\"value\": \"REACHED_ANOTHER_WAY\"}}");
        assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noNote.getBody().path("message").asText()).contains("say how the client got");
        ResponseEntity<JsonNode> done = complete(task, "{\"undeliveredOutcome\": {\"value\": \"REACHED_ANOTHER_WAY\"},"
            + " \"howReached\": {\"value\": \"Called Jana: she left; her successor has the inquiry by phone.\"}}");
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        OutboxMessage settled = outbox.byId(autoReply.id()).orElseThrow();
        assertThat(settled.status()).isEqualTo(Status.FAILED);
        assertThat(settled.delivery().settled().by()).isEqualTo("sam");
        assertThat(settled.delivery().settled().note()).isEqualTo("Called Jana: she left; her successor has the inquiry by phone.");
        JsonNode listed = http.withBasicAuth("sam", "demo").getForEntity("/api/inquiries/" + inquiryId + "/messages", JsonNode.class).getBody();
        assertThat(listed.get(0).path("status").asText()).isEqualTo("FAILED");
        assertThat(listed.get(0).path("settled").path("by").asText()).isEqualTo("sam");
        assertThat(listed.get(0).path("settled").path("note").asText()).startsWith("Called Jana");
    }

    /**
     * An email to an address no client record holds: the task still reads in the team's clock and falls due in its
     * working time. Planned on a Friday afternoon in Shanghai, it had said "team time (Z)" and fallen due on Saturday.
     */
    @Test
    void shouldGiveAnEmailWithoutAClientRecordInTheTeamsClockAndWorkingTime() throws Exception {
        Instant friday = Instant.parse("2027-02-26T09:00:00Z"); // Friday 17:00 in Shanghai
        ClockUtil.setCurrentTime(Date.from(friday));
        String nobody = "buyer@no-record.example";
        OutboxMessage email = outbox.planEmail(nobody, "Our catalogue", "The catalogue you asked for.\n", friday, "catalogue-1");
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(nobody, "550 5.1.1 <" + nobody + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);
        }
        Task task = reachClient(email.id());
        String undelivered = (String) tasks.getVariableLocal(task.getId(), UndeliveredEmail.Var.UNDELIVERED);
        assertThat(undelivered).contains("- Planned for: Fri 26 Feb 2027 17:00 team time (Asia/Shanghai)");
        ZonedDateTime due = task.getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai"));
        assertThat(due.getDayOfWeek()).as("due on the team's next working day, not its Saturday: " + due)
            .isEqualTo(DayOfWeek.MONDAY);
    }

    /**
     * An email planned to an address the client has changed since: no client record holds the address, but the record
     * the email was for names the client, and the task is theirs (their card, etiquette and clock; their desk's where
     * the team has desks, DesksTest), saying the address the record holds now. It had read "no client record holds
     * this address: look for the client by the record the email was for".
     */
    @Test
    void shouldGiveAnEmailToAnAddressNoRecordHoldsToTheClientOfItsRecord() throws Exception {
        String inquiryId = inquiry("compras@lumen-sp.example", "Lumen SP", "BR", "B");
        String before = "old-compras@lumen-sp.example";
        OutboxMessage email = outbox.planEmail(before, "Quotation", "Our quote.\n", T0, inquiryId);
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(before, "550 5.1.1 <" + before + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);
        }
        Task task = reachClient(email.id());
        assertThat(task.getName()).contains("Lumen SP");
        assertThat((String) tasks.getVariableLocal(task.getId(), "briefing")).startsWith("**Client:** Lumen SP, Pat <compras@lumen-sp.example>, BR")
            .doesNotContain("no client record holds");
        assertThat((String) tasks.getVariableLocal(task.getId(), UndeliveredEmail.Var.UNDELIVERED)).contains("- To: " + before,
            "- The client's address is now compras@lumen-sp.example (their record changed after the email was planned)");
    }

    /**
     * The task names the record the email was for as the team and the client do, an order by its number (MO-…), in its
     * name and its form, not by the order's internal id ("for record 01a2…").
     */
    @Test
    void shouldNameTheOrderAnEmailWasForByItsNumber() throws Exception {
        String address = "weber-undelivered-" + System.nanoTime() + "@weber.example";
        LedgerFixture.ClientWithOrder order = LedgerFixture.germanClient(jdbc, address, T0.minusSeconds(86_400), "CONFIRMED");
        OutboxMessage email = outbox.planEmail(address, "Order confirmation", "Your order.\n", T0, order.orderId());
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(address, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);
        }

        Task task = reachClient(email.id());

        assertThat(task.getName()).isEqualTo("Reach the client: email not delivered about order " + order.orderNumber()
            + " — Weber GmbH (DE, A)");
        assertThat((String) tasks.getVariableLocal(task.getId(), UndeliveredEmail.Var.UNDELIVERED))
            .contains("- Email: without a template, about order " + order.orderNumber()).doesNotContain(order.orderId());
    }

    /**
     * A bounced survey is about the client alone: the task says what support does with a survey (send it again, or ask its
     * questions on a call and record the scores on "Survey the client"), not the general "give them what the email said",
     * and adds no "about record" and the client's internal id, which the card names already.
     */
    @Test
    void shouldTellTheTeamToSendASurveyAgainOrAskItOnTheCall() throws Exception {
        String address = "weber-survey-" + System.nanoTime() + "@weber.example";
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, address, T0.minusSeconds(86_400), "DELIVERED");
        OutboxMessage survey = outbox.planEmail(address, "Your opinion on Q4 2026", "How likely are you to recommend us?\n",
            new OutboxMessage.Content("<p>How likely are you to recommend us?</p>", "SATISFACTION_SURVEY", "de,en"), T0, client.clientId());
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(address, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);
        }

        Task task = reachClient(survey.id());

        assertThat(candidateGroups(task)).containsExactly("support");
        assertThat((String) tasks.getVariableLocal(task.getId(), UndeliveredEmail.Var.UNDELIVERED))
            .contains("- Email: satisfaction survey\n", "ask for the right address and send the survey again, or ask them its three"
                + " questions on a call", "record their scores on \"Survey the client\"")
            .doesNotContain("record " + client.clientId(), client.clientId(), "give them what the email said");
    }

    /**
     * The task names each kind of email in the team's words ("satisfaction survey", "milestone checklist to confirm"), never
     * by its template folder ("satisfaction-survey") or its name in the outbox ("SATISFACTION_SURVEY").
     */
    @Test
    void shouldNameEachKindOfEmailInWords() {
        for (MessageKind kind : MessageKind.values()) {
            assertThat(UndeliveredEmailTask.kindInWords(kind.name())).as(kind.name()).isEqualTo(kind.words())
                .isNotBlank().isEqualTo(kind.words().toLowerCase(Locale.ROOT)).doesNotContain("-", "_");
        }
        assertThat(UndeliveredEmailTask.kindInWords("MILESTONE_CHECKLIST")).isEqualTo("milestone checklist to confirm");
        // as the email's subject and the team's own record name them ("Confirmed items"), not a paraphrase
        assertThat(UndeliveredEmailTask.kindInWords("CONFIRMED_ITEMS")).isEqualTo("confirmed items");
        assertThat(UndeliveredEmailTask.kindInWords(null)).isEqualTo("without a template");
    }

    /** Each kind of email says what the team does about it; a plain email without a template the general words. */
    @Test
    void shouldSayForEachKindOfEmailWhatTheTeamDoes() {
        for (MessageKind kind : MessageKind.values()) {
            assertThat(UndeliveredAdvice.of(kind.name())).as(kind.name()).isNotEqualTo(UndeliveredAdvice.GENERAL)
                .startsWith("ask for the right address").contains("again");
        }
        assertThat(UndeliveredAdvice.of("MILESTONE_CHECKLIST")).contains("record it on \"Confirm the milestone\"");
        assertThat(UndeliveredAdvice.of("TRACKING_NUMBER")).isEqualTo("ask for the right address and give them the carrier and the"
            + " tracking number; then send the tracking number of the shipment again or say here how they got it.");
        assertThat(UndeliveredAdvice.of(null)).isEqualTo(UndeliveredAdvice.GENERAL);
    }

    @Test
    void shouldNameOnlyWaysToTheClientThatAreNotEmail() {
        assertThat(UndeliveredEmailTask.otherWays("EMAIL", "EMAIL")).isEqualTo("by phone in their next contact window (below)");
        assertThat(UndeliveredEmailTask.otherWays("WHATSAPP", "WECHAT")).isEqualTo("by WhatsApp (their preferred channel), or by WeChat"
            + " (the usual day-to-day channel in their country), or by phone in their next contact window (below)");
        assertThat(UndeliveredEmailTask.otherWays("EMAIL", "WHATSAPP"))
            .startsWith("by WhatsApp (the usual day-to-day channel in their country), or by phone");
        assertThat(UndeliveredEmailTask.otherWays("WECHAT", "WECHAT")).isEqualTo("by WeChat (their preferred channel), or by phone in"
            + " their next contact window (below)");
        assertThat(UndeliveredEmailTask.otherWays("TRADE_SHOW", "LINE")).as("a trade show is no way to write to them")
            .isEqualTo("by LINE (the usual day-to-day channel in their country), or by phone in their next contact window (below)");
    }

    /**
     * A bounced "Confirmed items" email reaches the team that signed it, the one the client knows: what Olivia of the order
     * desk recorded (signed "Order desk") goes to the order desk, what Sam recorded to sales. Before, every one went to sales,
     * the kind's team, who had not written it.
     */
    @Test
    void shouldGiveABouncedConfirmedItemsEmailToTheTeamThatSignedIt() throws Exception {
        String address = "mirai@tanaka-shoji.exmaple";
        String inquiryId = inquiry(address, "Tanaka Shoji", "JP", "B");
        for (String[] by : new String[][] {{"olivia", "Payment terms 30 days net."}, {"sam", "Samples by air."}}) {
            assertThat(api.post("/api/inquiries/" + inquiryId + "/messages", "{\"channel\": \"PHONE\", \"text\": \"" + by[1] + "\"}",
                by[0]).getStatusCode()).as(by[0]).isEqualTo(HttpStatus.CREATED);
        }
        List<String> messages = jdbc.sql("select message_id from confirmed_item where record_id = :id order by text")
            .param("id", inquiryId).query(String.class).list();
        // Sunday in Japan: the emails wait for the client's Monday
        ClockUtil.setCurrentTime(Date.from(messages.stream().map(id -> outbox.byId(id).orElseThrow().plannedAt())
            .max(Instant::compareTo).orElseThrow().plusSeconds(1)));
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(address, "550 5.1.2 <" + address + ">: Recipient address rejected: Domain not found");
            server.deliverDue(context);
        }
        List<String> recordedBy = jdbc.sql("select recorded_by from confirmed_item where record_id = :id order by text")
            .param("id", inquiryId).query(String.class).list();
        assertThat(recordedBy).containsExactly("olivia", "sam");
        assertThat(candidateGroups(reachClient(messages.get(0)))).as("Olivia's, signed \"Order desk\"").containsExactly("order-desk");
        assertThat(candidateGroups(reachClient(messages.get(1)))).as("Sam's, signed \"Export sales\"").containsExactly("sales");
    }

    @Test
    void shouldGiveEachKindOfEmailToTheTeamWhoseWorkItWas() {
        assertThat(UndeliveredEmails.team("QUOTE")).isEqualTo("sales");
        assertThat(UndeliveredEmails.team("ORDER_CONFIRMATION")).isEqualTo("order-desk");
        assertThat(UndeliveredEmails.team("TRACKING_NUMBER")).isEqualTo("logistics");
        assertThat(UndeliveredEmails.team("EXCEPTION_NOTICE")).as("sales informs the client of an exception and signs it (EmergencyRoles)")
            .isEqualTo("sales");
        assertThat(UndeliveredEmails.team("MILESTONE_CHECKLIST")).isEqualTo("order-desk");
        assertThat(UndeliveredEmails.team("SATISFACTION_SURVEY")).isEqualTo("support");
        assertThat(UndeliveredEmails.team("CONFIRMED_ITEMS")).as("one an integration recorded").isEqualTo("sales");
        assertThat(UndeliveredEmails.team("COMPLAINT_ACKNOWLEDGED")).isEqualTo("support");
        assertThat(UndeliveredEmails.team(null)).as("a plain email without a template").isEqualTo("sales");
    }

    private String inquiry(String email, String company, String country, String tier) {
        ResponseEntity<JsonNode> started = api.post("/api/inquiries", "{\"client\": {\"company\": \"" + company + "\", \"contactName\": \"Pat\","
            + " \"email\": \"" + email + "\", \"country\": \"" + country + "\", \"tier\": \"" + tier + "\"},"
            + " \"inquiry\": {\"product\": \"LED panel\", \"quantity\": 100}}", "shop");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return started.getBody().path("id").asText();
    }

    private OutboxMessage single(String inquiryId) {
        List<OutboxMessage> planned = outbox.about(inquiryId);
        assertThat(planned).as("the auto-reply of an inquiry outside the team's hours").singleElement()
            .satisfies(m -> assertThat(m.content().messageKind()).isEqualTo("AUTO_REPLY"));
        return planned.get(0);
    }

    private Task reachClient(String messageId) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(messageId).singleResult();
        assertThat(task).as("the task for email " + messageId).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(UndeliveredEmail.Activity.REACH_CLIENT);
        return task;
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
            .map(IdentityLink::getGroupId).toList();
    }

    private ResponseEntity<JsonNode> complete(Task task, String variables) {
        return api.post("/engine-rest/task/" + task.getId() + "/complete", "{\"variables\": " + variables + "}", "sam");
    }
}
