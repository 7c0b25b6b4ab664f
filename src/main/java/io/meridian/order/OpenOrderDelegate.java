package io.meridian.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

import io.meridian.ids.Ids;
import io.meridian.ids.ShortNumbers;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The client accepted the quote: the order enters the order ledger, unpaid, at the quoted price. */
@Component
class OpenOrderDelegate implements JavaDelegate {

    private final OrderLedger orders;
    private final InquiryLedger inquiries;

    OpenOrderDelegate(OrderLedger orders, InquiryLedger inquiries) {
        this.orders = orders;
        this.inquiries = inquiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        String orderId = ProcessValues.text(execution, Var.ORDER_ID);
        if (orderId == null) {
            orderId = Ids.next();
            execution.setVariable(Var.ORDER_ID, orderId);
        }
        String inquiryId = ProcessValues.requiredText(execution, Var.INQUIRY_ID);
        BigDecimal unitPrice = ProcessValues.requiredPositiveNumber(execution, Var.QUOTE_UNIT_PRICE);
        int quantity = ProcessValues.requiredInteger(execution, Var.QUANTITY, 1, Integer.MAX_VALUE);
        String currency = ProcessValues.requiredText(execution, Var.QUOTE_CURRENCY);
        String number = freeNumber(orderId, now, orders::numberTaken);
        orders.insert(new OrderRecord(orderId, number, inquiryId, ProcessValues.requiredText(execution, Var.CLIENT_ID),
            io.meridian.system.Inputs.total(unitPrice, quantity, currency), currency, null, null,
            OrderRecord.PaymentStatus.UNPAID, OrderRecord.Status.AWAITING_PAYMENT, null, null, null, null, null, now, null, null, List.of()));
        inquiries.ordered(inquiryId, orderId);
        execution.setVariable("orderNumber", number);
    }

    /**
     * The number the client and the team see, e.g. {@code MO-2027-9C3E5B8D}: the year and the last eight hex
     * digits of the order's id ({@link ShortNumbers#digitsOf}), or other random digits when another order has
     * that number already ({@link ShortNumbers#free}).
     */
    static String freeNumber(String orderId, Instant now, Predicate<String> taken) {
        return ShortNumbers.free(prefix(now), ShortNumbers.digitsOf(orderId), taken, "order");
    }

    private static String prefix(Instant now) {
        return "MO-" + now.atOffset(ZoneOffset.UTC).getYear() + "-";
    }
}
