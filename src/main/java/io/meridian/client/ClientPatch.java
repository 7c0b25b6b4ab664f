package io.meridian.client;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.etiquette.Tier;
import io.meridian.process.VariableReader;
import io.meridian.system.InvalidInputException;

/**
 * A validated body of {@code PATCH /api/clients/{id}} (JSON merge patch): each field named gets
 * the value given, {@code null} removes an optional field (time zone, language, purchase cycle);
 * a field not named keeps its value. Values are checked the way an inquiry's are.
 *
 * @param values field to its new value in the form the ledger keeps (country upper case, email normalised, ...)
 */
record ClientPatch(Map<ClientField, String> values) {

    private static final String NAMES = Arrays.stream(ClientField.values()).map(ClientField::apiName)
        .collect(Collectors.joining(", "));

    static ClientPatch from(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "the body is a JSON object with the fields to change (" + NAMES + ")");
        }
        if (body.isEmpty()) {
            throw new InvalidInputException("body", "name at least one field to change (" + NAMES + ")");
        }
        Map<String, Object> texts = new HashMap<>();
        VariableReader r = new VariableReader(texts, java.util.function.UnaryOperator.identity());
        Map<ClientField, String> given = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            ClientField field = ClientField.byApiName(entry.getKey()).orElse(null);
            JsonNode value = entry.getValue();
            if (field == null) {
                r.error(entry.getKey(), "unknown field '" + entry.getKey() + "' (a client has " + NAMES + ")");
            } else if (!value.isNull() && !value.isTextual()) {
                r.error(field.apiName(), field.apiName() + " must be text or null");
            } else if (value.isNull() || value.asText().isBlank()) {
                if (field.required()) {
                    r.error(field.apiName(), field.apiName() + " cannot be removed: every client has one");
                } else {
                    given.put(field, null);
                }
            } else {
                given.put(field, value.asText());
                texts.put(field.apiName(), value.asText());
            }
        }
        Map<ClientField, String> values = new LinkedHashMap<>();
        given.forEach((field, text) -> values.put(field, text == null ? null : read(r, field)));
        r.throwIfAny();
        return new ClientPatch(values);
    }

    private static String read(VariableReader r, ClientField field) {
        return switch (field) {
            case COMPANY, CONTACT_NAME, MAIN_CATEGORY -> r.text(field.apiName(), true, 200);
            case EMAIL -> r.email();
            case COUNTRY -> r.country();
            case TIME_ZONE -> {
                java.time.ZoneId zone = r.zone();
                yield zone == null ? null : zone.getId();
            }
            case LANGUAGE -> r.language();
            case TIER -> name(r.enumValue(field.apiName(), Tier.class, null));
            case PREFERRED_CHANNEL -> name(r.enumValue(field.apiName(), Channel.class, null));
            case PURCHASE_CYCLE -> name(r.enumValue(field.apiName(), PurchaseCycle.class, null));
            case GIVEN_NAME, FAMILY_NAME -> r.text(field.apiName(), false, 200);
            case TITLE -> r.text(field.apiName(), false, 100);
            case SALUTATION -> name(r.enumValue(field.apiName(), Salutation.class, null));
        };
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
