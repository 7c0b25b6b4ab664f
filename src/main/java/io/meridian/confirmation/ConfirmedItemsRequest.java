package io.meridian.confirmation;

/**
 * Body of {@code POST /api/inquiries/{id}/messages} and {@code /api/orders/{id}/messages}:
 * what was agreed ({@code text}), on which instant channel, when (default now) and by whom on
 * the team (default the caller).
 */
record ConfirmedItemsRequest(String channel, String text, String agreedAt, String agreedBy) {
}
