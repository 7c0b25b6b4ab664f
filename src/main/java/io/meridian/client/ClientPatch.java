package io.meridian.client;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.names.Nearest;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import io.meridian.system.Text;
import io.meridian.system.LanguageTags;
import jakarta.validation.Validator;

/**
 * A validated body of {@code PATCH /api/clients/{id}} (JSON merge patch): each field named gets
 * the value given, {@code null} removes an optional field (time zone, language, purchase cycle);
 * a field not named keeps its value. Values are checked by the constraints of {@link ClientPart}, the same as a new
 * client's in an inquiry or complaint, and the desk by {@link DeskField}.
 *
 * @param values field to its new value in the form the ledger keeps (country upper case, email normalised, ...)
 */
record ClientPatch(Map<ClientField, String> values) {

    private static final String NAMES = Arrays.stream(ClientField.values()).map(ClientField::apiName)
        .collect(Collectors.joining(", "));

    /** The constraint of the one field a patch has beyond a new client's ({@link ClientPart}): the desk. */
    record DeskField(@Text(max = 40) String desk) {
    }

    static ClientPatch from(JsonNode body, Validator validator) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "the body is a JSON object with the fields to change (" + NAMES + ")");
        }
        if (body.isEmpty()) {
            throw new InvalidInputException("body", "name at least one field to change (" + NAMES + ")");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<ClientField, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            ClientField field = ClientField.byApiName(entry.getKey()).orElse(null);
            JsonNode value = entry.getValue();
            if (field == null) {
                errors.putIfAbsent(entry.getKey(), "unknown field '" + entry.getKey() + "'"
                    + Nearest.to(entry.getKey(), Arrays.stream(ClientField.values()).map(ClientField::apiName).toList())
                        .map(name -> ": did you mean '" + name + "'?").orElse("")
                    + " (a client has " + NAMES + ")");
            } else if (!value.isNull() && !value.isTextual()) {
                errors.putIfAbsent(field.apiName(), field.apiName() + " must be text or null");
            } else if (value.isNull() || value.asText().isBlank()) {
                if (field.required()) {
                    errors.putIfAbsent(field.apiName(), field.apiName() + " cannot be removed: every client has one");
                } else {
                    values.put(field, null);
                }
            } else {
                String text = value.asText().trim();
                // each field the patch sets is checked by its own constraint, since a field not named keeps its value
                Inputs.validate(validator, field == ClientField.DESK ? DeskField.class : ClientPart.class, field.apiName(), text,
                    field.apiName(), errors);
                values.put(field, kept(field, text));
            }
        }
        Inputs.throwIfAny(errors);
        return new ClientPatch(values);
    }

    /** A checked value in the form the ledger keeps. */
    private static String kept(ClientField field, String text) {
        return switch (field) {
            case EMAIL, DESK -> text.toLowerCase(Locale.ROOT);
            case COUNTRY, TIER, PREFERRED_CHANNEL, PURCHASE_CYCLE, SALUTATION -> text.toUpperCase(Locale.ROOT);
            case LANGUAGE -> LanguageTags.canonical(text);
            default -> text;
        };
    }
}
