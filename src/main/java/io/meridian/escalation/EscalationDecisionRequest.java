package io.meridian.escalation;

/** Body of {@code POST /api/decisions/escalation}; text fields so that every parse error names its field. */
record EscalationDecisionRequest(String taskKind, String tier, String severity, Double elapsedShare) {
}
