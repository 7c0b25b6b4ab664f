package io.meridian.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.stereotype.Component;

/**
 * Names this node in the jobs it locks: with {@code meridian.node.name} ({@code MERIDIAN_NODE_NAME})
 * set, the job executor locks jobs under that name instead of a random UUID, so Cockpit's job view
 * and {@code ACT_RU_JOB.LOCK_OWNER_} say which node holds a job, e.g. the jobs a stopped node left
 * locked until their lock time is over. Every node needs a name of its own: two nodes under one
 * name would take each other's locks for their own. Unset, Camunda's random owner stays.
 */
@Component
class JobLockOwner extends AbstractProcessEnginePlugin {

    /** The column {@code ACT_RU_JOB.LOCK_OWNER_} holds 255 characters. */
    static final int MAX_LENGTH = 255;

    private final String name;

    JobLockOwner(@Value("${meridian.node.name:}") String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.length() > MAX_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidConfigurationPropertyValueException("meridian.node.name", trimmed, "MERIDIAN_NODE_NAME must be at most "
                + MAX_LENGTH + " characters without control characters; it was " + trimmed.length() + " long");
        }
        this.name = trimmed;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor executor = configuration.getJobExecutor();
        if (!name.isEmpty() && executor != null) {
            executor.setLockOwner(name);
        }
    }
}
