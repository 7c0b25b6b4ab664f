package io.meridian.apidocs;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import io.meridian.system.CountryCode;
import io.meridian.system.EmailAddress;
import io.meridian.system.Inputs;
import io.meridian.system.IsoDate;
import io.meridian.system.IsoInstant;
import io.meridian.system.LanguageTag;
import io.meridian.system.OneOf;
import io.meridian.system.Text;
import io.meridian.system.TimeZoneId;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.Validator;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Describes a request record's fields as the server checks them, where swagger reads only the standard Bean Validation
 * annotations: a field the server refuses to do without is {@code required} (asked of the validator itself, so a
 * constraint of a module's own, such as a payment's amount, counts too), one of a list of values ({@link OneOf}) has
 * that {@code enum}, and a time, day, email, country, time zone, language or text has its format, pattern or length.
 */
@Component
class RequestConstraints extends RecordSchemaConverter implements SmartInitializingSingleton, DisposableBean {

    /**
     * The validators of the application contexts running in this JVM, newest first. springdoc keeps one converter of a
     * class in swagger's JVM-wide chain ({@code ModelConverters}), the one of the context that started last, and it stays
     * there when that context closes (tests run several contexts in one JVM): asked then, it checks with a running
     * context's validator, as every context's checks are the same classes, not with the closed one's.
     */
    private static final Deque<Validator> RUNNING = new ConcurrentLinkedDeque<>();

    private final ObjectProvider<Validator> validator;
    private volatile Validator own;

    RequestConstraints(ObjectProvider<Validator> validator) {
        this.validator = validator;
    }

    @Override
    public void afterSingletonsInstantiated() {
        own = validator.getIfAvailable();
        if (own != null) {
            RUNNING.addFirst(own);
        }
    }

    @Override
    public void destroy() {
        if (own != null) {
            RUNNING.remove(own);
        }
    }

    /** The validator of the context that started last among those still running; none when none runs. */
    static Validator checks() {
        return RUNNING.peekFirst();
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    void describe(Class<?> record, Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        Validator checks = checks();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (checks != null && !checks.validateValue(record, component.getName(), null).isEmpty()
                && (schema.getRequired() == null || !schema.getRequired().contains(component.getName()))) {
                schema.addRequiredItem(component.getName());
            }
            if (property.get$ref() != null) {
                continue;
            }
            OneOf oneOf = component.getAnnotation(OneOf.class);
            if (oneOf != null) {
                property.setEnum(new ArrayList<>(Arrays.stream(oneOf.value().getEnumConstants()).map(Enum::name).toList()));
            }
            Text text = component.getAnnotation(Text.class);
            if (text != null) {
                property.setMaxLength(text.max());
            }
            if (component.isAnnotationPresent(EmailAddress.class)) {
                property.setFormat("email");
                property.setMaxLength(320);
            }
            if (component.isAnnotationPresent(CountryCode.class)) {
                property.setPattern("^[A-Za-z]{2}$");
                describe(property, "ISO 3166-1 alpha-2 country code", "JP");
            }
            if (component.isAnnotationPresent(TimeZoneId.class)) {
                describe(property, "IANA time zone", "Asia/Tokyo");
            }
            if (component.isAnnotationPresent(LanguageTag.class)) {
                property.setPattern(LanguageTag.FORM.pattern());
                describe(property, "language tag (ISO 639 language, optional region)", "ja");
            }
            if (component.isAnnotationPresent(IsoDate.class)) {
                property.setFormat("date");
                describe(property, "ISO-8601 date", "2027-02-10");
            }
            IsoInstant instant = component.getAnnotation(IsoInstant.class);
            if (instant != null) {
                property.setFormat("date-time");
                // no example: Swagger UI then fills in the moment it is opened, which a "not in the future" check takes
                describe(property, "ISO-8601 date-time with offset" + (instant.receipt()
                    ? "; defaults to now, at most " + Inputs.CLOCK_SKEW.toMinutes() + " minutes ahead and "
                        + Inputs.LATEST_ENTRY.toDays() + " days back"
                    : instant.notFuture() ? "; defaults to now, not in the future"
                    : instant.decision() ? "; defaults to now, at most " + Inputs.DECISION_SPAN.getYears() + " years back or ahead" : ""), null);
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(Schema property, String description, Object example) {
        if (property.getDescription() == null) {
            property.setDescription(description);
        }
        if (property.getExample() == null && example != null) {
            property.setExample(example);
        }
    }
}
