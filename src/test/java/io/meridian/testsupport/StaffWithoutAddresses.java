package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Staff who cannot be emailed, for the length of a test: the members of some groups lose their email addresses,
 * users made for the test may join, and {@link #close()} puts every address back (and checks that it did) and
 * deletes the users it made. For the shared context's tests, which run one after the other.
 */
public final class StaffWithoutAddresses implements AutoCloseable {

    private final IdentityService identity;
    private final Map<String, String> cleared = new LinkedHashMap<>();
    private final List<String> made = new ArrayList<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    public StaffWithoutAddresses(IdentityService identity) {
        this.identity = identity;
    }

    /** Clears the address of every member of {@code group}. */
    public StaffWithoutAddresses clear(String group) {
        for (User member : identity.createUserQuery().memberOfGroup(group).list()) {
            cleared.putIfAbsent(member.getId(), member.getEmail());
            member.setEmail(null);
            identity.saveUser(member);
        }
        return this;
    }

    /** Clears the address of the user {@code id}. */
    public StaffWithoutAddresses clearUser(String id) {
        User user = identity.createUserQuery().userId(id).singleResult();
        cleared.putIfAbsent(id, user.getEmail());
        user.setEmail(null);
        identity.saveUser(user);
        return this;
    }

    /** A new user named {@code name} plus this run's suffix, with {@code email} (null for none), in {@code groups}; answers its id. */
    public String user(String name, String email, String... groups) {
        String id = name + run;
        User user = identity.newUser(id);
        user.setEmail(email == null ? null : email.replace("{id}", id));
        identity.saveUser(user);
        made.add(id);
        for (String group : groups) {
            identity.createMembership(id, group);
        }
        return id;
    }

    @Override
    public void close() {
        cleared.forEach((id, email) -> {
            User user = identity.createUserQuery().userId(id).singleResult();
            assertThat(user).as("the user %s whose address the test cleared, there to be given it back", id).isNotNull();
            user.setEmail(email);
            identity.saveUser(user);
        });
        made.forEach(identity::deleteUser);
        cleared.forEach((id, email) -> assertThat(identity.createUserQuery().userId(id).singleResult().getEmail())
            .as("the address of %s put back", id).isEqualTo(email));
        made.forEach(id -> assertThat(identity.createUserQuery().userId(id).count()).as("the user %s deleted", id).isZero());
    }
}
