/**
 * Idempotency-Key on the event endpoints of /api: a repeat answers as the first, committed with the change it
 * answers.
 *
 * <p>Public surface: {@link IdempotencySettings}.
 */
package io.meridian.idempotency;
