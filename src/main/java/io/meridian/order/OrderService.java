package io.meridian.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.CurrentStep;
import io.meridian.inquiry.CurrentSteps;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.inquiry.InquiryRecord;
import io.meridian.system.ConflictException;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import io.meridian.system.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order events of DESIGN.md "REST contract". Each checks its input, then that the order's
 * process waits for it, then updates the ledger and correlates its message, all in one
 * transaction: a refused event changes nothing.
 */
@Service
class OrderService {

    private final OrderLedger orders;
    private final InquiryLedger inquiries;
    private final CurrentSteps steps;
    private final RuntimeService runtime;

    OrderService(OrderLedger orders, InquiryLedger inquiries, CurrentSteps steps, RuntimeService runtime) {
        this.orders = orders;
        this.inquiries = inquiries;
        this.steps = steps;
        this.runtime = runtime;
    }

    record OrderView(OrderRecord order, List<CurrentStep> currentSteps) {
    }

    record EventAccepted(String orderId, String event, OrderRecord.Status status) {
    }

    OrderView view(String id) {
        OrderRecord order = find(id);
        String journey = inquiries.byId(order.inquiryId()).map(InquiryRecord::processInstanceId).orElse(null);
        return new OrderView(order, journey == null ? List.of() : steps.of(journey));
    }

    @Transactional
    EventAccepted payment(String id, OrderRequests.Payment request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.amount() == null) {
            errors.put("amount", "amount is required");
        } else if (request.amount().signum() <= 0) {
            errors.put("amount", "amount must be greater than 0");
        }
        if (request.currency() == null || request.currency().isBlank()) {
            errors.put("currency", "currency is required (ISO 4217, e.g. USD)");
        }
        Instant receivedAt = Inputs.collect(errors, "receivedAt", () -> Inputs.instant("receivedAt", request.receivedAt(), now()));
        Inputs.throwIfAny(errors);
        OrderRecord order = find(id);
        String currency = request.currency().trim().toUpperCase(Locale.ROOT);
        if (!currency.equals(order.currency())) {
            throw new InvalidInputException("currency", "currency " + currency + " does not match the order's currency " + order.currency());
        }
        ProcessInstance journey = steps.instance(ClientJourney.KEY, order.inquiryId()).orElse(null);
        if (journey == null || !steps.waitsFor(journey.getId(), ClientJourney.Message.PAYMENT_RECEIVED)) {
            throw new ConflictException("order " + order.orderNumber() + " is not waiting for a payment (payment status "
                + order.paymentStatus() + ", status " + order.status() + ")");
        }
        orders.paid(id, request.amount().compareTo(order.amount()) >= 0 ? OrderRecord.PaymentStatus.PAID : OrderRecord.PaymentStatus.PARTIAL);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(ClientJourney.Var.PAYMENT_AMOUNT, request.amount().doubleValue());
        v.put(ClientJourney.Var.PAYMENT_CURRENCY, currency);
        v.put(ClientJourney.Var.PAYMENT_RECEIVED_AT, Date.from(receivedAt));
        runtime.createMessageCorrelation(ClientJourney.Message.PAYMENT_RECEIVED).processInstanceId(journey.getId())
            .setVariables(v).correlateWithResult();
        return accepted(id, "PaymentReceived");
    }

    @Transactional
    EventAccepted stockForecast(String id, OrderRequests.StockForecast request) {
        if (request.stockReadyOn() == null || request.stockReadyOn().isBlank()) {
            throw new InvalidInputException("stockReadyOn", "stockReadyOn is required (ISO-8601 date, e.g. 2027-02-10)");
        }
        LocalDate readyOn = Inputs.date("stockReadyOn", request.stockReadyOn());
        OrderRecord order = find(id);
        ProcessInstance fulfilment = fulfilmentWaitingFor(order, OrderFulfilment.Message.STOCK_FORECAST,
            "a stock forecast (the stock-ready notice has been sent, or fulfilment has not started)");
        orders.stockForecast(id, readyOn);
        runtime.createMessageCorrelation(OrderFulfilment.Message.STOCK_FORECAST).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.STOCK_READY_ON, readyOn.toString()).correlateWithResult();
        return accepted(id, "StockForecast");
    }

    @Transactional
    EventAccepted shipment(String id, OrderRequests.Shipment request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.carrier() == null || request.carrier().isBlank()) {
            errors.put("carrier", "carrier is required");
        }
        if (request.trackingNumber() == null || request.trackingNumber().isBlank()) {
            errors.put("trackingNumber", "trackingNumber is required: it goes to the client at once");
        } else if (request.trackingNumber().length() > 100) {
            errors.put("trackingNumber", "trackingNumber is longer than 100 characters");
        }
        Instant shippedAt = Inputs.collect(errors, "shippedAt", () -> Inputs.instant("shippedAt", request.shippedAt(), now()));
        Inputs.throwIfAny(errors);
        OrderRecord order = find(id);
        ProcessInstance fulfilment = fulfilmentWaitingFor(order, OrderFulfilment.Message.SHIPPED,
            order.trackingNumber() != null ? "a shipment: it has been shipped already (tracking number " + order.trackingNumber() + ")"
                : "a shipment (customs are not cleared yet)");
        orders.shipped(id, request.carrier().trim(), request.trackingNumber().trim(), shippedAt);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(OrderFulfilment.Var.CARRIER, request.carrier().trim());
        v.put(OrderFulfilment.Var.TRACKING_NUMBER, request.trackingNumber().trim());
        v.put(OrderFulfilment.Var.SHIPPED_AT, Date.from(shippedAt));
        runtime.createMessageCorrelation(OrderFulfilment.Message.SHIPPED).processInstanceId(fulfilment.getId())
            .setVariables(v).correlateWithResult();
        return accepted(id, "Shipped");
    }

    @Transactional
    EventAccepted delivery(String id, OrderRequests.Delivery request) {
        Instant deliveredAt = Inputs.instant("deliveredAt", request.deliveredAt(), now());
        OrderRecord order = find(id);
        ProcessInstance fulfilment = fulfilmentWaitingFor(order, OrderFulfilment.Message.DELIVERED,
            order.deliveredAt() != null ? "a delivery: it was delivered already" : "a delivery (it has not been shipped)");
        orders.delivered(id, deliveredAt);
        runtime.createMessageCorrelation(OrderFulfilment.Message.DELIVERED).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.DELIVERED_AT, Date.from(deliveredAt)).correlateWithResult();
        return accepted(id, "Delivered");
    }

    @Transactional
    EventAccepted exception(String id, OrderRequests.FulfilmentProblem request) {
        Map<String, String> errors = new LinkedHashMap<>();
        OrderFulfilment.ExceptionKind kind = null;
        if (request.kind() == null || request.kind().isBlank()) {
            errors.put("kind", "kind is required (PRODUCTION_DELAY or LOGISTICS_HOLD)");
        } else {
            kind = Inputs.collect(errors, "kind", () -> Inputs.enumValue("kind", request.kind(), OrderFulfilment.ExceptionKind.class, null));
        }
        if (request.description() == null || request.description().isBlank()) {
            errors.put("description", "description is required");
        } else if (request.description().length() > 4000) {
            errors.put("description", "description is longer than 4000 characters");
        }
        Inputs.throwIfAny(errors);
        OrderRecord order = find(id);
        ProcessInstance fulfilment = fulfilmentWaitingFor(order, OrderFulfilment.Message.FULFILMENT_EXCEPTION,
            "an exception notice: fulfilment is not running (status " + order.status() + ")");
        runtime.createMessageCorrelation(OrderFulfilment.Message.FULFILMENT_EXCEPTION).processInstanceId(fulfilment.getId())
            .setVariableLocal(OrderFulfilment.Var.EXCEPTION_KIND, kind.name())
            .setVariableLocal(OrderFulfilment.Var.EXCEPTION_DESCRIPTION, request.description().trim())
            .correlateWithResult();
        return accepted(id, "FulfilmentException");
    }

    private ProcessInstance fulfilmentWaitingFor(OrderRecord order, String message, String what) {
        ProcessInstance fulfilment = steps.instance(OrderFulfilment.KEY, order.id()).orElse(null);
        if (fulfilment == null || !steps.waitsFor(fulfilment.getId(), message)) {
            throw new ConflictException("order " + order.orderNumber() + " is not waiting for " + what);
        }
        return fulfilment;
    }

    private EventAccepted accepted(String id, String event) {
        return new EventAccepted(id, event, find(id).status());
    }

    private OrderRecord find(String id) {
        return orders.byId(id).orElseThrow(() -> new NotFoundException("no order with id '" + id + "'"));
    }

    private static Instant now() {
        return ClockUtil.now().toInstant();
    }
}
