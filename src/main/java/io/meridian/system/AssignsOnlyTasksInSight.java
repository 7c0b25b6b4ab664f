package io.meridian.system;


import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A manager gives away, takes back, delegates or changes the candidates of the tasks they can see: their own group's
 * and those escalated to it (README "Security"). Their grant (TASK_ASSIGN on every process definition, {@link GroupGrants})
 * let a manager who knew a task's id take any team's task, say the order desk's confirmation, to themselves or to
 * anyone, or add the managers as its candidates, and then read and complete it. A signed-in caller other than an
 * administrator is refused such a change of a task they cannot read, where the engine checks authorizations;
 * whoever holds a task still hands it back ({@link HandBackByAssignee}).
 */
class AssignsOnlyTasksInSight extends CommandInterceptor {

    private static final CommandField PROPERTY_TASK_ID = CommandField.of(AbstractSetTaskPropertyCmd.class, "taskId", AssignsOnlyTasksInSight.class);
    private static final CommandField DELEGATED_TASK_ID = CommandField.of(DelegateTaskCmd.class, "taskId", AssignsOnlyTasksInSight.class);
    private static final CommandField UNLINKED_TASK_ID = CommandField.of(DeleteIdentityLinkCmd.class, "taskId", AssignsOnlyTasksInSight.class);
    private static final CommandField SAVED_TASK = CommandField.of(SaveTaskCmd.class, "task", AssignsOnlyTasksInSight.class);

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        String taskId = taskId(command);
        if (taskId != null && byCallerOtherThanAdmin(context)) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task != null && !inSight(context, task)) {
                throw new AuthorizationException(context.getAuthenticatedUserId() + " may not give away or change the people of task "
                    + taskId + ": it is not a task of their team, nor escalated to it, nor theirs. A manager hands on the tasks "
                    + "they see in Tasklist; the team it is with, or an administrator, takes care of this one.");
            }
        }
        return next.execute(command);
    }

    /** The task a command changes the people of; null for any other command (a new task saved has no row yet). */
    private static String taskId(Command<?> command) {
        if (command instanceof AbstractAddIdentityLinkCmd) {
            return (String) PROPERTY_TASK_ID.in(command);
        }
        if (command instanceof DelegateTaskCmd) {
            return (String) DELEGATED_TASK_ID.in(command);
        }
        if (command instanceof DeleteIdentityLinkCmd) {
            return (String) UNLINKED_TASK_ID.in(command);
        }
        if (command instanceof SaveTaskCmd && SAVED_TASK.in(command) instanceof TaskEntity task && task.getRevision() > 0) {
            return task.getId();
        }
        return null;
    }

    private static boolean byCallerOtherThanAdmin(CommandContext context) {
        if (context == null || !context.isAuthorizationCheckEnabled()) {
            return false;
        }
        Authentication caller = context.getAuthentication();
        return caller != null && caller.getUserId() != null
            && (caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN));
    }

    /** As Tasklist decides what it lists: READ on the task (its candidates, its assignee and owner get that) or READ_TASK on its process. */
    private static boolean inSight(CommandContext context, TaskEntity task) {
        PermissionCheckBuilder check = new PermissionCheckBuilder().disjunctive()
            .atomicCheckForResourceId(Resources.TASK, task.getId(), Permissions.READ);
        if (task.getProcessDefinitionId() != null && task.getProcessDefinition() != null) {
            check.atomicCheckForResourceId(Resources.PROCESS_DEFINITION, task.getProcessDefinition().getKey(),
                ProcessDefinitionPermissions.READ_TASK);
        }
        return context.getAuthorizationManager().isAuthorized(check.build());
    }


}
