package io.meridian.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The groups and demo users, the groups' grants and Tasklist filters, the first admin account and, in production,
 * the refusal of users who sign in with a guessable password, in that order, once every bean exists and before the
 * web server is started: the server takes no request a missing grant would refuse. (As application runners they
 * ran after the web server had started, and on a first start the requests of the first seconds were refused with
 * 403.)
 * <p>
 * All of it is one transaction that first locks Camunda's deployment lock row, so nodes that start
 * at the same moment on one database seed one after the other: the second finds what the first
 * wrote. (Seeding side by side, two nodes both created the group {@code integrations}, and one failed
 * to start on the engine's unique key of the group's own authorization, {@code ACT_UNIQ_AUTH_GROUP};
 * Tasklist filters have no such key and would have been created twice.)
 */
@Component
class IdentityOnStart implements SmartInitializingSingleton {

    /** The row of {@code ACT_GE_PROPERTY} Camunda locks for each deployment; every Camunda schema has it. */
    static String lock(String tablePrefix) {
        return "select value_ from " + (tablePrefix == null ? "" : tablePrefix.trim())
            + "ACT_GE_PROPERTY where name_ = 'deployment.lock' for update";
    }

    private final ObjectProvider<DemoUsers> demoUsers;
    private final ObjectProvider<GroupGrants> grants;
    private final ObjectProvider<AdminAccount> admin;
    private final ObjectProvider<GuessablePasswords> guessable;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final String lock;

    IdentityOnStart(ObjectProvider<DemoUsers> demoUsers, ObjectProvider<GroupGrants> grants, ObjectProvider<AdminAccount> admin,
                    ObjectProvider<GuessablePasswords> guessable, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                    @Value("${camunda.bpm.database.table-prefix:}") String tablePrefix) {
        this.demoUsers = demoUsers;
        this.grants = grants;
        this.admin = admin;
        this.guessable = guessable;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.lock = lock(tablePrefix);
    }

    @Override
    public void afterSingletonsInstantiated() {
        // the engine's commands join this transaction (Camunda on Spring) and see what it wrote so far
        tx.executeWithoutResult(status -> {
            jdbc.queryForList(lock);
            demoUsers.ifAvailable(DemoUsers::apply);
            grants.ifAvailable(GroupGrants::apply);
            admin.ifAvailable(AdminAccount::apply);
            guessable.ifAvailable(GuessablePasswords::apply);
        });
    }
}
