package io.meridian.system;

import java.lang.reflect.Field;

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

    private static final Field USER_ID;
    private static final Field TASK_ID;

    static {
        try {
            USER_ID = AbstractAddIdentityLinkCmd.class.getDeclaredField("userId");
            USER_ID.setAccessible(true);
            TASK_ID = AbstractSetTaskPropertyCmd.class.getDeclaredField("taskId");
            TASK_ID.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda's AssignTaskCmd has changed: review HandBackByAssignee", e);
        }
    }

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        if (command instanceof AssignTaskCmd assign && context != null && context.isAuthorizationCheckEnabled()
                && read(USER_ID, assign) == null && handsBackOwn(context, (String) read(TASK_ID, assign))) {
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

    private static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
