package io.meridian.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;

/**
 * Turns a start on a port another process holds into a report that names the setting to change ({@code PORT},
 * {@code server.port}), its value and what to do, where Spring's own report names no setting. Ordered before Spring's
 * analyzer of the same failure, which would otherwise answer first.
 */
class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> implements Ordered {

    static final String SETTING = "PORT (server.port)";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        int port = cause.getPort();
        return new FailureAnalysis("Meridian refuses to start: port " + port + ", the value of " + SETTING + ", is already in use:"
            + " another process listens on it (another Meridian server?).",
            "Stop the process that listens on port " + port + " (`ss -ltnp 'sport = :" + port + "'` names it), or start this"
                + " server on a free port with " + SETTING + ", e.g. PORT=8081 (README \"Security\", \"Profiles\").", cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
