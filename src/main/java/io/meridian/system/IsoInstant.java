package io.meridian.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.camunda.bpm.engine.impl.util.ClockUtil;

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

    /**
     * The moment a decision is asked for (the etiquette's {@code at}, the contact windows' {@code from}): at most
     * {@link Inputs#DECISION_SPAN} before or after now, with the message of {@link Inputs#outsideDecisionSpan}.
     */
    boolean decision() default false;

    /**
     * Refuses the time of something that has happened when it lies in the future beyond
     * {@link Inputs#CLOCK_SKEW} on the engine's clock, with the message of {@link Inputs#happened},
     * so that it is named with the other fields; a lower bound that needs a record stays in the service.
     */
    boolean notFuture() default false;

    /**
     * The moment a client's inquiry or complaint arrived: {@link #notFuture} and not more than {@link Inputs#LATEST_ENTRY}
     * back, with the message of {@link Inputs#received}, so that it is named with the request's other fields, where it
     * came in an answer of its own once they were right.
     */
    boolean receipt() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoInstant, String> {

        private boolean businessYears;
        private boolean decision;
        private boolean notFuture;
        private boolean receipt;

        @Override
        public void initialize(IsoInstant annotation) {
            businessYears = annotation.businessYears();
            decision = annotation.decision();
            receipt = annotation.receipt();
            notFuture = annotation.notFuture() || receipt;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                Instant instant = OffsetDateTime.parse(value.trim()).toInstant();
                int year = instant.atOffset(java.time.ZoneOffset.UTC).getYear();
                if (businessYears && (year < Inputs.FIRST_YEAR || year > Inputs.LAST_YEAR)) {
                    return RequestViolations.report(context, RequestViolations.FIELD + " must lie between " + Inputs.FIRST_YEAR + " and " + Inputs.LAST_YEAR);
                }
                Instant now = notFuture || decision ? ClockUtil.now().toInstant() : null;
                String outside = decision ? Inputs.outsideDecisionSpan(RequestViolations.FIELD, instant, now) : null;
                if (outside != null) {
                    return RequestViolations.report(context, outside);
                }
                if (notFuture && instant.isAfter(now.plus(Inputs.CLOCK_SKEW))) {
                    return RequestViolations.report(context, RequestViolations.FIELD + " " + instant + " lies in the future (now is " + now + ")");
                }
                return !receipt || !instant.isBefore(now.minus(Inputs.LATEST_ENTRY))
                    || RequestViolations.report(context, Inputs.tooLongAgo(RequestViolations.FIELD, instant, now));
            } catch (DateTimeException e) {
                return RequestViolations.report(context, RequestViolations.FIELD + " '" + RequestViolations.VALUE
                    + "' is not an ISO-8601 date-time with offset, e.g. 2027-03-01T10:00:00Z");
            }
        }
    }
}
