package io.meridian.messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Renders one client email from a set of templates: for each language the greeting (salutation,
 * the opening line where the language writes one, closing) and the kind's parts, then the layout joins the language parts into one subject, one
 * plain-text and one HTML body, and signs them with the team's signature.
 */
final class Renderer {

    /** Compiled once: String.replaceAll compiled it for every subject line (0.7 % of an inquiry's CPU). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Function<String, Optional<CompiledTemplate>> templates;
    private final List<String> signature;

    /**
     * @param templates a template by file name, empty when there is none
     * @param signature the lines that sign the email (the layout's {@code signature}), none for an unsigned one
     */
    Renderer(Function<String, Optional<CompiledTemplate>> templates, List<String> signature) {
        this.templates = templates;
        this.signature = List.copyOf(signature);
    }

    RenderedEmail render(MessageKind kind, Addressee to, Map<String, ?> values, List<String> languages) {
        List<Part> parts = parts(kind, to, values, languages);
        CompiledTemplate layout = template(TemplateFiles.LAYOUT);
        Map<String, Object> joined = joined(parts);
        return new RenderedEmail(kind, oneLine(layout.render("subject", joined)), layout.render("text", joined).strip() + "\n",
            layout.render("html", joined).strip() + "\n", List.copyOf(languages), parts.get(0).salutation);
    }

    /**
     * The subject and the first salutation exactly as {@link #render} gives them, without the bodies unless
     * the layout's subject asks for them: what a task's email preview shows, at about half the work.
     */
    Heading heading(MessageKind kind, Addressee to, Map<String, ?> values, List<String> languages) {
        List<Part> parts = parts(kind, to, values, languages);
        return new Heading(oneLine(template(TemplateFiles.LAYOUT).render("subject", joined(parts))), parts.get(0).salutation,
            List.copyOf(languages), parts.get(parts.size() - 1).salutation);
    }

    /**
     * An email's subject, the salutation of its first language part, its languages and the salutation of its last part,
     * the English one every email ends with.
     */
    record Heading(String subject, String salutation, List<String> languages, String lastSalutation) {
    }

    /** A part per language: greeting and subject rendered, the html and text bodies when a template first reads them. */
    private List<Part> parts(MessageKind kind, Addressee to, Map<String, ?> values, List<String> languages) {
        List<Part> parts = new ArrayList<>();
        String writer = writer(values);
        boolean firstReply = kind.firstReply(values);
        MessageKind.Team sender = MessageKind.Team.ofGroup(values.get(ClientMessages.TEAM)).orElse(kind.team());
        // an important document in two languages says in each which version is binding: the English one, as the team's own
        // words stand in English in every part and the translations are machine-drafted (DOMAIN "Language", seed 001)
        boolean bilingual = kind.important() && languages.size() > 1;
        List<Instant> moments = values.values().stream().map(ClientDates::instant).flatMap(Optional::stream).toList();
        for (String language : languages) {
            CompiledTemplate template = template(TemplateFiles.kindFile(kind, language));
            CompiledTemplate greeting = greeting(language);
            Map<String, Object> addressing = GreetingData.of(to, language);
            addressing.put("writer", writer);
            addressing.put("sender", signature.isEmpty() ? "" : signature.get(0));
            addressing.put("firstReply", firstReply);
            for (MessageKind.Team each : MessageKind.Team.values()) {
                addressing.put(each.flag(), each == sender);
            }
            String team = greeting.has("team") ? greeting.render("team", addressing).strip() : "";
            addressing.put("team", team);
            String salutation = greeting.render("salutation", addressing).strip();
            String opening = greeting.has("opening") ? greeting.render("opening", addressing).strip() : "";
            String closing = greeting.render("closing", addressing).strip();
            Map<String, Object> context = new HashMap<>();
            values.forEach((k, v) -> context.put(k, v == null ? ""
                : v == ClientMessages.SIGNING_TEAM ? team : v instanceof Localized l ? l.in(language) : v));
            context.put("salutation", salutation);
            context.put("opening", opening);
            context.put("closing", closing);
            context.put("company", to.company());
            context.put("contactName", to.contactName());
            // the zone by the name the part's reader knows ("Japan Time", "日本時間"), not its IANA id
            context.put("clientZone", ClientDates.zone(to.zone(), language, moments));
            Part part = new Part(salutation);
            sign(part, signature(team), writer, language);
            part.put("lang", language);
            part.put("dir", TemplateFiles.direction(language));
            Function<String, String> spelling = swissStandardGerman(to, language) ? Renderer::withoutEszett : Function.identity();
            part.put("binding", bilingual ? spelling.apply(binding(greeting, addressing)) : "");
            part.put("subject", spelling.apply(template.render("subject", context).strip()));
            part.later("html", () -> spelling.apply(template.render("html", context).strip()));
            part.later("text", () -> spelling.apply(template.render("text", context).strip()));
            parts.add(part);
        }
        return parts;
    }

    /**
     * The signature of one language part and the writer's name around it. The company's lines come with the sending
     * team's name in the part's language after the first (the company's name), as a letter signs with company and
     * department. The writer signs above them, as a letter does in most languages; in Japanese within them, after the
     * department and before the address and phone, as Japanese business email signs (company, department, the person,
     * then how to reach them). None for an unsigned email. {@code signed}: a signature of either kind follows the closing.
     */
    private void sign(Part part, List<String> lines, String writer, String language) {
        boolean companyFirst = JAPANESE.equals(Locale.forLanguageTag(language).getLanguage());
        boolean writerWithin = companyFirst && !writer.isEmpty() && !lines.isEmpty();
        part.put("signature", writerWithin ? insert(lines, lines.size() > signature.size() ? 2 : 1, writer) : lines);
        part.put("writerAbove", companyFirst ? "" : writer);
        part.put("writerBelow", companyFirst && !writerWithin ? writer : "");
        part.put("signed", !writer.isEmpty() || !signature.isEmpty());
    }

    /** The greeting's binding line, else the English greeting's, for a language whose greeting was written without one. */
    private String binding(CompiledTemplate greeting, Map<String, Object> addressing) {
        CompiledTemplate words = greeting.has(BINDING) ? greeting : template(TemplateFiles.greetingFile(TemplateFiles.ENGLISH));
        return words.has(BINDING) ? words.render(BINDING, addressing).strip() : "";
    }

    private static final String BINDING = "binding";

    /** The company's lines with {@code team} after the company's name; the lines as set when there is no team or none. */
    private List<String> signature(String team) {
        return signature.isEmpty() || team.isEmpty() ? signature : insert(signature, 1, team);
    }

    private static List<String> insert(List<String> lines, int at, String line) {
        List<String> all = new ArrayList<>(lines);
        all.add(at, line);
        return List.copyOf(all);
    }

    private static final String JAPANESE = "ja";

    /**
     * A German part read in Switzerland or Liechtenstein (the client's language de-CH or de-LI, its country's row says so for
     * a Swiss client who named plain German): Swiss Standard German writes ss where German writes ß ("Mit freundlichen
     * Grüssen"), as the Amtliches Regelwerk der deutschen Rechtschreibung allows there (§ 25 E2) and the Swiss Federal
     * Chancellery's Schreibweisungen require. The German templates serve both.
     */
    private static boolean swissStandardGerman(Addressee to, String language) {
        if (!GERMAN.equals(language) || to.clientLanguage() == null) {
            return false;
        }
        Locale reader = Locale.forLanguageTag(ClientMessages.regional(to.clientLanguage(), to.countryLanguage()));
        return GERMAN.equals(reader.getLanguage()) && SWISS_SPELLING.contains(reader.getCountry());
    }

    private static final String GERMAN = "de";
    private static final Set<String> SWISS_SPELLING = Set.of("CH", "LI");

    private static String withoutEszett(String text) {
        return text.replace("ß", "ss");
    }

    /** The team member who wrote the email, empty for an automatic one. */
    private static String writer(Map<String, ?> values) {
        Object writer = values.get(ClientMessages.WRITER);
        return writer == null ? "" : writer.toString().strip();
    }

    private Map<String, Object> joined(List<Part> parts) {
        return Map.of("parts", parts, "subject", parts.get(0).get("subject"), "signature", signature);
    }

    /**
     * One language part as the layout reads it (a map: Mustache asks {@code containsKey}, then {@code get}),
     * its bodies rendered on the first read.
     */
    private static final class Part extends HashMap<String, Object> {
        private final String salutation;
        private final Map<String, Supplier<String>> later = new HashMap<>();

        Part(String salutation) {
            this.salutation = salutation;
        }

        void later(String key, Supplier<String> body) {
            later.put(key, body);
        }

        @Override
        public Object get(Object key) {
            Supplier<String> body = later.remove(key);
            if (body != null) {
                put((String) key, body.get());
            }
            return super.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return later.containsKey(key) || super.containsKey(key);
        }
    }

    /**
     * The greeting of a part's language: its own, else its language's without the region (a pt-PT part without a
     * greeting of its own greets as pt does; never simplified Chinese for traditional), else English.
     */
    private CompiledTemplate greeting(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String base = locale.getLanguage();
        boolean ownBase = !base.isEmpty() && !base.equals(language) && !ClientMessages.traditionalChinese(locale);
        return templates.apply(TemplateFiles.greetingFile(language))
            .or(() -> ownBase ? templates.apply(TemplateFiles.greetingFile(base)) : Optional.empty())
            .orElseGet(() -> template(TemplateFiles.greetingFile(TemplateFiles.ENGLISH)));
    }

    private CompiledTemplate template(String file) {
        return templates.apply(file).orElseThrow(() -> new IllegalStateException("no template " + file + " is in force"));
    }

    private static String oneLine(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
