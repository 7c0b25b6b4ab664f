package io.meridian.messages;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a greeting template may use to address the client: the names the record holds, the full
 * name in the order of the client's culture, the salutation form of the etiquette table as
 * flags, MR/MS as flags, the title when the etiquette says titles are used, and the greeting's
 * formality, and {@code relationshipFirst} when the client's etiquette builds the relationship before business (an
 * opening courtesy line). {@code fallback} is true when no family name is known, or the record's names are in another script than
 * the part's language writes and the contact name is in that script: then only the contact name can be used ("Dear Kenji
 * Nakamura", "尊敬的王伟："). The names are written as {@link ClientNames} has it (script, capitals, spacing). For the opening line, {@link Renderer} adds who writes: {@code writer}
 * (the team member's name, empty for an automatic email), {@code sender} (the company, the signature's first line) and
 * {@code firstReply} ({@link MessageKind#firstReply}); for the {@code team} part, which words the sending team, one flag per
 * team ({@code sales}, {@code orderDesk}, {@code logistics}, {@code support}), and for the opening that team's name
 * ({@code team}), as the signature gives it.
 */
final class GreetingData {

    static final Set<String> NAMES = Set.of("contactName", "givenName", "familyName", "fullName", "title", "mr", "ms",
        "fallback", "titleAndFamilyName", "familyNameHonorific", "titleAndGivenName", "givenNameHonorific", "givenNameOnly",
        "formal", "standard", "informal", "relationshipFirst", "company", "writer", "sender", "firstReply",
        "team", "sales", "orderDesk", "logistics", "support");

    private GreetingData() {
    }

    static Map<String, Object> of(Addressee a, String language) {
        Map<String, Object> v = new HashMap<>();
        String form = a.salutationForm();
        ClientNames.Parts names = ClientNames.of(a, language);
        boolean needsGiven = "GIVEN_NAME".equals(form) || "TITLE_AND_GIVEN_NAME".equals(form) || "GIVEN_NAME_HONORIFIC".equals(form);
        boolean fallback = names.family() == null || (needsGiven && names.given() == null);
        v.put("company", a.company());
        v.put("contactName", names.contact());
        v.put("givenName", names.given() == null ? "" : names.given());
        v.put("familyName", names.family() == null ? "" : names.family());
        v.put("fullName", fullName(a, names, language));
        v.put("title", a.titles() && a.title() != null ? title(RecordTitles.of(a.title(), language, a.salutation()), language) : "");
        v.put("mr", "MR".equals(a.salutation()));
        v.put("ms", "MS".equals(a.salutation()));
        v.put("fallback", fallback);
        v.put("titleAndFamilyName", !fallback && "TITLE_AND_FAMILY_NAME".equals(form));
        v.put("familyNameHonorific", !fallback && "FAMILY_NAME_HONORIFIC".equals(form));
        v.put("titleAndGivenName", !fallback && "TITLE_AND_GIVEN_NAME".equals(form));
        // the given name with the culture's honorific, as Thais are addressed: "Dear Khun Somchai" (Wikipedia, Thai name)
        v.put("givenNameHonorific", !fallback && "GIVEN_NAME_HONORIFIC".equals(form));
        v.put("givenNameOnly", !fallback && "GIVEN_NAME".equals(form));
        v.put("formal", "FORMAL".equals(a.greeting()));
        v.put("standard", "STANDARD".equals(a.greeting()));
        v.put("informal", "INFORMAL".equals(a.greeting()));
        v.put("relationshipFirst", a.relationshipFirst());
        return v;
    }

    /**
     * The record's title as the part's language writes it. British English writes an abbreviated title without a full
     * stop, as it writes "Mr" and "Ms": "Dr Weber", "Prof Okafor", "Engr Bello" (GOV.UK style guide, "Abbreviations and
     * acronyms": no full stops; The Guardian and Observer style guide: "Dr", "Mr", "Prof" without full points), where a
     * record holding "Dr." gave "Dear Dr. Weber" beside "Dear Mr Weber". Other languages keep the stop their
     * abbreviation takes ("Herr Dr. Weber", Duden; "Exmo. Senhor Dr."). The title comes in the language's own form and
     * the addressee's gender first ({@link RecordTitles}: "الدكتور", "Dra.").
     */
    static String title(String title, String language) {
        if (!"en".equals(Locale.forLanguageTag(language).getLanguage())) {
            return title;
        }
        return title.replaceAll("(?<=\\p{L})\\.(?=\\s|$)", "");
    }

    /**
     * Family and given name in the culture's order, as the part's script writes them ({@link ClientNames}); the contact
     * name when either is unknown.
     */
    static String fullName(Addressee a, ClientNames.Parts names, String language) {
        String full = ClientNames.fullName(names, a.nameOrder(), language);
        return full != null ? full : names.contact();
    }
}
