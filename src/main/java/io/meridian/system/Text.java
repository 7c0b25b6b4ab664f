package io.meridian.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text field of a request: {@code required} refuses a missing or blank value, {@code max} a
 * longer one, both counted on the trimmed text as it is kept, and every field refuses a control character other than a
 * tab or a line break (a NUL, an escape, U+0080 to U+009F) and half a surrogate pair: PostgreSQL cannot store a NUL in
 * text, and none of them is a character a person typed. Messages name the field ({@link RequestViolations}).
 */
@Documented
@Constraint(validatedBy = Text.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

    boolean required() default false;

    int max();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Text, String> {

        private boolean required;
        private int max;

        @Override
        public void initialize(Text annotation) {
            required = annotation.required();
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String text = value == null ? "" : value.trim();
            String problem = text.isEmpty() ? (required ? RequestViolations.FIELD + " is required" : null)
                : text.length() > max ? RequestViolations.FIELD + " is longer than " + max + " characters" : unreadable(text);
            return RequestViolations.report(context, problem);
        }

        /** The refusal of a text a request's field checked by hand holds that no person typed, naming {@code field}, or null. */
        public static String unreadable(String field, String text) {
            String problem = text == null ? null : unreadable(text);
            return problem == null ? null : problem.replace(RequestViolations.FIELD, field);
        }

        /** The first character of {@code text} no person typed, as a refusal, or null. */
        static String unreadable(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return RequestViolations.FIELD + " holds half a surrogate pair (U+%04X) at character %d: send the whole character, or none"
                        .formatted((int) c, text.codePointCount(0, i) + 1);
                } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                    return RequestViolations.FIELD + " holds the control character U+%04X at character %d: send the text without it"
                        .formatted((int) c, text.codePointCount(0, i) + 1);
                }
            }
            return null;
        }
    }
}
