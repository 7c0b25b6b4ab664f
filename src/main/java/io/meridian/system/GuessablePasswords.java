package io.meridian.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A production run lets no user sign in with a password anyone would try: the demo password, the usual defaults
 * ({@link AdminAccount#KNOWN_PASSWORDS}) or the user's own id, in small letters, capitals or with a capital first. Such users are there when the database was first used by
 * the default run or the {@code postgres} profile alone, whose demo users all sign in with {@code demo}, one of them an
 * administrator. The server then refuses to start and names them, or, told to
 * ({@code meridian.security.delete-users-with-guessable-passwords}), deletes them and says so.
 * <p>
 * The stored hashes are compared with Camunda's own password manager, as its sign-in does, but not through
 * {@link IdentityService#checkPassword}, which would count each miss as a failed sign-in and lock the user.
 */
@Component
class GuessablePasswords {

    private static final Logger log = LoggerFactory.getLogger(GuessablePasswords.class);

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;
    private final boolean refuse;
    private final boolean delete;

    GuessablePasswords(IdentityService identity, ProcessEngineConfigurationImpl engine,
                       @Value("${meridian.security.refuse-guessable-passwords:false}") boolean refuse,
                       @Value("${meridian.security.delete-users-with-guessable-passwords:false}") boolean delete) {
        this.identity = identity;
        this.engine = engine;
        this.refuse = refuse;
        this.delete = delete;
    }

    /** Done once per start by {@link IdentityOnStart}, after the administrator exists and before the server takes requests. */
    void apply() {
        if (!refuse) {
            return;
        }
        List<String> users = usersWithGuessablePasswords();
        if (users.isEmpty()) {
            return;
        }
        if (delete) {
            users.forEach(identity::deleteUser);
            log.warn("Deleted {} users who signed in with a demo or default password: {}", users.size(), String.join(", ", users));
            return;
        }
        throw AdminPasswordException.guessableUsers(users.size() == 1
            ? "User " + users.get(0) + " signs in with a demo or default password (or the user id itself), which anyone would try."
            : "Users " + String.join(", ", users) + " sign in with a demo or default password (or their user id), which anyone"
                + " would try.");
    }

    /** The ids of the users whose stored password is one of the guessable ones, sorted. */
    List<String> usersWithGuessablePasswords() {
        Set<String> found = new TreeSet<>();
        for (User user : identity.createUserQuery().list()) {
            // another identity provider (e.g. LDAP) keeps its passwords elsewhere
            if (user instanceof UserEntity entity && entity.getPassword() != null && guessable(entity)) {
                found.add(user.getId());
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * Whether the user's password is a known one or the user id, as written or in the capitals people try ("Demo",
     * "ADMIN"): the stored hash cannot be compared ignoring case as {@link AdminAccount#check} compares a given password.
     */
    private boolean guessable(UserEntity user) {
        Set<String> candidates = new TreeSet<>();
        Stream.concat(AdminAccount.KNOWN_PASSWORDS.stream(), Stream.of(user.getId())).forEach(word -> {
            candidates.add(word);
            candidates.add(word.toLowerCase(Locale.ROOT));
            candidates.add(word.toUpperCase(Locale.ROOT));
            candidates.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT));
        });
        return candidates.stream().anyMatch(candidate ->
            engine.getPasswordManager().check(EncryptionUtil.saltPassword(candidate, user.getSalt()), user.getPassword()));
    }
}
