package io.meridian.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is asking: the authenticated user of this thread (API, engine-rest, Tasklist), else {@code system}. */
public final class Caller {

    public static final String SYSTEM = "system";
    /**
     * The process variable in which every completed user task leaves who completed it (the user id, or none when no
     * user was authenticated and nobody was assigned): the client email that follows the task is signed with that
     * person's name.
     */
    public static final String COMPLETED_BY = "completedBy";

    private Caller() {
    }

    /** Who completes {@code task}: the authenticated user completing it, else its assignee; null when neither is known. */
    public static String completing(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    }

    public static String id(IdentityService identity) {
        Authentication current = identity.getCurrentAuthentication();
        return current == null || current.getUserId() == null ? SYSTEM : current.getUserId();
    }
}
