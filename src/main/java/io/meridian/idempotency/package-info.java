/** Idempotency-Key on the event endpoints of /api: a repeat answers as the first, committed with the change it answers. */
package io.meridian.idempotency;
