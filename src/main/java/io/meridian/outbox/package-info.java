/**
 * Messages to clients and notifications to staff: planned in the outbox table in the caller's transaction, sent
 * by SMTP at their planned time, once, with retries, by whichever node claims them.
 *
 * <p>Public surface: {@link MailSettings}, {@link Outbox}, {@link OutboxMessage}, {@link OutboxSettings},
 * {@link OutboxStatistics}, {@link PlannedMessage}.
 */
package io.meridian.outbox;
