package io.meridian.undelivered;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.meridian.calendar.TeamCalendar;
import io.meridian.links.WebappLinks;
import io.meridian.names.PersonNames;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.StaffEmailFailed;
import io.meridian.system.EngineReads;
import io.meridian.system.Groups;
import io.meridian.undelivered.UndeliveredStaffEmail.Var;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens "Fix a staff address: email not delivered" for the administrators for each staff email the outbox
 * gave up on, in the transaction that marks it FAILED: a manager whose address is mistyped in Camunda Admin
 * gets no escalation and no crisis alert until someone corrects it, and only an administrator can. As the
 * task's create listener ({@code staffEmailTaskListener}) it makes the task due within one working day of the team.
 */
@Component("staffEmailTaskListener")
class UndeliveredStaffEmails implements TaskListener {

    private static final int MAX_USERS = 20;

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final TaskService tasks;
    private final EngineReads engine;
    private final TeamCalendar team;
    private final WebappLinks links;

    UndeliveredStaffEmails(RuntimeService runtime, IdentityService identity, TaskService tasks, EngineReads engine, TeamCalendar team,
                           WebappLinks links) {
        this.runtime = runtime;
        this.identity = identity;
        this.tasks = tasks;
        this.engine = engine;
        this.team = team;
        this.links = links;
    }

    @EventListener
    void failed(StaffEmailFailed failed) {
        OutboxMessage message = failed.message();
        List<User> users = engine.asSystem(() -> identity.createUserQuery().userEmail(message.recipient()).orderByUserId().asc()
            .listPage(0, MAX_USERS));
        Map<String, Object> v = new HashMap<>();
        v.put(Var.MESSAGE_ID, message.id());
        v.put(Var.RECIPIENT, message.recipient());
        v.put(Var.SUBJECT, message.subject());
        v.put(Var.REFERENCE, message.reference());
        v.put(Var.MAIL_ERROR, failed.error());
        v.put(Var.ATTEMPTS, failed.attempts());
        v.put(Var.STAFF_USERS, users.stream().map(User::getId).collect(Collectors.joining(",")));
        v.put(Var.TEAM, Groups.ADMIN);
        v.put(Var.UNDELIVERED, undelivered(message, failed, users, about(message.reference()), links));
        engine.asSystem(() -> runtime.startProcessInstanceByKey(UndeliveredStaffEmail.KEY, message.id(), v));
    }

    /** Due within one working day of the team; followed up at once; named by whose address it is. */
    @Override
    public void notify(DelegateTask task) {
        Instant now = ClockUtil.now().toInstant();
        task.setDueDate(Date.from(team.plusWorkingDays(now, 1)));
        task.setFollowUpDate(Date.from(now));
        String users = (String) task.getVariable(Var.STAFF_USERS);
        task.setName(task.getName() + " — " + (users == null || users.isBlank() ? task.getVariable(Var.RECIPIENT) : users.replace(",", ", ")));
    }

    /** The email, what the mail server said, whose address it is and where to correct it (markdown for the form). */
    static String undelivered(OutboxMessage message, StaffEmailFailed failed, List<User> users, String about, WebappLinks links) {
        StringBuilder b = new StringBuilder();
        b.append("**Not delivered:** ").append(message.subject());
        b.append("\n\n- To: ").append(message.recipient());
        b.append("\n- About: ").append(about);
        b.append("\n- Attempts: ").append(failed.attempts());
        b.append("\n- Why it failed: ").append(failed.error());
        if (users.isEmpty()) {
            b.append("\n\n**No user has this address now**: the user was removed or their address changed since. Nothing to correct;"
                + " leave it, or tell whoever it was for.");
        } else {
            b.append("\n\n**The address of ").append(users.stream().map(u -> u.getId() + " (" + name(u) + ")").collect(Collectors.joining(", ")))
                .append("**: until it is right they get no escalation, reminder or crisis alert. Correct it in Camunda Admin"
                    + " (Users, the user, Profile: Email), then send it again to the corrected address.");
            users.forEach(u -> links.userProfile(u.getId()).ifPresent(link -> b.append("\n- [The profile of ").append(u.getId())
                .append("](").append(link).append(")")));
        }
        return b.toString();
    }

    /** What the email was about: an open task (an escalation's) by its name, linked in Tasklist; else the reference. */
    private String about(String reference) {
        Task task = reference == null ? null : engine.asSystem(() -> tasks.createTaskQuery().taskId(reference).singleResult());
        if (task == null) {
            return reference;
        }
        String name = "the task " + (task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
        return links.task(task.getId()).map(link -> "[" + name + "](" + link + ")").orElse(name + " (" + task.getId() + ")");
    }

    private static String name(User user) {
        return PersonNames.of(user).orElse(user.getId());
    }
}
