package io.meridian.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The step "Alert managers (crisis channel)" of complaint-handling models deployed before 2026-12-06, which alerted the
 * managers before the task that answers the crisis was made. Complaints started on such a version still pass it (its
 * job may wait when the server is upgraded); their alert now goes as that task is made ({@link CrisisAlert}, from the
 * task listener every version shares), with the task's link. So this step only lets them pass: alerting here too would
 * mail the managers twice, and without the bean the waiting job would fail.
 */
@Component
class AlertManagersDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AlertManagersDelegate.class);

    @Override
    public void execute(DelegateExecution execution) {
        log.debug("Complaint {} of an earlier model: the crisis alert goes with its task", execution.getProcessBusinessKey());
    }
}
