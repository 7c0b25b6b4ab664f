package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.messages.ClientDates;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.OutboxMessage.Status;
import io.meridian.outbox.RefusingSmtpServer;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client accepts only a quote that has reached it: the quote's email went out, or sales gave the quote in a talk.
 * While the email waits for the client's business hours, or could not be delivered, an acceptance is a 409 that
 * says so (and when the quote goes out, in the client's clock), and nothing is written: no order, the journey still
 * waits for the client's answer.
 */
@MeridianTest
class QuoteReceiptApiTest {

    /** A Tuesday, 20:00 in Shanghai (the team works), 21:00 in Tokyo: the client's business day is over. */
    static final Instant EVENING = Instant.parse("2027-01-12T12:00:00Z");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    Outbox outbox;
    @Autowired
    InquiryLedger inquiries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void evening() {
        ClockUtil.setCurrentTime(Date.from(EVENING));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldRefuseAnAcceptanceWhileTheQuoteWaitsForTheClientsBusinessHoursSayingWhenItGoesOut() {
        String id = quoted("kenji@receipt.example", Map.of());
        OutboxMessage quote = quote(id);
        assertThat(quote.status()).isEqualTo(Status.PLANNED);
        assertThat(quote.plannedAt()).as("the next morning in Tokyo").isAfter(EVENING);

        ResponseEntity<JsonNode> early = accept(id);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(early.getBody().path("detail").asText()).isEqualTo("the quote of inquiry " + id + " has not reached the client"
            + " yet: its email waits for the client's business hours and goes out on "
            + ClientDates.moment(quote.plannedAt(), TOKYO).in("en") + " in the client's clock (Asia/Tokyo; " + quote.plannedAt()
            + "). A client cannot accept a price it has not been sent; its messages: GET /api/inquiries/" + id + "/messages");
        assertThat(early.getBody().path("detail").asText())
            .contains("goes out on Wednesday, 13 January 2027, 09:00 in the client's clock (Asia/Tokyo; 2027-01-13T00:00:00Z)");
        assertNothingWritten(id);

        // the client's morning: the quote goes out, and the client may accept it
        mail.deliverPlannedFor(id);
        assertThat(quote(id).status()).isEqualTo(Status.SENT);
        assertThat(mail.receivedBy("kenji@receipt.example")).filteredOn(m -> m.subject().contains("Quotation")).hasSize(1);
        ResponseEntity<JsonNode> accepted = accept(id);
        assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody().path("orderId").asText()).isNotBlank();
        AsyncContinuations.runAll(engine);
    }

    @Test
    void shouldRefuseAnAcceptanceOfAQuoteWhoseEmailWasNotDeliveredUntilTheTeamReachedTheClient() throws Exception {
        String address = "kenji@receipt-gone.example";
        String id = quoted(address, Map.of());
        ClockUtil.setCurrentTime(Date.from(quote(id).plannedAt()));
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(address, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);
        }
        assertThat(quote(id).status()).isEqualTo(Status.FAILED);

        ResponseEntity<JsonNode> refused = accept(id);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("detail").asText()).contains("the quote of inquiry " + id + " has not reached the client yet:"
            + " its email could not be delivered (the mail server refused it for good: 550 5.1.1",
            "the team reaches the client another way (task \"Reach the client: email not delivered\")");
        assertNothingWritten(id);

        // sales reaches the client by phone and says so on the task: the client has the quote now
        Task reach = tasks.createTaskQuery().processInstanceBusinessKey(quote(id).id()).singleResult();
        ResponseEntity<JsonNode> reached = post("/engine-rest/task/" + reach.getId() + "/complete", """
            {"variables": {"undeliveredOutcome": {"value": "REACHED_ANOTHER_WAY"},
                           "howReached": {"value": "Read the quote to Kenji on the phone and sent it from my mailbox."}}}""", "sam");
        assertThat(reached.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(accept(id).getStatusCode()).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
    }

    @Test
    void shouldLetTheClientAcceptAQuoteSalesGaveInATalkBeforeItsEmailGoesOut() {
        String id = quoted("kenji@receipt-call.example", Map.of(Var.TALK_KIND, "VIDEO", "talkParticipants", "Kenji Nakamura"));
        assertThat(quote(id).status()).as("the written confirmation still waits for Tokyo's morning").isEqualTo(Status.PLANNED);
        ResponseEntity<JsonNode> accepted = accept(id);
        assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
    }

    @Test
    void shouldRefuseAnAcceptanceOfARevisedQuoteTheClientHasNotReceivedThoughItHadTheFirst() {
        String id = quoted("kenji@receipt-revised.example", Map.of(Var.TALK_KIND, "CALL"));
        ResponseEntity<JsonNode> declined = post("/api/inquiries/" + id + "/client-response",
            "{\"decision\": \"DECLINED\", \"objection\": \"PRICE\"}", "shop");
        assertThat(declined.getStatusCode()).as("a client may decline before the email: it heard the price").isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        String pi = journey(id);
        Map<String, Object> revised = JourneyFixture.quote();
        revised.put(Var.OBJECTION_OUTCOME, "REVISE");
        revised.put(Var.QUOTE_UNIT_PRICE, 11.9);
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), revised);
        AsyncContinuations.runAll(engine);
        assertThat(runtime.getVariable(pi, Var.QUOTE_GIVEN_IN_TALK)).as("the revision went by email only").isNull();

        ResponseEntity<JsonNode> early = accept(id);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().path("detail").asText()).startsWith("the revised quote of inquiry " + id + " has not reached the client yet");
        assertNothingWritten(id);
        mail.deliverPlannedFor(id);
        assertThat(accept(id).getStatusCode()).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
    }

    /** No order, no order confirmation, the journey still waiting for the client's answer, the quote as it was. */
    private void assertNothingWritten(String id) {
        String pi = journey(id);
        assertThat(runtime.getActiveActivityIds(pi)).contains(Activity.AWAIT_CLIENT_RESPONSE);
        assertThat(runtime.getVariable(pi, Var.ORDER_ID)).isNull();
        assertThat(runtime.getVariable(pi, Var.CLIENT_DECISION)).isNotEqualTo("ACCEPTED");
        InquiryRecord inquiry = inquiries.byId(id).orElseThrow();
        assertThat(inquiry.status()).isEqualTo(InquiryRecord.Status.QUOTED);
        assertThat(inquiry.orderId()).isNull();
        assertThat(jdbc.sql("select count(*) from customer_order where inquiry_id = :id").param("id", id).query(Long.class).single())
            .isZero();
    }

    /** An inquiry of a client in Tokyo, quoted this evening with the fixture's quote and {@code more} form values. */
    private String quoted(String email, Map<String, Object> more) {
        String id = post("/api/inquiries", """
            {"client": {"company": "Nakamura Trading", "contactName": "Kenji Nakamura", "email": "%s", "country": "JP",
                        "timeZone": "Asia/Tokyo", "tier": "A"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL"}}""".formatted(email), "shop")
            .getBody().path("id").asText();
        AsyncContinuations.runAll(engine);
        Map<String, Object> reply = JourneyFixture.quote();
        reply.putAll(more);
        tasks.complete(tasks.createTaskQuery().processInstanceId(journey(id)).singleResult().getId(), reply);
        AsyncContinuations.runAll(engine);
        return id;
    }

    private String journey(String id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
    }

    /** The quote in force: the newest quote email of the inquiry. */
    private OutboxMessage quote(String id) {
        List<OutboxMessage> quotes = outbox.about(id).stream().filter(m -> "QUOTE".equals(m.content().messageKind())).toList();
        assertThat(quotes).isNotEmpty();
        return quotes.get(quotes.size() - 1);
    }

    private ResponseEntity<JsonNode> accept(String id) {
        return post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\"}", "shop");
    }

    private ResponseEntity<JsonNode> post(String path, String body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
