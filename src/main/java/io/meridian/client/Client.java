package io.meridian.client;

import java.time.Instant;

import io.meridian.etiquette.Tier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/**
 * One row of the client ledger (DOMAIN.md "Records kept"); {@code email} (normalised) identifies the client.
 * As what an inquiry or complaint says about a client, a null field says nothing.
 */
public record Client(
    @Schema(description = "the client's id") String id,
    @Schema(description = "the client's company name") String company,
    @Schema(description = "the contact person's full name") String contactName,
    @Schema(description = "the contact's email address (one client per address)") String email,
    @Schema(description = "the client's country, ISO 3166-1 alpha-2") String country,
    @Schema(description = "the client's IANA time zone when given; null: the country's (the etiquette's timeZone)") @Nullable String timeZone,
    @Schema(description = "the language the client writes in (a language tag such as ja); null: the country's") @Nullable String language,
    @Schema(description = "the client's value tier: A (key account), B or C") Tier tier,
    @Schema(description = "the channel the client prefers, e.g. EMAIL or WHATSAPP") String preferredChannel,
    @Schema(description = "the client's main product category as given; else the product of their first inquiry") String mainCategory,
    @Schema(description = "how often the client buys, as the team noted it; null when not known") @Nullable String purchaseCycle,
    @Schema(description = "when the client record was created") Instant createdAt,
    @Schema(description = "when the client record last changed") Instant updatedAt,
    @Schema(description = "the contact's given name, for the salutation; null when not split from contactName") @Nullable String givenName,
    @Schema(description = "the contact's family name, for the salutation; null when not split from contactName") @Nullable String familyName,
    @Schema(description = "how the contact is addressed (e.g. MR, MS); null when not given") @Nullable String salutation,
    @Schema(description = "the contact's title (e.g. Dr.); null when none") @Nullable String title,
    @Schema(description = "the sales desk that serves the client (e.g. apac): its members get the client's tasks; null "
        + "before one was chosen") @Nullable String desk) {

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
