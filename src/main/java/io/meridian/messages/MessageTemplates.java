package io.meridian.messages;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.samskivert.mustache.MustacheException;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.system.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The client email templates in force, with the lifecycle of the rule workbooks: a template goes
 * live only after every check ({@link #check}), is stored in the database with a new version
 * number and swapped in atomically; an older version can be restored; a refused template leaves
 * the version in force serving. On start the database's active versions win, a file in the folder
 * the database has never seen is submitted like an upload. Several nodes follow each other's
 * activations through {@link #sync()}.
 */
@Service
@DependsOn("ruleVersions")
public class MessageTemplates implements TemplateCheck, InitializingBean {

    public static final String FILE_AUTHOR = "file";
    static final String SCENARIO_CLIENTS = "scenario-clients.json";
    private static final Logger log = LoggerFactory.getLogger(MessageTemplates.class);
    private static final Pattern TAG = Pattern.compile("\\{\\{([{&#^/>!]?)\\s*([^}\\s]*)\\s*}?}}");
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Set<String> LAYOUT_NAMES = Set.of("parts", "lang", "dir", "subject", "html", "text", "-first", "-last",
        "signature", "signed", "writerAbove", "writerBelow", "binding", "this", ".");
    /** What a template is checked with when the server has no signature set: a name with an ampersand, as many have. */
    private static final List<String> SAMPLE_SIGNATURE = List.of("Sample Trading & Co., Ltd.", "+86 21 5555 0100");

    private final TemplateVersionRepository repository;
    private final MessageSettings settings;
    private final EtiquetteService etiquette;
    private final ObjectMapper json;
    /** The signature's lines, split once: every email a renderer makes is signed with them. */
    private final List<String> signature;
    private final ReentrantLock changes = new ReentrantLock();
    private final Map<String, String> folderChecksums = new ConcurrentHashMap<>();
    private volatile Map<String, CompiledTemplate> active = Map.of();
    private volatile boolean starting = true;

    MessageTemplates(TemplateVersionRepository repository, MessageSettings settings, EtiquetteService etiquette, ObjectMapper json) {
        this.repository = repository;
        this.settings = settings;
        this.etiquette = etiquette;
        this.json = json;
        this.signature = settings.signatureLines();
    }

    @Override
    public void afterPropertiesSet() {
        Map<String, byte[]> files = readFiles();
        Map<String, TemplateVersionRepository.StoredVersion> stored = repository.active();
        // layout and greetings first: a kind's check renders with them
        List<String> order = new ArrayList<>(new TreeSet<>(union(files.keySet(), stored.keySet())));
        // English before the translations, which are checked in both languages
        order.sort(Comparator.comparingInt(f -> (f.equals(TemplateFiles.LAYOUT) ? 0 : f.startsWith(TemplateFiles.GREETING + "/") ? 2 : 4)
            - (f.endsWith("/" + TemplateFiles.ENGLISH + ".mustache") ? 1 : 0)));
        List<String> unusable = new ArrayList<>();
        for (String file : order) {
            byte[] bytes = files.get(file);
            TemplateVersionRepository.StoredVersion inForce = stored.get(file);
            if (inForce != null) {
                put(CompiledTemplate.compile(TemplateFile.parse(file, inForce.content()), inForce.version(), inForce.checksum()));
            }
            if (bytes == null) {
                continue;
            }
            try {
                String content = TemplateText.decode(file, bytes, StandardCharsets.UTF_8);
                String checksum = checksum(content);
                folderChecksums.put(file, checksum);
                if (inForce != null && repository.findByChecksum(file, checksum).isPresent()) {
                    continue;
                }
                // once: a node starting at the same moment on the same database may store the same file
                submit(file, content, FILE_AUTHOR, true);
            } catch (TemplateRefusedException e) {
                if (inForce != null) {
                    log.warn("Template {} from the folder is refused, version {} stays in force: {}", file, inForce.version(), e.problems());
                } else if (file.equals(TemplateFiles.LAYOUT) || file.endsWith("/" + TemplateFiles.ENGLISH + ".mustache")) {
                    unusable.add(e.getMessage());
                } else {
                    log.warn("Template {} is refused and not served (emails fall back to English): {}", file, e.problems());
                }
            }
        }
        for (MessageKind kind : MessageKind.values()) {
            if (find(TemplateFiles.kindFile(kind, TemplateFiles.ENGLISH)).isEmpty()) {
                unusable.add("no English template for " + kind.folder() + " (" + TemplateFiles.kindFile(kind, TemplateFiles.ENGLISH) + ")");
            }
        }
        if (!unusable.isEmpty()) {
            throw new IllegalStateException("Cannot start, client email templates unusable: " + String.join("; ", unusable));
        }
        starting = false;
        log.info("{} client email templates in force", active.size());
    }

    /** The template in force for a file, e.g. {@code quote/ja.mustache}. */
    Optional<CompiledTemplate> find(String file) {
        return Optional.ofNullable(active.get(file));
    }

    /** The text in force for a file, e.g. {@code quote/ja.mustache}, as the API's GET answers it. */
    public Optional<String> text(String file) {
        return find(file).map(CompiledTemplate::content);
    }

    /** Whether {@code file} names a template: {@code layout.mustache}, {@code greeting/<language>.mustache} or {@code <kind>/<language>.mustache}. */
    public static boolean isTemplateFile(String file) {
        return TemplateFiles.known(file);
    }

    /**
     * An uploaded file's bytes as a template's text, as the API reads a body without a charset: UTF-8, without a byte order mark.
     *
     * @throws TemplateRefusedException naming the line and column of the first byte that is not UTF-8
     */
    public static String decode(String file, byte[] bytes) {
        return TemplateText.decode(file, bytes, StandardCharsets.UTF_8);
    }

    public boolean has(MessageKind kind, String language) {
        return active.containsKey(TemplateFiles.kindFile(kind, language));
    }

    /** Every template in force, by file name. */
    public List<TemplateInForce> inForce() {
        return new TreeMap<>(active).values().stream()
            .map(t -> new TemplateInForce(t.file(), t.version(), t.checksum(), t.checkedBy(), t.loadedAt())).toList();
    }

    /** A template as the API lists it. */
    public record TemplateInForce(
        @Schema(description = "the template, e.g. quote/en.mustache") String file,
        @Schema(description = "the version in force") int version,
        @Schema(description = "the text's SHA-256") String checksum,
        @Schema(description = "who checked its wording (the template's checked-by line); null when it names no one") @Nullable String checkedBy,
        @Schema(description = "when it was loaded") Instant loadedAt) {
    }

    /** A stored version as the API lists it. */
    @Schema(name = "TemplateVersion")
    public record Version(
        @Schema(description = "the version number") int version,
        @Schema(description = "the text's SHA-256") String checksum,
        @Schema(description = "who checked its wording (the template's checked-by line); null when it names no one") @Nullable String checkedBy,
        @Schema(description = "who uploaded it") String author,
        @Schema(description = "when") Instant createdAt,
        @Schema(description = "true for the version in force") boolean active) {
    }

    Renderer renderer() {
        Map<String, CompiledTemplate> now = active;
        return new Renderer(file -> Optional.ofNullable(now.get(file)), signature);
    }

    @Override
    public List<TemplateProblem> check(String file, String content) {
        Map<String, CompiledTemplate> now = active;
        return check(file, content, f -> Optional.ofNullable(now.get(f)));
    }

    /**
     * Checks, stores and activates a template; the version in force is unchanged when it is refused.
     *
     * @throws TemplateRefusedException naming each problem with file, line and placeholder
     */
    public int submit(String file, String content, String author) {
        return submission(file, content, author).version();
    }

    /** The version a submitted template is in force as, and whether it was stored as a new one. */
    public record Submission(int version, boolean created) {
    }

    /**
     * As {@link #submit(String, String, String)}; a content stored before (the version in force, or an older one) passes the
     * same checks and is put in force as that version again rather than stored once more, as an identical workbook is.
     */
    public Submission submission(String file, String content, String author) {
        changes.lock();
        try {
            Optional<Integer> stored = repository.findByChecksum(file, checksum(content));
            if (stored.isPresent()) {
                // checked again as any upload: the kinds' placeholders or the scenario clients may have changed since
                List<TemplateProblem> problems = check(file, content);
                if (!problems.isEmpty()) {
                    throw new TemplateRefusedException(file, problems);
                }
                CompiledTemplate current = active.get(file);
                if (current == null || current.version() != stored.get()) {
                    putInForce(file, stored.get(), content, checksum(content), author);
                }
                return new Submission(stored.get(), false);
            }
            return new Submission(submit(file, content, author, false), true);
        } finally {
            changes.unlock();
        }
    }

    /**
     * As {@link #submit(String, String, String)}; at start ({@code once}) a content another node has put in
     * force meanwhile keeps its version instead of getting a new one.
     */
    private int submit(String file, String content, String author, boolean once) {
        changes.lock();
        try {
            List<TemplateProblem> problems = check(file, content);
            if (!problems.isEmpty()) {
                throw new TemplateRefusedException(file, problems);
            }
            TemplateFile parsed = TemplateFile.parse(file, content);
            String checksum = checksum(content);
            int version = once ? repository.storeUnlessInForce(file, content, checksum, parsed.checkedBy(), author, Instant.now())
                : repository.store(file, content, checksum, parsed.checkedBy(), author, Instant.now());
            put(CompiledTemplate.compile(parsed, version, checksum));
            if (starting) {
                log.debug("Template {} version {} in force (wording checked by: {})", file, version, parsed.checkedBy());
            } else {
                log.info("Template {} version {} in force (by {}, wording checked by: {})", file, version, author, parsed.checkedBy());
            }
            return version;
        } finally {
            changes.unlock();
        }
    }

    /** What a text sends a scenario client: its subject and plain text, as the check renders them. */
    public record Preview(String client, String subject, String text) {
    }

    /**
     * What a text of a kind's template would send the first scenario client of its language (the client's own, else their
     * country's: {@code pt-PT} for the Portuguese client), else the first scenario client, with the sample values and the
     * other templates in force, as {@link #check} renders it; empty for the layout and the greetings (no email of their own)
     * and for a text that does not render. Nothing changes.
     */
    public Optional<Preview> preview(String file, String content) {
        return preview(file, content, null);
    }

    /**
     * As {@link #preview(String, String)}, for the scenario client named {@code client} (as {@link #scenarioClientNames()}
     * lists them); for the template's own when {@code client} is null or names none.
     */
    public Optional<Preview> preview(String file, String content, String client) {
        Optional<TemplateFiles.Name> name = TemplateFiles.parse(file);
        Optional<MessageKind> kind = name.flatMap(TemplateFiles.Name::kind);
        if (kind.isEmpty() || content == null || content.isBlank()) {
            return Optional.empty();
        }
        try {
            Map<String, CompiledTemplate> now = active;
            CompiledTemplate candidate = CompiledTemplate.compile(TemplateFile.parse(file, content), 0, checksum(content));
            Renderer renderer = candidateRenderer(file, candidate, f -> Optional.ofNullable(now.get(f)));
            String language = name.get().language();
            ScenarioClient chosen = scenarioClients().stream().filter(c -> c.name().equals(client)).findFirst()
                .orElseGet(() -> previewClient(file));
            RenderedEmail email = renderer.render(kind.get(), addressee(chosen), SampleValues.of(kind.get()),
                TemplateFiles.ENGLISH.equals(language) ? List.of(language) : List.of(language, TemplateFiles.ENGLISH));
            return Optional.of(new Preview(chosen.name(), email.subject(), email.text()));
        } catch (RuntimeException e) {
            log.debug("No preview of {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** The names of the scenario clients ({@code messages/scenario-clients.json}), in its order: whom a preview may show. */
    public List<String> scenarioClientNames() {
        try {
            return scenarioClients().stream().map(ScenarioClient::name).toList();
        } catch (IllegalStateException e) {
            return List.of(); // a check says why
        }
    }

    /**
     * The scenario client a template's preview shows unless the analyst chooses another: the first whose language (the
     * client's own, else the one the etiquette gives their country) is the template's, else the first.
     */
    ScenarioClient previewClient(String file) {
        List<ScenarioClient> clients = scenarioClients();
        String language = TemplateFiles.parse(file).map(TemplateFiles.Name::language).orElse(TemplateFiles.ENGLISH);
        return clients.stream().filter(c -> language.equals(c.language())).findFirst()
            .or(() -> clients.stream().filter(c -> c.language() == null && language.equals(addressee(c).clientLanguage())).findFirst())
            .orElse(clients.get(0));
    }

    /** The name of the scenario client {@link #preview(String, String)} shows for a template. */
    public String previewClientName(String file) {
        try {
            return previewClient(file).name();
        } catch (IllegalStateException e) {
            return null; // a check says why
        }
    }

    /** Puts a stored version back in force (roll back); it passed every check when it was stored. */
    public int activate(String file, int version, String author) {
        changes.lock();
        try {
            TemplateVersionRepository.StoredVersion stored = repository.version(file, version)
                .orElseThrow(() -> new NotFoundException("template " + file + " has no version " + version));
            // checked again as any upload: a version stored before may use a placeholder its kind no longer gives, or fail a
            // scenario client added since; refused, the version in force keeps serving
            List<TemplateProblem> problems = check(file, stored.content());
            if (!problems.isEmpty()) {
                throw new TemplateRefusedException(file, problems);
            }
            putInForce(file, version, stored.content(), stored.checksum(), author);
            return version;
        } finally {
            changes.unlock();
        }
    }

    /** Puts a stored version that passed today's checks back in force, here and (through the database) on every node. */
    private void putInForce(String file, int version, String content, String checksum, String author) {
        repository.activate(file, version);
        put(CompiledTemplate.compile(TemplateFile.parse(file, content), version, checksum));
        log.info("Template {} version {} in force again (by {})", file, version, author);
    }

    /** The stored version in force of each file (who stored it and when), by file name. */
    public Map<String, Version> versionsInForce() {
        Map<String, Version> byFile = new TreeMap<>();
        repository.active().forEach((file, v) -> byFile.put(file,
            new Version(v.version(), v.checksum(), v.checkedBy(), v.author(), v.createdAt(), v.active())));
        return byFile;
    }

    public List<Version> versions(String file) {
        return repository.versions(file).stream()
            .map(v -> new Version(v.version(), v.checksum(), v.checkedBy(), v.author(), v.createdAt(), v.active())).toList();
    }

    /** Takes a template saved into the folder, once per content; a file that is not UTF-8 text is refused as any other. */
    void takeFromFolder(String file, byte[] bytes) {
        CompiledTemplate current = active.get(file);
        try {
            String content = TemplateText.decode(file, bytes, StandardCharsets.UTF_8);
            String checksum = checksum(content);
            if (checksum.equals(folderChecksums.put(file, checksum))) {
                return;
            }
            if (current != null && current.checksum().equals(checksum)) {
                return;
            }
            submit(file, content, FILE_AUTHOR);
        } catch (TemplateRefusedException e) {
            log.warn("Template {} saved in the folder is refused; {}: {}", file,
                current == null ? "none is in force" : "version " + current.version() + " keeps serving", e.problems());
        }
    }

    /** Follows activations made by other nodes. */
    void sync() {
        for (TemplateVersionRepository.StoredVersion v : repository.active().values()) {
            CompiledTemplate current = active.get(v.file());
            if (current == null || current.version() != v.version()) {
                changes.lock();
                try {
                    put(CompiledTemplate.compile(TemplateFile.parse(v.file(), v.content()), v.version(), v.checksum()));
                    log.info("Template {} version {} in force (activated on another node)", v.file(), v.version());
                } finally {
                    changes.unlock();
                }
            }
        }
    }

    MessageSettings settings() {
        return settings;
    }

    private void put(CompiledTemplate template) {
        Map<String, CompiledTemplate> next = new HashMap<>(active);
        next.put(template.file(), template);
        active = Map.copyOf(next);
    }

    // ---- the checks ----

    List<TemplateProblem> check(String file, String content, Function<String, Optional<CompiledTemplate>> current) {
        List<TemplateProblem> problems = new ArrayList<>();
        if (!TemplateFiles.known(file)) {
            problems.add(new TemplateProblem(file, null, null, "unknown template file: a template is layout.mustache, "
                + "greeting/<language>.mustache or <kind>/<language>.mustache with a kind of "
                + String.join(", ", Stream.of(MessageKind.values()).map(MessageKind::folder).toList())
                + " and a language such as en, ja or zh-TW"));
            return problems;
        }
        if (content == null || content.isBlank()) {
            problems.add(new TemplateProblem(file, null, null, "the template is empty"));
            return problems;
        }
        TemplateFile parsed = TemplateFile.parse(file, content);
        problems.addAll(parsed.problems());
        Set<String> required = TemplateFiles.parts(file);
        for (String part : required) {
            if (!parsed.parts().containsKey(part)) {
                problems.add(new TemplateProblem(file, null, null, "part '" + part + "' is missing (a line --- " + part + " --- opens it)"));
            }
        }
        Set<String> names = names(file);
        Set<String> optional = TemplateFiles.optionalParts(file);
        parsed.parts().forEach((part, p) -> {
            if (!required.contains(part) && !optional.contains(part)) {
                Set<String> known = new TreeSet<>(required);
                known.addAll(optional);
                problems.add(new TemplateProblem(file, p.firstLine() - 1, null, "unknown part '" + part + "' (this file has "
                    + String.join(", ", known) + ")"));
                return;
            }
            placeholders(file, p, names, problems);
            try {
                CompiledTemplate.compiler(part).compile(p.text());
            } catch (MustacheException e) {
                problems.add(new TemplateProblem(file, line(p, e.getMessage()), null, "does not compile: " + e.getMessage()));
            }
        });
        if (!problems.isEmpty()) {
            return problems;
        }
        List<ScenarioClient> clients;
        try {
            clients = scenarioClients();
        } catch (IllegalStateException e) {
            // the analysts' own file: a typo there is a problem to correct, not a server error
            problems.add(new TemplateProblem(file, null, null, e.getMessage() + "; every template is checked with these"
                + " clients, so none goes live until the file reads"));
            return problems;
        }
        CompiledTemplate candidate = CompiledTemplate.compile(parsed, 0, checksum(content));
        Renderer renderer = candidateRenderer(file, candidate, current);
        for (ScenarioClient client : clients) {
            renderFor(file, parsed, client, renderer, current, problems);
            if (problems.size() > 20) {
                break;
            }
        }
        return problems;
    }

    private void renderFor(String file, TemplateFile parsed, ScenarioClient client, Renderer renderer,
                           Function<String, Optional<CompiledTemplate>> current, List<TemplateProblem> problems) {
        Optional<TemplateFiles.Name> name = TemplateFiles.parse(file);
        String language = name.map(TemplateFiles.Name::language).orElse(TemplateFiles.ENGLISH);
        List<MessageKind> kinds = name.flatMap(TemplateFiles.Name::kind).map(List::of)
            .orElse(List.of(MessageKind.values()));
        for (MessageKind kind : kinds) {
            List<String> languages = name.isPresent() && !TemplateFiles.ENGLISH.equals(language) ? List.of(language, TemplateFiles.ENGLISH)
                : List.of(TemplateFiles.ENGLISH);
            if (name.flatMap(TemplateFiles.Name::kind).isEmpty()
                && current.apply(TemplateFiles.kindFile(kind, TemplateFiles.ENGLISH)).isEmpty()) {
                continue; // checked with the layout and greetings once the kind's own templates are there
            }
            if (name.isPresent() && name.get().greeting() && current.apply(TemplateFiles.kindFile(kind, language)).isEmpty()) {
                continue; // no message of this kind in this language uses the greeting yet
            }
            String who = "scenario client '" + client.name() + "'";
            RenderedEmail email;
            try {
                email = renderer.render(kind, addressee(client), SampleValues.of(kind), languages);
            } catch (MustacheException e) {
                Matcher placeholder = Pattern.compile("name '([^']+)'").matcher(String.valueOf(e.getMessage()));
                problems.add(new TemplateProblem(file, null, placeholder.find() ? placeholder.group(1) : null,
                    "does not render for " + who + ": " + e.getMessage()));
                return;
            } catch (RuntimeException e) {
                problems.add(new TemplateProblem(file, null, null, "does not render for " + who + ": " + e.getMessage()));
                return;
            }
            for (String out : List.of(email.subject(), email.text(), email.html())) {
                Matcher left = TAG.matcher(out);
                if (left.find()) {
                    problems.add(new TemplateProblem(file, null, left.group(2), "unreplaced placeholder in the email for " + who));
                    return;
                }
            }
            String wellFormed = wellFormed(email.html());
            if (wellFormed != null) {
                // the same tag's complaint, whatever line of the email it fell on (an opening line for one client moves it)
                String complaint = wellFormed.replaceFirst("^line \\d+ of the email: ", "");
                if (problems.stream().anyMatch(p -> p.message().startsWith("the HTML is not well-formed")
                    && p.message().endsWith(complaint))) {
                    return; // the same tag, named once: not once per scenario client
                }
                TemplateFile.Part html = parsed.parts().get("html");
                problems.add(new TemplateProblem(file, html == null ? null : html.firstLine(), null,
                    "the HTML is not well-formed for " + who + " (close every tag, write <br/>, use &#160; for a fixed space): " + wellFormed));
                return;
            }
        }
    }

    /** Renders with {@code candidate} for its file and the others in force, signed as the emails will be, or with a sample signature when there is none yet: a signature set later renders too. */
    private Renderer candidateRenderer(String file, CompiledTemplate candidate, Function<String, Optional<CompiledTemplate>> current) {
        return new Renderer(f -> f.equals(file) ? Optional.of(candidate) : current.apply(f), signature.isEmpty() ? SAMPLE_SIGNATURE : signature);
    }

    /** A scenario client as an email addresses them, with the etiquette decided for their country and tier now. */
    private Addressee addressee(ScenarioClient client) {
        return Addressee.of("scenario@example.com", client.company(), client.contactName(), client.givenName(),
            client.familyName(), client.salutation(), client.title(), client.language(), null,
            etiquette.decide(client.country(), Instant.now(), client.tierValue()));
    }

    private static void placeholders(String file, TemplateFile.Part part, Set<String> names, List<TemplateProblem> problems) {
        String[] lines = part.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher tag = TAG.matcher(lines[i]);
            while (tag.find()) {
                String sigil = tag.group(1);
                String name = tag.group(2);
                if ("!".equals(sigil) || name.isEmpty()) {
                    continue;
                }
                if (">".equals(sigil)) {
                    problems.add(new TemplateProblem(file, part.firstLine() + i, name, "partials are not used: write the text here"));
                } else if (!names.contains(name)) {
                    problems.add(new TemplateProblem(file, part.firstLine() + i, name, "unknown placeholder {{" + name
                        + "}}: this template knows " + String.join(", ", new TreeSet<>(names))));
                }
            }
        }
    }

    private static Set<String> names(String file) {
        if (TemplateFiles.LAYOUT.equals(file)) {
            return LAYOUT_NAMES;
        }
        TemplateFiles.Name name = TemplateFiles.parse(file).orElseThrow();
        return name.greeting() ? GreetingData.NAMES : name.kind().orElseThrow().placeholders();
    }

    private static Integer line(TemplateFile.Part part, String message) {
        Matcher m = LINE.matcher(String.valueOf(message));
        return m.find() ? part.firstLine() + Integer.parseInt(m.group(1)) - 1 : part.firstLine();
    }

    /** Null when {@code html} parses as XML (no DTD, no external entities), else the parser's complaint. */
    static String wellFormed(String html) {
        try {
            // the JDK's own parser, without newInstance()'s search of every jar for another one on each call
            // (a JFR profile of the test run: a quarter of the template checks' CPU)
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new InputSource(new StringReader(html)));
            return null;
        } catch (SAXParseException e) {
            return "line " + e.getLineNumber() + " of the email: " + e.getMessage();
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    List<ScenarioClient> scenarioClients() {
        try {
            Path file = settings.folder().resolve(SCENARIO_CLIENTS);
            String text = Files.isRegularFile(file) ? Files.readString(file)
                : new String(new PathMatchingResourcePatternResolver().getResource("classpath:messages/" + SCENARIO_CLIENTS)
                    .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return json.readValue(text, new TypeReference<List<ScenarioClient>>() { });
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String why = e instanceof UnrecognizedPropertyException unknown
                ? "unknown field \"" + unknown.getPropertyName() + "\": a scenario client has the fields "
                    + String.join(", ", new TreeSet<>(unknown.getKnownPropertyIds().stream().map(String::valueOf).toList()))
                : e.getOriginalMessage();
            throw new IllegalStateException("cannot read messages/" + SCENARIO_CLIENTS
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": " + why, e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read messages/" + SCENARIO_CLIENTS + ": " + e.getMessage(), e);
        }
    }

    /** The template files of the folder (or, without one, those packed into the application), as their bytes: decoded where each is checked. */
    private Map<String, byte[]> readFiles() {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            if (Files.isDirectory(settings.folder())) {
                try (Stream<Path> paths = Files.walk(settings.folder(), 2)) {
                    for (Path path : paths.filter(Files::isRegularFile).toList()) {
                        String name = settings.folder().relativize(path).toString().replace('\\', '/');
                        if (name.endsWith(".mustache")) {
                            files.put(name, Files.readAllBytes(path));
                        }
                    }
                }
            } else {
                for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/**/*.mustache")) {
                    String url = r.getURL().toString();
                    String name = url.substring(url.lastIndexOf("messages/") + "messages/".length());
                    files.put(name, r.getInputStream().readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the message templates: " + e.getMessage(), e);
        }
        return files;
    }

    static String checksum(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
