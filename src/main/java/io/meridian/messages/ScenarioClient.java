package io.meridian.messages;

import io.meridian.etiquette.Tier;

/**
 * A client every template must render for before it goes live (messages/scenario-clients.json,
 * kept by the analysts like the workbooks' Scenarios sheets). Null fields are unknown on the record.
 */
record ScenarioClient(String name, String country, String tier, String company, String contactName, String givenName,
                      String familyName, String salutation, String title, String language) {

    Tier tierValue() {
        return tier == null ? Tier.B : Tier.valueOf(tier);
    }
}
