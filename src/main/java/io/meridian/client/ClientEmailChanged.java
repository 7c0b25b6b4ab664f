package io.meridian.client;

/**
 * A client's email address changed on the record (a {@code PATCH} of {@code email}), published in the change's transaction:
 * what still holds the old address for this client (a running complaint's copy) follows it.
 */
public record ClientEmailChanged(String clientId, String from, String to) {
}
