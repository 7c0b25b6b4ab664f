package io.meridian.system;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A task made by hand (Tasklist's "Create task", engine-rest's {@code task/create}) with nobody named as its assignee is
 * its creator's. Camunda leaves it with nobody and no team, so it was in no one's filter: gone from the creator's Tasklist
 * the moment it was saved, shown to no team, and, without a due time, never reminded of. Held by its creator it is in
 * their "My tasks", where they add a team as a candidate group and hand it back (the × beside their name), or give it to
 * someone. Only a signed-in person's new task without a process; one made with an assignee keeps that assignee.
 */
class HandMadeTaskToItsCreator extends CommandInterceptor {

    private static final Field SAVED_TASK = field();

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof SaveTaskCmd && read(command) instanceof TaskEntity task && task.getRevision() == 0
            && task.getAssignee() == null && task.getProcessInstanceId() == null && task.getCaseInstanceId() == null) {
            CommandContext context = Context.getCommandContext();
            String creator = context == null ? null : context.getAuthenticatedUserId();
            if (creator != null) {
                task.setAssignee(creator);
            }
        }
        return next.execute(command);
    }

    private static Field field() {
        try {
            Field field = SaveTaskCmd.class.getDeclaredField("task");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda's SaveTaskCmd has changed: review HandMadeTaskToItsCreator", e);
        }
    }

    private static Object read(Object command) {
        try {
            return SAVED_TASK.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
