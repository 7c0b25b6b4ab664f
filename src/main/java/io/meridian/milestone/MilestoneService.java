package io.meridian.milestone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.meridian.calendar.ClientCalendar;
import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.desk.DeskAccess;
import io.meridian.etiquette.Effect;
import io.meridian.etiquette.Observance;
import io.meridian.etiquette.Tier;
import io.meridian.ids.Ids;
import io.meridian.milestone.OrderMilestone.Activity;
import io.meridian.milestone.OrderMilestone.Var;
import io.meridian.moments.TeamMoments;
import io.meridian.order.OrderCancellation;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.order.UnnoticedOrderEnds;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientToday;
import io.meridian.process.ClientVariables;
import io.meridian.system.Caller;
import io.meridian.system.ConflictException;
import io.meridian.system.EngineReads;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import io.meridian.system.NotFoundException;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestone endpoints. Each request is checked whole (order, state, dates, checklist) before
 * anything is kept or started; a milestone is kept and its process started in one transaction.
 */
@Service
class MilestoneService {

    /** How far either side of a day the client does not work the refusal looks for the nearest days they do. */
    private static final int NEAREST_DAYS = 15;

    private final Milestones milestones;
    private final OrderLedger orders;
    private final ClientLedger clients;
    private final ClientClocks clocks;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineReads engine;
    private final IdentityService identity;
    private final Validator validator;
    private final DeskAccess desks;
    private final ClientZones zones;
    private final RunningOrders runningOrders;
    private final MilestonesLeftOpen leftOpen;

    MilestoneService(Milestones milestones, OrderLedger orders, ClientLedger clients, ClientClocks clocks, RuntimeService runtime,
                     TaskService tasks, EngineReads engine, IdentityService identity, Validator validator, DeskAccess desks,
                     ClientZones zones, RunningOrders runningOrders, MilestonesLeftOpen leftOpen) {
        this.leftOpen = leftOpen;
        this.desks = desks;
        this.validator = validator;
        this.zones = zones;
        this.runningOrders = runningOrders;
        this.milestones = milestones;
        this.orders = orders;
        this.clients = clients;
        this.clocks = clocks;
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.identity = identity;
    }

    /**
     * Plans a milestone. Every field is checked before the answer, the day against the client's calendar too, so that
     * one 400 names every mistake (an empty name, a checklist item and a day in the past), where the day and the checklist
     * each came in an answer of their own once the fields before them were right.
     */
    @Transactional
    Milestones.Milestone add(String orderId, MilestoneRequests.NewMilestone request) {
        // before the order is locked below: an order deleted behind the server's back is CANCELLED in a transaction of its
        // own, which this request's refusal does not roll back, and the refusal names the cancellation
        leftOpen.endIfUnnoticed(orderId, UnnoticedOrderEnds.whenPosted("a milestone"));
        Instant now = now();
        Map<String, String> errors = new LinkedHashMap<>();
        Inputs.validate(validator, MilestoneRequests.NewMilestone.class, "name", request.name(), "name", errors);
        Inputs.validate(validator, MilestoneRequests.NewMilestone.class, "dueOn", request.dueOn(), "dueOn", errors);
        List<String> checklist = null;
        try {
            checklist = checklist(request.checklist());
        } catch (InvalidInputException e) {
            errors.putAll(e.fields());
        }
        // the order's row stays locked until the milestone is kept: a delivery committing at the same moment either waits
        // for it (and withdraws it with the others) or goes first (and this request sees the order delivered)
        Optional<OrderRecord> found = orders.byIdForUpdate(orderId);
        if (found.isEmpty()) {
            Inputs.throwIfAny(errors);
        }
        OrderRecord order = found.orElseThrow(() -> orders.notFound(orderId));
        desks.check(order.clientId(), "order '" + orderId + "'");
        Client client = clients.byId(order.clientId()).orElseThrow(() -> new NotFoundException("no client for order '" + orderId + "'"));
        ClientClocks.Client clock = clocks.decide(client.country(), client.tier() == null ? Tier.B : client.tier(),
            client.timeZone() == null ? null : ZoneId.of(client.timeZone()), now);
        if (order.status() == OrderRecord.Status.DELIVERED) {
            // whatever the body says: no milestone of a delivered order is planned, so the state is the answer
            throw new ConflictException("order " + order.orderNumber() + " " + delivered(order, clock.calendar().zone())
                + ": no milestone is planned after the delivery (the client gets no checklist after the goods arrived); "
                + "a problem the client has with the goods is a complaint (POST /api/complaints)");
        }
        if (order.status() == OrderRecord.Status.CANCELLED) {
            throw new ConflictException(OrderCancellation.cancelled(order) + ": no milestone is planned for it (the client gets no"
                + " checklist about an order that is not delivered)");
        }
        if (runningOrders.endedWithoutDelivery(order).isPresent()) {
            throw new ConflictException("order " + order.orderNumber() + " ended without a delivery (its journey or fulfilment was"
                + " cancelled): no milestone is planned for it (the client gets no checklist about an"
                + " order that is not delivered)");
        }
        if (order.shippedAt() != null) {
            // the shipment withdrew the milestones still open: one planned now would ask about a step that is past
            throw new ConflictException(OrderEnds.shipped(order.orderNumber(), ClientToday.at(order.shippedAt(), clock.calendar().zone()))
                + ": no milestone is planned after the shipment (every key milestone comes before the goods leave; the client gets"
                + " no checklist about a step that is past)");
        }
        LocalDate dueOn = errors.containsKey("dueOn") ? null : LocalDate.parse(request.dueOn().trim());
        String tooFar = ClientToday.at(now, clock.calendar().zone()).tooFar("dueOn", dueOn, order.deliveryDate());
        if (tooFar != null) {
            // before the client's calendar is asked about that day: no calendar answers for 9999
            errors.put("dueOn", tooFar);
            dueOn = null;
        }
        // the milestone is the opening of the client's business on its day: the confirmation is due before work starts
        Instant dueAt = dueOn == null ? null : clock.calendar().opening(dueOn);
        if (dueAt != null && !dueAt.isAfter(now)) {
            errors.put("dueOn", "dueOn " + dueOn + " lies in the past for the client (the milestone "
                + "is the opening of their business that day, " + dueAt + "): give a day still to come");
        } else if (dueAt != null) {
            String closed = closedForTheClient(client, dueOn, dueAt, clock.calendar(), now);
            if (closed != null) {
                errors.put("dueOn", closed);
            }
        }
        Inputs.throwIfAny(errors);
        Instant askAt = askAt(dueOn, calendarNear(client, dueAt, clock.calendar(), now).calendar());
        if (askAt.isBefore(now)) {
            askAt = now;
        }
        String id = Ids.next();
        String name = request.name().trim();
        milestones.insert(id, orderId, name, dueOn, dueAt, askAt, checklist, Caller.id(identity), now);
        // the process keeps the ids and what cards, timers and the escalation sweep read; each step reads the client's
        // other facts (name, email, language...) from the client ledger (the journey's facts listener)
        Map<String, Object> v = new HashMap<>();
        v.put(ClientVariables.COMPANY, client.company());
        v.put(ClientVariables.COUNTRY, client.country());
        v.put(ClientVariables.TIER, client.tier() == null ? Tier.B.name() : client.tier().name());
        v.put(ClientVariables.TIME_ZONE, client.timeZone());
        v.put(Var.CLIENT_ID, client.id());
        v.put(Var.INQUIRY_ID, order.inquiryId());
        v.put(Var.ORDER_ID, orderId);
        v.put(Var.ORDER_NUMBER, order.orderNumber());
        v.put(Var.MILESTONE_ID, id);
        v.put(Var.MILESTONE_NAME, name);
        v.put(Var.MILESTONE_ON, dueOn.toString());
        v.put(Var.MILESTONE_AT, Date.from(dueAt));
        v.put(Var.ASK_AT, Date.from(askAt));
        v.put(Var.CHECKLIST, String.join("\n", checklist));
        engine.asSystem(() -> runtime.startProcessInstanceByKey(OrderMilestone.KEY, id, v));
        return milestones.byId(id, now).orElseThrow();
    }

    @Transactional
    Milestones.Milestone confirm(String orderId, String milestoneId, MilestoneRequests.Confirmation request) {
        // its milestones are withdrawn with the cancellation: the refusal names it
        leftOpen.endIfUnnoticed(orderId, UnnoticedOrderEnds.whenPosted("a milestone's confirmation"));
        Instant now = now();
        OrderRecord order = order(orderId);
        desks.check(order.clientId(), "order '" + orderId + "'");
        Milestones.Milestone milestone = milestones.byId(milestoneId, now).filter(m -> m.orderId().equals(orderId))
            .orElseThrow(() -> new NotFoundException("no milestone '" + milestoneId + "' on order '" + orderId + "'"));
        if (milestone.confirmedAt() != null) {
            throw new ConflictException("milestone '" + milestone.name() + "' was confirmed already (" + milestone.confirmedAt() + ")");
        }
        if (milestone.withdrawnAt() != null) {
            throw new ConflictException("milestone '" + milestone.name() + "' was withdrawn (" + milestone.withdrawnAt() + "): "
                + milestone.withdrawalReason());
        }
        if (order.status() == OrderRecord.Status.DELIVERED) {
            throw new ConflictException("order " + order.orderNumber() + " " + delivered(order, zones.of(order, now))
                + ": its milestones are closed");
        }
        List<Task> open = engine.asSystem(() -> tasks.createTaskQuery().processInstanceBusinessKey(milestoneId)
            .processDefinitionKey(OrderMilestone.KEY).taskDefinitionKey(Activity.CONFIRM_MILESTONE).list());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(Var.CLIENT_CONFIRMED, true);
        v.put(Var.CONFIRMED_BY, request == null || request.confirmedBy() == null || request.confirmedBy().isBlank()
            ? Caller.id(identity) : request.confirmedBy().trim());
        v.put(Var.CONFIRMATION_NOTE, request == null || request.note() == null ? null : request.note().trim());
        if (!open.isEmpty()) {
            engine.asSystem(() -> {
                tasks.complete(open.get(0).getId(), v);
                return null;
            });
            return milestones.byId(milestoneId, now).orElseThrow();
        }
        // confirmed before the checklist went out: kept, and no checklist is sent
        int correlated = engine.asSystem(() -> runtime.createMessageCorrelation(OrderMilestone.CONFIRMED_EARLY_MESSAGE)
            .processInstanceBusinessKey(milestoneId).setVariables(v).correlateAllWithResult().size());
        if (correlated == 0) {
            throw new ConflictException("milestone '" + milestone.name() + "' is not waiting for a confirmation: its checklist is being sent to"
                + " the client right now; send the confirmation again in a moment");
        }
        return milestones.byId(milestoneId, now).orElseThrow();
    }

    /** "was delivered on Tue 12 Jan 2027 in the client's time zone Europe/Berlin", the day as the client lived it. */
    private static String delivered(OrderRecord order, ZoneId zone) {
        if (order.deliveredAt() == null) {
            return "is delivered";
        }
        return "was delivered on " + TeamMoments.day(LocalDate.ofInstant(order.deliveredAt(), zone)) + " in the client's time zone "
            + zone.getId();
    }

    /** The client's calendar decided a fortnight before the milestone (today at the earliest), which knows its holidays. */
    private ClientClocks.Client calendarNear(Client client, Instant dueAt, ClientCalendar now, Instant at) {
        Instant from = dueAt.minus(Duration.ofDays(NEAREST_DAYS));
        return clocks.decide(client.country(), client.tier() == null ? Tier.B : client.tier(), now.zone(), from.isAfter(at) ? from : at);
    }

    /**
     * The opening of the client's third working day before {@code dueOn}: the client has three working days to check
     * the list, where 72 hours before could fall on their weekend or holidays (seed 003's 72 hours, read in working time).
     */
    static Instant askAt(LocalDate dueOn, ClientCalendar calendar) {
        LocalDate day = dueOn;
        for (int found = 0, guard = 0; found < OrderMilestone.ASK_WORKING_DAYS_BEFORE && guard < 366; guard++) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                found++;
            }
        }
        return calendar.opening(day);
    }

    /**
     * Why the client cannot act on {@code dueOn} (null: a working day of theirs). A milestone is a day the client must act
     * on (the checklist confirmed by their opening), unlike a ship date: on their weekend or a day an observance closes
     * them, nobody is there to confirm, and the task would fall due while they are away. The days are judged by the
     * etiquette decided a fortnight before the day (today at the earliest), whose observances cover the day and the
     * fortnights either side however far ahead it lies.
     */
    private String closedForTheClient(Client client, LocalDate dueOn, Instant dueAt, ClientCalendar now, Instant at) {
        ClientClocks.Client decided = calendarNear(client, dueAt, now, at);
        ClientCalendar calendar = decided.calendar();
        if (calendar.isWorkingDay(dueOn)) {
            return null;
        }
        String day = dueOn.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String why = decided.etiquette().upcoming().stream()
            .filter(o -> o.effect() == Effect.CLOSED && !dueOn.isBefore(o.from()) && !dueOn.isAfter(o.to()))
            .map(Observance::name).findFirst()
            .map(name -> "a " + day + " the client is closed for " + name)
            .orElse("a " + day + ", not a working day of the client");
        LocalDate before = null;
        for (LocalDate d = dueOn.minusDays(1); d.isAfter(dueOn.minusDays(NEAREST_DAYS)) && calendar.opening(d).isAfter(at); d = d.minusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                before = d;
                break;
            }
        }
        LocalDate after = null;
        for (LocalDate d = dueOn.plusDays(1); d.isBefore(dueOn.plusDays(NEAREST_DAYS)); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                after = d;
                break;
            }
        }
        List<String> nearest = new ArrayList<>();
        if (before != null) {
            nearest.add(dayAndDate(before));
        }
        if (after != null) {
            nearest.add(dayAndDate(after));
        }
        return "dueOn " + dueOn + " is " + why + " (" + now.zone() + "): the client confirms the checklist by the opening of their "
            + "business that day; give a day they work" + (nearest.isEmpty() ? "" : ", e.g. " + String.join(" or ", nearest));
    }

    private static String dayAndDate(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day;
    }

    List<Milestones.Milestone> list(String orderId) {
        desks.check(order(orderId).clientId(), "order '" + orderId + "'");
        return milestones.ofOrder(orderId, now());
    }

    /** One to {@value MilestoneRequests#MAX_ITEMS} items, none blank or longer than {@value MilestoneRequests#MAX_ITEM} characters. */
    static List<String> checklist(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new InvalidInputException("checklist",
                "checklist is required: " + MilestoneRequests.CHECKLIST);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (given.size() > MilestoneRequests.MAX_ITEMS) {
            errors.put("checklist", "checklist has " + given.size() + " items; at most " + MilestoneRequests.MAX_ITEMS);
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String item = given.get(i) == null ? "" : given.get(i).strip().replaceAll("\\s*\\R\\s*", " ");
            if (item.isEmpty()) {
                errors.put("checklist[" + i + "]", "checklist[" + i + "] is empty: each item says what the client confirms");
            } else if (item.length() > MilestoneRequests.MAX_ITEM) {
                errors.put("checklist[" + i + "]", "checklist[" + i + "] is longer than " + MilestoneRequests.MAX_ITEM + " characters");
            }
            items.add(item);
        }
        Inputs.throwIfAny(errors);
        return items;
    }

    private OrderRecord order(String id) {
        return orders.byId(id).orElseThrow(() -> orders.notFound(id));
    }

    private static Instant now() {
        return ClockUtil.now().toInstant();
    }
}
