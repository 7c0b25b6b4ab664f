/** Content agreed with a client on an instant channel, kept and mirrored by an email marked "Confirmed items" (seed 001). */
package io.meridian.confirmation;
