package io.meridian.apidocs;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.annotation.Nullable;
import org.springframework.stereotype.Component;

/**
 * Describes what a record's fields may hold as the server writes them: a field marked {@link Nullable} may be
 * {@code null} in an answer, which OpenAPI 3.1 says with a type array ({@code ["string", "null"]}, an enum listing
 * {@code null} too) or, for a field that refers to another schema, {@code anyOf} that schema or {@code null}; a generated
 * client then takes the null instead of failing on it.
 */
@Component
class AnswerFields extends RecordSchemaConverter {

    static final String NULL = "null";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    void describe(Class<?> record, Schema<?> schema) {
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (component.isAnnotationPresent(Nullable.class)) {
                properties.put(component.getName(), nullable(property));
            }
        }
        schema.setProperties(properties);
    }

    /** {@code property} that may be null as well. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema nullable(Schema property) {
        if (property.get$ref() != null || property.getAnyOf() != null || property.getOneOf() != null || property.getAllOf() != null) {
            if (property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(s -> types((Schema) s).contains(NULL))) {
                return property;
            }
            Schema either = new JsonSchema().description(property.getDescription());
            Schema referred = new JsonSchema().$ref(property.get$ref());
            either.setAnyOf(new ArrayList<>(List.of(property.get$ref() != null ? referred : withoutDescription(property),
                new JsonSchema().typesItem(NULL))));
            return either;
        }
        Set<String> types = new LinkedHashSet<>(types(property));
        types.add(NULL);
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    @SuppressWarnings("rawtypes")
    private static Schema withoutDescription(Schema property) {
        property.setDescription(null);
        return property;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Set<String> types(Schema property) {
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        }
        if (property.getType() != null) {
            types.add(property.getType());
        }
        return types;
    }
}
