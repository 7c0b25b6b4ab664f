/**
 * Emails to the staff that must reach someone: an escalation's reminder or notice, a crisis alert. When nobody
 * it was meant for has an email address (a group without members, users without addresses in Camunda Admin),
 * the administrators get it instead, told whom it was for and what to correct, so that a late task or a crisis
 * is never escalated to nobody in silence.
 *
 * <p>Public surface: {@link StaffMail}.
 */
package io.meridian.staffmail;
