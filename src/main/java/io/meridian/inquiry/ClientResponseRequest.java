package io.meridian.inquiry;

/** Body of {@code POST /api/inquiries/{id}/client-response}. */
record ClientResponseRequest(String decision, String objection, String note) {
}
