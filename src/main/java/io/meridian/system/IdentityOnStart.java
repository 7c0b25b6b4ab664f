package io.meridian.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The groups and demo users, the groups' grants and Tasklist filters, and the first admin account,
 * in that order, once every bean exists and before the web server is started: the server takes no
 * request a missing grant would refuse. (As application runners they ran after the web server had
 * started, and on a first start the requests of the first seconds were refused with 403.)
 */
@Component
class IdentityOnStart implements SmartInitializingSingleton {

    private final ObjectProvider<DemoUsers> demoUsers;
    private final ObjectProvider<GroupGrants> grants;
    private final ObjectProvider<AdminAccount> admin;

    IdentityOnStart(ObjectProvider<DemoUsers> demoUsers, ObjectProvider<GroupGrants> grants, ObjectProvider<AdminAccount> admin) {
        this.demoUsers = demoUsers;
        this.grants = grants;
        this.admin = admin;
    }

    @Override
    public void afterSingletonsInstantiated() {
        demoUsers.ifAvailable(DemoUsers::apply);
        grants.ifAvailable(GroupGrants::apply);
        admin.ifAvailable(AdminAccount::apply);
    }
}
