package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;

import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The production check of users who sign in with a guessable password, against this context's users: the demo users
 * (password {@code demo}) and users made here. The deletion a production start is told to make is shown by
 * {@link ProdProfileTest}, since it would delete the demo users the other tests sign in with.
 */
@MeridianTest
class GuessablePasswordsTest {

    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void shouldNameEveryUserWhoSignsInWithADemoDefaultOrOwnIdPasswordAndNoOther() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ownId = "own" + suffix;
        String secret = "secret" + suffix;
        String changeme = "capital" + suffix;
        try {
            user(ownId, ownId.toUpperCase(Locale.ROOT));
            user(secret, "a-real-secret-2027");
            user(changeme, "Admin");
            GuessablePasswords check = new GuessablePasswords(identity, engine, true, false);

            assertThat(check.usersWithGuessablePasswords()).as("the demo users, the own id and a default password in capitals")
                .contains("demo", "sam", "shop", ownId, changeme).doesNotContain(secret);
            assertThatThrownBy(check::apply).isInstanceOf(AdminPasswordException.class)
                .hasMessageContaining("Users ").hasMessageContaining("demo, ").hasMessageContaining(ownId)
                .hasMessageContaining("sign in with a demo or default password")
                .satisfies(e -> assertThat(((AdminPasswordException) e).action()).contains("MERIDIAN_DELETE_DEMO_USERS=true"));

            assertThat(identity.checkPassword("sam", "demo")).as("the check counted no failed sign-in, nor locked anyone").isTrue();
            new GuessablePasswords(identity, engine, false, true).apply();
            assertThat(identity.createUserQuery().userId(ownId).count()).as("off outside production: nothing checked or deleted").isOne();
        } finally {
            identity.deleteUser(ownId);
            identity.deleteUser(secret);
            identity.deleteUser(changeme);
        }
    }

    private void user(String id, String password) {
        User user = identity.newUser(id);
        user.setPassword(password);
        identity.saveUser(user);
    }
}
