package io.meridian.settings;

import java.time.Duration;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.convert.DurationStyle;

/**
 * A duration setting read as text ({@code PT5M}, {@code 5m}, {@code 500ms}) and above zero. Read as text because Spring's
 * own conversion of a mistyped value ("5 min") fails inside the parser with a long stack trace that names no setting.
 */
public final class PositiveDurations {

    private PositiveDurations() {
    }

    /**
     * {@code value} of {@code property} as a duration above zero; a value that is empty, not a duration, zero or negative
     * stops the start with a report naming the property, the value and {@code mustBe} (what the value must be).
     */
    public static Duration of(String property, String value, String mustBe) {
        Duration duration;
        try {
            duration = DurationStyle.detectAndParse(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw refused(property, value, mustBe);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw refused(property, value, mustBe);
        }
        return duration;
    }

    /** The report for {@code value} of {@code property}, which is not what it must be. */
    public static InvalidConfigurationPropertyValueException refused(String property, String value, String mustBe) {
        return new InvalidConfigurationPropertyValueException(property, value, mustBe);
    }
}
