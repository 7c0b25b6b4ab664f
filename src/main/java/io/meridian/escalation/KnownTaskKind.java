package io.meridian.escalation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.regex.Pattern;

import io.meridian.names.Nearest;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A task kind some deployed process has a user task for: a typo ("replyToinquiry") would otherwise get the table's
 * rows for any task, a plausible answer for a task that never exists. Blank and malformed ids are left to
 * {@code @NotBlank} and {@code @Pattern}, which say what an id looks like.
 */
@Documented
@Constraint(validatedBy = KnownTaskKind.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface KnownTaskKind {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KnownTaskKind, String> {

        private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,254}");

        private final UserTaskKinds kinds;

        Check(UserTaskKinds kinds) {
            this.kinds = kinds;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || !ID.matcher(value.strip()).matches()) {
                return true;
            }
            Set<String> known = kinds.all();
            String kind = value.strip();
            if (known.isEmpty() || known.contains(kind)) {
                return true;
            }
            // ids are letters, digits and _ . -: nothing the message interpolation would read
            String problem = "unknown [field] '" + kind + "'" + Nearest.to(kind, known).map(id -> ": did you mean '" + id + "'?").orElse("")
                + " (the user tasks: " + String.join(", ", known) + ")";
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
