package io.meridian.inquiry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import io.meridian.inquiry.ClientJourney.Decision;
import io.meridian.inquiry.ClientJourney.Objection;
import io.meridian.system.OneOf;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/inquiries/{id}/client-response}, checked once by Bean Validation: a
 * declined quote names its objection, an accepted one none ({@link ObjectionFits}).
 */
@ClientResponseRequest.ObjectionFits
record ClientResponseRequest(
    @NotBlank(message = "[field] is required (ACCEPTED or DECLINED)") @OneOf(Decision.class) String decision,
    @Schema(description = "why the client declined: required with DECLINED, left out with ACCEPTED") @OneOf(Objection.class) String objection,
    @Size(max = 4000, message = "[field] is longer than 4000 characters") String note) {

    /** The decision; call only on a checked request. */
    Decision decisionValue() {
        return Decision.valueOf(decision.trim().toUpperCase(Locale.ROOT));
    }

    /** The objection, null when none; call only on a checked request. */
    Objection objectionValue() {
        return constant(Objection.class, objection);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null; // refused by @OneOf
        }
    }

    /** A declined quote needs its objection, an accepted one has none; the problem is named on {@code objection}. */
    @Documented
    @Constraint(validatedBy = ObjectionFits.Check.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface ObjectionFits {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<ObjectionFits, ClientResponseRequest> {

            @Override
            public boolean isValid(ClientResponseRequest request, ConstraintValidatorContext context) {
                Decision decision = constant(Decision.class, request.decision());
                boolean objectionGiven = request.objection() != null && !request.objection().isBlank();
                Objection objection = request.objectionValue();
                String problem = decision == Decision.DECLINED && !objectionGiven
                    ? "a declined quote needs its objection: PRICE, NEED, TRUST or DELAY"
                    : decision == Decision.ACCEPTED && objection != null ? "an accepted quote has no objection" : null;
                if (problem == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem).addPropertyNode("objection").addConstraintViolation();
                return false;
            }
        }
    }
}
