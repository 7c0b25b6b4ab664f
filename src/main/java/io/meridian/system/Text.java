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
 * longer one, both counted on the trimmed text as it is kept. Messages name the field
 * ({@link RequestViolations}).
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
                : text.length() > max ? RequestViolations.FIELD + " is longer than " + max + " characters" : null;
            return RequestViolations.report(context, problem);
        }
    }
}
