package io.meridian.client;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import io.meridian.etiquette.Tier;

/**
 * The fields of a client record that can change: their API name, their column, and whether the
 * record must always hold one (a required field can be changed but not removed).
 */
public enum ClientField {
    COMPANY("company", "company", true, Client::company),
    CONTACT_NAME("contactName", "contact_name", true, Client::contactName),
    EMAIL("email", "email", true, Client::email),
    COUNTRY("country", "country", true, Client::country),
    TIME_ZONE("timeZone", "time_zone", false, Client::timeZone),
    LANGUAGE("language", "language", false, Client::language),
    TIER("tier", "tier", true, c -> c.tier() == null ? null : c.tier().name()),
    PREFERRED_CHANNEL("preferredChannel", "preferred_channel", true, Client::preferredChannel),
    MAIN_CATEGORY("mainCategory", "main_category", true, Client::mainCategory),
    PURCHASE_CYCLE("purchaseCycle", "purchase_cycle", false, Client::purchaseCycle),
    GIVEN_NAME("givenName", "given_name", false, Client::givenName),
    FAMILY_NAME("familyName", "family_name", false, Client::familyName),
    SALUTATION("salutation", "salutation", false, Client::salutation),
    TITLE("title", "title", false, Client::title),
    /** The desk (configured, io.meridian.desk) whose group and calendar the client's tasks get; routed when the client is recorded. */
    DESK("desk", "desk", false, Client::desk);

    private final String apiName;
    private final String column;
    private final boolean required;
    private final Function<Client, String> value;

    ClientField(String apiName, String column, boolean required, Function<Client, String> value) {
        this.apiName = apiName;
        this.column = column;
        this.required = required;
        this.value = value;
    }

    public String apiName() {
        return apiName;
    }

    String column() {
        return column;
    }

    public boolean required() {
        return required;
    }

    /** The field's value in {@code client} as text (a tier as its name), null when blank. */
    public String of(Client client) {
        String v = value.apply(client);
        return v == null || v.isBlank() ? null : v;
    }

    /** Whether a process keeps the field as a variable: every field but the desk, which a task reads from the record. */
    public boolean inProcess() {
        return this != DESK;
    }

    public static Optional<ClientField> byApiName(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
    }

    /** {@code client} with this field set to {@code text} (already validated). */
    Client with(Client c, String text) {
        return new Client(c.id(),
            this == COMPANY ? text : c.company(),
            this == CONTACT_NAME ? text : c.contactName(),
            this == EMAIL ? text : c.email(),
            this == COUNTRY ? text : c.country(),
            this == TIME_ZONE ? text : c.timeZone(),
            this == LANGUAGE ? text : c.language(),
            this == TIER ? (text == null ? null : Tier.valueOf(text)) : c.tier(),
            this == PREFERRED_CHANNEL ? text : c.preferredChannel(),
            this == MAIN_CATEGORY ? text : c.mainCategory(),
            this == PURCHASE_CYCLE ? text : c.purchaseCycle(),
            c.createdAt(), c.updatedAt(),
            this == GIVEN_NAME ? text : c.givenName(),
            this == FAMILY_NAME ? text : c.familyName(),
            this == SALUTATION ? text : c.salutation(),
            this == TITLE ? text : c.title(),
            this == DESK ? text : c.desk());
    }
}
