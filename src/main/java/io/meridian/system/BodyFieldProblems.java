package io.meridian.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Every field a JSON body shows wrong, where Jackson stops at the first: a value of the wrong type or an unknown field is
 * noted and taken out of the body, which is read again until it reads; then the record's own constraints name the
 * other fields (an empty company, an unknown country). A field noted for its type keeps that message, not "is required".
 */
final class BodyFieldProblems {

    /** More than any request record has fields: a body that keeps failing past it is answered by its first problem. */
    private static final int MOST = 64;

    private BodyFieldProblems() {
    }

    /**
     * The fields of {@code body} that are wrong for {@code type}, field path to message in the record's order, or empty
     * when the body cannot be read field by field (its first problem is then the answer).
     *
     * @param describe the words for one field's refusal by Jackson
     */
    static Optional<Map<String, String>> of(ObjectMapper mapper, Validator validator, byte[] body, JavaType type,
                                            BiFunction<String, JsonMappingException, String> describe) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        Map<String, String> refused = new LinkedHashMap<>();
        for (int round = 0; round < MOST; round++) {
            Object value;
            try {
                value = mapper.readerFor(type).readValue(mapper.treeAsTokens(tree));
            } catch (IOException read) {
                // a number out of its field's range comes from the parser, without the field: named as a value of the wrong type
                JsonMappingException e = ProblemAdvice.fieldProblem(read)
                    .orElse(read instanceof JsonMappingException mapping ? mapping : null);
                if (e == null || e.getPath().isEmpty() || !takeOut(tree, e)) {
                    return Optional.empty();
                }
                String field = ProblemAdvice.fieldPath(e);
                refused.putIfAbsent(field, describe.apply(field, e));
                continue;
            }
            if (value == null) {
                return Optional.empty();
            }
            DirectFieldBindingResult result = new DirectFieldBindingResult(value, "request");
            // noted first, so that each keeps its own message over a constraint's on the field taken out
            refused.forEach((field, message) -> result.addError(new FieldError("request", field, null, false, null, null, message)));
            validator.validate(value, result);
            return Optional.of(RequestViolations.of(result));
        }
        return Optional.empty();
    }

    /** Removes the value the refusal is about (an unknown field, or a value of the wrong type) from the tree. */
    private static boolean takeOut(JsonNode tree, JsonMappingException e) {
        JsonNode parent = tree;
        var path = e.getPath();
        for (int i = 0; i < path.size() - 1; i++) {
            JsonMappingException.Reference step = path.get(i);
            parent = step.getFieldName() != null ? parent.get(step.getFieldName()) : parent.get(step.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode object && object.has(last.getFieldName())) {
            object.remove(last.getFieldName());
            return true;
        }
        if (last.getFieldName() == null && parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()
            && !array.get(last.getIndex()).isNull()) {
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }
}
