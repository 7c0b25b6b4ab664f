package io.meridian.desk;

/**
 * A client record was moved to another desk on purpose ({@code PATCH /api/clients/{id}}), in the
 * transaction that changed it: its open tasks move with it.
 *
 * @param from the desk it had, null when none
 */
public record ClientMovedDesk(String clientId, String from, String to) {
}
