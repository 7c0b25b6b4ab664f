package io.meridian.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A required ISO 3166-1 alpha-2 code of {@link CountryCodes}, in any case. */
@Documented
@Constraint(validatedBy = CountryCode.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CountryCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return RequestViolations.report(context, RequestViolations.FIELD + " is required (ISO 3166-1 alpha-2, e.g. JP)");
            }
            if (!CountryCodes.isKnown(value.trim().toUpperCase(Locale.ROOT))) {
                return RequestViolations.report(context, CountryCodes.unknown(value, RequestViolations.VALUE));
            }
            return true;
        }
    }
}
