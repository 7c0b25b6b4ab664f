package io.meridian.client;

import java.util.stream.Stream;

import io.meridian.etiquette.Tier;
import io.meridian.system.CountryCode;
import io.meridian.system.EmailAddress;
import io.meridian.system.LanguageTag;
import io.meridian.system.OneOf;
import io.meridian.system.Text;
import io.meridian.system.TimeZoneId;

/**
 * The client as a REST body gives it, the same in {@code POST /api/inquiries} and {@code POST /api/complaints}
 * (one {@code ClientPart} schema in the API description): checked by Bean Validation, text fields so that each
 * parse error names its field. Components in the order the errors are named.
 */
public record ClientPart(@Text(required = true, max = 200) String company,
                         @Text(required = true, max = 200) String contactName,
                         @EmailAddress String email,
                         @CountryCode String country,
                         @TimeZoneId String timeZone,
                         @LanguageTag String language,
                         @OneOf(Tier.class) String tier,
                         @OneOf(Channel.class) String preferredChannel,
                         @Text(max = 200) String mainCategory,
                         @OneOf(PurchaseCycle.class) String purchaseCycle,
                         @Text(max = 200) String givenName,
                         @Text(max = 200) String familyName,
                         @OneOf(Salutation.class) String salutation,
                         @Text(max = 100) String title) {

    /** A client is given when one of the fields that name it is. */
    public boolean given() {
        return Stream.of(company, contactName, email, country, timeZone, language).anyMatch(v -> v != null && !v.isBlank());
    }
}
