package io.meridian.messages;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The client's names as one language part of an email writes them: in the part's script, in the case people write
 * names in, joined as the names' own script joins them.
 *
 * <ul>
 *   <li><b>Script.</b> A part whose language writes another script than the record's given and family names uses the
 *   contact name when that is written in the part's script: a record of "Wang" / "Wei" with the contact name "王伟" is
 *   "尊敬的王伟：" in Chinese and "Dear Mr Wang" in English, not "尊敬的Wang先生："; "王" / "伟" with the contact name
 *   "Wang Wei" is "Dear Wang Wei," in English and "尊敬的王先生：" in Chinese.</li>
 *   <li><b>Capitals.</b> A family name written in capitals, as passports and many forms write it (ICAO Doc 9303 prints
 *   names in upper case; French and international usage writes the family name so, "Jean DUPONT"), is written as the
 *   contact name writes it, else with a capital first letter: "Dear Mr Wang", not "Dear Mr WANG". A contact name alone
 *   whose family name is the one part in capitals ("WANG Wei", "Jean DUPONT") gives the family and given names.</li>
 *   <li><b>Joining.</b> Chinese and Korean write family and given name without a space (王伟, 김민준: the Korean
 *   orthography of the National Institute of Korean Language, 한글 맞춤법 제48항, writes 성과 이름 together; Chinese
 *   sets no spaces between words, W3C Requirements for Chinese Text Layout, clreq); a Japanese part keeps the space
 *   Japanese business mail puts between 姓 and 名 (山田 太郎 様).</li>
 * </ul>
 */
final class ClientNames {

    /** The scripts a language's text is written in, for the languages with templates in another script than Latin. */
    private static final Map<String, Set<UnicodeScript>> SCRIPTS = Map.of(
        "zh", Set.of(UnicodeScript.HAN),
        "ja", Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
        "ko", Set.of(UnicodeScript.HANGUL, UnicodeScript.HAN),
        "ar", Set.of(UnicodeScript.ARABIC),
        "he", Set.of(UnicodeScript.HEBREW),
        "ru", Set.of(UnicodeScript.CYRILLIC),
        "el", Set.of(UnicodeScript.GREEK),
        "th", Set.of(UnicodeScript.THAI));
    private static final Set<UnicodeScript> LATIN = Set.of(UnicodeScript.LATIN);
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("I{2,3}|IV");
    private static final Pattern PROFESSOR = Pattern.compile("Prof\\.?|Professor(in)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCTOR = Pattern.compile("Dr\\.?(-Ing\\.?)?", Pattern.CASE_INSENSITIVE);
    /** A doctorate's faculty after "Dr.", in lower case as written: "med.", "rer.", "nat.", "phil.", "h.c.". */
    private static final Pattern FACULTY = Pattern.compile("\\p{Ll}[\\p{Ll}.]*\\.");
    private static final Pattern WORD_START = Pattern.compile("(?<=^|[\\s\\-'’])\\p{L}");

    /**
     * The names a part uses: {@code given} and {@code family} null when unknown or not in the part's script,
     * {@code contact} the contact name as the salutation writes it.
     */
    record Parts(String given, String family, String contact) {
    }

    private ClientNames() {
    }

    static Parts of(Addressee a, String language) {
        String given = a.givenName();
        String family = a.familyName();
        if (given == null && family == null) {
            String[] split = byCapitals(a.contactName());
            if (split != null) {
                given = split[0];
                family = split[1];
            }
        }
        family = family == null ? null : asWritten(family, a.contactName());
        given = given == null ? null : asWritten(given, a.contactName());
        String contact = readable(a.contactName());
        Set<UnicodeScript> scripts = scripts(language);
        String split = family != null ? family : given;
        if (split != null && !writtenIn(split, scripts) && writtenIn(contact, scripts)) {
            return new Parts(null, null, contact);
        }
        return new Parts(given, family, contact);
    }

    /**
     * Whether {@code language} is written in another script than Latin and the record has none of the client's names in
     * it (a Chinese part to "Wang Wei": "尊敬的Wang先生："), which only the client record can put right.
     */
    static boolean onlyInLatinLetters(Addressee a, String language) {
        Set<UnicodeScript> scripts = SCRIPTS.get(base(language));
        return scripts != null && Stream.of(a.contactName(), a.familyName(), a.givenName())
            .noneMatch(name -> writtenIn(name, scripts));
    }

    /** Family and given name in the culture's order, joined as their script joins them; null when either is unknown. */
    static String fullName(Parts names, String nameOrder, String language) {
        if (names.family() == null || names.given() == null) {
            return null;
        }
        boolean familyFirst = "FAMILY_FIRST".equals(nameOrder);
        String first = familyFirst ? names.family() : names.given();
        String second = familyFirst ? names.given() : names.family();
        return first + (closed(names.family(), names.given(), language) ? "" : " ") + second;
    }

    /** Both names in Han or both in Hangul, outside a Japanese part: no space between them. */
    private static boolean closed(String family, String given, String language) {
        if ("ja".equals(base(language))) {
            return false;
        }
        return writtenIn(family, Set.of(UnicodeScript.HAN)) && writtenIn(given, Set.of(UnicodeScript.HAN))
            || writtenIn(family, Set.of(UnicodeScript.HANGUL)) && writtenIn(given, Set.of(UnicodeScript.HANGUL));
    }

    private static Set<UnicodeScript> scripts(String language) {
        return SCRIPTS.getOrDefault(base(language), LATIN);
    }

    private static String base(String language) {
        return Locale.forLanguageTag(language).getLanguage();
    }

    /** Every letter of {@code text} is of one of {@code scripts}; false for a text without letters. */
    static boolean writtenIn(String text, Set<UnicodeScript> scripts) {
        if (text == null) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters = true;
                if (!scripts.contains(UnicodeScript.of(c))) {
                    return false;
                }
            }
        }
        return letters;
    }

    /**
     * A name written in capitals as the contact name writes it where that has it in other case ("WANG" with "Wang Wei":
     * "Wang"), else with capital first letters ("DUPONT": "Dupont", "AL-HARBI": "Al-Harbi"); any other name as given.
     */
    static String asWritten(String name, String contactName) {
        if (!capitals(name)) {
            return name;
        }
        if (contactName != null) {
            for (String token : contactName.trim().split("\\s+")) {
                if (token.equalsIgnoreCase(name) && !capitals(token)) {
                    return token;
                }
            }
        }
        return capitalised(name);
    }

    /**
     * The academic titles a contact name opens with, as a salutation writes them: "Dr. Hans Müller" gives "Dr.",
     * "Prof. Dr. Anna Weber" "Prof. Dr.", "Dr.-Ing. Jens Maier" and "Dr. med. Jens Maier" "Dr." (the salutation names
     * the doctorate, not its faculty: DIN 5008 and Duden, "Sehr geehrter Herr Dr. Maier"). Null when it opens with none,
     * or with a degree that no salutation names ("Dipl.-Ing.", "MBA"). The etiquette table decides whether a country's
     * emails use titles at all.
     */
    static String leadingTitle(String contactName) {
        if (contactName == null) {
            return null;
        }
        List<String> titles = new ArrayList<>();
        String[] tokens = contactName.trim().split("\\s+");
        for (int i = 0; i < tokens.length - 1; i++) {
            String word = tokens[i];
            if (PROFESSOR.matcher(word).matches()) {
                titles.add("Prof.");
            } else if (DOCTOR.matcher(word).matches()) {
                titles.add("Dr.");
            } else if (!titles.isEmpty() && FACULTY.matcher(word).matches()) {
                continue; // "Dr. med.", "Dr. rer. nat."
            } else {
                break;
            }
        }
        return titles.isEmpty() ? null : String.join(" ", titles);
    }

    /** The contact name with each word written in capitals given capital first letters ("WANG Wei": "Wang Wei"). */
    static String readable(String contactName) {
        if (contactName == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String token : contactName.trim().split("\\s+")) {
            words.add(capitals(token) ? capitalised(token) : token);
        }
        return String.join(" ", words);
    }

    /**
     * Given and family name of a contact name that marks the family name in capitals ("WANG Wei", "Jean DUPONT",
     * "Maria DE LA CRUZ"): the words in capitals, next to each other, are the family name, the others (but a title such
     * as "Dr.") the given name. Null when no word or every word is in capitals.
     */
    static String[] byCapitals(String contactName) {
        if (contactName == null) {
            return null;
        }
        String[] tokens = contactName.trim().split("\\s+");
        int first = -1;
        int last = -1;
        List<String> given = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (capitals(tokens[i])) {
                if (first < 0) {
                    first = i;
                } else if (last != i - 1) {
                    return null;
                }
                last = i;
            } else if (!tokens[i].endsWith(".")) {
                given.add(tokens[i]);
            }
        }
        if (first < 0 || given.isEmpty()) {
            return null;
        }
        return new String[]{String.join(" ", given), capitalised(String.join(" ", List.of(tokens).subList(first, last + 1)))};
    }

    /** At least two letters, every cased one in upper case, and no generational numeral ("III"; not "LI" or "XI", which are family names). */
    private static boolean capitals(String word) {
        long upper = word.codePoints().filter(Character::isUpperCase).count();
        return upper >= 2 && word.codePoints().noneMatch(Character::isLowerCase) && !ROMAN_NUMERAL.matcher(word).matches();
    }

    private static String capitalised(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return WORD_START.matcher(lower).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
    }
}
