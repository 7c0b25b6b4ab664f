package io.meridian.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The outbox on the actuator health endpoint ({@code outbox}): the mail server this node sends to and
 * whether it answers, the messages due and not sent, and the FAILED ones. Always UP: the outbox rides
 * out an SMTP outage (its messages wait), so the node stays in its load balancer; the details say what
 * an operator should look at.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxRelay relay;
    private final OutboxStatistics statistics;

    OutboxHealthIndicator(OutboxRelay relay, OutboxStatistics statistics) {
        this.relay = relay;
        this.statistics = statistics;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        String server = relay.mailServer();
        details.put("mailServer", server == null ? "none configured (spring.mail.host): nothing is sent" : server);
        relay.unreachable().ifPresentOrElse(u -> {
            details.put("reachable", false);
            details.put("unreachableSince", u.since().toString());
            details.put("lastError", u.error());
        }, () -> details.put("reachable", server == null ? "unknown" : true));
        Instant now = ClockUtil.now().toInstant();
        try {
            details.put("due", statistics.due(now));
            details.put("failed", statistics.count(OutboxMessage.Status.FAILED));
        } catch (DataAccessException unreadable) {
            // the database out of reach: the health of the database ("db") says so, the endpoint answers DOWN (503)
            details.put("messages", "unknown: the database cannot be read (" + unreadable.getClass().getSimpleName() + ")");
        }
        return Health.up().withDetails(details).build();
    }
}
