/**
 * Messages to clients and notifications to staff: planned in the outbox table in the caller's transaction, sent
 * by SMTP at their planned time, once, by whichever node claims them. A mail server that cannot be reached is
 * waited for; a message it refuses for good, or whose last retry fails, is FAILED and, for a client email,
 * announced ({@link ClientEmailFailed}) in the same transaction. Just before a client email goes out, the server's
 * {@link ClientEmailCheck}s may withdraw it (its order was cancelled behind the server's back); one that is late while its
 * client is closed waits for their next send window ({@link ClientSendWindow}).
 *
 * <p>Public surface: {@link ClientEmailCheck}, {@link ClientEmailFailed}, {@link ClientSendWindow}, {@link MailSettings}, {@link Outbox}, {@link OutboxMessage},
 * {@link OutboxSettings}, {@link OutboxStatistics}, {@link PlannedMessage}, {@link StaffEmailFailed}; and, for the start-up report of a
 * production server without a mail server, {@link MailHostRequired}, {@link MailHostMissingException}, {@link MailHostFailureAnalyzer}.
 */
package io.meridian.outbox;
