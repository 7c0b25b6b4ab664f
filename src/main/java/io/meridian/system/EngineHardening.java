package io.meridian.system;

import java.util.ArrayList;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Closes what Camunda leaves open by default. Runs after the starter's own plugins, so a
 * forgotten or mistyped property cannot switch any of this off again.
 */
@Component
@Order(Ordering.DEFAULT_ORDER + 1000)
class EngineHardening extends AbstractProcessEnginePlugin {

    private final SecuritySettings settings;
    private final LoginThrottle loginThrottle;
    private final SignInCache signIns;
    private final ObjectProvider<CompletionCheck> completionChecks;

    EngineHardening(SecuritySettings settings, LoginThrottle loginThrottle, SignInCache signIns,
                    ObjectProvider<CompletionCheck> completionChecks) {
        this.settings = settings;
        this.loginThrottle = loginThrottle;
        this.signIns = signIns;
        this.completionChecks = completionChecks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationEnabled(true);
        // candidates may claim, complete and set variables of their tasks, not reassign or edit them (managers may reassign: GroupGrants)
        configuration.setDefaultUserPermissionForTask(Permissions.TASK_WORK);
        // a Java-serialized value is remote code execution waiting to happen
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDeserializationTypeValidationEnabled(true);
        // Tasklist filters (stored queries) keep ${currentUser()} and ${now()}; ad-hoc queries get none
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableXxeProcessing(false);
        configuration.setEnableScriptEngineLoadExternalResources(false);
        configuration.setQueryMaxResultsLimit(settings.queryMaxResults());
        // wrong passwords slow the calling address down, never lock the account for everyone; a change forgets remembered sign-ins
        configuration.setIdentityProviderSessionFactory(new ThrottledIdentityProvider.Factory(loginThrottle, signIns));
        // the same authorization checks without reading the whole authorization table before each command's first one
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new AuthorizedGroups.Factory());
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new ScriptRefusal());
        // what the asynchronous step after a task would refuse is refused when the task is completed
        configuration.getCustomPreBPMNParseListeners().add(new CompletionChecks(completionChecks));
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new OrQueryExpressionGuard());
        // ... and hand back a task they hold
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new HandBackByAssignee());
        // repairs by hand to a running process stay with the administrators, whatever UPDATE_INSTANCE a caller holds
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new InstanceRepairs());
        // a manager hands on the tasks they see, not any task whose id they know
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new AssignsOnlyTasksInSight());
        // a task made by hand with nobody named is its creator's, not lost in no one's list
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new HandMadeTaskToItsCreator());
    }
}
