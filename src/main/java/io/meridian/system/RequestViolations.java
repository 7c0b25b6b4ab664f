package io.meridian.system;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintValidatorContext;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Bean Validation's violations of a request record as the field-to-message map every other refusal
 * uses ({@link InvalidInputException}): the field as its JSON path ({@code client.country}), one
 * message per field, in the order the record declares its fields. A constraint's message names
 * the field with {@link #FIELD} and the value sent with {@link #VALUE}.
 */
final class RequestViolations {

    /** Stands for the field's path in a constraint message. */
    static final String FIELD = "[field]";
    /** Stands for the value sent in a constraint message. */
    static final String VALUE = "[value]";

    private RequestViolations() {
    }

    /** Reports {@code problem} (null: none) as the one violation of the constraint. */
    static boolean report(ConstraintValidatorContext context, String problem) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
        return false;
    }

    static Map<String, String> of(BindingResult result) {
        return of(result, result.getTarget());
    }

    private static Map<String, String> of(Errors result, Object target) {
        Class<?> root = target == null ? null : target.getClass();
        List<FieldError> errors = new ArrayList<>(result.getFieldErrors());
        errors.sort(Comparator.comparing((FieldError e) -> position(root, e.getField()), RequestViolations::compare));
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : errors) {
            fields.putIfAbsent(error.getField(), message(error, error.getField(), error.getRejectedValue()));
        }
        for (var error : result.getGlobalErrors()) {
            fields.putIfAbsent(error.getObjectName(), String.valueOf(error.getDefaultMessage()));
        }
        return fields;
    }

    static Map<String, String> of(HandlerMethodValidationException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (var result : e.getParameterValidationResults()) {
            String parameter = result.getMethodParameter().getParameterName();
            if (result instanceof org.springframework.validation.method.ParameterErrors errors) {
                of(errors, errors.getArgument()).forEach(fields::putIfAbsent);
                continue;
            }
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                fields.putIfAbsent(parameter, message(error, parameter, result.getArgument()));
            }
        }
        return fields;
    }

    private static String message(MessageSourceResolvable error, String field, Object value) {
        String message = error.getDefaultMessage() == null ? FIELD + " is not valid" : error.getDefaultMessage();
        return message.replace(FIELD, field).replace(VALUE, String.valueOf(value));
    }

    /** Indexes of each path segment among its record's components, for the declared order. */
    private static List<Integer> position(Class<?> root, String path) {
        List<Integer> position = new ArrayList<>();
        Class<?> type = root;
        for (String segment : path.split("\\.")) {
            String name = segment.replaceAll("\\[.*]", "");
            RecordComponent[] components = type != null && type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
            int index = Integer.MAX_VALUE;
            Class<?> next = null;
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(name)) {
                    index = i;
                    next = components[i].getType();
                }
            }
            position.add(index);
            type = next;
        }
        return position;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
