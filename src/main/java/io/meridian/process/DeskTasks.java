package io.meridian.process;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import io.meridian.calendar.ContactWindow;
import io.meridian.desk.ClientMovedDesk;
import io.meridian.desk.Desk;
import io.meridian.desk.Desks;
import io.meridian.etiquette.Tier;
import io.meridian.system.EngineReads;
import io.meridian.usertasks.UserTaskListeners;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one place where a client's desk reaches its tasks. Attached at deployment to the creation of
 * every user task of every process: a task of a client whose record names a desk gets the desk's
 * group as a candidate group in addition to its own (so the desk's Tasklist shows it, and the
 * built-in group, e.g. {@code sales}, still sees every desk's). The follow-up date and call windows
 * come from the desk's calendar through {@link ClientClocks.Client#team()}. When a client is moved
 * to another desk, its open tasks move along: the old desk's group goes, the new one's comes, and
 * the follow-up date is the new desk's next call window.
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

    DeskTasks(ObjectProvider<ClientClocks> clients, ObjectProvider<Desks> desks, ObjectProvider<TaskService> tasks,
              ObjectProvider<EngineReads> reads, ObjectProvider<AuthorizationService> authorizations) {
        // looked up when a task is created: the beans need the engine this plugin helps to build
        this.clients = clients;
        this.desks = desks;
        this.tasks = tasks;
        this.reads = reads;
        this.authorizations = authorizations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.add(configuration, TaskListener.EVENTNAME_CREATE, UserTaskListeners.Order.AFTER_THE_MODELS, this::assign);
    }

    /** A new task of a client with a desk: the desk's group as a candidate group as well. */
    void assign(DelegateTask task) {
        clients.getObject().desk(task).ifPresent(desk -> task.addCandidateGroup(desk.group()));
    }

    /** Moves the open tasks of a client moved to another desk, in the transaction that moved it. */
    @EventListener
    void move(ClientMovedDesk moved) {
        Optional<Desk> from = desks.getObject().byName(moved.from());
        Desk to = desks.getObject().byName(moved.to()).orElseThrow(() -> new IllegalArgumentException("no desk '" + moved.to() + "'"));
        Instant now = ClockUtil.now().toInstant();
        TaskService taskService = tasks.getObject();
        // the caller may change the client record; the tasks of every team move with it
        int count = reads.getObject().asSystem(() -> {
            int n = 0;
            for (Task task : taskService.createTaskQuery().processVariableValueEquals(ClientClocks.CLIENT_ID, moved.clientId())
                .listPage(0, MAX_OPEN_TASKS)) {
                // the follow-up date first: saving the task read above after its identity links changed would be a stale write
                followUp(taskService, task, to, now);
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

    private void followUp(TaskService taskService, Task task, Desk desk, Instant now) {
        Object country = taskService.getVariable(task.getId(), ClientVariables.COUNTRY);
        if (country == null) {
            return;
        }
        Object tier = taskService.getVariable(task.getId(), ClientVariables.TIER);
        Object zone = taskService.getVariable(task.getId(), ClientVariables.TIME_ZONE);
        ClientClocks clocks = clients.getObject();
        ClientClocks.Client client = clocks.decide(country.toString(), tier == null ? Tier.B : Tier.valueOf(tier.toString()),
            zone == null || zone.toString().isBlank() ? null : java.time.ZoneId.of(zone.toString()), now);
        Optional<ContactWindow> window = clocks.clocks().nextCall(client.calendar(), desk.calendar(), now);
        task.setFollowUpDate(Date.from(window.map(ContactWindow::start).orElse(now)));
        taskService.saveTask(task);
    }
}
