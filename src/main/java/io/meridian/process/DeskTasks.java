package io.meridian.process;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.TeamCalendar;
import io.meridian.desk.ClientMovedDesk;
import io.meridian.desk.Desk;
import io.meridian.desk.Desks;
import io.meridian.etiquette.Tier;
import io.meridian.moments.TeamMoments;
import io.meridian.system.EngineReads;
import io.meridian.usertasks.UserTaskListeners;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The one place where a client's desk reaches its tasks. Attached at deployment to the creation of
 * every user task of every process: a task of a client whose record names a desk gets the desk's
 * group as a candidate group in addition to its own (so the desk's Tasklist shows it, and the
 * built-in group, e.g. {@code sales}, still sees every desk's). The follow-up date and call windows
 * come from the desk's calendar through {@link ClientClocks.Client#team()}. When a client is moved
 * to another desk, its open tasks move along: the old desk's group goes, the new one's comes, the
 * follow-up date is the new desk's next call window (the team's own work: when the new desk is next at work), the
 * briefing's due time, contact window, desk and every other time it names are on the new desk's clock, as are the client's
 * business hours its email preview lists ({@link EmailPreview#renderAgain}), and a task whose due time the clock rules gave
 * ({@link JourneyTaskListener}, {@link TaskClocks}) or its own rule ({@link TaskDueRule#dueOnAnotherDesk}: a survey's,
 * an undelivered email's) is due as if it had been made for the new desk: the
 * same rule from the moment it was made, counted in the new desk's working time (one that time puts
 * before the move, of a task not late before it: the end of the new desk's working day). The escalation sweep plans a task again
 * when its due time changes, and counts it in the new desk's working time.
 */
@Component
class DeskTasks extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(DeskTasks.class);
    /** More open tasks than one client ever has; a guard, not a page size anyone reaches. */
    private static final int MAX_OPEN_TASKS = 1000;

    private final ObjectProvider<ClientClocks> clients;
    private final ObjectProvider<Desks> desks;
    private final ObjectProvider<TaskService> tasks;
    private final ObjectProvider<EngineReads> reads;
    private final ObjectProvider<AuthorizationService> authorizations;
    private final ObjectProvider<TaskClocks> dueRules;
    private final ObjectProvider<EmailPreview> previews;
    private ProcessEngineConfigurationImpl configuration;

    DeskTasks(ObjectProvider<ClientClocks> clients, ObjectProvider<Desks> desks, ObjectProvider<TaskService> tasks,
              ObjectProvider<EngineReads> reads, ObjectProvider<AuthorizationService> authorizations,
              ObjectProvider<TaskClocks> dueRules, ObjectProvider<EmailPreview> previews) {
        this.dueRules = dueRules;
        this.previews = previews;
        // looked up when a task is created: the beans need the engine this plugin helps to build
        this.clients = clients;
        this.desks = desks;
        this.tasks = tasks;
        this.reads = reads;
        this.authorizations = authorizations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        UserTaskListeners.add(configuration, TaskListener.EVENTNAME_CREATE, UserTaskListeners.Order.AFTER_THE_MODELS, this::assign);
    }

    /** A new task of a client with a desk: the desk's group as a candidate group as well. */
    void assign(DelegateTask task) {
        clients.getObject().desk(task).ifPresent(desk -> task.addCandidateGroup(desk.group()));
    }

    /** Moves the open tasks of a client moved to another desk, in the transaction that moved it (before the listeners that read them). */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void move(ClientMovedDesk moved) {
        Optional<Desk> from = desks.getObject().byName(moved.from());
        Desk to = desks.getObject().byName(moved.to()).orElseThrow(() -> new IllegalArgumentException("no desk '" + moved.to() + "'"));
        Instant now = ClockUtil.now().toInstant();
        TaskService taskService = tasks.getObject();
        // the clock the briefings were written on: the old desk's, or the team's for a client that had none
        ZoneId written = from.map(d -> d.calendar().zone()).orElseGet(() -> clients.getObject().clocks().team().zone());
        // the caller may change the client record; the tasks of every team move with it
        int count = reads.getObject().asSystem(() -> {
            int n = 0;
            for (Task task : taskService.createTaskQuery().processVariableValueEquals(ClientClocks.CLIENT_ID, moved.clientId())
                .listPage(0, MAX_OPEN_TASKS)) {
                // the due and follow-up dates first: saving the task read above after its identity links changed would be a stale write
                replan(task.getId(), Optional.of(to), now, (t, briefing, due, followUp, window, client, contactsClient) ->
                    movedBriefing(onNewDesk(briefing, t, due, window, client, written), moved(from, to, now, due, followUp, contactsClient)));
                from.ifPresent(old -> {
                    taskService.deleteCandidateGroup(task.getId(), old.group());
                    // the engine granted the group the task with the identity link and leaves the grant when the link goes
                    authorizations.getObject().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
                        .groupIdIn(old.group()).list().forEach(a -> authorizations.getObject().deleteAuthorization(a.getId()));
                });
                taskService.addCandidateGroup(task.getId(), to.group());
                n++;
            }
            return n;
        });
        log.info("Client {} moved from desk {} to {}: {} open tasks moved along", moved.clientId(), moved.from(), moved.to(), count);
    }

    /** The briefing of a task planned again, from the one it had and what now holds. */
    @FunctionalInterface
    interface Rewrite {
        /**
         * @param task the task planned again; {@code due} its due time now (null: none), {@code followUp} its follow-up date,
         *             {@code window} the client's next call window, {@code contactsClient} false for the team's own work,
         *             followed up when the team is next at work
         */
        String briefing(DelegateTask task, String briefing, Date due, Date followUp, Optional<ContactWindow> window,
                        ClientClocks.Client client, boolean contactsClient);
    }

    /**
     * The task's follow-up date in the next call window of {@code desk} (empty: the client's desk as the record names it, or
     * the team) on the client's clock as the task's process holds it now, or, for the team's own work, when that desk is next
     * at work; its due time anew where a rule gives it (the clock rules or the task's own,
     * {@link TaskClocks#dueOnAnotherDesk}); its form's briefing as {@code rewrite} makes it; and its email preview written
     * anew for the clocks that now hold ({@link EmailPreview#renderAgain}). False when the task is
     * gone or has no client.
     */
    boolean replan(String taskId, Optional<Desk> desk, Instant now, Rewrite rewrite) {
        return Boolean.TRUE.equals(configuration.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            Object country = task == null ? null : task.getVariable(ClientVariables.COUNTRY);
            if (country == null) {
                return false;
            }
            Object tier = task.getVariable(ClientVariables.TIER);
            Object zoneName = task.getVariable(ClientVariables.TIME_ZONE);
            Tier t = tier == null ? Tier.B : Tier.valueOf(tier.toString());
            ZoneId zone = zoneName == null || zoneName.toString().isBlank() ? null : ZoneId.of(zoneName.toString());
            ClientClocks clocks = clients.getObject();
            String deskName = desk.map(Desk::name).orElseGet(() -> clocks.desk(task).map(Desk::name).orElse(null));
            boolean clockRules = plannedByTheClockRules(task);
            Instant created = task.getCreateTime().toInstant();
            ClientClocks.Client atCreation = clocks.decide(country.toString(), t, zone, deskName, created);
            Optional<Instant> anew = dueRules.getObject().dueOnAnotherDesk(task, created, atCreation, clockRules);
            if (anew.isPresent()) {
                Instant due = anew.get();
                boolean lateAlready = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);
                if (due.isBefore(now) && !lateAlready) {
                    // passed by the change (the new desk's day ended earlier, the client's clock is another): the desk gets
                    // the rest of its working day, or its next one, rather than a task overdue at once and escalated before
                    // anyone there saw it; a task late before the change stays late
                    TeamCalendar calendar = clocks.decide(country.toString(), t, zone, deskName, now).team();
                    due = calendar.contactHours(calendar.nextWorkingStart(now).atZone(calendar.zone()).toLocalDate()).end();
                }
                task.setDueDate(Date.from(due));
            }
            ClientClocks.Client client = clocks.decide(country.toString(), t, zone, deskName, now);
            Optional<ContactWindow> window = clocks.clocks().nextCall(client.calendar(), client.team(), now);
            // the team's own work (talking to the factory) is followed up when the team is next at work, as when it was made
            boolean contactsClient = !clockRules || dueRules.getObject().contactsClient(task);
            task.setFollowUpDate(Date.from(contactsClient ? window.map(ContactWindow::start).orElse(now) : client.team().nextWorkingStart(now)));
            if (task.getVariableLocal(ClientVariables.BRIEFING) instanceof String briefing && !briefing.isBlank()) {
                task.setVariableLocal(ClientVariables.BRIEFING, fit(rewrite.briefing(task, briefing, task.getDueDate(), task.getFollowUpDate(),
                    window, client, contactsClient)));
            }
            // the email preview's business hours ahead, on the clock that now holds, as the briefing's times
            previews.getObject().renderAgain(task, now, client);
            // as TaskService.saveTask does it: the update event, the history's copy and the operation log
            new SaveTaskCmd(task).execute(context);
            return true;
        }));
    }

    /** How the briefing of a moved client's task begins, paragraph marker. */
    static final String MOVED = "**Moved:**";
    /** The escalation's paragraph (module escalation), which stays first: it says why a manager has the task. */
    private static final String ESCALATED = "**Escalated:**";
    private static final int MAX_TEXT = 4000;

    /**
     * What a member of the new desk reads first: the briefing was written for the desk before, with its due time and call window
     * on that desk's clock (and the card shows the new ones); this says what now holds, on the new desk's clock.
     */
    static String moved(Optional<Desk> from, Desk to, Instant now, Date due, Date followUp, boolean contactsClient) {
        ZoneId zone = to.calendar().zone();
        return MOVED + " the client moved to desk " + to.title() + " (" + to.group() + ") on " + TeamMoments.withZone(now, zone)
            + from.map(d -> ", from desk " + d.title()).orElse("") + ". Now "
            + (due == null ? "" : "due " + TeamMoments.withZone(due.toInstant(), zone) + "; ")
            + (contactsClient ? "next call window from " : "follow-up when the desk is next at work, ")
            + TeamMoments.withZone(followUp.toInstant(), zone) + ". Every time below is on this desk's clock"
            + from.map(d -> " (the briefing was written for desk " + d.title() + ")").orElse("") + ".";
    }

    /**
     * {@code briefing} with its "Due", "Next contact window" and "Desk" lines on the new desk's clock ({@code client.team()}), where
     * they named the old one's: the team's own work's due time in the desk's clock alone, as when the task was made; and every
     * other moment it names, written on the team clock {@code written}, on the new desk's ({@link BriefingTimes}).
     */
    static String onNewDesk(String briefing, DelegateTask task, Date due, Optional<ContactWindow> window, ClientClocks.Client client,
                            ZoneId written) {
        ZoneId team = client.teamZone();
        BriefingTimes.Clocks was = new BriefingTimes.Clocks(written, client.zone());
        BriefingTimes.Clocks now = new BriefingTimes.Clocks(team, client.zone());
        List<String> paragraphs = new ArrayList<>(List.of(briefing.split("\n\n", -1)));
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (due != null && p.startsWith(TaskGuidance.DUE_HEAD + " ")) {
                paragraphs.set(i, TaskGuidance.DUE_HEAD + " " + (p.contains(" client time (")
                    ? TaskGuidance.due(task, due.toInstant(), team, client.zone()) : TaskGuidance.teamDue(due.toInstant(), team)));
            } else if (p.startsWith(TaskGuidance.WINDOW_HEAD + " ")) {
                paragraphs.set(i, TaskGuidance.WINDOW_HEAD + " " + TaskGuidance.window(window, team, client.zone()));
            } else if (p.startsWith(TaskGuidance.DESK_HEAD + " ")) {
                paragraphs.set(i, TaskGuidance.desk(client).strip());
            } else if (!p.startsWith(MOVED)) {
                paragraphs.set(i, BriefingTimes.onNewClocks(p, was, now));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** {@code briefing} with {@code moved} in place of an earlier move's note, first, or after the escalation's paragraph. */
    static String movedBriefing(String briefing, String moved) {
        List<String> paragraphs = new ArrayList<>(Arrays.stream(briefing.split("\n\n", -1))
            .filter(p -> !p.startsWith(MOVED)).toList());
        paragraphs.add(!paragraphs.isEmpty() && paragraphs.get(0).startsWith(ESCALATED) ? 1 : 0, moved);
        return String.join("\n\n", paragraphs);
    }

    /** Camunda keeps a text variable up to 4,000 characters: the briefing's end (the rows that decided) goes first. */
    static String fit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    /** Whether the task's due time came from {@link TaskClocks}: its model has {@link JourneyTaskListener} on creation. */
    private static boolean plannedByTheClockRules(TaskEntity task) {
        TaskDefinition definition = task.getTaskDefinition();
        return definition != null && definition.getTaskListenersForEvent(TaskListener.EVENTNAME_CREATE).stream()
            .anyMatch(l -> l instanceof DelegateExpressionTaskListener d && JourneyTaskListener.EXPRESSION.equals(d.getExpressionText()));
    }
}
