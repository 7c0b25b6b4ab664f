package io.meridian.complaint;

/** Body of {@code POST /api/complaints/{id}/client-confirmation}. */
record ComplaintConfirmationRequest(Boolean satisfied, String comment) {
}
