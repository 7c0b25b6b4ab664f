package io.meridian.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is asking: the authenticated user of this thread (API, engine-rest, Tasklist), else {@code system}. */
public final class Caller {

    public static final String SYSTEM = "system";

    private Caller() {
    }

    public static String id(IdentityService identity) {
        Authentication current = identity.getCurrentAuthentication();
        return current == null || current.getUserId() == null ? SYSTEM : current.getUserId();
    }
}
