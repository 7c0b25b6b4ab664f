package io.meridian.process;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.TeamSettings;
import io.meridian.inquiry.ClientJourney.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The due time of each user task, from the clock rules of DOMAIN.md "The journey and its clocks".
 * These rules are about the team's own work, so working days are the team's (its work week and
 * the public holidays of its country, {@link io.meridian.calendar.TeamCalendar}), except the
 * after-sales check-in, which is about reaching the client and so falls on a client working day.
 */
@Component
public class TaskClocks {

    static final Duration ANSWER_WITHIN = Duration.ofHours(24);
    static final Duration EXCEPTION_NOTICE_WITHIN = Duration.ofHours(4);
    static final Duration AFTER_SALES_WITHIN = Duration.ofHours(72);
    static final int STOCK_NOTICE_DAYS_AHEAD = 3;

    private final Clocks clocks;
    private final TeamSettings team;

    public TaskClocks(Clocks clocks) {
        this.clocks = clocks;
        this.team = clocks.team().settings();
    }

    public Instant due(DelegateTask task, Instant now, ClientCalendar client) {
        return switch (task.getTaskDefinitionKey()) {
            // reply within 24 hours of receipt
            case "replyToInquiry" -> orNow(ProcessValues.instant(task, Var.REPLY_DUE_AT, team.timeZone()), now.plus(ANSWER_WITHIN));
            // confirm the order within 1 working day of payment
            case "confirmOrder" -> plusWorkingDays(orNow(ProcessValues.instant(task, Var.PAYMENT_RECEIVED_AT, team.timeZone()), now), 1);
            // a partial payment, or stock after the promised delivery: the order desk answers within 1 working day
            case "reviewPartialPayment", "reviewStockDate" -> plusWorkingDays(now, 1);
            // progress is updated every working day
            case "updateProductionProgress" -> plusWorkingDays(now, 1);
            // tell the client 3 days before stock is complete
            case "notifyStockReady" -> stockNoticeDue(ProcessValues.date(task, "stockReadyOn"), now);
            case "clearCustoms" -> plusWorkingDays(now, 2);
            // the carrier system has not reported the shipment or the delivery: logistics finds out within a working day
            case "chaseShipment", "checkDelivery" -> plusWorkingDays(now, 1);
            // an exception notice goes out proactively, the same working day
            case "sendExceptionNotice" -> now.plus(EXCEPTION_NOTICE_WITHIN);
            // satisfaction check-in within 72 hours (a poor score opens a complaint with its own clocks)
            // on a day the client works: a check-in on the client's weekend or holiday reaches nobody
            case "afterSalesCheckIn" -> onClientWorkingDay(now.plus(AFTER_SALES_WITHIN), client);
            default -> now.plus(ANSWER_WITHIN);
        };
    }

    public Instant stockNoticeDue(LocalDate stockReadyOn, Instant now) {
        if (stockReadyOn == null) {
            return now.plus(ANSWER_WITHIN);
        }
        Instant due = ZonedDateTime.of(stockReadyOn.minusDays(STOCK_NOTICE_DAYS_AHEAD), team.contactStart(), team.timeZone()).toInstant();
        return due.isBefore(now) ? now : due;
    }

    /** {@code at}, or the opening of the client's next working day when {@code at} falls on the client's weekend or holiday. */
    public static Instant onClientWorkingDay(Instant at, ClientCalendar client) {
        LocalDate day = client.localDate(at);
        if (client.isWorkingDay(day)) {
            return at;
        }
        for (int guard = 0; guard < 366 && !client.isWorkingDay(day); guard++) {
            day = day.plusDays(1);
        }
        return client.isWorkingDay(day) ? client.opening(day) : at;
    }

    public Instant plusWorkingDays(Instant from, int days) {
        return clocks.plusTeamWorkingDays(from, days);
    }

    public ZoneId teamZone() {
        return team.timeZone();
    }

    private static Instant orNow(Instant value, Instant fallback) {
        return value != null ? value : fallback;
    }
}
