package io.meridian.complaint;

/** Body of {@code POST /api/decisions/complaint}; text fields so that every parse error names its field. */
record ComplaintDecisionRequest(String category, String country, String feedback, String tier, Double orderValue, String wording) {
}
