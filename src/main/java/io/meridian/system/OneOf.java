package io.meridian.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A text field naming a constant of {@code value}, in any case; absent is fine. */
@Documented
@Constraint(validatedBy = OneOf.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneOf, String> {

        private Enum<?>[] constants;

        @Override
        public void initialize(OneOf annotation) {
            constants = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String name = value.trim().toUpperCase(Locale.ROOT);
            if (Arrays.stream(constants).anyMatch(c -> c.name().equals(name))) {
                return true;
            }
            return RequestViolations.report(context, "unknown " + RequestViolations.FIELD + " '" + RequestViolations.VALUE + "' (one of "
                + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
    }
}
