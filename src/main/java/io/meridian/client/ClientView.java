package io.meridian.client;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/**
 * A client record as {@code GET} and {@code PATCH /api/clients/{id}} answer it: the fields, then every change, oldest first.
 * {@code desk} is the desk whose group and calendar the client's tasks get (null for one team without desks).
 */
record ClientView(
    @Schema(description = "the client's id") String id,
    @Schema(description = "the client's company name") String company,
    @Schema(description = "the contact person's full name") String contactName,
    @Schema(description = "the contact's email address (one client per address)") String email,
    @Schema(description = "the client's country, ISO 3166-1 alpha-2") String country,
    @Schema(description = "the client's IANA time zone when given; null: the country's") @Nullable String timeZone,
    @Schema(description = "the language the client writes in (a language tag such as ja); null: the country's") @Nullable String language,
    @Schema(description = "the client's value tier: A (key account), B or C") String tier,
    @Schema(description = "the channel the client prefers, e.g. EMAIL or WHATSAPP") String preferredChannel,
    @Schema(description = "the client's main product category as given; else the product of their first inquiry") String mainCategory,
    @Schema(description = "how often the client buys, as the team noted it; null when not known") @Nullable String purchaseCycle,
    @Schema(description = "the contact's given name, for the salutation; null when not given") @Nullable String givenName,
    @Schema(description = "the contact's family name, for the salutation; null when not given") @Nullable String familyName,
    @Schema(description = "how the contact is addressed (e.g. MR, MS); null when not given") @Nullable String salutation,
    @Schema(description = "the contact's title (e.g. Dr.); null when none") @Nullable String title,
    @Schema(description = "the sales desk that serves the client (e.g. apac); null before one was chosen") @Nullable String desk,
    @Schema(description = "when the client record was created") Instant createdAt,
    @Schema(description = "when the client record last changed") Instant updatedAt,
    @Schema(description = "every change made to the record, oldest first: who changed which field, from what to what") List<ClientChange> history,
    @Schema(description = "the answer to a PATCH that changed timeZone: what of the client's running work now follows the new "
        + "zone (running journeys and complaints, open tasks due anew, planned emails re-planned); null otherwise")
    @Nullable List<String> runningWorkUpdated) {

    static ClientView of(Client c, List<ClientChange> history) {
        return of(c, history, null);
    }

    static ClientView of(Client c, List<ClientChange> history, List<String> runningWorkUpdated) {
        return new ClientView(c.id(), c.company(), c.contactName(), c.email(), c.country(), c.timeZone(), c.language(),
            c.tier().name(), c.preferredChannel(), c.mainCategory(), c.purchaseCycle(), c.givenName(), c.familyName(),
            c.salutation(), c.title(), c.desk(), c.createdAt(), c.updatedAt(), history, runningWorkUpdated);
    }
}
