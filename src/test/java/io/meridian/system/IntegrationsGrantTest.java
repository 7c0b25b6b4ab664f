package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The integrations read their records over {@code /api}, not every process instance with its variables over engine-rest
 * (README "Security"); a database an earlier version set up loses that read at the next start, the shop keeps starting
 * processes and sending events.
 */
class IntegrationsGrantTest extends ServerTest {

    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RuntimeService runtime;
    @Autowired
    GroupGrants grants;
    @Autowired
    ManagementService management;

    private Authorization integrationsGrant() {
        return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(Groups.INTEGRATIONS).resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
    }

    @Test
    void aStartShouldTakeBackTheReadOfEveryProcessAnEarlierVersionGaveTheIntegrations() {
        deployProbe();
        String instance = runtime.startProcessInstanceByKey(PROBE).getId();
        Authorization earlier = integrationsGrant();
        earlier.addPermission(Permissions.READ_INSTANCE);
        authorizations.saveAuthorization(earlier);
        management.deleteProperty(GroupGrants.INTEGRATIONS_NO_LONGER_DONE);
        assertThat(get("/engine-rest/process-instance/" + instance + "/variables", "shop").status()).as("as an earlier version left it")
            .isEqualTo(200);

        grants.apply();

        Authorization now = integrationsGrant();
        assertThat(now.isPermissionGranted(Permissions.READ_INSTANCE)).isFalse();
        assertThat(now.isPermissionGranted(Permissions.CREATE_INSTANCE)).isTrue();
        assertThat(now.isPermissionGranted(Permissions.UPDATE_INSTANCE)).isTrue();
        assertThat(get("/engine-rest/process-instance/" + instance + "/variables", "shop").status()).isEqualTo(403);
        Answer event = postJson("/engine-rest/message", "shop", "{\"messageName\":\"ProbeEvent\",\"processInstanceId\":\"" + instance + "\"}");
        assertThat(event.status()).as(event.body()).isEqualTo(204);
    }

    /** Taken back once: an administrator who grants the read again in Admin (an integration trusted with more) keeps it. */
    @Test
    void aGrantAnAdministratorGivesAgainShouldStay() {
        grants.apply();
        Authorization given = integrationsGrant();
        given.addPermission(Permissions.READ_INSTANCE);
        authorizations.saveAuthorization(given);
        try {
            grants.apply();

            assertThat(integrationsGrant().isPermissionGranted(Permissions.READ_INSTANCE)).isTrue();
        } finally {
            Authorization back = integrationsGrant();
            back.removePermission(Permissions.READ_INSTANCE);
            authorizations.saveAuthorization(back);
        }
    }
}
