package io.meridian.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A client mistake in named fields; answered with 400 problem+json naming every field. */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final Map<String, String> fields;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
        this.fields = Map.of(field, message);
    }

    /** Several offending fields at once, field to message, in the order given. */
    public InvalidInputException(Map<String, String> fields) {
        super(String.join("; ", fields.values()));
        this.field = fields.keySet().iterator().next();
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String field() {
        return field;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
