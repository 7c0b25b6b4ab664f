package io.meridian.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reads engine state for a Meridian view after Meridian's own check of the caller's groups:
 * an API client may see the steps of the inquiry it started although it may not read tasks
 * itself. Only for reads; changes always run as the signed-in user.
 */
@Component
public class EngineReads {

    private final IdentityService identity;

    EngineReads(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T asSystem(Supplier<T> read) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return read.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
