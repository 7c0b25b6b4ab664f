package io.meridian.order;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import io.meridian.system.IsoDate;
import io.meridian.system.IsoInstant;
import io.meridian.system.OneOf;
import io.meridian.system.Text;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;

/**
 * Bodies of the order events under {@code /api/orders/{id}}, checked once by Bean Validation; what
 * needs the order (its currency, its dates, its state) {@link OrderService} checks.
 */
final class OrderRequests {

    private OrderRequests() {
    }

    record Payment(@Amount BigDecimal amount,
                   @NotBlank(message = "[field] is required (ISO 4217, e.g. USD)") String currency,
                   @IsoInstant(businessYears = true, notFuture = true) String receivedAt) {
    }

    record StockForecast(@NotBlank(message = "[field] is required (ISO-8601 date, e.g. 2027-02-10)") @IsoDate String stockReadyOn) {
    }

    record Shipment(@Text(max = 100) String carrier,
                    @NotBlank(message = "[field] is required: it goes to the client in their next send window (at once while one is open)") @Text(max = 100) String trackingNumber,
                    @IsoInstant(businessYears = true, notFuture = true) String shippedAt,
                    // a correction: the tracking number sent to the client before, which this one replaces
                    @Text(max = 100) String corrects,
                    // a shipment in several containers or parcels: the other parts' numbers, checked with the order (TrackingNumbers)
                    @ArraySchema(arraySchema = @Schema(description = "the tracking numbers of the shipment's further containers or"
                        + " parcels, beside trackingNumber; all go to the client in one email. Posted again with the same"
                        + " trackingNumber between the shipment and the delivery, the numbers not sent yet (a part that left"
                        + " later) are added and the client gets every number again"),
                        schema = @Schema(maxLength = TrackingNumbers.MAX_LENGTH)) List<String> additionalTrackingNumbers) {
    }

    record Delivery(@IsoInstant(businessYears = true, notFuture = true) String deliveredAt) {
    }

    record FulfilmentProblem(@NotBlank(message = "[field] is required (PRODUCTION_DELAY or LOGISTICS_HOLD)")
                             @OneOf(OrderFulfilment.ExceptionKind.class) String kind,
                             @Text(required = true, max = 4000) String description) {
    }

    /**
     * A sum of money: given, above zero, at most 17 digits before the point and after it; one message, the first that
     * applies. How many decimals it may have its currency says, which the order knows ({@link OrderService}).
     */
    @Documented
    @Constraint(validatedBy = Amount.Check.class)
    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Amount {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Amount, BigDecimal> {

            @Override
            public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
                String problem = value == null ? "[field] is required"
                    : value.signum() <= 0 ? "[field] must be greater than 0"
                    : tooLong(value.stripTrailingZeros()) ? "[field] has more than 17 digits before or after the point"
                    : null;
                if (problem == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
                return false;
            }

            private static boolean tooLong(BigDecimal value) {
                return value.scale() > 17 || value.precision() - value.scale() > 17;
            }
        }
    }
}
