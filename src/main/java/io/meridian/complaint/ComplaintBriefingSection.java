package io.meridian.complaint;

import java.time.ZoneId;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A paragraph another module adds to a complaint task's briefing, after what the complaint's own stages recorded (the
 * emergency plan of a quality complaint: what the supplier said and the fix designed, which the stages answer the client with).
 */
public interface ComplaintBriefingSection {

    /**
     * Markdown for the briefing of {@code task}, a complaint task being made, or empty when there is nothing to say; a moment
     * it shows goes in the team's clock ({@code teamZone}: the client's desk's, or the team's) and the client's.
     */
    Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone);
}
