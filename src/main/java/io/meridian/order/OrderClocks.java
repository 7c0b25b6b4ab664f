package io.meridian.order;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.TeamCalendar;
import io.meridian.inquiry.ClientJourney;
import io.meridian.process.CallWindowDue;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientClosedDue;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskClocks;
import io.meridian.process.TaskDueRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The clocks of the order desk's and logistics' tasks (DOMAIN.md "The journey and its clocks"):
 * the order confirmation, payment chase (held off the client's closed days, {@link ClientClosedDue}, and to a call window on a
 * day they work, {@link CallWindowDue}) and payment review
 * in the journey, and every task of order fulfilment.
 */
@Component
class OrderClocks implements TaskDueRule {

    static final int STOCK_NOTICE_DAYS_AHEAD = 3;
    /** The tasks that contact no client ({@link #contactsClient}). */
    private static final Set<String> TEAM_WORK = Set.of(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS,
        OrderFulfilment.Activity.CLEAR_CUSTOMS, OrderFulfilment.Activity.CHASE_SHIPMENT, OrderFulfilment.Activity.CHECK_DELIVERY);
    /** How far back a stock notice's day moves to a working day of the team, beyond which it stays (a team that never works). */
    private static final int MAX_DAYS_BACK = 31;
    /** The client's calendar for the notice is decided this long before the stock's day, which knows that day's closures. */
    private static final Duration CALENDAR_NEAR = Duration.ofDays(15);

    private final Clocks clocks;
    private final ClientClocks clients;

    OrderClocks(Clocks clocks, ClientClocks clients) {
        this.clocks = clocks;
        this.clients = clients;
    }

    @Override
    public Optional<Instant> due(DelegateTask task, Instant now, ClientClocks.Client client) {
        // the order desk's and logistics' working days: those of the client's desk, else the team's
        TeamCalendar team = client.team();
        return Optional.ofNullable(switch (task.getTaskDefinitionKey()) {
            // confirm the order within 1 working day of payment
            case ClientJourney.Activity.CONFIRM_ORDER -> team.plusWorkingDays(Optional.ofNullable(
                ProcessValues.instant(task, ClientJourney.Var.PAYMENT_RECEIVED_AT, team.zone())).orElse(now), 1);
            // a partial payment, or stock after the promised delivery: the order desk answers within 1 working day
            case ClientJourney.Activity.REVIEW_PARTIAL_PAYMENT, OrderFulfilment.Activity.REVIEW_STOCK_DATE -> team.plusWorkingDays(now, 1);
            // progress is updated every working day
            case OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS -> team.plusWorkingDays(now, 1);
            // tell the client 3 days before stock is complete; once it is, now
            case OrderFulfilment.Activity.NOTIFY_STOCK_READY -> CallWindowDue.due(task, stockNotice(task, now, client));
            case OrderFulfilment.Activity.CLEAR_CUSTOMS -> team.plusWorkingDays(now, 2);
            // the carrier system has not reported the shipment or the delivery: logistics finds out within a working day
            case OrderFulfilment.Activity.CHASE_SHIPMENT, OrderFulfilment.Activity.CHECK_DELIVERY -> team.plusWorkingDays(now, 1);
            // the chase asks the client for the payment: within 24 hours of working time, but never on a day the client does
            // not work (their weekend, Japan's year-end, China's Spring Festival), when nobody there pays or answers, and on a
            // day they work inside a window in which the team can call them, not after their office has closed (18:00 in
            // Shanghai is 19:00 in Tokyo)
            case ClientJourney.Activity.CHASE_PAYMENT -> CallWindowDue.askingTheClient(task, client, clocks, now,
                team.dueInWorkingTime(now, now.plus(TaskClocks.ANSWER_WITHIN)));
            default -> null;
        });
    }

    /**
     * The team's own work, which contacts no client: the daily production update with the factory (seed 001's internal
     * "daily clear"), clearing customs (the export declaration and its documents, with customs and the forwarder), chasing
     * an unreported shipment (booking the freight or asking the forwarder) and checking an unreported delivery (asking the
     * carrier; a hold it reports goes to the client as the emergency plan's exception notice, from sales).
     * Followed up when the team is next at work, its times in the team's clock, not the client's next call window, which put
     * a follow-up after a Chinese client's Spring Festival on an update due days before it.
     */
    @Override
    public boolean contactsClient(DelegateTask task) {
        return !TEAM_WORK.contains(task.getTaskDefinitionKey());
    }

    /**
     * The stock-ready notice, which tells the client: within 24 hours once production reports the stock complete, held to a
     * window in which the team can call the client, with why a call window moved it ({@link CallWindowDue}); or 3 days before
     * the forecast's date (on a day at or before it that the team works and the client works too), by the end of that day's
     * call window, never at an hour the client's office is closed (22:00 in Shanghai is 23:00 in Tokyo). For the task when it
     * is made and for a step that moves it (a revised forecast, the stock complete: {@link RescheduleStockNoticeDelegate}).
     */
    CallWindowDue.Held stockNotice(VariableScope scope, Instant now, ClientClocks.Client client) {
        LocalDate readyOn = readyOn(scope);
        if (readyOn == null) {
            return CallWindowDue.held(client.calendar(), client.team(), clocks, now, now.plus(TaskClocks.ANSWER_WITHIN));
        }
        // the client's closures around the stock's day (Japan's year-end, a public holiday), by a decision taken near it
        TeamCalendar team = client.team();
        Instant near = readyOn.atStartOfDay(team.zone()).toInstant().minus(CALENDAR_NEAR);
        ClientCalendar around = clients.decide(scope, near.isAfter(now) ? near : now).calendar();
        return new CallWindowDue.Held(stockNoticeDue(readyOn, now, team, around), Optional.empty());
    }

    /** The stock's forecast day, or null once production reports it complete (or no forecast came). */
    private static LocalDate readyOn(VariableScope scope) {
        boolean complete = Boolean.TRUE.equals(scope.getVariable(OrderFulfilment.Var.STOCK_COMPLETE));
        return complete ? null : ProcessValues.date(scope, OrderFulfilment.Var.STOCK_READY_ON);
    }

    /** The notice of a forecast stock day {@code stockReadyOn} ({@link #stockNotice}). */
    private Instant stockNoticeDue(LocalDate stockReadyOn, Instant now, TeamCalendar team, ClientCalendar client) {
        LocalDate day = stockReadyOn.minusDays(STOCK_NOTICE_DAYS_AHEAD);
        // a day the team works: due on their Sunday, the notice went on Monday, two days ahead; the working day before keeps
        // three (a week's closure, such as the Spring Festival, at most a few weeks back). And a day the client works: told on
        // their Friday (Riyadh) or during Japan's year-end closure, the client reads it on the day the stock is complete
        for (int back = 0; back < MAX_DAYS_BACK && !(team.isWorkingDay(day) && (client == null || client.isWorkingDay(day))); back++) {
            day = day.minusDays(1);
        }
        // by the end of that day's call window (the team's day and the client's business hours met), not at the team's
        // opening, which is the middle of the night in Berlin; a day without one keeps the rule, held to the window before it
        ZonedDateTime dayStart = day.atStartOfDay(team.zone());
        Instant from = dayStart.toInstant().isBefore(now) ? now : dayStart.toInstant();
        Instant dayEnd = dayStart.plusDays(1).toInstant();
        Optional<Instant> windowEnd = clocks.nextCall(client, team, from).map(ContactWindow::end).filter(end -> end.isBefore(dayEnd));
        Instant opening = ZonedDateTime.of(day, team.settings().contactStart(), team.zone()).toInstant();
        Instant due = windowEnd.orElseGet(() -> clocks.dueInCallWindow(client, team, now, opening));
        return due.isBefore(now) ? now : due;
    }
}
