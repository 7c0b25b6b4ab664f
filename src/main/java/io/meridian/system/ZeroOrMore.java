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
 * A number of zero or more that is a number (not NaN, not infinite: JSON's {@code 1e400} reads as
 * infinity); absent is fine. The message names the field with {@code [field]} ({@link RequestViolations}).
 */
@Documented
@Constraint(validatedBy = ZeroOrMore.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ZeroOrMore {

    String message() default RequestViolations.FIELD + " must be zero or more";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ZeroOrMore, Number> {

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            double d = value.doubleValue();
            if (d == Double.POSITIVE_INFINITY) {
                // 1e400 is no negative number: said so, where it read "must be zero or more"
                return RequestViolations.report(context, RequestViolations.FIELD + " is too large a number: the largest the server reads is about 1.8e308");
            }
            return !Double.isNaN(d) && !Double.isInfinite(d) && d >= 0;
        }
    }
}
