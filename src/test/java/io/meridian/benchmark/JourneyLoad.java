package io.meridian.benchmark;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.testsupport.QuoteEndDays;

/**
 * Drives whole client journeys over HTTP, as the shop and the team would: the shop posts the inquiry
 * and every client and order event to {@code /api}, the team (sam, olivia, leo, sue, each in the
 * task's candidate group) finds its task with an engine-rest task query and completes it over
 * engine-rest. One journey: inquiry, "Reply to inquiry" (the quote), the client's acceptance,
 * a 30 % deposit and the balance, "Confirm order", the stock forecast, "Update production progress"
 * (stock complete), "Notify stock ready", "Clear customs", the shipment, the delivery and
 * "After-sales check-in" (a promoter), after which the journey has ended. No timer is waited for:
 * the events come before the payment, shipment and delivery chases and the follow-up fall due.
 * Where the journey moves on in an asynchronous continuation (sending the quote, the order
 * confirmation and the tracking number, calling the fulfilment), the client asks again, from 5 ms
 * up to 50 ms apart: those extra requests are counted ({@link #polls()}).
 */
final class JourneyLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final StartLoad http;
    private final int clients;
    private final AtomicLong polls = new AtomicLong();
    private final QuoteEndDays quoteEnds = new QuoteEndDays();
    private final Queue<String> started = new ConcurrentLinkedQueue<>();
    private final Queue<String> finished = new ConcurrentLinkedQueue<>();

    JourneyLoad(StartLoad http, int clients) {
        this.http = http;
        this.clients = clients;
    }

    /** Requests sent again because the journey had not moved on yet, since the start. */
    long polls() {
        return polls.get();
    }

    /** The inquiry ids of every journey started, since the start (the journey's business key). */
    List<String> started() {
        return List.copyOf(started);
    }

    /** The inquiry ids of every journey driven to its end, since the start. */
    List<String> finished() {
        return List.copyOf(finished);
    }

    /** Runs one whole journey; returns its inquiry id. */
    String journey() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode started = json(http.send(http.inquiry(http.next()), 201));
        String inquiry = started.path("id").asText();
        this.started.add(inquiry);

        complete(inquiry, "replyToInquiry", "sam", """
            {"quoteProductParameters": {"value": "40 W, 4000 K, CRI > 80"}, "quoteMoq": {"value": 50, "type": "Long"},
             "quoteLeadTimeDays": {"value": 25, "type": "Long"}, "quotePaymentTerms": {"value": "30%% T/T deposit, 70%% before shipment"},
             "quotePortOfLoading": {"value": "Ningbo"}, "quoteUnitPrice": {"value": 12.5, "type": "Double"},
             "quoteCurrency": {"value": "USD"}, "quoteValidUntil": {"value": "%s"}}""".formatted(
                quoteEnds.sixtyDaysAhead(body -> http.send(http.post("/api/decisions/contact-window", body, "shop"), 200))));
        // the quote goes out in a continuation: until then the journey does not wait for an answer (409)
        String order = json(sendUntil(http.post("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"ACCEPTED\"}", "shop"),
            200)).path("orderId").asText();
        String orders = "/api/orders/" + order;

        JsonNode deposit = json(http.send(http.post(orders + "/payment", "{\"amount\": 375, \"currency\": \"USD\"}", "shop"), 200));
        check(deposit, "status", "PARTIAL");
        JsonNode balance = json(http.send(http.post(orders + "/payment",
            "{\"amount\": " + deposit.path("open").decimalValue().toPlainString() + ", \"currency\": \"USD\"}", "shop"), 200));
        check(balance, "status", "PAID");
        confirmOrder(inquiry, today);

        // the order confirmation and the call of the fulfilment are continuations: wait for its first task
        String progress = task(order, "updateProductionProgress", "olivia");
        http.send(http.post(orders + "/stock-forecast", "{\"stockReadyOn\": \"" + today.plusDays(30) + "\"}", "shop"), 200);
        http.send(http.post("/engine-rest/task/" + progress + "/complete", """
            {"variables": {"progressPercent": {"value": 100, "type": "Long"}, "stockComplete": {"value": true}}}""", "olivia"), 204);
        complete(order, "notifyStockReady", "olivia", "{}");
        complete(order, "clearCustoms", "leo", "{\"customsDeclarationNumber\": {\"value\": \"CN24-" + order.substring(0, 8) + "\"}}");
        http.send(http.post(orders + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU-" + order + "\"}", "shop"), 200);
        // the tracking number goes out in a continuation before the fulfilment waits for the delivery
        sendUntil(http.post(orders + "/delivery", "{}", "shop"), 200);
        complete(inquiry, "afterSalesCheckIn", "sue", """
            {"nps": {"value": 9, "type": "Long"}, "csat": {"value": 5, "type": "Long"}, "ces": {"value": 2, "type": "Long"},
             "satisfactionComment": {"value": "Smooth"}}""");
        finished.add(inquiry);
        return inquiry;
    }

    /** Whole journeys per second over {@code window}, {@link #clients} clients each running journeys back to back. */
    double run(Duration window) throws Exception {
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + window.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        journey();
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** {@code perClient} whole journeys on each client, all at once; returns their inquiry ids. */
    List<String> runEach(int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<String>>> running = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < perClient; i++) {
                        ids.add(journey());
                    }
                    return ids;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : running) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * "Confirm order" with a delivery by sea on a Wednesday some 90 days ahead, after the quote's lead time; when that
     * Wednesday is a public holiday of the client (a 400 naming the client's day), the Wednesday a week later.
     */
    private void confirmOrder(String inquiry, LocalDate today) throws Exception {
        String id = task(inquiry, "confirmOrder", "olivia");
        LocalDate wednesday = today.plusDays(90).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        for (int week = 0; ; week++) {
            HttpResponse<String> r = http.exchange(http.post("/engine-rest/task/" + id + "/complete", """
                {"variables": {"deliveryDate": {"value": "%s"}, "shippingMethod": {"value": "SEA"}}}"""
                .formatted(wednesday.plusWeeks(week)), "olivia"));
            if (r.statusCode() == 204) {
                return;
            }
            if (r.statusCode() != 400 || week == 3) {
                throw new IllegalStateException("HTTP " + r.statusCode() + " confirming the order of " + inquiry + ": " + r.body());
            }
        }
    }

    /** Waits for the task of {@code businessKey}'s instance as {@code user} would see it, and completes it. */
    private void complete(String businessKey, String taskKey, String user, String variables) throws Exception {
        String id = task(businessKey, taskKey, user);
        http.send(http.post("/engine-rest/task/" + id + "/complete", "{\"variables\": " + variables + "}", user), 204);
    }

    private String task(String businessKey, String taskKey, String user) throws Exception {
        HttpRequest query = http.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey
            + "&firstResult=0&maxResults=2", user);
        return poll(() -> {
            JsonNode tasks = json(http.send(query, 200));
            return tasks.size() == 1 ? tasks.get(0).path("id").asText() : null;
        }, () -> taskKey + " of " + businessKey);
    }

    /** Sends {@code request} until it answers {@code expected}; a 409 (the journey is not there yet) is asked again. */
    private String sendUntil(HttpRequest request, int expected) throws Exception {
        AtomicReference<String> last = new AtomicReference<>("nothing");
        return poll(() -> {
            HttpResponse<String> r = http.exchange(request);
            if (r.statusCode() == expected) {
                return r.body();
            }
            if (r.statusCode() != 409) {
                throw new IllegalStateException("HTTP " + r.statusCode() + " for " + request.uri() + ": " + r.body());
            }
            last.set(r.body());
            return null;
        }, () -> request.uri().getPath() + " (last answer 409 " + last.get() + ")");
    }

    private <T> T poll(Attempt<T> attempt, Supplier<String> what) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long pause = 5;
        while (true) {
            T result = attempt.get();
            if (result != null) {
                return result;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("still not there after " + PATIENCE + ": " + what.get());
            }
            polls.incrementAndGet();
            TimeUnit.MILLISECONDS.sleep(pause);
            pause = Math.min(50, pause * 2);
        }
    }

    private static void check(JsonNode answer, String field, String expected) {
        if (!expected.equals(answer.path(field).asText())) {
            throw new IllegalStateException(field + " is not " + expected + ": " + answer);
        }
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T get() throws Exception;
    }
}
