package io.meridian.complaint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;

import io.meridian.client.ClientPart;
import io.meridian.system.IsoInstant;
import io.meridian.system.Text;
import io.meridian.system.OneOf;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * Body of {@code POST /api/complaints}: what the complaint is about, and the client (the same
 * {@link ClientPart} as an inquiry's), or an {@code orderId} or {@code inquiryId}. Checked once by Bean Validation
 * ({@link ComplaintIntake#of} then only converts and finds the order, inquiry or client); text
 * fields so that each parse error names its field. Components in the order the errors are named.
 */
@ComplaintRequest.OneClient
@Schema(description = "A client's complaint: one of `client`, `orderId` or `inquiryId` is required to name the client, and"
    + " only one (an order or inquiry names its client; `client` is matched by its email)")
record ComplaintRequest(
    @NotBlank(message = "[field] is required (one of QUALITY, DELIVERY_DELAY, DOCUMENTATION, BILLING, COMMUNICATION)")
    @OneOf(ComplaintCategory.class) String category,
    @OneOf(Wording.class) String wording,
    @Text(required = true, max = ComplaintIntake.MAX_DESCRIPTION) String description,
    @IsoInstant(receipt = true) String receivedAt,
    @Text(max = 40) String orderId,
    @Text(max = 40) String inquiryId,
    @Valid ClientPart client) {

    boolean orderGiven() {
        return orderId != null && !orderId.isBlank();
    }

    boolean inquiryGiven() {
        return inquiryId != null && !inquiryId.isBlank();
    }

    boolean clientGiven() {
        return client != null && client.given();
    }

    /** The client is named one way only: the client's fields, an orderId or an inquiryId; the problem is named on {@code client}. */
    @Documented
    @Constraint(validatedBy = OneClient.Check.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface OneClient {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<OneClient, ComplaintRequest> {

            @Override
            public boolean isValid(ComplaintRequest request, ConstraintValidatorContext context) {
                long references = Stream.of(request.orderGiven(), request.inquiryGiven(), request.clientGiven()).filter(b -> b).count();
                String problem = references == 0
                    ? "name the client: give the client (company, contactName, email, country, ...), an orderId or an inquiryId"
                    : references > 1 ? "give only one of the client, an orderId or an inquiryId" : null;
                if (problem == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem).addPropertyNode("client").addConstraintViolation();
                return false;
            }
        }
    }
}
