package io.meridian.client;

import java.time.Instant;
import java.util.List;

/**
 * A client record as {@code GET} and {@code PATCH /api/clients/{id}} answer it: the fields, then every change, oldest first.
 * {@code desk} is the desk whose group and calendar the client's tasks get (null for one team without desks).
 */
record ClientView(String id, String company, String contactName, String email, String country, String timeZone,
                  String language, String tier, String preferredChannel, String mainCategory, String purchaseCycle,
                  String givenName, String familyName, String salutation, String title, String desk,
                  Instant createdAt, Instant updatedAt, List<ClientChange> history) {

    static ClientView of(Client c, List<ClientChange> history) {
        return new ClientView(c.id(), c.company(), c.contactName(), c.email(), c.country(), c.timeZone(), c.language(),
            c.tier().name(), c.preferredChannel(), c.mainCategory(), c.purchaseCycle(), c.givenName(), c.familyName(),
            c.salutation(), c.title(), c.desk(), c.createdAt(), c.updatedAt(), history);
    }
}
