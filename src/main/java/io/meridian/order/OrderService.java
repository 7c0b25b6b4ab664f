package io.meridian.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.etiquette.Tier;
import io.meridian.ids.Ids;
import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.inquiry.InquiryRecord;
import io.meridian.moments.TeamMoments;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientToday;
import io.meridian.process.CurrentStep;
import io.meridian.process.CurrentSteps;
import io.meridian.system.ConflictException;
import io.meridian.system.EngineReads;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order events of DESIGN.md "REST contract". Each checks its input, then that the order's
 * process waits for it, then updates the ledger and correlates its message, all in one
 * transaction: a refused event changes nothing. An order whose process was deleted without its
 * listeners and not noticed yet is cancelled first, in a transaction of its own ({@link UnnoticedOrderEnds}):
 * the event is then a 409 naming that cancellation, which stays recorded.
 */
@Service
class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);
    /** A payment's fields in the order the request declares them, as a 400 names them. */
    private static final List<String> PAYMENT_FIELDS = List.of("amount", "currency", "receivedAt");

    private final OrderLedger orders;
    private final InquiryLedger inquiries;
    private final CurrentSteps steps;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ClientLedger clients;
    private final ClientClocks clocks;
    private final Validator validator;
    private final UnnoticedOrderEnds unnoticed;
    private final EngineReads engine;
    private final FulfilmentExceptions exceptions;

    OrderService(OrderLedger orders, InquiryLedger inquiries, CurrentSteps steps, RuntimeService runtime, IdentityService identity,
                 ClientLedger clients, ClientClocks clocks, Validator validator, UnnoticedOrderEnds unnoticed, EngineReads engine,
                 FulfilmentExceptions exceptions) {
        this.exceptions = exceptions;
        this.unnoticed = unnoticed;
        this.orders = orders;
        this.inquiries = inquiries;
        this.steps = steps;
        this.runtime = runtime;
        this.identity = identity;
        this.clients = clients;
        this.clocks = clocks;
        this.validator = validator;
        this.engine = engine;
    }

    /** The order with every payment, what is paid and what is still open, and the shortfall the desk accepted. */
    record OrderView(
        @Schema(description = "the order") OrderRecord order,
        @Schema(description = "the payments received, oldest first") List<OrderPayment> payments,
        @Schema(description = "the sum of the payments") BigDecimal paid,
        @Schema(description = "what is still to pay (amount minus paid, never below zero)") BigDecimal open,
        @Schema(description = "the order desk's acceptance of a partial payment as enough; null when none") @Nullable Shortfall shortfall,
        @Schema(description = "where the order's fulfilment stands now: its open tasks and the events it waits for") List<CurrentStep> currentSteps) {
    }

    record EventAccepted(
        @Schema(description = "the order") String orderId,
        @Schema(description = "the event recorded, e.g. Shipped") String event,
        @Schema(description = "the order's status after the event") OrderRecord.Status status) {
    }

    /** A recorded payment: {@code status} PARTIAL until the payments cover the amount due, then PAID. */
    record PaymentAccepted(
        @Schema(description = "the order") String orderId,
        @Schema(description = "PaymentReceived when the payments cover the amount, else PartialPaymentReceived") String event,
        @Schema(description = "the payment recorded") String paymentId,
        @Schema(description = "the order's total") BigDecimal amountDue,
        @Schema(description = "the sum of all payments so far") BigDecimal paid,
        @Schema(description = "what is still to pay") BigDecimal open,
        @Schema(description = "ISO 4217 currency code of all amounts") String currency,
        @Schema(description = "the order's payment status now: UNPAID, PARTIAL, PAID or SHORTFALL_ACCEPTED") OrderRecord.PaymentStatus status,
        @Schema(description = "the order's status now") OrderRecord.Status orderStatus) {
    }

    OrderView view(String id) {
        OrderRecord order = find(id);
        String journey = inquiries.byId(order.inquiryId()).map(InquiryRecord::processInstanceId).orElse(null);
        List<OrderPayment> payments = orders.payments(id);
        BigDecimal paid = paid(payments, order.currency());
        return new OrderView(order, payments, paid, open(order, paid), orders.shortfall(id).orElse(null),
            steps.ofOrder(journey, id));
    }

    @Transactional
    PaymentAccepted payment(String id, OrderRequests.Payment request) {
        unnoticed.endIfUnnoticed(id, UnnoticedOrderEnds.whenPosted("a payment"));
        Instant now = now();
        // one answer names every wrong field: the request's own checks (a future receivedAt among them) with those that
        // need the order (the amount's decimals in its currency, the currency, receivedAt before the order's inquiry)
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : PAYMENT_FIELDS) {
            Inputs.validate(validator, OrderRequests.Payment.class, field, switch (field) {
                case "amount" -> request.amount();
                case "currency" -> request.currency();
                default -> request.receivedAt();
            }, field, errors);
        }
        Instant receivedAt = errors.containsKey("receivedAt") ? null : Inputs.instant("receivedAt", request.receivedAt(), now);
        OrderRecord order = orders.byIdForUpdate(id).orElse(null);
        if (order == null) {
            Inputs.throwIfAny(errors);
            throw orders.notFound(id);
        }
        OrderCancellation.refuseIfCancelled(order, "a payment");
        String currency = errors.containsKey("currency") ? null : request.currency().trim().toUpperCase(Locale.ROOT);
        if (currency != null && !currency.equals(order.currency())) {
            errors.put("currency", "currency " + currency + " differs from the quote's currency "
                + order.currency() + ": record the payment in " + order.currency() + " (convert it at the bank's rate)");
        }
        // in the order's currency, the only one a payment may come in: 1250.5 JPY is no amount anyone paid
        if (!errors.containsKey("amount")) {
            Inputs.collect(errors, "amount", () -> Inputs.inCurrency("amount", request.amount(), order.currency()));
        }
        if (!errors.containsKey("receivedAt")) {
            // a deposit against the quote (the proforma) often arrives before the client's acceptance opens the order; no
            // money for this order arrives before the inquiry it answers
            Instant inquired = inquiries.byId(order.inquiryId()).map(InquiryRecord::receivedAt).orElse(order.createdAt());
            if (receivedAt != null && receivedAt.isBefore(inquired.minus(Inputs.CLOCK_SKEW))) {
                errors.put("receivedAt", "receivedAt " + receivedAt + " lies before the inquiry of order " + order.orderNumber()
                    + " reached the company (" + inquired + "): money paid against its quote comes after that; record the day"
                    + " the bank credited it (a deposit before the order was opened is fine)");
            }
        }
        Map<String, String> inOrder = new LinkedHashMap<>();
        PAYMENT_FIELDS.stream().filter(errors::containsKey).forEach(f -> inOrder.put(f, errors.get(f)));
        Inputs.throwIfAny(inOrder);
        BigDecimal paidBefore = paid(orders.payments(id), order.currency());
        if (order.paymentStatus() == OrderRecord.PaymentStatus.PAID || paidBefore.compareTo(order.amount()) >= 0) {
            throw new ConflictException("order " + order.orderNumber() + " is fully paid already (" + paidBefore.toPlainString()
                + " " + order.currency() + " of " + order.amount().toPlainString() + "): no further payment is expected");
        }
        BigDecimal stillOpen = open(order, paidBefore);
        if (request.amount().compareTo(stillOpen) > 0) {
            // more than is owed is a typing slip (100000 for 1000.00) far more often than money a client sent too much of
            throw new InvalidInputException("amount", "amount " + request.amount().toPlainString() + " " + order.currency()
                + " is more than the " + stillOpen.toPlainString() + " " + order.currency() + " still open on order "
                + order.orderNumber() + " (" + order.amount().toPlainString() + " due, " + paidBefore.toPlainString()
                + " paid): record what the bank received for this order, at most what is open; nothing was recorded");
        }
        ProcessInstance journey = steps.instance(ClientJourney.KEY, order.inquiryId()).orElse(null);
        boolean shortfallAccepted = order.paymentStatus() == OrderRecord.PaymentStatus.SHORTFALL_ACCEPTED;
        // the journey waits for the money at the payment step and while the desk reviews a partial payment
        if (!shortfallAccepted && (journey == null || !steps.waitsFor(journey.getId(), ClientJourney.Message.PAYMENT_RECEIVED))) {
            throw new ConflictException("order " + order.orderNumber() + " is not waiting for a payment (payment status "
                + order.paymentStatus() + ", status " + order.status() + ")");
        }
        OrderPayment payment = new OrderPayment(Ids.next(), id, Money.of(request.amount(), currency),
            currency, receivedAt, user(), now);
        orders.recordPayment(payment);
        BigDecimal paid = paidBefore.add(payment.amount());
        boolean covered = paid.compareTo(order.amount()) >= 0;
        OrderRecord.PaymentStatus status = covered ? OrderRecord.PaymentStatus.PAID : OrderRecord.PaymentStatus.PARTIAL;
        if (!shortfallAccepted || covered) {
            orders.paymentStatus(id, status);
        }
        log.info("Payment {} {} for order {}: {} of {} paid", payment.amount(), currency, order.orderNumber(), paid, order.amount());
        if (!shortfallAccepted) {
            Map<String, Object> v = new LinkedHashMap<>();
            // the review task's form shows these as the briefing writes amounts ("6,250 JPY"), not as a bare number ("6250")
            v.put(ClientJourney.Var.PAYMENT_AMOUNT, Money.written(payment.amount(), currency));
            v.put(ClientJourney.Var.PAYMENT_CURRENCY, currency);
            // the clock of "Confirm order" (1 working day): a deposit paid before the order existed starts it at the order
            v.put(ClientJourney.Var.PAYMENT_RECEIVED_AT, Date.from(receivedAt.isBefore(order.createdAt()) ? order.createdAt() : receivedAt));
            v.put(ClientJourney.Var.AMOUNT_DUE, Money.written(order.amount(), currency));
            v.put(ClientJourney.Var.AMOUNT_PAID, Money.written(paid, currency));
            v.put(ClientJourney.Var.AMOUNT_OPEN, Money.written(open(order, paid), currency));
            if (covered) {
                runtime.createMessageCorrelation(ClientJourney.Message.PAYMENT_RECEIVED).processInstanceId(journey.getId())
                    .setVariables(v).correlateWithResult();
            } else if (steps.waitsFor(journey.getId(), ClientJourney.Message.PARTIAL_PAYMENT_RECEIVED)) {
                runtime.createMessageCorrelation(ClientJourney.Message.PARTIAL_PAYMENT_RECEIVED).processInstanceId(journey.getId())
                    .setVariables(v).correlateWithResult();
            } else {
                // the order desk is reviewing an earlier partial payment: its task shows the new totals (set by Meridian after
                // its own check, as an integration's change of a journey's variables is refused: system.InstanceRepairs)
                engine.asSystem(() -> {
                    runtime.setVariables(journey.getId(), v);
                    return null;
                });
            }
        }
        return new PaymentAccepted(id, covered ? "PaymentReceived" : "PartialPaymentReceived", payment.id(), order.amount(),
            paid, open(order, paid), currency, status, find(id).status());
    }

    @Transactional
    EventAccepted stockForecast(String id, OrderRequests.StockForecast request) {
        unnoticed.endIfUnnoticed(id, UnnoticedOrderEnds.whenPosted("a stock forecast"));
        OrderRecord order = find(id);
        OrderCancellation.refuseIfCancelled(order, "a stock forecast");
        // the client reads the date in the progress report and it is weighed against the delivery date they were promised
        ClientToday today = clientToday(order);
        LocalDate readyOn = today.notTooFar("stockReadyOn", today.notPassed("stockReadyOn", LocalDate.parse(request.stockReadyOn().trim()),
            OrderFulfilment.STOCK_DATE_HINT), order.deliveryDate());
        ProcessInstance fulfilment = fulfilmentWaitingFor(order, OrderFulfilment.Message.STOCK_FORECAST,
            "a stock forecast", "the client has been told that the stock is ready");
        // read after the endpoint's check: an integration reads no process's variables itself
        if (Boolean.TRUE.equals(engine.asSystem(() -> runtime.getVariable(fulfilment.getId(), OrderFulfilment.Var.STOCK_COMPLETE)))) {
            // a forecast would put a day to come beside a stock that is there: the notice to the client is due now
            throw new ConflictException("order " + order.orderNumber() + " is not waiting for a stock forecast: production reported"
                + " the stock complete (\"Update production progress\"), and the order desk tells the client it is ready (\"Notify stock ready\")");
        }
        orders.stockForecast(id, readyOn);
        runtime.createMessageCorrelation(OrderFulfilment.Message.STOCK_FORECAST).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.STOCK_READY_ON, readyOn.toString()).correlateWithResult();
        if (order.deliveryDate() != null && readyOn.isAfter(order.deliveryDate())) {
            // the promise to the client no longer holds: the order desk tells the client or changes the date
            log.info("Stock for order {} ready on {}, after the promised delivery on {}", order.orderNumber(), readyOn, order.deliveryDate());
            runtime.createMessageCorrelation(OrderFulfilment.Message.STOCK_AFTER_PROMISED_DELIVERY).processInstanceId(fulfilment.getId())
                .setVariable(OrderFulfilment.Var.STOCK_READY_ON, readyOn.toString()).correlateWithResult();
        }
        return accepted(id, "StockForecast");
    }

    @Transactional
    EventAccepted shipment(String id, OrderRequests.Shipment request) {
        // logistics report it too (OrderController), who may not read or correlate the fulfilment in the engine: past the
        // endpoint's group check, the server records it as its own work, as a fulfilment problem
        return engine.asSystem(() -> shipped(id, request));
    }

    private EventAccepted shipped(String id, OrderRequests.Shipment request) {
        unnoticed.endIfUnnoticed(id, UnnoticedOrderEnds.whenPosted("a shipment"));
        Instant shippedAt = Inputs.instant("shippedAt", request.shippedAt(), now());
        OrderRecord order = find(id);
        OrderCancellation.refuseIfCancelled(order, "a shipment");
        Inputs.happened("shippedAt", shippedAt, now(), order.createdAt(), "the order was opened");
        List<String> additional = TrackingNumbers.additional(request.trackingNumber(), request.additionalTrackingNumbers());
        if (request.corrects() != null && !request.corrects().isBlank()) {
            if (!additional.isEmpty()) {
                throw new InvalidInputException(TrackingNumbers.FIELD, TrackingNumbers.FIELD + " is not taken with \"corrects\": a"
                    + " correction replaces one number; add a part's number by posting the shipment's trackingNumber with it");
            }
            return correction(order, request, shippedAt);
        }
        if (order.trackingNumber() != null && order.trackingNumber().equals(request.trackingNumber().trim())
            && additional.stream().anyMatch(n -> !order.additionalTrackingNumbers().contains(n))) {
            return partsAdded(order, request, additional);
        }
        ProcessInstance fulfilment = fulfilmentWaitingFor(order, OrderFulfilment.Message.SHIPPED, "a shipment",
            order.trackingNumber() != null ? "it has been shipped already (tracking number " + order.trackingNumber() + "). If that"
                + " number was wrong, send the right one with \"corrects\": \"" + order.trackingNumber() + "\" and the client gets it;"
                + " for a further part of a split shipment, post \"trackingNumber\": \"" + order.trackingNumber() + "\" with the"
                + " part's number in \"additionalTrackingNumbers\""
                : "customs are not cleared yet (logistics: \"Clear customs\")");
        // DESIGN's contract asks only for the tracking number: an unnamed carrier is kept as none, and the email leaves its line out
        String carrier = request.carrier() == null || request.carrier().isBlank() ? null : request.carrier().trim();
        orders.shipped(id, carrier, request.trackingNumber().trim(), additional, shippedAt);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(OrderFulfilment.Var.CARRIER, carrier == null ? "" : carrier);
        v.put(OrderFulfilment.Var.TRACKING_NUMBER, request.trackingNumber().trim());
        v.put(OrderFulfilment.Var.ADDITIONAL_TRACKING_NUMBERS, Objects.toString(TrackingNumbers.join(additional), ""));
        v.put(OrderFulfilment.Var.SHIPPED_AT, Date.from(shippedAt));
        runtime.createMessageCorrelation(OrderFulfilment.Message.SHIPPED).processInstanceId(fulfilment.getId())
            .setVariables(v).correlateWithResult();
        return accepted(id, "Shipped");
    }

    /**
     * A further part of a split shipment left (another container or parcel): the order keeps its number beside the others
     * and the client is sent every number of the shipment, as at the shipment. Only between the shipment and the delivery.
     */
    private EventAccepted partsAdded(OrderRecord order, OrderRequests.Shipment request, List<String> given) {
        ProcessInstance fulfilment = fulfilmentWaitingFor(order, OrderFulfilment.Message.DELIVERED, "a further part of its shipment",
            deliveryNotAwaited(order));
        List<String> all = new ArrayList<>(order.additionalTrackingNumbers());
        given.stream().filter(n -> !all.contains(n)).forEach(all::add);
        if (all.size() > TrackingNumbers.MAX_ADDITIONAL) {
            throw new InvalidInputException(TrackingNumbers.FIELD, "order " + order.orderNumber() + " would have " + all.size()
                + " tracking numbers beside " + order.trackingNumber() + "; at most " + TrackingNumbers.MAX_ADDITIONAL);
        }
        // a carrier left out stays the one reported with the shipment; the moment the goods first left stays
        String carrier = request.carrier() == null || request.carrier().isBlank() ? order.carrier() : request.carrier().trim();
        orders.shipped(order.id(), carrier, order.trackingNumber(), all, order.shippedAt());
        log.info("Order {} shipped a further part: tracking numbers {} beside {}", order.orderNumber(), all, order.trackingNumber());
        String joined = TrackingNumbers.join(all);
        runtime.createMessageCorrelation(OrderFulfilment.Message.TRACKING_NUMBER_CORRECTED).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.CARRIER, carrier == null ? "" : carrier)
            .setVariable(OrderFulfilment.Var.ADDITIONAL_TRACKING_NUMBERS, joined)
            // the email reads its own numbers, whatever a later event sets meanwhile; it replaces none
            .setVariableLocal(OrderFulfilment.Var.CARRIER, carrier == null ? "" : carrier)
            .setVariableLocal(OrderFulfilment.Var.TRACKING_NUMBER, order.trackingNumber())
            .setVariableLocal(OrderFulfilment.Var.ADDITIONAL_TRACKING_NUMBERS, joined)
            .setVariableLocal(OrderFulfilment.Var.TRACKING_NUMBER_REPLACED, "")
            .setVariableLocal(OrderFulfilment.Var.TRACKING_NUMBER_CORRECTED, "")
            .correlateWithResult();
        return accepted(order.id(), "TrackingNumbersAdded");
    }

    /**
     * The tracking number sent to the client was wrong: the order keeps the right one and the client is sent it, naming the
     * number it replaces. Only between the shipment and the delivery, and only for the number the client has.
     */
    private EventAccepted correction(OrderRecord order, OrderRequests.Shipment request, Instant shippedAt) {
        String replaced = request.corrects().trim();
        String tracking = request.trackingNumber().trim();
        ProcessInstance fulfilment = fulfilmentWaitingFor(order, OrderFulfilment.Message.DELIVERED, "a corrected tracking number",
            deliveryNotAwaited(order));
        if (order.trackingNumber() == null) {
            throw new ConflictException("order " + order.orderNumber() + " is not waiting for a corrected tracking number: it has"
                + " not been shipped; report the shipment without \"corrects\"");
        }
        List<String> sent = new ArrayList<>();
        sent.add(order.trackingNumber());
        sent.addAll(order.additionalTrackingNumbers());
        if (!sent.contains(replaced)) {
            throw new InvalidInputException("corrects", "corrects '" + replaced + "' is not " + (sent.size() == 1
                ? "the tracking number sent for order " + order.orderNumber() + ": that is '" + order.trackingNumber() + "'"
                : "a tracking number sent for order " + order.orderNumber() + ": those are '" + String.join("', '", sent) + "'"));
        }
        if (tracking.equals(replaced)) {
            throw new InvalidInputException("trackingNumber", "trackingNumber '" + tracking + "' is the number it corrects: give the"
                + " right tracking number");
        }
        if (sent.contains(tracking)) {
            throw new InvalidInputException("trackingNumber", "trackingNumber '" + tracking + "' is already another part's number"
                + " of order " + order.orderNumber() + ": give the right number of the part " + replaced + " stands for");
        }
        // the number corrected keeps its place: the shipment's first, or the part it stands for
        String first = replaced.equals(order.trackingNumber()) ? tracking : order.trackingNumber();
        List<String> additional = order.additionalTrackingNumbers().stream().map(n -> n.equals(replaced) ? tracking : n).toList();
        String joined = Objects.toString(TrackingNumbers.join(additional), "");
        // a carrier left out stays the one reported with the shipment; the moment it left too, unless given
        String carrier = request.carrier() == null || request.carrier().isBlank() ? order.carrier() : request.carrier().trim();
        Instant leftAt = request.shippedAt() == null || request.shippedAt().isBlank() ? order.shippedAt() : shippedAt;
        orders.shipped(order.id(), carrier, first, additional, leftAt);
        log.info("Tracking number of order {} corrected from {} to {}", order.orderNumber(), replaced, tracking);
        runtime.createMessageCorrelation(OrderFulfilment.Message.TRACKING_NUMBER_CORRECTED).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.CARRIER, carrier == null ? "" : carrier)
            .setVariable(OrderFulfilment.Var.TRACKING_NUMBER, first)
            .setVariable(OrderFulfilment.Var.ADDITIONAL_TRACKING_NUMBERS, joined)
            .setVariable(OrderFulfilment.Var.SHIPPED_AT, Date.from(leftAt))
            // the email of this correction reads its own numbers, whatever a later correction sets meanwhile
            .setVariableLocal(OrderFulfilment.Var.CARRIER, carrier == null ? "" : carrier)
            .setVariableLocal(OrderFulfilment.Var.TRACKING_NUMBER, first)
            .setVariableLocal(OrderFulfilment.Var.ADDITIONAL_TRACKING_NUMBERS, joined)
            .setVariableLocal(OrderFulfilment.Var.TRACKING_NUMBER_REPLACED, replaced)
            .setVariableLocal(OrderFulfilment.Var.TRACKING_NUMBER_CORRECTED, tracking)
            .correlateWithResult();
        return accepted(order.id(), "TrackingNumberCorrected");
    }

    @Transactional
    EventAccepted delivery(String id, OrderRequests.Delivery request) {
        unnoticed.endIfUnnoticed(id, UnnoticedOrderEnds.whenPosted("a delivery"));
        Instant deliveredAt = Inputs.instant("deliveredAt", request.deliveredAt(), now());
        OrderRecord order = find(id);
        OrderCancellation.refuseIfCancelled(order, "a delivery");
        Inputs.happened("deliveredAt", deliveredAt, now(), order.shippedAt() != null ? order.shippedAt() : order.createdAt(),
            order.shippedAt() != null ? "the shipment" : "the order was opened");
        ProcessInstance fulfilment = fulfilmentWaitingFor(order, OrderFulfilment.Message.DELIVERED, "a delivery",
            deliveryNotAwaited(order));
        orders.delivered(id, deliveredAt);
        runtime.createMessageCorrelation(OrderFulfilment.Message.DELIVERED).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.DELIVERED_AT, Date.from(deliveredAt)).correlateWithResult();
        return accepted(id, "Delivered");
    }

    @Transactional
    EventAccepted exception(String id, OrderRequests.FulfilmentProblem request) {
        unnoticed.endIfUnnoticed(id, UnnoticedOrderEnds.whenPosted("a production delay or logistics hold"));
        OrderFulfilment.ExceptionKind kind = Inputs.enumValue("kind", request.kind(), OrderFulfilment.ExceptionKind.class, null);
        OrderRecord order = find(id);
        OrderCancellation.refuseIfCancelled(order, "a production delay or logistics hold");
        if (order.deliveredAt() != null) {
            // its fulfilment may still run an earlier exception's emergency plan, but production and transport are over
            throw new ConflictException("order " + order.orderNumber() + " is not waiting for a production delay or logistics hold: "
                + delivered(order) + "; a problem the client has with the goods is a complaint (POST /api/complaints)");
        }
        // the order desk and logistics report it too (OrderController), who may not read the fulfilment in the engine
        ProcessInstance fulfilment = engine.asSystem(() -> fulfilmentWaitingFor(order, OrderFulfilment.Message.FULFILMENT_EXCEPTION,
            "a production delay or logistics hold", "its fulfilment is not running"));
        try {
            exceptions.raise(fulfilment.getId(), kind, request.description());
        } catch (FulfilmentExceptions.HoldOpenAlready e) {
            throw new ConflictException("order " + order.orderNumber() + ": " + e.getMessage());
        }
        return accepted(id, "FulfilmentException");
    }

    /**
     * The order's running fulfilment, when it waits for {@code message}; else a 409 that says why not: {@code passed}
     * while the fulfilment runs, or what its fulfilment is waiting on when it is not running.
     */
    private ProcessInstance fulfilmentWaitingFor(OrderRecord order, String message, String what, String passed) {
        ProcessInstance fulfilment = steps.instance(OrderFulfilment.KEY, order.id()).orElse(null);
        if (fulfilment == null) {
            throw new ConflictException("order " + order.orderNumber() + " is not waiting for " + what + ": " + notInFulfilment(order));
        }
        if (!steps.waitsFor(fulfilment.getId(), message)) {
            throw new ConflictException("order " + order.orderNumber() + " is not waiting for " + what + ": " + passed);
        }
        return fulfilment;
    }

    /**
     * Why a running fulfilment does not wait for the delivery, nor for a part or a correction of the shipment: delivered
     * already, not shipped yet, or shipped a moment ago, while the step that sends the client the tracking number still
     * runs in the background (said so, where "delivered already" had the caller give up on an order still on its way).
     */
    private String deliveryNotAwaited(OrderRecord order) {
        if (order.deliveredAt() != null) {
            return "it was delivered already";
        }
        if (order.trackingNumber() != null) {
            return "its shipment (tracking number " + order.trackingNumber() + ") is still being recorded: the step \"Send"
                + " tracking number\" runs in the background; send this again in a moment";
        }
        return "it has not been shipped";
    }

    /** Why an order has no fulfilment running, in the words of its status. */
    private String notInFulfilment(OrderRecord order) {
        return switch (order.status()) {
            case AWAITING_PAYMENT -> "its fulfilment starts once it is paid and the order desk has completed \"Confirm order\""
                + " (status AWAITING_PAYMENT)";
            case PAID -> "its fulfilment starts when the order desk completes \"Confirm order\" (status PAID)";
            case DELIVERED -> delivered(order) + ", and its fulfilment has ended";
            case CANCELLED -> OrderCancellation.cancelled(order);
            default -> "its fulfilment is not running (status " + order.status() + ")";
        };
    }

    /** The day of the delivery where it happened, in the client's clock: "it was delivered on Wed 13 Jan 2027 in the client's time zone Asia/Tokyo". */
    private String delivered(OrderRecord order) {
        if (order.deliveredAt() == null) {
            return "it was delivered";
        }
        ZoneId zone = clientZone(order);
        return "it was delivered on " + TeamMoments.day(LocalDate.ofInstant(order.deliveredAt(), zone)) + " in the client's time zone " + zone.getId();
    }

    private EventAccepted accepted(String id, String event) {
        return new EventAccepted(id, event, find(id).status());
    }

    private OrderRecord find(String id) {
        return orders.byId(id).orElseThrow(() -> orders.notFound(id));
    }

    private static BigDecimal paid(List<OrderPayment> payments, String currency) {
        return payments.stream().map(OrderPayment::amount).reduce(Money.zero(currency), BigDecimal::add);
    }

    private static BigDecimal open(OrderRecord order, BigDecimal paid) {
        return Money.of(order.amount().subtract(paid).max(BigDecimal.ZERO), order.currency());
    }

    private String user() {
        Authentication current = identity.getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    /** The order's client's today: by the client's clock, see {@link #clientZone}. */
    private ClientToday clientToday(OrderRecord order) {
        return ClientToday.at(now(), clientZone(order));
    }

    /** The clock of the order's client: the client record's time zone, else the one the etiquette gives its country. */
    private ZoneId clientZone(OrderRecord order) {
        Client client = clients.byId(order.clientId()).orElseThrow(); // the ledger's foreign key: an order has its client
        return clocks.decide(client.country(), client.tier() == null ? Tier.B : client.tier(),
            client.timeZone() == null ? null : ZoneId.of(client.timeZone()), now()).zone();
    }

    private static Instant now() {
        return ClockUtil.now().toInstant();
    }
}
