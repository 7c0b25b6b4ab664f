package io.meridian.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Engine work done for a Meridian endpoint after Meridian's own check of the caller's groups
 * ({@link AllowedGroups}): an API client may see the steps of the inquiry it started although it
 * may not read tasks itself; a support agent opens a complaint although only API clients may
 * start processes through the engine. Never for engine-rest or Tasklist, which check the
 * signed-in user's own grants.
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
