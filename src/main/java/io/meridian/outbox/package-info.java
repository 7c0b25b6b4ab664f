/** Messages to clients planned for sending (the outbox); delivery by SMTP comes with the complaints issue. */
package io.meridian.outbox;
