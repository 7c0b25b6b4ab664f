package io.meridian.complaint;

import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

/**
 * Opens the complaint a detractor's score calls for, from outside this module (the quarterly survey):
 * the same intake checks and start as any complaint, with the source {@code DETRACTOR}.
 */
@Component
public class DetractorComplaints {

    private final ComplaintIntake intake;
    private final ComplaintService complaints;

    DetractorComplaints(ComplaintIntake intake, ComplaintService complaints) {
        this.intake = intake;
        this.complaints = complaints;
    }

    /** Opens the complaint described by {@code variables} (names of {@link ComplaintHandling.Var}); its id. */
    public String open(Map<String, ?> variables, Instant now) {
        return complaints.start(intake.read(variables, UnaryOperator.identity(), now, ComplaintHandling.Source.DETRACTOR)).id();
    }
}
