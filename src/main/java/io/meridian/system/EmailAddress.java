package io.meridian.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A required email address of at most 320 characters (trimmed). */
@Documented
@Constraint(validatedBy = EmailAddress.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EmailAddress, String> {

        private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
        private static final int MAX = 320;

        /** Whether {@code value} is one email address (trimmed), no longer than an address may be. */
        public static boolean isAddress(String value) {
            String text = value == null ? "" : value.trim();
            return !text.isEmpty() && text.length() <= MAX && EMAIL.matcher(text).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String text = value == null ? "" : value.trim();
            String problem = text.isEmpty() ? RequestViolations.FIELD + " is required"
                : text.length() > MAX ? RequestViolations.FIELD + " is longer than " + MAX + " characters"
                : !EMAIL.matcher(text).matches() ? RequestViolations.FIELD + " '" + RequestViolations.VALUE + "' is not an email address"
                : null;
            return RequestViolations.report(context, problem);
        }
    }
}
