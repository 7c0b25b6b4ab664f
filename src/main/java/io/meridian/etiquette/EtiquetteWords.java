package io.meridian.etiquette;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.meridian.names.Words;
import io.meridian.system.CountryCodes;

/**
 * The etiquette table's values in the words a salesperson reads on a task form: a channel's name
 * ("WhatsApp", not WHATSAPP) and each tone value as a short phrase of what to do ("hierarchy: strict —
 * address the senior person ...", not "hierarchical hierarchy"). The values
 * themselves stay those of the workbook; a value without words here (a new one an analyst added)
 * reads as its lower-case name rather than failing the form.
 */
public final class EtiquetteWords {

    /** The tone columns in the order a form lists them, each value with its phrase. */
    public static final Map<String, Map<String, String>> TONE = tone();

    /** Every channel the etiquette table (quick and confirmation channel) or a client record can name. */
    public static final Map<String, String> CHANNELS = Map.ofEntries(
        Map.entry("EMAIL", "email"),
        Map.entry("PHONE", "phone"),
        Map.entry("WHATSAPP", "WhatsApp"),
        Map.entry("WECHAT", "WeChat"),
        Map.entry("LINE", "LINE"),
        Map.entry("KAKAOTALK", "KakaoTalk"),
        Map.entry("ZALO", "Zalo"),
        Map.entry("TELEGRAM", "Telegram"),
        Map.entry("LINKEDIN", "LinkedIn"),
        Map.entry("SKYPE", "Skype"),
        Map.entry("WEBSITE", "the website"),
        Map.entry("TRADE_SHOW", "trade shows"));

    /** Preferred channels a client can name that are not a way to write to them. */
    private static final Set<String> NOT_FOR_WRITING = Set.of("WEBSITE", "TRADE_SHOW");

    /** The Meeting column. */
    public static final Map<String, String> MEETINGS = Map.of("IN_PERSON", "in person", "VIDEO", "by video call");

    private EtiquetteWords() {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    /** A day or a run of days as the workbench writes them: "1 Jan 2027", "6–13 Feb 2027", "29 Apr – 5 May 2027", "31 Dec 2026 – 2 Jan 2027". */
    public static String days(LocalDate from, LocalDate to) {
        if (to == null || to.equals(from)) {
            return DAY.format(from);
        }
        if (from.getYear() != to.getYear()) {
            return DAY.format(from) + " – " + DAY.format(to);
        }
        if (from.getMonth() != to.getMonth()) {
            return from.getDayOfMonth() + " " + DAY.format(from).split(" ")[1] + " – " + DAY.format(to);
        }
        return from.getDayOfMonth() + "–" + DAY.format(to);
    }

    private static Map<String, Map<String, String>> tone() {
        Map<String, Map<String, String>> t = new LinkedHashMap<>();
        t.put("directness", Map.of(
            "DIRECT", "directness: direct — name problems plainly",
            "INDIRECT", "directness: indirect — raise problems gently, and listen for what is not said outright"));
        t.put("formality", Map.of(
            "FORMAL", "formality: formal — strict email format, titles, detailed parameters on quotes",
            "STANDARD", "formality: standard — polite, plain business style"));
        t.put("opening", Map.of(
            "BUSINESS_FIRST", "opening: business first — go straight to product, price and lead time",
            "RELATIONSHIP_FIRST", "opening: relationship first — some personal conversation before business"));
        t.put("feedback", Map.of(
            "DIRECT", "feedback: open — disagreement is discussed openly",
            "INDIRECT", "feedback: indirect — never question them in public; learn their real opinion informally or through a third person"));
        t.put("persuasion", Map.of(
            "DATA_DRIVEN", "persuasion: data — bring figures, charts and certificates",
            "STORY_DRIVEN", "persuasion: stories — bring cases, references and the bigger picture",
            "BALANCED", "persuasion: both — figures backed by a case or two"));
        t.put("pace", Map.of(
            "FAST", "pace: fast — answer quickly and keep alternatives ready",
            "MODERATE", "pace: moderate — answer steadily, without rushing them",
            "SLOW", "pace: slow — be patient, do not push for quick decisions"));
        t.put("hierarchy", Map.of(
            "HIERARCHICAL", "hierarchy: strict — address the senior person at equal rank; decisions take several internal rounds",
            "FLAT", "hierarchy: flat — talk to the working level, but promise nothing beyond your own authority"));
        t.put("context", Map.of(
            "LOW", "context: low — say everything explicitly and put it in writing",
            "HIGH", "context: high — much is left unsaid; read tone, pauses and who is in the room"));
        t.put("time", Map.of(
            "MONOCHRONIC", "time: strict — keep to the agenda and the times agreed",
            "POLYCHRONIC", "time: flexible — schedules move, plan buffers"));
        t.put("channelStyle", Map.of(
            "EFFICIENCY", "contact: efficient — clear points by email and phone",
            "RELATIONSHIP", "contact: personal — meet face to face when you can, and leave time for social talk"));
        return Collections.unmodifiableMap(t);
    }

    /** The tone of {@code e}, one phrase a line, in the order of {@link #TONE}. */
    public static List<String> tone(Etiquette e) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("directness", e.directness());
        values.put("formality", e.formality());
        values.put("opening", e.opening());
        values.put("feedback", e.feedback());
        values.put("persuasion", e.persuasion());
        values.put("pace", e.pace());
        values.put("hierarchy", e.hierarchy());
        values.put("context", e.context());
        values.put("time", e.time());
        values.put("channelStyle", e.channelStyle());
        return TONE.keySet().stream().filter(column -> values.get(column) != null)
            .map(column -> phrase(column, values.get(column))).toList();
    }

    /**
     * The client's pace in words, without the column's name: "slow — be patient, do not push for quick decisions" for
     * SLOW, as the guidance's tone list words it; a value without a phrase in words ("very slow"); null for none.
     */
    public static String pace(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String phrase = phrase("pace", value);
        return phrase.startsWith("pace: ") ? phrase.substring("pace: ".length()) : phrase;
    }

    /** The phrase of one tone value; a value without one reads "column: its name in words". */
    public static String phrase(String column, String value) {
        String phrase = TONE.getOrDefault(column, Map.of()).get(value.trim());
        return phrase != null ? phrase : column.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT) + ": " + words(value);
    }

    /** A channel's name as people write it: "WhatsApp", "email", "WeChat". */
    public static String channel(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = CHANNELS.get(value.trim().toUpperCase(Locale.ROOT));
        return name != null ? name : words(value);
    }

    /** Whether a client can be written to on {@code value} (not the website or a trade show). */
    public static boolean canWriteOn(String value) {
        return value != null && !value.isBlank() && !NOT_FOR_WRITING.contains(value.trim().toUpperCase(Locale.ROOT));
    }

    /** How meetings are held: "in person", "by video call". */
    public static String meeting(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String words = MEETINGS.get(value.trim());
        return words != null ? words : words(value);
    }

    /** A country code as its English name, "Germany" for DE; the code itself when Java knows no name. */
    public static String country(String code) {
        if (code == null || code.isBlank()) {
            return "the client's country";
        }
        return CountryCodes.englishName(code);
    }

    private static String words(String value) {
        return Words.of(value);
    }
}
