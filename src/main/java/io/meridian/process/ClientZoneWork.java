package io.meridian.process;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.ContactWindow;
import io.meridian.client.Client;
import io.meridian.client.ClientZoneChanged;
import io.meridian.moments.TeamMoments;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A client's time zone corrected on the record reaches the work already running, in the change's transaction, as a desk move
 * does ({@link DeskTasks}): every running process of the client (journey, fulfilment, complaint) holds the new zone, so its
 * next tasks, call windows and emails follow it; each open task is due anew by the same clock rule counted on the client's
 * new clock, followed up in the next call window (the team's own work: when the team is next at work), and its briefing says what now holds in place of the old "Client's time
 * zone" note, and gives its due time, next contact window and every other time it names in the client's clock on the new clock,
 * and its email preview lists the client's business hours in the new zone; and each client email still waiting for its send window goes at the same hour of the client's day in the new
 * zone (inside their business hours, never earlier than now). An email planned to go at once, or being tried, keeps its time.
 */
@Component
class ClientZoneWork {

    private static final Logger log = LoggerFactory.getLogger(ClientZoneWork.class);
    /** More running processes or open tasks than one client ever has; a guard, not a page size anyone reaches. */
    private static final int MAX = 1000;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineReads engine;
    private final DeskTasks deskTasks;
    private final ClientClocks clocks;
    private final Outbox outbox;

    ClientZoneWork(RuntimeService runtime, TaskService tasks, EngineReads engine, DeskTasks deskTasks, ClientClocks clocks,
                   Outbox outbox) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.deskTasks = deskTasks;
        this.clocks = clocks;
        this.outbox = outbox;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void changed(ClientZoneChanged change) {
        Client before = change.before();
        Client after = change.after();
        Instant now = change.at();
        ZoneId from = zoneOf(before, now);
        ZoneId to = zoneOf(after, now);
        String id = after.id();
        // the server keeps its own state consistent, as the system: the user may not read the client's other processes
        int processes = engine.asSystem(() -> follow(id, after.timeZone()));
        // the same clock (Asia/Tokyo named for a Japanese client worked on it already): the tasks stand as they are
        int replanned = from.equals(to) ? 0 : engine.asSystem(() -> replanTasks(id, before, after, from, to, now));
        int emails = replanEmails(after, from, to, now);
        change.reached(processes + " running journey(s), order(s) or complaint(s) now on " + to);
        change.reached(replanned + " open task(s) due anew and briefed on " + to);
        change.reached(emails + " planned email(s) re-planned for the client's business hours in " + to);
        log.info("Client {} time zone {} -> {}: {} processes, {} open tasks, {} planned emails follow", id, from, to, processes,
            replanned, emails);
    }

    /** The zone the client is worked on: the record's, else the country's (the etiquette's). */
    private ZoneId zoneOf(Client client, Instant now) {
        return calendar(client, now).zone();
    }

    private ClientCalendar calendar(Client client, Instant now) {
        return clocks.decide(client.country(), client.tier(), client.timeZone() == null ? null : ZoneId.of(client.timeZone()), now)
            .calendar();
    }

    /** Sets (or removes) the time zone of every running process that holds the client's id; how many. */
    private int follow(String clientId, String zone) {
        List<VariableInstance> held = runtime.createVariableInstanceQuery().variableName(ClientClocks.CLIENT_ID)
            .variableValueEquals(ClientClocks.CLIENT_ID, clientId).listPage(0, MAX);
        Set<String> instances = new LinkedHashSet<>();
        held.forEach(v -> instances.add(v.getProcessInstanceId()));
        for (String instance : instances) {
            if (zone == null) {
                runtime.removeVariable(instance, ClientVariables.TIME_ZONE);
            } else {
                runtime.setVariable(instance, ClientVariables.TIME_ZONE, zone);
            }
        }
        return instances.size();
    }

    private int replanTasks(String clientId, Client before, Client after, ZoneId from, ZoneId to, Instant now) {
        int n = 0;
        for (Task task : tasks.createTaskQuery().processVariableValueEquals(ClientClocks.CLIENT_ID, clientId).listPage(0, MAX)) {
            if (deskTasks.replan(task.getId(), Optional.empty(), now, (t, briefing, due, followUp, window, client, contactsClient) ->
                onNewClock(zoneBriefing(briefing, note(before, after, from, to, now, due, window, client)), t, due, window, client, from, to))) {
                n++;
            }
        }
        return n;
    }

    /**
     * What the team reads about the client's clock once it was corrected: the zone now, the one the task was planned on, and
     * the due time and call window on the new clock; the rest of the briefing was written on the old one.
     */
    static String note(Client before, Client after, ZoneId from, ZoneId to, Instant now, Date due, Optional<ContactWindow> window,
                       ClientClocks.Client client) {
        ZoneId team = client.teamZone();
        String zone = after.timeZone() != null ? to + ", as the client record names it since " + TeamMoments.withZone(now, team)
            : to + ", the default for " + after.country() + ": the client's own zone was removed from the record on "
                + TeamMoments.withZone(now, team);
        String was = before.timeZone() != null ? from.getId() : from + " (the default for " + before.country() + ")";
        return TaskGuidance.ZONE_NOTE + " " + zone + "; this task was planned on " + was + ". Now "
            + (due == null ? "" : "due " + TaskGuidance.both(due.toInstant(), team, to) + "; ")
            + "next contact window " + TaskGuidance.window(window, team, to)
            + ". Every time below is on the new clock (the briefing was written on " + from + ").";
    }

    /**
     * {@code briefing} with its due time and next contact window on the client's new clock {@code to}, where they named the
     * old one {@code from}, and every other moment it names on the client's clock on the new one ({@link BriefingTimes}); the
     * due time of the team's own work, in the team's clock only, stays as it is.
     */
    static String onNewClock(String briefing, DelegateTask task, Date due, Optional<ContactWindow> window, ClientClocks.Client client,
                             ZoneId from, ZoneId to) {
        ZoneId team = client.teamZone();
        List<String> paragraphs = new ArrayList<>(List.of(briefing.split("\n\n", -1)));
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (due != null && p.startsWith(TaskGuidance.DUE_HEAD + " ") && p.contains(" client time (")) {
                paragraphs.set(i, TaskGuidance.DUE_HEAD + " " + TaskGuidance.due(task, due.toInstant(), team, to));
            } else if (p.startsWith(TaskGuidance.WINDOW_HEAD + " ")) {
                paragraphs.set(i, TaskGuidance.WINDOW_HEAD + " " + TaskGuidance.window(window, team, to));
            } else if (!p.startsWith(TaskGuidance.ZONE_NOTE) && !(p.startsWith(TaskGuidance.DUE_HEAD + " ") && due != null)) {
                paragraphs.set(i, BriefingTimes.onNewClocks(p, new BriefingTimes.Clocks(team, from), new BriefingTimes.Clocks(team, to)));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** {@code briefing} with {@code note} in place of its note on the client's clock, else right after the client's line. */
    static String zoneBriefing(String briefing, String note) {
        List<String> paragraphs = new ArrayList<>(List.of(briefing.split("\n\n", -1)));
        int at = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).startsWith(TaskGuidance.ZONE_NOTE)) {
                at = at < 0 ? i : at;
                paragraphs.remove(i--);
            }
        }
        if (at < 0) {
            int client = 0;
            while (client < paragraphs.size() && !paragraphs.get(client).startsWith(TaskGuidance.CLIENT_LINE)) {
                client++;
            }
            at = client < paragraphs.size() ? client + 1 : 0;
        }
        paragraphs.add(at, note);
        return String.join("\n\n", paragraphs);
    }

    /**
     * The client's emails waiting for their send window, each at the same hour of the client's day on the new clock (the
     * window's start there), inside the client's business hours and never before now; how many moved.
     */
    private int replanEmails(Client after, ZoneId from, ZoneId to, Instant now) {
        if (from.equals(to) || after.email() == null) {
            return 0;
        }
        ClientCalendar calendar = calendar(after, now);
        int n = 0;
        for (OutboxMessage email : outbox.waitingFor(after.email())) {
            Instant same = email.plannedAt().atZone(from).toLocalDateTime().atZone(to).toInstant();
            Instant at = clocks.clocks().sendAt(calendar, same.isBefore(now) ? now : same);
            if (!at.equals(email.plannedAt()) && outbox.replan(email.id(), at)) {
                n++;
            }
        }
        return n;
    }
}
