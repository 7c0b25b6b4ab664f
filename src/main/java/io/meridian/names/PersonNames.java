package io.meridian.names;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.User;

/** A team member's name as a client or colleague reads it: first and last name from Camunda's identity. */
public final class PersonNames {

    private PersonNames() {
    }

    /** "Sam Demo": the user's first and last name, each stripped; empty when the identity has neither. */
    public static Optional<String> of(User user) {
        String name = Stream.of(user.getFirstName(), user.getLastName()).filter(n -> n != null && !n.isBlank()).map(String::strip)
            .collect(Collectors.joining(" "));
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
