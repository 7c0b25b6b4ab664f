package io.meridian.messages;

import java.time.ZoneId;
import java.util.Locale;

import io.meridian.etiquette.Etiquette;
import io.meridian.system.LanguageTags;

/**
 * Whom a client email is for and how to address them: what the client record says (names,
 * salutation, title, language; each may be unknown) and what the etiquette table decides for the
 * client's country (language, name order, salutation form, titles, greeting, bilingual documents).
 *
 * @param salutation        MR or MS when the record says, else null (no guess from the name)
 * @param title             the record's title, else the academic title its contact name opens with ("Dr. Hans Müller":
 *                          "Dr."; {@link ClientNames#leadingTitle}), else null
 * @param language          the language the record asks for, null when it says none
 * @param relationshipFirst the etiquette's opening is RELATIONSHIP_FIRST (seed 001: Middle East, South-East Asia, Latin
 *                          America build the relationship before business), so a greeting may open with a courtesy line
 */
public record Addressee(String email, String company, String contactName, String givenName, String familyName,
                        String salutation, String title, String language, ZoneId zone,
                        String countryLanguage, String nameOrder, String salutationForm, boolean titles, String greeting,
                        boolean bilingualDocuments, boolean relationshipFirst) {

    /** A client whose etiquette goes to business first. */
    public Addressee(String email, String company, String contactName, String givenName, String familyName,
                     String salutation, String title, String language, ZoneId zone,
                     String countryLanguage, String nameOrder, String salutationForm, boolean titles, String greeting,
                     boolean bilingualDocuments) {
        this(email, company, contactName, givenName, familyName, salutation, title, language, zone, countryLanguage, nameOrder,
            salutationForm, titles, greeting, bilingualDocuments, false);
    }

    public static Addressee of(String email, String company, String contactName, String givenName, String familyName,
                               String salutation, String title, String language, ZoneId zone, Etiquette etiquette) {
        return new Addressee(email, company, contactName, blankToNull(givenName), blankToNull(familyName),
            salutation == null ? null : salutation.trim().toUpperCase(Locale.ROOT),
            blankToNull(title) != null ? blankToNull(title) : ClientNames.leadingTitle(contactName),
            // a record kept before languages were kept in canonical case (JA) still gets its language's templates
            LanguageTags.canonical(language),
            zone != null ? zone : ZoneId.of(etiquette.timeZone()), etiquette.language(), etiquette.nameOrder(),
            etiquette.salutation(), etiquette.titles(), etiquette.greeting(), etiquette.bilingualDocuments(),
            RELATIONSHIP_FIRST.equals(etiquette.opening()));
    }

    private static final String RELATIONSHIP_FIRST = "RELATIONSHIP_FIRST";

    /** The client's language: the record's, else the country's. */
    public String clientLanguage() {
        return language != null ? language : countryLanguage;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
