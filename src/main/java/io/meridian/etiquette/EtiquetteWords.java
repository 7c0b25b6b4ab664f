package io.meridian.etiquette;

import java.util.Locale;
import java.util.Map;

/**
 * The etiquette table's values in the words a salesperson reads on a task form: a channel's name
 * ("WhatsApp", not WHATSAPP). The values
 * themselves stay those of the workbook; a value without words here (a new one an analyst added)
 * reads as its lower-case name rather than failing the form.
 */
public final class EtiquetteWords {

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
    private static final java.util.Set<String> NOT_FOR_WRITING = java.util.Set.of("WEBSITE", "TRADE_SHOW");

    /** The Meeting column. */
    public static final Map<String, String> MEETINGS = Map.of("IN_PERSON", "in person", "VIDEO", "by video call");

    private EtiquetteWords() {
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
        String name = new Locale("", code.trim()).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code.trim()) ? code.trim() : name;
    }

    private static String words(String value) {
        return value.trim().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
