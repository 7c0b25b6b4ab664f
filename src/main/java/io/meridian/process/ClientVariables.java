package io.meridian.process;

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

    private ClientVariables() {
    }
}
