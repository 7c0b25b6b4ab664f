package io.meridian.inquiry;

import io.meridian.process.VariableReader;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import io.meridian.client.Channel;
import io.meridian.client.PurchaseCycle;
import io.meridian.etiquette.Tier;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.system.Inputs;

/**
 * A validated inquiry with its client, read from the journey's start variables. The REST start
 * and an engine-rest start both go through {@link #from}, so both refuse the same mistakes. A
 * client field not given is null ({@code tier} and {@code preferredChannel} too): a known client
 * keeps what its record holds, a new one gets the ledger's defaults.
 */
public record NewInquiry(String company, String contactName, String email, String country, ZoneId timeZone,
                         String language, Tier tier, Channel preferredChannel, String mainCategory,
                         PurchaseCycle purchaseCycle, String product, int quantity, String message, Instant receivedAt,
                         Channel channel, String externalRef, String givenName, String familyName,
                         io.meridian.client.Salutation salutation, String title) {

    /**
     * @param variables start variables by name
     * @param fieldName how to name a variable in an error (the REST body nests them, e.g. client.country)
     * @param now       the default receipt time
     */
    public static NewInquiry from(Map<String, ?> variables, java.util.function.UnaryOperator<String> fieldName, Instant now) {
        VariableReader r = new VariableReader(variables, fieldName);
        NewInquiry inquiry = new NewInquiry(
            r.text(Var.COMPANY, true, 200),
            r.text(Var.CONTACT_NAME, true, 200),
            r.email(),
            r.country(),
            r.zone(),
            r.language(),
            r.enumValue(Var.TIER, Tier.class, null),
            r.enumValue(Var.PREFERRED_CHANNEL, Channel.class, null),
            r.text(Var.MAIN_CATEGORY, false, 200),
            r.enumValue(Var.PURCHASE_CYCLE, PurchaseCycle.class, null),
            r.text(Var.PRODUCT, true, 200),
            r.quantity(Var.QUANTITY),
            r.text(Var.MESSAGE, false, 4000),
            r.instant(Var.RECEIVED_AT, now),
            r.enumValue(Var.CHANNEL, Channel.class, Channel.EMAIL),
            r.text(Var.EXTERNAL_REF, false, 200),
            r.text(Var.GIVEN_NAME, false, 200),
            r.text(Var.FAMILY_NAME, false, 200),
            r.enumValue(Var.SALUTATION, io.meridian.client.Salutation.class, null),
            r.text(Var.TITLE, false, 100));
        r.throwIfAny();
        Inputs.received(fieldName.apply(Var.RECEIVED_AT), inquiry.receivedAt(), now);
        return inquiry;
    }

    /**
     * The inquiry of a REST body that Bean Validation has checked ({@link InquiryRequest}): only
     * converts, then refuses a receipt time in the future or more than 90 days back, as {@link #from} does.
     */
    static NewInquiry of(InquiryRequest request, Instant now) {
        io.meridian.client.ClientPart c = request.client();
        InquiryRequest.InquiryPart i = request.inquiry();
        NewInquiry inquiry = new NewInquiry(text(c.company()), text(c.contactName()), text(c.email()).toLowerCase(Locale.ROOT),
            text(c.country()).toUpperCase(Locale.ROOT), c.timeZone() == null || c.timeZone().isBlank() ? null : ZoneId.of(c.timeZone().trim()),
            text(c.language()), constant(Tier.class, c.tier(), null), constant(Channel.class, c.preferredChannel(), null),
            text(c.mainCategory()), constant(PurchaseCycle.class, c.purchaseCycle(), null), text(i.product()), i.quantity(),
            text(i.message()), i.receivedAt() == null || i.receivedAt().isBlank() ? now : OffsetDateTime.parse(i.receivedAt().trim()).toInstant(),
            constant(Channel.class, i.channel(), Channel.EMAIL), text(i.externalRef()), text(c.givenName()), text(c.familyName()),
            constant(io.meridian.client.Salutation.class, c.salutation(), null), text(c.title()));
        Inputs.received("inquiry." + Var.RECEIVED_AT, inquiry.receivedAt(), now);
        return inquiry;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, E fallback) {
        return value == null || value.isBlank() ? fallback : Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    }

    /** The main category the ledger keeps: as given, else the product asked for. */
    public String ledgerCategory() {
        return mainCategory != null ? mainCategory : product;
    }

    /** The start variables, with typed values, as the process keeps them. */
    public Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<>();
        v.put(Var.COMPANY, company);
        v.put(Var.CONTACT_NAME, contactName);
        v.put(Var.EMAIL, email);
        v.put(Var.COUNTRY, country);
        v.put(Var.TIME_ZONE, timeZone == null ? null : timeZone.getId());
        v.put(Var.LANGUAGE, language);
        v.put(Var.TIER, tier == null ? null : tier.name());
        v.put(Var.PREFERRED_CHANNEL, preferredChannel == null ? null : preferredChannel.name());
        v.put(Var.MAIN_CATEGORY, ledgerCategory());
        v.put(Var.PURCHASE_CYCLE, purchaseCycle == null ? null : purchaseCycle.name());
        v.put(Var.PRODUCT, product);
        v.put(Var.QUANTITY, quantity);
        v.put(Var.MESSAGE, message);
        v.put(Var.RECEIVED_AT, Date.from(receivedAt));
        v.put(Var.CHANNEL, channel.name());
        v.put(Var.EXTERNAL_REF, externalRef);
        v.put(Var.GIVEN_NAME, givenName);
        v.put(Var.FAMILY_NAME, familyName);
        v.put(Var.SALUTATION, salutation == null ? null : salutation.name());
        v.put(Var.TITLE, title);
        return v;
    }
}
