package io.meridian.order;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.meridian.inquiry.ClientJourney;
import io.meridian.moments.TeamMoments;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientToday;
import io.meridian.process.ProcessValues;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The delivery date promised to the client, as the order desk types it: from the client's today on, on a working day
 * of the client (goods delivered on a day the client is closed wait at the gate, and the promise reads as careless),
 * and, at "Confirm order", no sooner than the quoted lead time allows ("lead time N days after order confirmation" in
 * the quote). A rush order, delivered sooner because the factory agreed to it, is the desk's explicit choice
 * ({@code rushOrder}), never a silent one.
 */
@Component
class DeliveryDates {

    /** "Confirm order": ticked when the client gets the goods before the quoted lead time, as agreed with the factory. */
    static final String RUSH_ORDER = "rushOrder";

    private final ClientClocks clients;

    DeliveryDates(ClientClocks clients) {
        this.clients = clients;
    }

    /** The date "Confirm order" promises: from today, on a client working day, and no sooner than the lead time unless a rush order. */
    LocalDate atConfirmation(VariableScope scope, Instant now) {
        ClientToday today = clients.today(scope, now);
        LocalDate date = SendOrderConfirmationDelegate.futureDeliveryDate(scope, today);
        Integer leadTime = ProcessValues.integer(scope, ClientJourney.Var.QUOTE_LEAD_TIME_DAYS);
        if (leadTime != null && !rush(scope)) {
            LocalDate earliest = earliest(scope, today, leadTime);
            if (date.isBefore(earliest)) {
                throw new InvalidInputException(OrderFulfilment.Var.DELIVERY_DATE, OrderFulfilment.Var.DELIVERY_DATE + " " + date
                    + " is sooner than the quoted lead time allows: " + leadTime + " days after order confirmation ("
                    + today.said() + ") the earliest delivery is " + TeamMoments.day(earliest)
                    + ", a working day of the client; promise that day or later, or tick \"Rush order\" (" + RUSH_ORDER
                    + ") when the factory has agreed to deliver sooner");
            }
        }
        return onWorkingDay(scope, notTooFar(date, today, leadTime), today.zone());
    }

    /**
     * How far past the quoted lead time (or past today, without one) a promised delivery may lie: a year. Further is a slip
     * of the year (2072 for 2027), which went to the client in the order confirmation, and the check for a missing
     * delivery after the promised date would never have come.
     */
    static final int MAX_DAYS_PAST_LEAD_TIME = 366;

    private static LocalDate notTooFar(LocalDate date, ClientToday today, Integer leadTime) {
        LocalDate latest = today.date().plusDays((leadTime == null ? 0 : leadTime) + MAX_DAYS_PAST_LEAD_TIME);
        if (date.isAfter(latest)) {
            throw new InvalidInputException(OrderFulfilment.Var.DELIVERY_DATE, OrderFulfilment.Var.DELIVERY_DATE + " " + date
                + " is more than a year " + (leadTime == null ? "ahead" : "after the quoted lead time of " + leadTime + " days")
                + " (" + today.said() + "; the latest is " + TeamMoments.day(latest) + "): check the year");
        }
        return date;
    }

    /**
     * A changed delivery date ("Stock after promised delivery"): from today, on a client working day, and not before the day
     * the forecast gives for the stock, which is why the date changes: an earlier day would promise the client goods that
     * are not made yet.
     */
    LocalDate changed(VariableScope scope, Instant now) {
        ClientToday today = clients.today(scope, now);
        LocalDate date = notTooFar(SendOrderConfirmationDelegate.futureDeliveryDate(scope, today), today,
            ProcessValues.integer(scope, ClientJourney.Var.QUOTE_LEAD_TIME_DAYS));
        LocalDate stock = Boolean.TRUE.equals(scope.getVariable(OrderFulfilment.Var.STOCK_COMPLETE)) ? null
            : ProcessValues.date(scope, OrderFulfilment.Var.STOCK_READY_ON);
        if (stock != null && date.isBefore(stock)) {
            throw new InvalidInputException(OrderFulfilment.Var.DELIVERY_DATE, OrderFulfilment.Var.DELIVERY_DATE + " " + date
                + " is before the stock is ready (forecast: " + TeamMoments.day(stock) + "): the goods cannot reach the client by"
                + " then; promise " + TeamMoments.day(stock) + " or later, with the time the shipment takes");
        }
        return onWorkingDay(scope, date, today.zone());
    }

    /** The earliest delivery the quoted lead time allows from the client's today: that day, or the client's next working day. */
    LocalDate earliest(VariableScope scope, ClientToday today, int leadTime) {
        LocalDate ready = today.date().plusDays(leadTime);
        return clients.decide(scope, ClientClocks.noon(ready, today.zone())).calendar().nextWorkingDay(ready);
    }

    static boolean rush(VariableScope scope) {
        Object rush = scope.getVariable(RUSH_ORDER);
        String text = rush == null ? "" : rush.toString().strip();
        if (text.isEmpty() || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        // "yes" over engine-rest read as false, and the date was refused for the lead time the desk meant to waive
        throw new InvalidInputException(RUSH_ORDER, RUSH_ORDER + " '" + rush + "' is not true or false: tick \"Rush order\" (true, a"
            + " Boolean over engine-rest) when the factory has agreed to deliver sooner than the quoted lead time, or leave it"
            + " unticked (false, or leave it out)");
    }

    /** Refuses a day the client does not work, naming why (weekend or the closing observance) and the client's next working day. */
    private LocalDate onWorkingDay(VariableScope scope, LocalDate date, ZoneId zone) {
        // decided at the day itself: the client's closed days are known from then on (a delivery is often months ahead)
        ClientClocks.Client client = clients.decide(scope, ClientClocks.noon(date, zone));
        if (client.calendar().isWorkingDay(date)) {
            return date;
        }
        LocalDate next = client.calendar().nextWorkingDay(date);
        throw new InvalidInputException(OrderFulfilment.Var.DELIVERY_DATE, OrderFulfilment.Var.DELIVERY_DATE + " " + date
            + " is " + client.whyClosed(date) + ": promise a working day of the client, the next is " + TeamMoments.day(next));
    }

}
