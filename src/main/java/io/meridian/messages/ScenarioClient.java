package io.meridian.messages;

import io.meridian.etiquette.Tier;

/**
 * A client every template must render for before it goes live (messages/scenario-clients.json,
 * kept by the analysts like the workbooks' Scenarios sheets). Null fields are unknown on the record; {@code why} names the
 * sources of what the client stands for (a form of address, a company's legal form), as a workbook's "Why (sources)" cell.
 */
record ScenarioClient(String name, String country, String tier, String company, String contactName, String givenName,
                      String familyName, String salutation, String title, String language, String why) {

    Tier tierValue() {
        return tier == null ? Tier.B : Tier.valueOf(tier);
    }
}
