package io.meridian.process;

import java.util.HashMap;
import java.util.Map;

import io.meridian.client.Client;

/**
 * Names of the process variables every client-facing process carries (the client's fields copied
 * when an instance starts) and of the task-local variables every task form shows. The processes'
 * own constants classes ({@code ClientJourney.Var}, {@code ComplaintHandling.Var}) name the same
 * variables with these values.
 */
public final class ClientVariables {

    public static final String COMPANY = "company";
    public static final String CONTACT_NAME = "contactName";
    public static final String EMAIL = "email";
    public static final String COUNTRY = "country";
    public static final String TIME_ZONE = "timeZone";
    public static final String LANGUAGE = "language";
    public static final String GIVEN_NAME = "givenName";
    public static final String FAMILY_NAME = "familyName";
    public static final String SALUTATION = "salutation";
    public static final String TITLE = "title";
    public static final String TIER = "tier";
    public static final String PREFERRED_CHANNEL = "preferredChannel";
    public static final String PURCHASE_CYCLE = "purchaseCycle";
    // task-local, shown by every form
    public static final String BRIEFING = "briefing";
    public static final String GUIDANCE = "guidance";
    public static final String WHY = "why";

    public static final String MAIN_CATEGORY = "mainCategory";

    private ClientVariables() {
    }

    /**
     * The client record's fields as a process copies them when it starts (with the record's id as
     * {@link ClientClocks#CLIENT_ID}); a field the record lacks is null.
     */
    public static Map<String, Object> of(Client client) {
        Map<String, Object> v = new HashMap<>();
        v.put(ClientClocks.CLIENT_ID, client.id());
        v.put(COMPANY, client.company());
        v.put(CONTACT_NAME, client.contactName());
        v.put(EMAIL, client.email());
        v.put(COUNTRY, client.country());
        v.put(TIME_ZONE, client.timeZone());
        v.put(LANGUAGE, client.language());
        v.put(TIER, client.tier() == null ? null : client.tier().name());
        v.put(PREFERRED_CHANNEL, client.preferredChannel());
        v.put(MAIN_CATEGORY, client.mainCategory());
        v.put(PURCHASE_CYCLE, client.purchaseCycle());
        v.put(GIVEN_NAME, client.givenName());
        v.put(FAMILY_NAME, client.familyName());
        v.put(SALUTATION, client.salutation());
        v.put(TITLE, client.title());
        return v;
    }
}
