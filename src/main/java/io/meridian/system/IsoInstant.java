package io.meridian.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.OffsetDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An ISO-8601 date-time with offset, e.g. 2027-03-01T10:00:00Z; absent is fine. {@code businessYears}
 * also refuses a year outside {@link Inputs#FIRST_YEAR}..{@link Inputs#LAST_YEAR}, as {@link Inputs#instant} does.
 */
@Documented
@Constraint(validatedBy = IsoInstant.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoInstant {

    boolean businessYears() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoInstant, String> {

        private boolean businessYears;

        @Override
        public void initialize(IsoInstant annotation) {
            businessYears = annotation.businessYears();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                int year = OffsetDateTime.parse(value.trim()).toInstant().atOffset(java.time.ZoneOffset.UTC).getYear();
                return !businessYears || (year >= Inputs.FIRST_YEAR && year <= Inputs.LAST_YEAR)
                    || RequestViolations.report(context, RequestViolations.FIELD + " must lie between " + Inputs.FIRST_YEAR + " and " + Inputs.LAST_YEAR);
            } catch (DateTimeException e) {
                return RequestViolations.report(context, RequestViolations.FIELD + " '" + RequestViolations.VALUE
                    + "' is not an ISO-8601 date-time with offset, e.g. 2027-03-01T10:00:00Z");
            }
        }
    }
}
