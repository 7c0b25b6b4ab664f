package io.meridian.complaint;

import java.util.List;
import java.util.Objects;

import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Email addresses of the staff in a group, from Camunda's identity service. Read as the system:
 * the process informs managers whoever completed the step that triggers it.
 */
@Component
public class StaffDirectory {

    private static final int MAX_MEMBERS = 200;

    private final IdentityService identity;
    private final EngineReads reads;

    StaffDirectory(IdentityService identity, EngineReads reads) {
        this.identity = identity;
        this.reads = reads;
    }

    public List<String> emailsOf(String group) {
        return reads.asSystem(() -> identity.createUserQuery().memberOfGroup(group).listPage(0, MAX_MEMBERS)).stream()
            .map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).distinct().toList();
    }
}
