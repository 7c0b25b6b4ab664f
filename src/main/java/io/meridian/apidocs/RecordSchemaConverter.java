package io.meridian.apidocs;

import java.util.Iterator;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * A link of swagger's converter chain that adds to the schema of each of Meridian's records once the chain has built
 * it: the schema itself, or the one its {@code $ref} names, handed to {@link #describe} with the record's class.
 */
abstract class RecordSchemaConverter implements ModelConverter {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        JavaType java = Json.mapper().constructType(type.getType());
        Class<?> raw = java == null ? null : java.getRawClass();
        if (schema == null || raw == null || !raw.isRecord() || !raw.getPackageName().startsWith("io.meridian")) {
            return schema;
        }
        Schema described = schema.getProperties() == null && schema.get$ref() != null
            ? context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)) : schema;
        if (described != null && described.getProperties() != null) {
            describe(raw, described);
        }
        return schema;
    }

    /** Adds to {@code schema}, which has properties, what the converter knows of {@code record}'s fields. */
    abstract void describe(Class<?> record, Schema<?> schema);
}
