package io.meridian.system;

import org.springframework.context.annotation.Configuration;

/** The job executor's log on several nodes: a conflict between nodes that the engine recovers from is not an ERROR. */
@Configuration(proxyBeanMethods = false)
class JobExecutorLogConfig {

    JobExecutorLogConfig() {
        RepeatingTimerConflictLog.install();
    }
}
