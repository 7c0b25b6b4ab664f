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

/**
 * An optional BCP 47 language tag (en, pt-BR, zh-Hant-TW) whose language is one the JDK's locale data
 * (CLDR) names; blank means none. A country code written for the language ({@code jp} for Japanese,
 * {@code cn} for Chinese) is refused with the languages of that country, since a client record with
 * such a tag would get every email in English only. Kept in its canonical case ({@link LanguageTags#canonical}).
 */
@Documented
@Constraint(validatedBy = LanguageTag.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

    /** The form a tag takes: a 2–3 letter language, then subtags of 2–8 letters or digits. */
    Pattern FORM = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<LanguageTag, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return RequestViolations.report(context, LanguageTags.problem(value).map(p -> RequestViolations.FIELD + " " + p).orElse(null));
        }
    }
}
