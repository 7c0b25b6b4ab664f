package io.meridian.system;

import io.meridian.jobs.AsyncContinuations;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.client.ClientLedger;
import io.meridian.complaint.ComplaintHandling;
import io.meridian.complaint.ComplaintLedger;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.order.OrderLedger;
import io.meridian.outbox.MailServerFixture;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/inquiries}, {@code /api/orders}, {@code /api/complaints} and each record's {@code /messages}, over HTTP. */
class RecordListsApiTest extends ServerTest {

    @Autowired
    ClientLedger clients;
    @Autowired
    InquiryLedger inquiries;
    @Autowired
    OrderLedger orders;
    @Autowired
    ComplaintLedger complaints;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ObjectMapper json;

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    /** Seeded once: the window filters expect exactly these rows in May 2011. */
    static ListFixture rows;

    @BeforeEach
    void seed() {
        if (rows == null) {
            rows = ListFixture.seed(clients, inquiries, orders, complaints);
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    JsonNode read(Answer answer) {
        try {
            return json.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(answer.body(), e);
        }
    }

    /** The ids of a list answer, in its order, after checking it is a 200. */
    List<String> ids(String path, String record) {
        Answer answer = get(path, "sam");
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        read(answer).path("items").forEach(item -> ids.add(item.path(record).path("id").asText()));
        return ids;
    }

    @Test
    void shouldListInquiriesNewestFirstWithTheirClientAndPageThem() {
        assertThat(ids("/api/inquiries?" + ListFixture.WINDOW, "inquiry")).containsExactly(rows.i5(), rows.i3(), rows.i4(), rows.i2(), rows.i1());

        JsonNode first = read(get("/api/inquiries?" + ListFixture.WINDOW + "&size=2", "shop"));
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("items").get(0).path("inquiry").path("status").asText()).isEqualTo("NEW");
        assertThat(first.path("items").get(0).path("client").path("company").asText()).startsWith("Weber Lists");
        assertThat(first.path("items").get(0).path("client").path("country").asText()).isEqualTo("DE");
        assertThat(first.path("items").get(1).path("client").path("tier").asText()).isEqualTo("A");
        assertThat(ids("/api/inquiries?" + ListFixture.WINDOW + "&size=2&page=1", "inquiry")).containsExactly(rows.i4(), rows.i2());
        assertThat(ids("/api/inquiries?" + ListFixture.WINDOW + "&size=2&page=2", "inquiry")).containsExactly(rows.i1());
        JsonNode beyond = read(get("/api/inquiries?" + ListFixture.WINDOW + "&size=2&page=3", "sam"));
        assertThat(beyond.path("items").size()).isZero();
        assertThat(beyond.path("total").asLong()).isEqualTo(5);
        assertThat(read(get("/api/inquiries", "sam")).path("size").asInt()).as("default size").isEqualTo(20);
    }

    @Test
    void shouldFilterInquiriesByStatusCountryClientAndTime() {
        String window = "/api/inquiries?" + ListFixture.WINDOW;
        assertThat(ids(window + "&status=NEW", "inquiry")).containsExactly(rows.i5(), rows.i1());
        assertThat(ids(window + "&status=new,lost", "inquiry")).containsExactly(rows.i5(), rows.i4(), rows.i1());
        assertThat(ids(window + "&status=QUOTED&status=ORDERED", "inquiry")).containsExactly(rows.i3(), rows.i2());
        assertThat(ids(window + "&country=de", "inquiry")).containsExactly(rows.i5(), rows.i4());
        assertThat(ids(window + "&country=JP&status=NEW", "inquiry")).containsExactly(rows.i1());
        assertThat(read(get("/api/inquiries?country=DE&size=100", "sam")).path("items"))
            .allSatisfy(item -> assertThat(item.path("client").path("country").asText()).isEqualTo("DE"));
        assertThat(ids("/api/inquiries?client=" + rows.jp().id(), "inquiry")).containsExactly(rows.i3(), rows.i2(), rows.i1());
        assertThat(ids("/api/inquiries?client=" + rows.de().email().toUpperCase(), "inquiry")).containsExactly(rows.i5(), rows.i4());
        assertThat(ids("/api/inquiries?client=nobody@nowhere.example", "inquiry")).isEmpty();
        assertThat(ids("/api/inquiries?from=2011-05-02T10:00:00Z&to=2011-05-03", "inquiry")).containsExactly(rows.i3(), rows.i4());
        assertThat(ids("/api/inquiries?from=2011-05-01&to=2011-05-02T09:00:00Z", "inquiry")).as("to is inclusive")
            .containsExactly(rows.i2(), rows.i1());
        assertThat(ids("/api/inquiries?from=2011-05-02T11:00:00%2B02:00&to=2011-05-02", "inquiry")).as("an offset")
            .containsExactly(rows.i4(), rows.i2());
    }

    @Test
    void shouldListAndFilterOrdersByTheirOpeningTime() {
        String window = "/api/orders?" + ListFixture.WINDOW;
        assertThat(ids(window, "order")).containsExactly(rows.o2(), rows.o1());
        assertThat(ids(window + "&status=PAID", "order")).containsExactly(rows.o2());
        assertThat(ids(window + "&country=JP", "order")).containsExactly(rows.o1());
        assertThat(ids("/api/orders?client=" + rows.de().id(), "order")).containsExactly(rows.o2());
        assertThat(ids("/api/orders?from=2011-05-04&to=2011-05-31", "order")).containsExactly(rows.o2());
        assertThat(ids(window + "&size=1&page=1", "order")).containsExactly(rows.o1());
        JsonNode first = read(get(window + "&size=1", "olivia"));
        assertThat(first.path("total").asLong()).isEqualTo(2);
        assertThat(first.path("items").get(0).path("order").path("amount").decimalValue()).isEqualByComparingTo("1250");
        assertThat(first.path("items").get(0).path("client").path("email").asText()).isEqualTo(rows.de().email());
    }

    @Test
    void shouldListAndFilterComplaints() {
        String window = "/api/complaints?" + ListFixture.WINDOW;
        assertThat(ids(window, "complaint")).containsExactly(rows.c2(), rows.c1());
        assertThat(ids(window + "&status=RESOLVED", "complaint")).containsExactly(rows.c2());
        assertThat(ids(window + "&country=JP", "complaint")).containsExactly(rows.c1());
        assertThat(ids("/api/complaints?client=" + rows.jp().email(), "complaint")).containsExactly(rows.c1());
        assertThat(ids("/api/complaints?to=2011-05-06T23:00:00Z&from=2011-05-01", "complaint")).containsExactly(rows.c1());
        assertThat(ids(window + "&size=1", "complaint")).containsExactly(rows.c2());
        assertThat(read(get(window, "sue")).path("total").asLong()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}?{1} names {2}")
    @CsvSource(delimiter = '|', value = {
        "inquiries|status=MAYBE|status",
        "orders|status=NEW|status",
        "complaints|status=PAID|status",
        "inquiries|from=yesterday|from",
        "orders|to=2011-02-30|to",
        "complaints|from=2011-05-02&to=2011-05-01|from",
        "inquiries|size=0|size",
        "orders|size=1000|size",
        "complaints|size=ten|size",
        "inquiries|page=-1|page",
        "orders|page=99999999999999|page",
        "complaints|country=XX|country",
        "inquiries|country=Japan|country",
        "orders|colour=red|colour",
        "complaints|page=1&page=2|page",
        "inquiries|from=0001-01-01|from"})
    void shouldRefuseABadParameterNamingIt(String list, String query, String field) {
        Answer answer = get("/api/" + list + "?" + query, "sam");
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(read(answer).path("errors").findValuesAsText("field")).containsExactly(field);
    }

    @Test
    void shouldSayWhichParameterAMisspeltOneMeant() {
        Answer answer = get("/api/inquiries?stauts=NEW", "sam");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(read(answer).path("errors").findValuesAsText("message"))
            .containsExactly("unknown parameter 'stauts': did you mean 'status'? (known: status, country, client, from, to, orderStatus, page, size)");
    }

    @Test
    void shouldNameEveryBadParameterAtOnce() {
        Answer answer = get("/api/inquiries?status=MAYBE&country=XX&from=soon&size=0", "sam");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(read(answer).path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("status", "country", "from", "size");
    }

    @Test
    void shouldRefuseUsersWhoMayNotReadRecords() {
        for (String path : List.of("/api/inquiries", "/api/orders", "/api/complaints", "/api/inquiries/" + rows.i1(),
            "/api/orders/" + rows.o1(), "/api/complaints/" + rows.c1(), "/api/inquiries/" + rows.i1() + "/messages",
            "/api/orders/" + rows.o1() + "/messages", "/api/complaints/" + rows.c1() + "/messages")) {
            Answer refused = get(path, "ana");
            assertThat(refused.status()).as("ana: " + path).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(get(path, null).status()).as("anonymous: " + path).isEqualTo(401);
            assertThat(get(path, "leo").status()).as("leo: " + path).isEqualTo(200);
        }
    }

    @Test
    void shouldShowTheQuotePlannedForAnInquiry() {
        String email = "lists-quote-" + System.nanoTime() + "@acme.example";
        Answer started = postJson("/api/inquiries", "shop", """
            {"client": {"company": "Acme Lists", "contactName": "Jana Weber", "email": "%s", "country": "DE"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500}}""".formatted(email));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = read(started).path("id").asText();
        // outside the team's working hours (this test runs on the real clock) the inquiry got an auto-reply at once
        assertThat(read(get("/api/inquiries/" + id + "/messages", "sam")).findValuesAsText("messageKind"))
            .as("nothing but an auto-reply planned before the reply").allMatch("AUTO_REPLY"::equals);

        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), JourneyFixture.quote());
        AsyncContinuations.run(engine, pi);

        Answer answer = get("/api/inquiries/" + id + "/messages", "sam");
        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> quotes = new java.util.ArrayList<>();
        read(answer).forEach(m -> {
            if ("QUOTE".equals(m.path("messageKind").asText())) {
                quotes.add(m);
            }
        });
        assertThat(quotes).hasSize(1);
        JsonNode quote = quotes.get(0);
        assertThat(quote.path("recipient").asText()).isEqualTo(email);
        assertThat(quote.path("subject").asText()).contains("Quotation");
        assertThat(quote.path("kind").asText()).isEqualTo("CLIENT");
        assertThat(quote.path("status").asText()).isEqualTo("PLANNED");
        assertThat(quote.path("attempts").asInt()).isZero();
        assertThat(quote.path("plannedAt").asText()).isNotBlank();
        assertThat(quote.path("nextAttemptAt").asText()).isEqualTo(quote.path("plannedAt").asText());
        assertThat(quote.path("sentAt").isNull()).isTrue();
        assertThat(quote.path("lastError").isNull()).isTrue();
        assertThat(quote.has("body")).as("the mail itself stays in the outbox").isFalse();

        JsonNode listed = read(get("/api/inquiries?client=" + email, "sam"));
        assertThat(listed.path("total").asLong()).isEqualTo(1);
        assertThat(listed.path("items").get(0).path("inquiry").path("status").asText()).isEqualTo("QUOTED");
        assertThat(listed.path("items").get(0).path("client").path("company").asText()).isEqualTo("Acme Lists");
    }

    @Test
    void shouldListTheEmailsOfAnOrderAndAComplaintWithHowSendingWent() {
        // Tuesday 7 June 2011, 10:00 in Tokyo: the Japanese client is open, the German one not yet;
        // the relay below tries only what is due by then, which no other test plans
        Instant tokyoMorning = Instant.parse("2011-06-07T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(tokyoMorning));

        // an order's email: what was agreed on WhatsApp, repeated by email in the German client's hours
        Answer agreed = postJson("/api/orders/" + rows.o2() + "/messages", "sam",
            "{\"channel\": \"WHATSAPP\", \"text\": \"Payment terms: 50% in advance, 50% against B/L copy.\"}");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(201);
        JsonNode orderMail = single(get("/api/orders/" + rows.o2() + "/messages", "olivia"));
        assertThat(orderMail.path("recipient").asText()).isEqualTo(rows.de().email());
        assertThat(orderMail.path("subject").asText()).contains("Confirmed items: L-");
        assertThat(orderMail.path("messageKind").asText()).isEqualTo("CONFIRMED_ITEMS");
        assertThat(orderMail.path("status").asText()).isEqualTo("PLANNED");
        Instant berlinOpens = Instant.parse(orderMail.path("plannedAt").asText());
        assertThat(berlinOpens).isAfter(tokyoMorning);

        // a complaint's email: the acknowledgement, planned at once for a client in business hours
        String email = "lists-complaint-" + System.nanoTime() + "@kato.example.jp";
        Answer opened = postJson("/api/complaints", "shop", """
            {"client": {"company": "Kato Lists", "contactName": "Kato Hiroshi", "email": "%s", "country": "JP", "tier": "A"},
             "category": "BILLING", "wording": "NEUTRAL", "description": "Invoice twice."}""".formatted(email));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String complaint = read(opened).path("id").asText();
        String pi = read(opened).path("processInstanceId").asText();
        AsyncContinuations.run(engine, pi);
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(ComplaintHandling.Activity.ACKNOWLEDGE_COMPLAINT)
            .singleResult().getId(), Map.of(ComplaintHandling.Var.ACKNOWLEDGEMENT, "We are sorry and are checking the invoices."));
        AsyncContinuations.run(engine, pi);
        JsonNode acknowledgement = single(get("/api/complaints/" + complaint + "/messages", "sue"));
        assertThat(acknowledgement.path("recipient").asText()).isEqualTo(email);
        assertThat(acknowledgement.path("subject").asText()).endsWith("Thank you for raising this matter with us");
        assertThat(acknowledgement.path("plannedAt").asText()).isEqualTo(tokyoMorning.toString());

        // sent: when and after how many attempts
        mail.deliverDue();
        assertThat(mail.receivedBy(email)).hasSize(1);
        JsonNode sent = single(get("/api/complaints/" + complaint + "/messages", "sue"));
        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        assertThat(sent.path("sentAt").asText()).isEqualTo(tokyoMorning.toString());
        assertThat(sent.path("attempts").asInt()).isOne();
        assertThat(sent.path("lastError").isNull()).isTrue();
        assertThat(single(get("/api/orders/" + rows.o2() + "/messages", "olivia")).path("attempts").asInt())
            .as("not due before Berlin opens").isZero();

        // not sent: the SMTP server is down when Berlin opens; the message says it waits for it, no attempt used
        mail.stopServer();
        ClockUtil.setCurrentTime(Date.from(berlinOpens));
        mail.deliverDue();
        JsonNode waiting = single(get("/api/orders/" + rows.o2() + "/messages", "olivia"));
        assertThat(waiting.path("status").asText()).isEqualTo("PLANNED");
        assertThat(waiting.path("attempts").asInt()).isZero();
        assertThat(waiting.path("lastError").asText()).startsWith("waiting for the mail server: ").containsIgnoringCase("connect");
        assertThat(waiting.path("sentAt").isNull()).isTrue();
        assertThat(Instant.parse(waiting.path("nextAttemptAt").asText())).isEqualTo(berlinOpens);
    }

    /** The one message of a record's message list. */
    JsonNode single(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode messages = read(answer);
        assertThat(messages.size()).as(answer.body()).isOne();
        return messages.get(0);
    }

    @Test
    void shouldAnswerMessagesOfRecordsWithoutMailAndRefuseUnknownIds() {
        assertThat(read(get("/api/orders/" + rows.o1() + "/messages", "olivia"))).isEmpty();
        assertThat(read(get("/api/complaints/" + rows.c1() + "/messages", "sue"))).isEmpty();
        for (String list : List.of("inquiries", "orders", "complaints")) {
            Answer unknown = get("/api/" + list + "/no-such-id/messages", "sam");
            assertThat(unknown.status()).as(list).isEqualTo(404);
            assertThat(unknown.isProblem()).isTrue();
        }
    }
}
