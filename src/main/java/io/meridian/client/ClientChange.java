package io.meridian.client;

import java.time.Instant;

/**
 * One change of one field of a client record, kept for good.
 *
 * @param changedBy the authenticated user, or {@code system} for a step the engine ran on its own
 * @param source    what changed it: {@code PATCH /api/clients}, {@code inquiry <id>} (a blank filled), {@code complaint <id>}
 */
record ClientChange(String field, String oldValue, String newValue, String changedBy, String source, Instant changedAt) {
}
