package io.meridian.client;

import java.time.Instant;

import io.meridian.etiquette.Tier;

/**
 * One row of the client ledger (DOMAIN.md "Records kept"); {@code email} (normalised) identifies the client.
 * As what an inquiry or complaint says about a client, a null field says nothing.
 */
public record Client(String id, String company, String contactName, String email, String country, String timeZone,
                     String language, Tier tier, String preferredChannel, String mainCategory, String purchaseCycle,
                     Instant createdAt, Instant updatedAt, String givenName, String familyName, String salutation,
                     String title) {

    /** A client without the addressing fields (given and family name, salutation, title): each unknown. */
    public Client(String id, String company, String contactName, String email, String country, String timeZone,
                  String language, Tier tier, String preferredChannel, String mainCategory, String purchaseCycle,
                  Instant createdAt, Instant updatedAt) {
        this(id, company, contactName, email, country, timeZone, language, tier, preferredChannel, mainCategory,
            purchaseCycle, createdAt, updatedAt, null, null, null, null);
    }

    /** The record's fields as process variables (named as in the API); a journey or complaint works with these. */
    public java.util.Map<String, Object> variables() {
        java.util.Map<String, Object> v = new java.util.HashMap<>();
        for (ClientField field : ClientField.values()) {
            v.put(field.apiName(), field.of(this));
        }
        return v;
    }
}
