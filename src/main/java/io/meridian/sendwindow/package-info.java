/**
 * When a late client email may go: the send window of the client it is for ({@link io.meridian.outbox.ClientSendWindow}),
 * so that an email the mail server's outage held past the client's hours waits for their next window.
 */
package io.meridian.sendwindow;
