package io.meridian.system;


import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Whoever holds a task may hand it back to the team (Tasklist's × beside their name, {@code POST /task/{id}/unclaim}):
 * Camunda asks for the permission to assign the task even to take one's own name off it, which the teams do not have
 * ({@link EngineHardening}: they claim and complete), so a task claimed by mistake stayed with them. Only the unclaim of
 * the signed-in user's own task runs without that check; giving a task to someone else stays with the managers.
 */
class HandBackByAssignee extends CommandInterceptor {

    private static final CommandField USER_ID = CommandField.of(AbstractAddIdentityLinkCmd.class, "userId", HandBackByAssignee.class);
    private static final CommandField TASK_ID = CommandField.of(AbstractSetTaskPropertyCmd.class, "taskId", HandBackByAssignee.class);

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        if (command instanceof AssignTaskCmd assign && context != null && context.isAuthorizationCheckEnabled()
                && USER_ID.in(assign) == null && handsBackOwn(context, (String) TASK_ID.in(assign))) {
            context.disableAuthorizationCheck();
            try {
                return next.execute(command);
            } finally {
                context.enableAuthorizationCheck();
            }
        }
        return next.execute(command);
    }

    private static boolean handsBackOwn(CommandContext context, String taskId) {
        String user = context.getAuthenticatedUserId();
        if (user == null || taskId == null) {
            return false;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        return task != null && user.equals(task.getAssignee());
    }

}
