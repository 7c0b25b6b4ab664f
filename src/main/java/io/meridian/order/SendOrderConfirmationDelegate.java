package io.meridian.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientVariables;
import io.meridian.process.ClientToday;
import io.meridian.process.ProcessValues;
import io.meridian.process.ClientMail;
import io.meridian.messages.Amounts;
import io.meridian.messages.ClientDates;
import io.meridian.messages.Flags;
import io.meridian.messages.MessageKind;
import io.meridian.formchoices.FormChoices;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Keeps delivery date and shipping method in the order ledger and confirms the order in writing by email. */
@Component
class SendOrderConfirmationDelegate implements JavaDelegate {

    private final OrderLedger orders;
    private final ClientMail mail;
    private final ClientClocks clocks;

    SendOrderConfirmationDelegate(OrderLedger orders, ClientMail mail, ClientClocks clocks) {
        this.orders = orders;
        this.mail = mail;
        this.clocks = clocks;
    }

    /** The promised delivery date: required, ISO (yyyy-mm-dd), and not before the client's {@code today}. */
    static LocalDate futureDeliveryDate(VariableScope scope, ClientToday today) {
        LocalDate deliveryDate = ProcessValues.date(scope, OrderFulfilment.Var.DELIVERY_DATE);
        if (deliveryDate == null) {
            throw new InvalidInputException(OrderFulfilment.Var.DELIVERY_DATE, "deliveryDate is required (yyyy-mm-dd)");
        }
        // the day the client is promised: their today, not the server's UTC date
        return today.notPassed(OrderFulfilment.Var.DELIVERY_DATE, deliveryDate, "promise a delivery date from today on");
    }

    /** The form of "Confirm order" in processes/. */
    static final String FORM = "confirm-order.form";

    /** What "Confirm order" must be completed with: a delivery date from the client's today on and a known shipping method. */
    static String checkConfirmation(VariableScope scope, ClientToday today) {
        futureDeliveryDate(scope, today);
        return shippingMethod(scope);
    }

    /** The shipping method "Confirm order" chose: one of the form's choices, named as they are where it is none. */
    static String shippingMethod(VariableScope scope) {
        String given = ProcessValues.text(scope, OrderFulfilment.Var.SHIPPING_METHOD);
        // over engine-rest: the choices with the words the form shows them in, where "unknown shippingMethod 'BOAT'" named none
        if (given == null) {
            throw new InvalidInputException(OrderFulfilment.Var.SHIPPING_METHOD, FormChoices.required(FORM, OrderFulfilment.Var.SHIPPING_METHOD));
        }
        String method = given.toUpperCase(Locale.ROOT);
        try {
            OrderFulfilment.ShippingMethod.valueOf(method);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(OrderFulfilment.Var.SHIPPING_METHOD, FormChoices.unknown(FORM, OrderFulfilment.Var.SHIPPING_METHOD, given));
        }
        return method;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        String orderId = ProcessValues.requiredText(execution, Var.ORDER_ID);
        ClientToday today = clocks.today(execution, now);
        LocalDate deliveryDate = futureDeliveryDate(execution, today);
        String method = checkConfirmation(execution, today);
        orders.confirmed(orderId, deliveryDate, method);
        OrderRecord order = orders.byId(orderId).orElseThrow();
        mail.plan(execution, MessageKind.ORDER_CONFIRMATION, values(execution, order.orderNumber(),
            order.amount(), order.currency(), deliveryDate, method), clocks.sendAt(execution, now), orderId);
    }

    /** The prefix of the template's flags for the shipping method: bySea, byAir, byRail, byRoad, byExpress. */
    static final String SHIPPING_FLAG = "by";

    /** The values of the order confirmation template (messages/order-confirmation/). */
    static java.util.Map<String, Object> values(VariableScope scope, String orderNumber, java.math.BigDecimal amount, String currency,
                                                LocalDate deliveryDate, String method) {
        java.util.Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("orderNumber", orderNumber);
        String country = ProcessValues.text(scope, ClientVariables.COUNTRY);
        v.put("quantity", Amounts.count(Long.parseLong(ProcessValues.requiredText(scope, Var.QUANTITY)), country));
        v.put("product", ProcessValues.requiredText(scope, Var.PRODUCT));
        v.put("amount", Amounts.of(amount, currency, country));
        v.put("currency", currency);
        v.put("deliveryDate", ClientDates.day(deliveryDate));
        Flags.put(v, "shippingMethod", SHIPPING_FLAG, OrderFulfilment.ShippingMethod.class, OrderFulfilment.ShippingMethod.valueOf(method));
        return v;
    }
}
