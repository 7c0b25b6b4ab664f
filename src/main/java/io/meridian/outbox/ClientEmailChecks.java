package io.meridian.outbox;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Every {@link ClientEmailCheck} of the server, asked in turn: the first reason to withdraw an email wins. */
@Component
class ClientEmailChecks {

    private final List<ClientEmailCheck> checks;

    @Autowired
    ClientEmailChecks(ObjectProvider<ClientEmailCheck> checks) {
        this(checks.orderedStream().toList());
    }

    ClientEmailChecks(List<ClientEmailCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Why the client email must not go out, empty to send it; a staff notification always goes. */
    Optional<String> withdrawBecause(OutboxMessage message) {
        if (message.kind() != OutboxMessage.Kind.CLIENT) {
            return Optional.empty();
        }
        for (ClientEmailCheck check : checks) {
            Optional<String> why = check.withdrawBecause(message);
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }
}
