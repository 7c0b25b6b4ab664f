package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The production administrator's email address: given at creation, given later to one that has none, never overwritten. */
@MeridianTest
class AdminAccountAddressTest {

    @Autowired
    IdentityService identity;

    @Test
    void shouldGiveTheAdministratorTheAddressUnlessItHasOneAlready() {
        String id = "chief" + UUID.randomUUID().toString().substring(0, 8);
        try {
            new AdminAccount(identity, new AdminSettings(true, id, "a-real-secret-2027", " it@acme.example ")).apply();
            assertThat(user(id).getEmail()).isEqualTo("it@acme.example");
            assertThat(identity.createUserQuery().userId(id).memberOfGroup(Groups.ADMIN).count()).isOne();

            User chief = user(id);
            chief.setEmail(null);
            identity.saveUser(chief);
            new AdminAccount(identity, new AdminSettings(true, id, "a-real-secret-2027", "ops@acme.example")).apply();
            assertThat(user(id).getEmail()).as("given to an administrator without one").isEqualTo("ops@acme.example");

            new AdminAccount(identity, new AdminSettings(true, id, "a-real-secret-2027", "other@acme.example")).apply();
            assertThat(user(id).getEmail()).as("one corrected in Camunda Admin stays").isEqualTo("ops@acme.example");

            new AdminAccount(identity, new AdminSettings(true, id, "a-real-secret-2027", "")).apply();
            assertThat(user(id).getEmail()).as("none given changes nothing").isEqualTo("ops@acme.example");
        } finally {
            identity.deleteUser(id);
        }
    }

    private User user(String id) {
        return identity.createUserQuery().userId(id).singleResult();
    }
}
