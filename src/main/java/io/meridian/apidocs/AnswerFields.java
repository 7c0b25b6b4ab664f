package io.meridian.apidocs;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.annotation.Nullable;
import org.springframework.stereotype.Component;

/**
 * Describes what a record's fields may hold as the server writes them: a field marked {@link Nullable} may be
 * {@code null} in an answer, which OpenAPI 3.1 says with a type array ({@code ["string", "null"]}, an enum listing
 * {@code null} too) or, for a field that refers to another schema, {@code anyOf} that schema or {@code null}; a generated
 * client then takes the null instead of failing on it.
 *
 * <p>An answer always carries each field the server's {@link ObjectMapper} writes whatever its value (Jackson's
 * {@code JsonInclude.Include.ALWAYS}, its default, which Meridian keeps: a null is written as {@code null}), and its schema
 * says so in {@code required}, so that a generated client types such a field as always there ({@code note: string | null},
 * not {@code note?: string}). A field left out when null or empty ({@code @JsonInclude(NON_NULL)}, a workbook problem's
 * sheet) is not required. Which schemas are answers only the whole description shows: {@link #required(OpenAPI)} marks
 * those an operation answers with and none reads; a schema a request also reads keeps the {@code required} of what the
 * server checks ({@link RequestConstraints}), as a client must be able to send it without the fields the server fills in.
 */
@Component
class AnswerFields extends RecordSchemaConverter {

    static final String NULL = "null";

    /**
     * The fields a record's answers always carry, kept on its schema between the converter and {@link #required(OpenAPI)},
     * which takes it off again: the description served never holds it.
     */
    static final String ALWAYS_WRITTEN = "x-meridian-always-written";

    private static final String COMPONENTS = "#/components/schemas/";

    private final ObjectMapper json;

    AnswerFields(ObjectMapper json) {
        this.json = json;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    void describe(Class<?> record, Schema<?> schema) {
        Set<String> written = alwaysWritten(record);
        schema.addExtension(ALWAYS_WRITTEN, new ArrayList<>(schema.getProperties().keySet().stream().filter(written::contains).toList()));
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

    /**
     * The names of the properties the server's mapper writes in every answer of {@code record}: those whose inclusion,
     * worked out as Jackson's {@code PropertyBuilder} does (the mapper's default, the record's and the property's type's
     * configured inclusion, the record's and the field's {@code @JsonInclude}), is {@code ALWAYS}, or that leave out only
     * a null (or an empty {@code Optional}) and are of a primitive type, which is never null.
     */
    Set<String> alwaysWritten(Class<?> record) {
        SerializationConfig config = json.getSerializationConfig();
        BeanDescription bean = config.introspect(json.constructType(record));
        JsonInclude.Value ofRecord = JsonInclude.Value.merge(config.getDefaultPropertyInclusion(), JsonInclude.Value.merge(
            bean.findPropertyInclusion(JsonInclude.Value.empty()), config.getDefaultPropertyInclusion(record, JsonInclude.Value.empty())));
        Set<String> written = new LinkedHashSet<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (!property.couldSerialize()) {
                continue;
            }
            Class<?> type = property.getRawPrimaryType();
            JsonInclude.Include inclusion = config.getDefaultInclusion(record, type, ofRecord).withOverrides(property.findInclusion())
                .getValueInclusion();
            boolean always = inclusion == JsonInclude.Include.USE_DEFAULTS || inclusion == JsonInclude.Include.ALWAYS
                || type.isPrimitive() && (inclusion == JsonInclude.Include.NON_NULL || inclusion == JsonInclude.Include.NON_ABSENT);
            if (always) {
                written.add(property.getName());
            }
        }
        return written;
    }

    /**
     * Marks {@code required}, in each schema of {@code api}'s components that an operation answers with (a response's body,
     * a field of it, ...) and that no request reads (a body's, a parameter's), every field its answers always carry; takes
     * the converter's note of those fields off every schema.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void required(OpenAPI api) {
        Map<String, Schema> components = api.getComponents() == null || api.getComponents().getSchemas() == null
            ? Map.of() : api.getComponents().getSchemas();
        Set<String> requests = new HashSet<>();
        Set<String> answers = new HashSet<>();
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                requestSchemas(operation).forEach(schema -> reach(schema, components, requests));
                answerSchemas(operation).forEach(schema -> reach(schema, components, answers));
            }));
        }
        components.forEach((name, schema) -> {
            Object written = schema.getExtensions() == null ? null : schema.getExtensions().remove(ALWAYS_WRITTEN);
            if (schema.getExtensions() != null && schema.getExtensions().isEmpty()) {
                schema.setExtensions(null);
            }
            if (written instanceof List<?> fields && answers.contains(name) && !requests.contains(name)) {
                schema.setRequired(fields.isEmpty() ? null : new ArrayList<>((List<String>) fields));
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private static Stream<Schema> requestSchemas(Operation operation) {
        Stream<Schema> body = operation.getRequestBody() == null ? Stream.empty() : schemas(operation.getRequestBody().getContent());
        Stream<Schema> parameters = operation.getParameters() == null ? Stream.empty() : operation.getParameters().stream()
            .flatMap((Parameter p) -> Stream.concat(Stream.ofNullable(p.getSchema()), schemas(p.getContent())));
        return Stream.concat(body, parameters);
    }

    @SuppressWarnings("rawtypes")
    private static Stream<Schema> answerSchemas(Operation operation) {
        return operation.getResponses() == null ? Stream.empty() : operation.getResponses().values().stream()
            .flatMap(response -> Stream.concat(schemas(response.getContent()), response.getHeaders() == null ? Stream.empty()
                : response.getHeaders().values().stream().map(Header::getSchema).filter(s -> s != null)));
    }

    @SuppressWarnings("rawtypes")
    private static Stream<Schema> schemas(Content content) {
        return content == null ? Stream.empty() : content.values().stream().map(m -> (Schema) m.getSchema()).filter(s -> s != null);
    }

    /** Adds to {@code names} the component schemas {@code schema} refers to, in itself or in any part of it, and theirs. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void reach(Schema schema, Map<String, Schema> components, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null && schema.get$ref().startsWith(COMPONENTS)) {
            String name = schema.get$ref().substring(COMPONENTS.length());
            if (names.add(name)) {
                reach(components.get(name), components, names);
            }
        }
        List<Schema> parts = new ArrayList<>();
        if (schema.getProperties() != null) {
            parts.addAll(schema.getProperties().values());
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems()).filter(l -> l != null)
            .forEach(parts::addAll);
        parts.add(schema.getItems());
        parts.add(schema.getNot());
        if (schema.getAdditionalProperties() instanceof Schema more) {
            parts.add(more);
        }
        parts.forEach(part -> reach(part, components, names));
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
