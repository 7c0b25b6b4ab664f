/**
 * Content agreed with a client on an instant channel, kept and mirrored by an email marked "Confirmed items"
 * (seed 001).
 *
 * <p>Public surface: none.
 */
package io.meridian.confirmation;
