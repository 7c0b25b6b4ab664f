package io.meridian.outbox;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a production start without a mail server into a start-up report that names the property to set. */
public class MailHostFailureAnalyzer extends AbstractFailureAnalyzer<MailHostMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MailHostMissingException cause) {
        return new FailureAnalysis("Meridian refuses to start: " + cause.getMessage(), cause.action(), cause);
    }
}
