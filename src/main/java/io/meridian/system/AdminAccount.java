package io.meridian.system;

import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The administrator of a production run: created once, member of {@code camunda-admin}, so
 * Camunda's first-run setup page stays closed. An existing administrator keeps its password
 * (it may have been changed in Camunda Admin since).
 */
@Component
class AdminAccount {

    /** Passwords any attacker tries first: the demo password and the usual defaults. */
    static final Set<String> KNOWN_PASSWORDS = Set.of(DemoUsers.PASSWORD, "admin", "camunda", "password", "changeme", "secret");

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final IdentityService identity;
    private final AdminSettings settings;

    AdminAccount(IdentityService identity, AdminSettings settings) {
        this.identity = identity;
        this.settings = settings;
        if (settings.create()) {
            check(settings.user(), settings.password());
            checkEmail(settings.email());
        }
    }

    /** A given address must be one email address: a typo would send the administrators' emails nowhere. */
    static void checkEmail(String email) {
        if (email != null && !email.isBlank() && !EmailAddress.Check.isAddress(email)) {
            throw AdminPasswordException.email("MERIDIAN_ADMIN_EMAIL '" + email.trim() + "' is not an email address such as"
                + " admin@acme.example; leave it unset for none.");
        }
    }

    /** Refuses a missing password, the user id itself, and a demo or default password. */
    static void check(String user, String password) {
        if (user == null || user.isBlank()) {
            throw AdminPasswordException.password("MERIDIAN_ADMIN_USER is empty.");
        }
        if (password == null || password.isBlank()) {
            throw AdminPasswordException.password("MERIDIAN_ADMIN_PASSWORD is not set; the administrator '" + user + "' needs a password.");
        }
        if (password.equalsIgnoreCase(user)) {
            throw AdminPasswordException.password("MERIDIAN_ADMIN_PASSWORD is the same as the user id '" + user + "'.");
        }
        if (KNOWN_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            throw AdminPasswordException.password("MERIDIAN_ADMIN_PASSWORD is a demo or default password that anyone would try.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Done once per start by {@link IdentityOnStart}, before the server takes requests. */
    void apply() {
        if (!settings.create()) {
            return;
        }
        String id = settings.user();
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Meridian");
            user.setLastName("Administrator");
            user.setPassword(settings.password());
            user.setEmail(blankToNull(settings.email()));
            identity.saveUser(user);
            log.info("Administrator '{}' created", id);
        } else if (settings.email() != null && !settings.email().isBlank()) {
            // an address corrected in Camunda Admin stays; one never given is given now
            User user = identity.createUserQuery().userId(id).singleResult();
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                user.setEmail(settings.email().trim());
                identity.saveUser(user);
                log.info("Administrator '{}' given the email address {}", id, user.getEmail());
            }
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(Groups.ADMIN).count() == 0) {
            identity.createMembership(id, Groups.ADMIN);
        }
    }
}
