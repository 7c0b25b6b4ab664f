/**
 * Idempotency-Key on the event endpoints of /api: a repeat answers as the first, committed with the change it
 * answers.
 *
 * <p>Public surface: {@link IdempotencySettings}, {@link IdempotentRequests} (which requests take the key, for the
 * OpenAPI description).
 */
package io.meridian.idempotency;
