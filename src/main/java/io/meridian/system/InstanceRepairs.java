package io.meridian.system;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Repairs by hand to a running process (its variables, where it stands, its suspension, its jobs) are the
 * administrators' (Cockpit). Camunda allows them with the permission the integrations need to correlate a message
 * (UPDATE_INSTANCE), so the web shop's credentials moved any journey past the order desk's confirmation or its
 * payment (a modification skipping listeners), rewrote or deleted a client's email, suspended journeys and fired
 * timers early, over engine-rest and the webapps' engine API alike. Refused for a signed-in user who is not in
 * {@code camunda-admin} where the engine checks authorizations; what the processes and Meridian's own code do (a
 * delegate, a check made before running without a user) is not a caller's request and passes.
 */
class InstanceRepairs extends CommandInterceptor {

    static final List<Class<?>> REPAIRS = List.of(
        ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, AbstractModificationCmd.class,
        AbstractRestartProcessInstanceCmd.class, StartProcessInstanceAtActivitiesCmd.class,
        SetExecutionVariablesCmd.class, RemoveExecutionVariablesCmd.class, PatchExecutionVariablesCmd.class,
        AbstractSetProcessInstanceStateCmd.class, AbstractUpdateProcessInstancesSuspendStateCmd.class,
        SignalCmd.class, ExecuteJobsCmd.class, SetJobRetriesCmd.class, SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class,
        SetJobPriorityCmd.class, AbstractSetJobStateCmd.class, DeleteJobCmd.class);

    static final String REFUSAL = "Changing a running process by hand (its variables, the step it is at, its suspension or its "
        + "jobs) is for administrators (camunda-admin, in Cockpit). Other systems send the event the process waits for "
        + "(POST /engine-rest/message, or /api); the team works its tasks in Tasklist.";

    @Override
    public <T> T execute(Command<T> command) {
        if (REPAIRS.stream().anyMatch(type -> type.isInstance(command)) && byCallerOtherThanAdmin(Context.getCommandContext())) {
            throw new AuthorizationException(REFUSAL);
        }
        return next.execute(command);
    }

    private static boolean byCallerOtherThanAdmin(CommandContext context) {
        if (context == null || !context.isAuthorizationCheckEnabled()) {
            return false;
        }
        Authentication caller = context.getAuthentication();
        if (caller == null || caller.getUserId() == null) {
            return false;
        }
        return caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN);
    }
}
