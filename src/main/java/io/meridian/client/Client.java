package io.meridian.client;

import java.time.Instant;

import io.meridian.etiquette.Tier;

/** One row of the client ledger (DOMAIN.md "Records kept"); {@code email} identifies the client. */
public record Client(String id, String company, String contactName, String email, String country, String timeZone,
                     String language, Tier tier, String preferredChannel, String mainCategory, String purchaseCycle,
                     Instant createdAt, Instant updatedAt) {
}
