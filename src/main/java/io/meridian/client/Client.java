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
                     String title, String desk) {

    /** A client without a desk (one team, or not routed yet). */
    public Client(String id, String company, String contactName, String email, String country, String timeZone,
                  String language, Tier tier, String preferredChannel, String mainCategory, String purchaseCycle,
                  Instant createdAt, Instant updatedAt, String givenName, String familyName, String salutation,
                  String title) {
        this(id, company, contactName, email, country, timeZone, language, tier, preferredChannel, mainCategory,
            purchaseCycle, createdAt, updatedAt, givenName, familyName, salutation, title, null);
    }

    /** A client without the addressing fields (given and family name, salutation, title): each unknown. */
    public Client(String id, String company, String contactName, String email, String country, String timeZone,
                  String language, Tier tier, String preferredChannel, String mainCategory, String purchaseCycle,
                  Instant createdAt, Instant updatedAt) {
        this(id, company, contactName, email, country, timeZone, language, tier, preferredChannel, mainCategory,
            purchaseCycle, createdAt, updatedAt, null, null, null, null);
    }

    /**
     * The record's fields as process variables (named as in the API); a journey or complaint works with these.
     * Not the desk: a task asks the record for it when it is created, so a client moved to another desk takes
     * its running work along.
     */
    public java.util.Map<String, Object> variables() {
        java.util.Map<String, Object> v = new java.util.HashMap<>();
        for (ClientField field : ClientField.values()) {
            if (field.inProcess()) {
                v.put(field.apiName(), field.of(this));
            }
        }
        return v;
    }

    /** The same client on {@code desk}. */
    public Client withDesk(String desk) {
        return new Client(id, company, contactName, email, country, timeZone, language, tier, preferredChannel, mainCategory,
            purchaseCycle, createdAt, updatedAt, givenName, familyName, salutation, title, desk);
    }
}
