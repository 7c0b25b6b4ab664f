package io.meridian.messages;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every client email goes through here: the templates in force render it in English and, where
 * the client's language (the record's, else the country's) has templates, in that language first; the outbox sends it as multipart (plain text and HTML). A language without a
 * template falls back to English, and the log says so once per kind and language.
 */
@Service
public class ClientMessages {

    private static final Logger log = LoggerFactory.getLogger(ClientMessages.class);
    /** A line break and the blanks around it, which a preview shows as one space. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    private static final int MAX_SUBJECT = 1000;
    /** The value naming the team member who wrote the email, whom the layout signs it with; none signs it as the team. */
    public static final String WRITER = "writer";
    /**
     * The value naming the group that sends the email when it is not the kind's own team (a complaint's handling team:
     * logistics answers a delivery delay); the layout signs with that team's name.
     */
    public static final String TEAM = "sendingTeam";
    /**
     * A value that reads as the name of the team signing the email, in each part's language ("Export sales",
     * "Exportvertrieb"): where an email names who did something and no person may be named (an integration recorded it).
     */
    public static final Object SIGNING_TEAM = new Object() {
        @Override
        public String toString() {
            return "the team signing the email";
        }
    };

    private final MessageTemplates templates;
    private final Outbox outbox;
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    ClientMessages(MessageTemplates templates, Outbox outbox) {
        this.templates = templates;
        this.outbox = outbox;
    }

    /**
     * The languages of an email to {@code to}, in the order of its parts: the client's language (the record's, else the
     * one the etiquette table's Language column names for the client's country, which it documents as the client's
     * language for emails) where there are templates in it, then English. A German client who named no language reads
     * German first, where the email was English only unless the etiquette asked for bilingual documents.
     */
    public List<String> languages(MessageKind kind, Addressee to) {
        List<String> languages = new ArrayList<>();
        String language = to.clientLanguage();
        if (language != null && !language.startsWith(TemplateFiles.ENGLISH)) {
            String written = templateLanguage(kind, regional(language, to.countryLanguage()), language);
            if (written != null) {
                languages.add(written);
            } else if (reportedMissing.add(kind.folder() + "/" + language)) {
                log.warn("No {} template in language '{}' ({}): such emails go out in English only",
                    kind.folder(), language, TemplateFiles.kindFile(kind, language));
            }
        }
        languages.add(TemplateFiles.ENGLISH);
        return languages;
    }

    /**
     * A record's language without a region read with the region of the client's country where the country's language
     * names one of the same language: "pt" from a client in Portugal (its etiquette: pt-PT) is European Portuguese, as
     * plain pt is Brazilian (CLDR). Else the language as recorded.
     */
    static String regional(String language, String countryLanguage) {
        if (countryLanguage == null || language.contains("-") || !countryLanguage.contains("-")) {
            return language;
        }
        return Locale.forLanguageTag(countryLanguage).getLanguage().equals(language) ? countryLanguage : language;
    }

    /**
     * {@link #templateLanguage(MessageKind, String)} of the language with its country's region, else of the language
     * as recorded (a Taiwanese client who asked for zh keeps the simplified templates, which zh-TW never reads).
     */
    private String templateLanguage(MessageKind kind, String regional, String recorded) {
        String written = templateLanguage(kind, regional);
        return written != null || regional.equals(recorded) ? written : templateLanguage(kind, recorded);
    }

    /**
     * The language whose templates serve a client who reads {@code language}: its own where there are any, else those of
     * its language without the region (European Portuguese pt-PT reads pt where a kind has no pt-PT template, Mexican
     * Spanish es-MX es, Austrian German de-AT de), but never simplified Chinese (zh) for traditional (zh-TW, zh-HK,
     * zh-MO, zh-Hant); null when none is there.
     */
    private String templateLanguage(MessageKind kind, String language) {
        if (templates.has(kind, language)) {
            return language;
        }
        Locale locale = Locale.forLanguageTag(language);
        String base = locale.getLanguage();
        if (base.isEmpty() || base.equals(language) || traditionalChinese(locale)) {
            return null;
        }
        return templates.has(kind, base) ? base : null;
    }

    static boolean traditionalChinese(Locale locale) {
        return "zh".equals(locale.getLanguage()) && ("Hant".equals(locale.getScript())
            || locale.getScript().isEmpty() && Set.of("TW", "HK", "MO").contains(locale.getCountry()));
    }

    public RenderedEmail render(MessageKind kind, Addressee to, Map<String, ?> values) {
        return templates.renderer().render(kind, to, values, languages(kind, to));
    }

    /**
     * Withdraws the emails of {@code kind} about {@code reference} that have not gone out yet, in the caller's
     * transaction, before a new one of that kind replaces them (a revised quote while the first still waits for
     * the client's opening): the client gets the newest only. Returns how many were withdrawn.
     */
    public int withdrawWaiting(MessageKind kind, String reference, String replacedBy) {
        int withdrawn = outbox.withdrawPlanned(reference, kind.name(), "withdrawn before it went out: " + replacedBy);
        if (withdrawn > 0) {
            log.info("{} email(s) of kind {} about {} withdrawn before they went out: {}", withdrawn, kind, reference, replacedBy);
        }
        return withdrawn;
    }

    /** Renders and plans the email in the outbox, in the caller's transaction. */
    public OutboxMessage plan(MessageKind kind, Addressee to, Map<String, ?> values, Instant plannedAt, String reference) {
        return plan(kind, to, values, plannedAt, reference, List.of());
    }

    /**
     * As {@link #plan(MessageKind, Addressee, Map, Instant, String)}, after every email about {@code chain} (the matter
     * and those it grew out of) still waiting to go out ({@link Outbox#planEmail(String, String, String,
     * OutboxMessage.Content, Instant, String, java.util.Collection)}): the client gets them in the order they were planned.
     */
    public OutboxMessage plan(MessageKind kind, Addressee to, Map<String, ?> values, Instant plannedAt, String reference,
                              Collection<String> chain) {
        RenderedEmail email = render(kind, to, values);
        return outbox.planEmail(to.email(), cut(email.subject(), MAX_SUBJECT), email.text(),
            new OutboxMessage.Content(email.html(), kind.name(), String.join(",", email.languages())), plannedAt, reference, chain);
    }

    /**
     * The email as it will go out, for a task form: subject, salutation (and the English one after it, when the email
     * has another language first), languages and when it goes out
     * ({@code goesOut}: the sending rule in words, as the caller that knows the clocks states it). Markdown,
     * like the rest of the briefing.
     */
    public String preview(MessageKind kind, Addressee to, Map<String, ?> values, String goesOut) {
        return preview(kind, to, values, goesOut, null);
    }

    /**
     * The same, for the client record {@code clientId}: a change the preview asks for names that record, where the team
     * member would otherwise have to look its id up ({@code null}: named as {@code {id}}).
     */
    public String preview(MessageKind kind, Addressee to, Map<String, ?> values, String goesOut, String clientId) {
        Renderer.Heading email = templates.renderer().heading(kind, to, values, languages(kind, to));
        return "**Email to the client:** " + kind.words()
            + "\n\n- Subject: " + email.subject()
            // the salutation's lines as the email has them (the company, then the person), not run into one
            + "\n- Salutation: " + LINE_BREAK.matcher(email.salutation().strip()).replaceAll(" / ")
            // the team may not read the client's language: how the English part addresses the client, by the same name
            + (email.languages().size() > 1 ? "\n- In English: " + LINE_BREAK.matcher(email.lastSalutation().strip()).replaceAll(" / ") : "")
            + nameNote(to, email.languages().get(0), clientId)
            + "\n- Languages: " + String.join(" + ", email.languages())
            + untranslatedNote(kind, to, email.languages())
            + "\n- Goes out: " + goesOut;
    }

    /**
     * A line saying that an important document goes out in English only where the client's etiquette asks for it in their
     * language too (seed 001: in minor-language markets important documents are bilingual and professionally checked) and
     * no template is written in it (Thai, Italian, Polish ...), so the team sends a checked translation beside it. Empty
     * otherwise.
     */
    private static String untranslatedNote(MessageKind kind, Addressee to, List<String> languages) {
        String language = to.clientLanguage();
        if (!kind.important() || !to.bilingualDocuments() || language == null || language.startsWith(TemplateFiles.ENGLISH)
            || languages.size() > 1) {
            return "";
        }
        String written = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return "\n- " + written + " version: the client's etiquette asks for important documents in " + written + " and English,"
            + " professionally checked; there is no " + written + " template for this email, so it goes out in English only:"
            + " send the client a professionally checked " + written + " version beside it";
    }

    /**
     * A line saying that the client's name is on the record in Latin letters only, where the email's first part is in a
     * language written in another script: it then addresses the client in Latin letters ("尊敬的Wang先生："), which only
     * the client record's contact name in the client's own script puts right. Empty otherwise.
     */
    private static String nameNote(Addressee to, String language, String clientId) {
        if (!ClientNames.onlyInLatinLetters(to, language)) {
            return "";
        }
        String written = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return "\n- Name: in Latin letters only on the client record, so the " + written + " part addresses the client in"
            + " them; if the client writes their name in " + written + " script, put it in the client's contact name"
            + " (" + clientChange(clientId) + ") and the next emails use it";
    }

    /**
     * Who changes the client record and where: sales (a desk's member for their desk's clients) and managers, by the API
     * call, which a browser makes on the API page (Swagger UI signs in with the same users): Tasklist has no form for it.
     */
    public static String clientChange(String clientId) {
        return "sales or a manager changes it: PATCH /api/clients/" + (clientId == null ? "{id}" : clientId)
            + ", in the browser on the API page /api/docs under \"Clients\"";
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * A moment as the client reads it: the weekday, date and time in the client's clock, written as each language part's
     * language writes them ({@link ClientDates}); the template names the zone with {{clientZone}}.
     */
    public static Localized clientTime(Instant instant, ZoneId zone) {
        return ClientDates.moment(instant, zone);
    }
}
