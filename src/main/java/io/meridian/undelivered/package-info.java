/**
 * A client email the mail server refused for good, or that failed its last attempt, must not go
 * unnoticed: the client has not got the quote, the order confirmation or the minutes the team
 * believes sent. Each such email opens the task "Reach the client: email not delivered" for the
 * team whose email it was (sales, order desk, logistics, support) and the client's desk, with the
 * mail server's answer and the client's etiquette; the team member sends it again, to the same or
 * a corrected address (which corrects the client record and every email still to go), or records
 * how the client got it otherwise; the task ends by itself when the order the email was about is cancelled, or the complaint is resolved. A staff email that was not delivered (an escalation, a crisis alert) opens
 * "Fix a staff address: email not delivered" for the administrators, who correct the address in Camunda
 * Admin and send it again, or leave it.
 *
 * <p>Public surface: none (it listens for the outbox's {@code ClientEmailFailed} and {@code StaffEmailFailed} and the order's
 * {@code OrderCancelled} and the complaint's {@code ComplaintResolved}; the processes
 * call their listeners by name).
 */
package io.meridian.undelivered;
