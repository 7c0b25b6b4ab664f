package io.meridian.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The record's title (Dr., Prof., Eng.) as the part's language writes it for the addressee:
 * <ul>
 *   <li>Arabic writes the common titles in Arabic, with the article and in the addressee's gender: الدكتور / الدكتورة
 *   (abbreviated د.), الأستاذ الدكتور / الأستاذة الدكتورة for a professor (أ.د.), المهندس / المهندسة (م.), as an Arabic
 *   letter names its addressee "السيد الدكتور … المحترم" (Arabic Wikipedia, دكتور and أستاذ جامعي; the abbreviations
 *   د. and أ.د. as Arabic university and ministry letters use them), where the Latin "Dr." read "السيد Dr. Hung
 *   المحترم". With the gender unknown, both, as the template's المحترم/ة: الدكتور/ة.</li>
 *   <li>Spanish writes the feminine abbreviation for a woman: Dra., Prof.ª (Ortografía de la lengua española, RAE and
 *   ASALE 2010, apéndice 1, lista de abreviaturas: "Dr., Dra.", "Prof., Prof.ª"); Ing. and Lic. serve both.</li>
 *   <li>Brazilian Portuguese: Dra., Prof.ª, Eng.ª (Academia Brasileira de Letras, Vocabulário Ortográfico da Língua
 *   Portuguesa, reduções: "prof.ª, professora"); European Portuguese Dr.ª beside Sr.ª (Dicionário Priberam da Língua
 *   Portuguesa, abreviaturas: "Dr.ª, Dra. = doutora", "Prof.ª = professora", "Eng.ª = engenheira"; Ciberdúvidas da Língua
 *   Portuguesa on "Sr.ª Dr.ª").</li>
 * </ul>
 * A woman's title is read however the record spells the abbreviation: "Prof", "prof.", "Profa.", "Profª", "Prof.º" (a
 * masculine ending the professor's abbreviation does not take, VOLP's reduções writing "prof." for professor, though
 * European Portuguese writes "Eng.º" beside "Eng.": Ciberdúvidas' list of abbreviations) and "Prof.ª" are
 * all the professor's title, so a Brazilian professor recorded "Profa." or "Prof" is addressed "Prezada Prof.ª Tran,",
 * where only "Prof." was, and "Profa." stayed as typed.
 * Other languages write the title as recorded ("Frau Dr. Weber": Duden; Italian "Dott.ssa" is a title in its own right,
 * not a form of "Dr."); so does every language for a title it has no form of, and for a woman's title whose gender the
 * record does not give.
 */
final class RecordTitles {

    private record Forms(String man, String woman) {
    }

    /** The Arabic forms by the record's title, lower case and without full stops. */
    private static final Map<String, Forms> ARABIC = Map.ofEntries(
        Map.entry("dr", new Forms("الدكتور", "الدكتورة")),
        Map.entry("doctor", new Forms("الدكتور", "الدكتورة")),
        Map.entry("د", new Forms("الدكتور", "الدكتورة")),
        Map.entry("prof", new Forms("الأستاذ الدكتور", "الأستاذة الدكتورة")),
        Map.entry("professor", new Forms("الأستاذ الدكتور", "الأستاذة الدكتورة")),
        Map.entry("prof dr", new Forms("الأستاذ الدكتور", "الأستاذة الدكتورة")),
        Map.entry("أد", new Forms("الأستاذ الدكتور", "الأستاذة الدكتورة")),
        Map.entry("eng", new Forms("المهندس", "المهندسة")),
        Map.entry("engr", new Forms("المهندس", "المهندسة")),
        Map.entry("ing", new Forms("المهندس", "المهندسة")),
        Map.entry("engineer", new Forms("المهندس", "المهندسة")),
        Map.entry("م", new Forms("المهندس", "المهندسة")));

    /** A woman's abbreviation by the recorded one, per language (each word of a title such as "Prof. Dr."). */
    private static final Map<String, Map<String, String>> FEMININE = Map.of(
        "es", Map.of("Dr.", "Dra.", "Prof.", "Prof.ª"),
        "pt", Map.of("Dr.", "Dra.", "Prof.", "Prof.ª", "Eng.", "Eng.ª"),
        "pt-PT", Map.of("Dr.", "Dr.ª", "Prof.", "Prof.ª", "Eng.", "Eng.ª"));

    /**
     * A recorded abbreviation by its letters (lower case, without full stops and ordinal indicators), in its masculine
     * form or a feminine one: the abbreviation {@link #FEMININE} knows it by.
     */
    private static final Map<String, String> SPELLINGS = Map.of(
        "dr", "Dr.", "dra", "Dr.",
        "prof", "Prof.", "profa", "Prof.",
        "eng", "Eng.", "enga", "Eng.");

    private RecordTitles() {
    }

    /**
     * @param title      the record's title
     * @param language   the part's language
     * @param salutation MR, MS or null (unknown)
     */
    static String of(String title, String language, String salutation) {
        String base = Locale.forLanguageTag(language).getLanguage();
        if ("ar".equals(base)) {
            Forms forms = ARABIC.get(title.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").trim());
            if (forms == null) {
                return title;
            }
            if ("MR".equals(salutation)) {
                return forms.man();
            }
            if ("MS".equals(salutation)) {
                return forms.woman();
            }
            // الدكتور/ة, as the template writes المحترم/ة
            return forms.man() + "/ة";
        }
        Map<String, String> feminine = FEMININE.get(ClientDates.europeanPortuguese(language) ? "pt-PT" : base);
        if (feminine == null || !"MS".equals(salutation)) {
            return title;
        }
        List<String> words = new ArrayList<>();
        for (String word : title.trim().split("\\s+")) {
            String abbreviation = SPELLINGS.getOrDefault(word.toLowerCase(Locale.ROOT).replaceAll("[.ºª°]", ""), word);
            words.add(feminine.getOrDefault(abbreviation, word));
        }
        return String.join(" ", words);
    }
}
