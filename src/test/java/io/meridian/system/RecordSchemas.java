package io.meridian.system;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;

/**
 * Compares a schema of the OpenAPI description with the record the server reads or writes (the same field names, and
 * the same for each field that is a record, a list of records or a page of them), or with an answer the server gave.
 * A helper, not a test: it returns the differences for the API description tests to assert on, and
 * {@code RecordSchemasTest} checks that it finds each kind of difference.
 */
final class RecordSchemas {

    private static final String COMPONENTS = "#/components/schemas/";

    private RecordSchemas() {
    }

    /**
     * The schema {@code schema} refers to, followed through {@code $ref}s and through a field's "that schema or null"
     * ({@code anyOf} one schema and {@code {"type": "null"}}).
     */
    static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref") || orNull(resolved) != null) {
            resolved = resolved.has("$ref")
                ? api.path("components").path("schemas").path(resolved.get("$ref").asText().substring(COMPONENTS.length()))
                : orNull(resolved);
        }
        return resolved;
    }

    /** The schema of a field that is that schema or null ({@code anyOf} it and {@code {"type": "null"}}); null otherwise. */
    private static JsonNode orNull(JsonNode schema) {
        JsonNode anyOf = schema.path("anyOf");
        if (anyOf.size() != 2) {
            return null;
        }
        for (int i = 0; i < 2; i++) {
            if (types(anyOf.get(i)).equals(Set.of("null"))) {
                return anyOf.get(1 - i);
            }
        }
        return null;
    }

    /** The JSON types a schema names: its {@code type}, a text or (OpenAPI 3.1) a list of them. */
    static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    /** Whether a field's schema lets it be {@code null}: a type list with "null", or anyOf a schema and null. */
    static boolean nullable(JsonNode api, JsonNode schema) {
        JsonNode at = schema;
        while (at.has("$ref")) {
            at = api.path("components").path("schemas").path(at.get("$ref").asText().substring(COMPONENTS.length()));
        }
        return types(at).contains("null") || orNull(at) != null;
    }

    /** The schema of the field at {@code path} (dotted, e.g. {@code client.tier}) under {@code schema}, missing when none. */
    static JsonNode property(JsonNode api, JsonNode schema, String path) {
        JsonNode at = resolve(api, schema);
        for (String name : path.split("\\.")) {
            at = resolve(api, at.path("properties").path(name));
        }
        return at;
    }

    /** Whether the field at {@code path} is in its object's {@code required}. */
    static boolean required(JsonNode api, JsonNode schema, String path) {
        int dot = path.lastIndexOf('.');
        JsonNode owner = dot < 0 ? resolve(api, schema) : property(api, schema, path.substring(0, dot));
        for (JsonNode name : owner.path("required")) {
            if (name.asText().equals(path.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds to {@code mismatches} every record under {@code type} whose fields are not those of its schema; answers how many
     * records it compared.
     */
    static int compare(JsonNode api, JsonNode schema, ResolvableType type, String where, List<String> mismatches) {
        return compare(api, schema, type, where, mismatches, new HashSet<>());
    }

    private static int compare(JsonNode api, JsonNode schema, ResolvableType type, String where, List<String> mismatches,
                               Set<Class<?>> open) {
        Class<?> raw = type.resolve();
        if (raw == null) {
            return 0;
        }
        if (HttpEntity.class.isAssignableFrom(raw) || raw == Optional.class) {
            return compare(api, schema, type.getGeneric(0), where, mismatches, open);
        }
        JsonNode described = resolve(api, schema);
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return described.has("items")
                ? compare(api, described.get("items"), raw.isArray() ? type.getComponentType() : type.getGeneric(0), where + "[]",
                    mismatches, open)
                : 0;
        }
        if (!raw.isRecord() || !raw.getPackageName().startsWith("io.meridian") || !open.add(raw)) {
            return 0;
        }
        try {
            List<RecordComponent> written = written(raw);
            Set<String> fields = new LinkedHashSet<>();
            written.forEach(c -> fields.add(c.getName()));
            Set<String> documented = new TreeSet<>();
            described.path("properties").fieldNames().forEachRemaining(documented::add);
            if (!documented.equals(new TreeSet<>(fields))) {
                mismatches.add(where + ": described as " + schema.path("$ref").asText("an inline schema") + " with " + documented
                    + ", the server's " + raw.getName() + " has " + new TreeSet<>(fields));
                return 1;
            }
            int compared = 1;
            for (RecordComponent component : written) {
                Field field = raw.getDeclaredField(component.getName());
                compared += compare(api, described.path("properties").path(component.getName()), ResolvableType.forField(field, type),
                    where + "." + component.getName(), mismatches, open);
            }
            return compared;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        } finally {
            open.remove(raw);
        }
    }

    /**
     * Adds to {@code mismatches} what in {@code value} (an answer) its schema does not describe: a field it does not name,
     * a value outside its {@code enum}, a time or day not in its {@code format}, a value of another JSON type, a null where
     * its schema does not let the field be null.
     */
    static void answer(JsonNode api, JsonNode schema, JsonNode value, String where, List<String> mismatches) {
        if (value != null && value.isNull() && !nullable(api, schema)) {
            mismatches.add(where + ": null, described as never null");
        }
        JsonNode described = resolve(api, schema);
        if (value == null || value.isNull() || described.has("oneOf") || described.has("anyOf")) {
            return;
        }
        Set<String> types = types(described);
        types.remove("null");
        String type = types.size() == 1 ? types.iterator().next() : String.join("|", types);
        if (value.isObject()) {
            if (!described.has("properties")) {
                if (!described.has("additionalProperties")) {
                    mismatches.add(where + ": an object, described as " + (type.isEmpty() ? "nothing" : type));
                }
                return;
            }
            described.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    mismatches.add(where + "." + name.asText() + ": required, left out");
                }
            });
            value.properties().forEach(field -> {
                JsonNode property = described.path("properties").path(field.getKey());
                if (property.isMissingNode()) {
                    mismatches.add(where + "." + field.getKey() + ": not described");
                } else {
                    answer(api, property, field.getValue(), where + "." + field.getKey(), mismatches);
                }
            });
        } else if (value.isArray()) {
            if (!type.equals("array")) {
                mismatches.add(where + ": a list, described as " + type);
                return;
            }
            for (JsonNode item : value) {
                answer(api, described.path("items"), item, where + "[]", mismatches);
            }
        } else if (value.isTextual()) {
            if (!type.equals("string")) {
                mismatches.add(where + ": text '" + value.asText() + "', described as " + type);
            }
            List<String> values = new ArrayList<>();
            described.path("enum").forEach(v -> values.add(v.asText()));
            if (!values.isEmpty() && !values.contains(value.asText())) {
                mismatches.add(where + ": '" + value.asText() + "' is not one of " + values);
            }
            String format = described.path("format").asText();
            try {
                if (format.equals("date-time")) {
                    OffsetDateTime.parse(value.asText());
                } else if (format.equals("date")) {
                    LocalDate.parse(value.asText());
                }
            } catch (DateTimeException e) {
                mismatches.add(where + ": '" + value.asText() + "' is not a " + format);
            }
        } else if (value.isNumber() && !type.equals("number") && !(type.equals("integer") && value.isIntegralNumber())) {
            mismatches.add(where + ": the number " + value + ", described as " + type);
        } else if (value.isBoolean() && !type.equals("boolean")) {
            mismatches.add(where + ": " + value + ", described as " + type);
        }
    }

    /**
     * Adds to {@code carried}, under the name of each component schema that describes an object in {@code value} (an
     * answer, or an object in it), the fields that object carries, keeping only those every such object carried so far: a
     * field written as {@code null} is carried too.
     */
    static void carried(JsonNode api, JsonNode schema, JsonNode value, Map<String, Set<String>> carried) {
        if (value == null || value.isNull()) {
            return;
        }
        String name = null;
        JsonNode at = schema;
        while (at.has("$ref") || orNull(at) != null) {
            if (at.has("$ref")) {
                name = at.get("$ref").asText().substring(COMPONENTS.length());
                at = api.path("components").path("schemas").path(name);
            } else {
                at = orNull(at);
            }
        }
        JsonNode described = at;
        if (value.isObject() && described.has("properties")) {
            if (name != null) {
                Set<String> fields = new TreeSet<>();
                value.fieldNames().forEachRemaining(fields::add);
                carried.merge(name, fields, (before, now) -> {
                    before.retainAll(now);
                    return before;
                });
            }
            value.properties().forEach(field -> carried(api, described.path("properties").path(field.getKey()), field.getValue(), carried));
        } else if (value.isArray()) {
            value.forEach(item -> carried(api, described.path("items"), item, carried));
        }
    }

    /** Each field that {@code carried} says every answer carried and that its schema does not mark {@code required}. */
    static List<String> unrequired(JsonNode api, Map<String, Set<String>> carried) {
        List<String> unrequired = new ArrayList<>();
        carried.forEach((name, fields) -> {
            Set<String> required = new HashSet<>();
            api.path("components").path("schemas").path(name).path("required").forEach(field -> required.add(field.asText()));
            fields.stream().filter(field -> !required.contains(field))
                .forEach(field -> unrequired.add(name + "." + field + ": every answer carries it, not in required"));
        });
        return unrequired;
    }

    /** The components Jackson writes: those it is not told to leave out. */
    private static List<RecordComponent> written(Class<?> record) {
        JsonIgnoreProperties ignored = record.getAnnotation(JsonIgnoreProperties.class);
        Set<String> left = ignored == null ? Set.of() : Set.of(ignored.value());
        List<RecordComponent> written = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            boolean ignore = component.isAnnotationPresent(JsonIgnore.class)
                || Arrays.stream(record.getDeclaredFields()).anyMatch(f -> f.getName().equals(component.getName()) && f.isAnnotationPresent(JsonIgnore.class))
                || component.getAccessor().isAnnotationPresent(JsonIgnore.class);
            if (!ignore && !left.contains(component.getName())) {
                written.add(component);
            }
        }
        return written;
    }
}
