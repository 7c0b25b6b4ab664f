package io.meridian.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/complaints/{id}/client-confirmation}, checked once by Bean Validation. */
record ComplaintConfirmationRequest(
    @NotNull(message = "[field] is required (true or false)") Boolean satisfied,
    @Size(max = ComplaintIntake.MAX_DESCRIPTION, message = "[field] is longer than " + ComplaintIntake.MAX_DESCRIPTION + " characters")
    String comment) {
}
