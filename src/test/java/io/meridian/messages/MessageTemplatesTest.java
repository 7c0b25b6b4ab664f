package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.testsupport.MeridianTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Every shipped template passes its checks; a bad one is refused naming file, line and placeholder, and the old one serves on. */
@MeridianTest
class MessageTemplatesTest {

    static final List<String> LANGUAGES = List.of("en", "zh", "ja", "ko", "de", "fr", "es", "pt", "ar");

    @Autowired
    MessageTemplates templates;
    @Autowired
    ClientMessages messages;
    @Autowired
    EtiquetteService etiquette;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    static Stream<String> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("messages"))) {
            return files.filter(f -> f.toString().endsWith(".mustache"))
                .map(f -> Path.of("messages").relativize(f).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    static Stream<String> kindsAndLanguages() {
        return Stream.of(MessageKind.values()).flatMap(k -> LANGUAGES.stream().map(l -> k.folder() + "/" + l));
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void shouldPassEveryCheckForEveryScenarioClient(String file) throws IOException {
        assertThat(templates.check(file, Files.readString(Path.of("messages", file)))).isEmpty();
        assertThat(templates.find(file)).as("in force").isPresent();
    }

    @ParameterizedTest
    @MethodSource("kindsAndLanguages")
    void shouldRenderEachKindAndLanguageForEveryScenarioClientWithoutAnUnreplacedPlaceholder(String kindAndLanguage) {
        String[] parts = kindAndLanguage.split("/");
        MessageKind kind = MessageKind.byFolder(parts[0]).orElseThrow();
        String language = parts[1];
        assertThat(templates.has(kind, language)).as("a %s template ships", kindAndLanguage).isTrue();
        for (ScenarioClient c : templates.scenarioClients()) {
            Addressee to = Addressee.of("x@example.com", c.company(), c.contactName(), c.givenName(), c.familyName(), c.salutation(),
                c.title(), language, null, etiquette.decide(c.country(), Instant.now(), c.tierValue()));
            RenderedEmail email = messages.render(kind, to, SampleValues.of(kind));
            // a client in Portugal who asks for pt reads European Portuguese (ClientMessages.languages)
            String written = language.equals("pt") && "PT".equals(c.country()) ? "pt-PT" : language;
            assertThat(email.languages()).as(c.name()).isEqualTo(language.equals("en") ? List.of("en") : List.of(written, "en"));
            for (String out : List.of(email.subject(), email.text(), email.html())) {
                assertThat(out).as(c.name()).doesNotContain("{{", "}}").isNotBlank();
            }
            assertThat(MessageTemplates.wellFormed(email.html())).as(c.name()).isNull();
            assertThat(email.html()).contains("dir=\"" + (language.equals("ar") ? "rtl" : "ltr") + "\"");
            // a task's preview renders the subject and salutation alone: the same as the email's
            assertThat(messages.preview(kind, to, SampleValues.of(kind), "when you complete this task"))
                .as(c.name()).startsWith("**Email to the client:** " + kind.words() + "\n")
                .doesNotContain("(" + kind.folder() + ")")
                .contains("\n- Subject: " + email.subject() + "\n",
                    "\n- Salutation: " + email.salutation().strip().replaceAll("\\s*\\n\\s*", " / ") + "\n",
                    "\n- Languages: " + String.join(" + ", email.languages()) + "\n");
        }
    }

    /**
     * The workbench's preview writes the sample amounts and counts as the emails write them in the template's language
     * (the quote's "6.250,00 USD" and "500" in German), where it showed "6250.00" in every language, which no email sends.
     */
    @Test
    void thePreviewWritesAmountsAsTheEmailsDoInTheTemplatesLanguage() throws IOException {
        String quote = Files.readString(Path.of("messages/quote/de.mustache"));
        MessageTemplates.Preview german = templates.preview("quote/de.mustache", quote).orElseThrow();
        assertThat(german.text()).contains("6.250,00 USD", "12,50 USD").doesNotContain("6250.00");

        String confirmation = Files.readString(Path.of("messages/order-confirmation/en.mustache"));
        assertThat(templates.preview("order-confirmation/en.mustache", confirmation).orElseThrow().text())
            .contains("6,250.00 USD").doesNotContain("6250.00");
    }

    /**
     * The preview of an out-of-hours reply lists the example working hours in the template's language, as the real
     * email does (day names of CLDR, an en dash; the wave dash in Japanese), where it showed "Monday to Friday:
     * 09:00-23:00" inside a Portuguese, Korean or French email.
     */
    @Test
    void thePreviewWritesTheWorkingHoursInTheTemplatesLanguage() throws IOException {
        assertThat(preview("auto-reply/pt.mustache")).contains("segunda-feira–sexta-feira: 09:00–23:00");
        assertThat(preview("complaint-received/fr.mustache")).contains("lundi–vendredi");
        assertThat(preview("auto-reply/ko.mustache")).contains("월요일–금요일");
        assertThat(preview("auto-reply/ja.mustache")).contains("月曜日～金曜日");
        for (String file : List.of("auto-reply/pt.mustache", "auto-reply/ko.mustache", "complaint-received/fr.mustache")) {
            // the English part of the bilingual email keeps English day names
            assertThat(preview(file)).contains("Monday–Friday").doesNotContain("Monday to Friday");
        }
    }

    private String preview(String file) throws IOException {
        return templates.preview(file, Files.readString(Path.of("messages", file))).orElseThrow().text();
    }

    @Test
    void shouldRefuseATemplateWithAnUnknownPlaceholderAndKeepTheOldVersionServing() throws IOException {
        String file = "tracking-number/en.mustache";
        CompiledTemplate before = templates.find(file).orElseThrow();
        String bad = Files.readString(Path.of("messages", file)).replace("{{carrier}}", "{{shippingLine}}");

        assertThatThrownBy(() -> templates.submit(file, bad, "ana"))
            .isInstanceOfSatisfying(TemplateRefusedException.class, e -> assertThat(e.problems()).first().satisfies(p -> {
                assertThat(p.file()).isEqualTo(file);
                assertThat(p.placeholder()).isEqualTo("shippingLine");
                assertThat(p.line()).isEqualTo(lineOf(bad, "{{shippingLine}}"));
            }));
        assertThat(templates.find(file).orElseThrow().version()).isEqualTo(before.version());
        Addressee to = Addressee.of("x@example.com", "Acme", "Pat Doe", null, null, null, null, null, null,
            etiquette.decide("US", Instant.now(), Tier.B));
        assertThat(messages.render(MessageKind.TRACKING_NUMBER, to, SampleValues.of(MessageKind.TRACKING_NUMBER)).text())
            .contains("Carrier: Maersk");
    }

    @Test
    void shouldAnswer422NamingFileLineAndPlaceholderOverHttpAndKeepServingTheOldVersion() throws IOException {
        String file = "order-confirmation/de.mustache";
        String good = Files.readString(Path.of("messages", file));
        String bad = good.replace("{{deliveryDate}}", "{{lieferDatum}}");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        var answer = http.withBasicAuth("ana", "demo").exchange("/api/message-templates/order-confirmation/de",
            HttpMethod.PUT, new HttpEntity<>(bad, headers),
            JsonNode.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().path("file").asText()).isEqualTo(file);
        assertThat(answer.getBody().path("problems").get(0).path("line").asInt()).isEqualTo(lineOf(bad, "{{lieferDatum}}"));
        assertThat(answer.getBody().path("problems").get(0).path("placeholder").asText()).isEqualTo("lieferDatum");
        assertThat(http.withBasicAuth("ana", "demo").getForObject("/api/message-templates/order-confirmation/de", String.class))
            .isEqualTo(good);
        var forbidden = http.withBasicAuth("sam", "demo").exchange("/api/message-templates/order-confirmation/de",
            HttpMethod.PUT, new HttpEntity<>(good, headers), String.class);
        assertThat(forbidden.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void shouldRefuseATemplateSentInAnotherEncodingThanItDeclaresNamingLineAndColumnAndKeepServingTheOldVersion() throws IOException {
        String file = "quote/de.mustache";
        String good = Files.readString(Path.of("messages", file));
        assertThat(good).as("the German quote has an umlaut to break: the first is the revised subject's Ü").contains("Überarbeitetes");
        byte[] windows1252 = good.getBytes(StandardCharsets.ISO_8859_1);
        int version = templates.find(file).orElseThrow().version();

        // sent as text/plain without a charset: UTF-8, which these bytes are not
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT)) {
            var refused = sendTemplate(method, method == HttpMethod.POST ? "/validate" : "", windows1252, "text/plain");
            assertThat(refused.getStatusCode().value()).as("%s", method).isEqualTo(422);
            var problem = refused.getBody().path("problems").get(0);
            assertThat(problem.path("line").asInt()).isEqualTo(lineOf(good, "Überarbeitetes"));
            assertThat(problem.path("message").asText()).startsWith("the file is not UTF-8 text: byte 0xDC at line " + lineOf(good, "Überarbeitetes"))
                .contains("save the file with the encoding UTF-8");
        }
        assertThat(templates.find(file).orElseThrow().version()).as("nothing changed").isEqualTo(version);
        assertThat(http.withBasicAuth("ana", "demo").getForObject("/api/message-templates/quote/de", String.class)).isEqualTo(good);

        // the same bytes with their charset declared are the same template
        var declared = sendTemplate(HttpMethod.POST, "/validate", windows1252, "text/plain;charset=ISO-8859-1");
        assertThat(declared.getStatusCode().value()).as("%s", declared.getBody()).isEqualTo(200);
        assertThat(declared.getBody().path("valid").asBoolean()).isTrue();
    }

    private ResponseEntity<JsonNode> sendTemplate(
        HttpMethod method, String suffix, byte[] body, String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        return http.withBasicAuth("ana", "demo").exchange("/api/message-templates/quote/de" + suffix, method,
            new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void shouldPutANewVersionInForceAndRollBack() throws IOException {
        String file = "confirmed-items/en.mustache";
        String original = Files.readString(Path.of("messages", file));
        int before = templates.find(file).orElseThrow().version();
        int changed = templates.submit(file, original.replace("As agreed,", "As we agreed,"), "ana");
        assertThat(changed).isGreaterThan(before);
        Addressee to = Addressee.of("x@example.com", "Acme", "Pat Doe", null, null, null, null, null, null,
            etiquette.decide("US", Instant.now(), Tier.B));
        assertThat(messages.render(MessageKind.CONFIRMED_ITEMS, to, SampleValues.of(MessageKind.CONFIRMED_ITEMS)).text())
            .contains("As we agreed,");
        templates.activate(file, before, "ana");
        assertThat(messages.render(MessageKind.CONFIRMED_ITEMS, to, SampleValues.of(MessageKind.CONFIRMED_ITEMS)).text())
            .contains("As agreed,").doesNotContain("As we agreed,");
    }

    @Autowired
    JdbcClient jdbc;

    /**
     * A stored version that fails today's checks (here a placeholder its kind does not give, as a version stored before a
     * kind lost one would) is not put back in force: the API's roll-back is a 422 naming it, and the version in force
     * serves on. The roll-back had put it in force unchecked, and its emails would have shown an empty gap.
     */
    @Test
    void shouldRefuseToPutBackAStoredVersionThatFailsTodaysChecks() throws IOException {
        String file = "quote/de.mustache";
        int before = templates.find(file).orElseThrow().version();
        String old = Files.readString(Path.of("messages", file)).replace("{{/revised}}</p>", "{{/revised}} {{discount}}</p>");
        assertThat(old).contains("{{discount}}");
        // stored and not in force, as an earlier version is
        int bad = jdbc.sql("select max(version) + 1 from message_template_version where file = ?").param(file).query(Integer.class).single();
        jdbc.sql("insert into message_template_version (file, version, content, checksum, checked_by, author, created_at, active)"
                + " values (?, ?, ?, ?, 'machine translation', 'ana', current_timestamp, false)")
            .params(file, bad, old, MessageTemplates.checksum(old)).update();

        assertThatThrownBy(() -> templates.activate(file, bad, "ana")).isInstanceOf(TemplateRefusedException.class)
            .hasMessageContaining("{{discount}}");
        var answer = http.withBasicAuth("ana", "demo").postForEntity("/api/message-templates/quote/de/versions/" + bad + "/activate", null,
            JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().path("detail").asText()).contains("the version in force keeps serving");
        assertThat(answer.getBody().path("problems").toString()).contains("unknown placeholder {{discount}}");
        assertThat(templates.find(file).orElseThrow().version()).as("still in force").isEqualTo(before);
        assertThat(templates.versions(file)).filteredOn(MessageTemplates.Version::active).extracting(MessageTemplates.Version::version)
            .containsExactly(before);
    }

    @Test
    void shouldPutAnUploadedTextStoredBeforeBackInForceWithoutANewVersion() throws IOException {
        String file = "milestone-checklist/en.mustache";
        String shipped = Files.readString(Path.of("messages", file));
        int before = templates.find(file).orElseThrow().version();
        int stored = templates.versions(file).size();

        var same = putTemplate("milestone-checklist/en", shipped);
        assertThat(same.getStatusCode().value()).isEqualTo(200);
        assertThat(same.getBody().path("version").asInt()).isEqualTo(before);
        assertThat(same.getBody().path("created").asBoolean()).isFalse();
        assertThat(templates.versions(file)).as("no version for the text in force").hasSize(stored);

        var changed = putTemplate("milestone-checklist/en", shipped + "\n");
        assertThat(changed.getBody().path("created").asBoolean()).isTrue();
        assertThat(changed.getBody().path("version").asInt()).isGreaterThan(before);
        var back = putTemplate("milestone-checklist/en", shipped);
        assertThat(back.getBody().path("version").asInt()).as("the earlier version back in force").isEqualTo(before);
        assertThat(back.getBody().path("created").asBoolean()).isFalse();
        assertThat(templates.find(file).orElseThrow().version()).isEqualTo(before);
        assertThat(templates.versions(file)).hasSize(stored + 1);
    }

    private ResponseEntity<JsonNode> putTemplate(String path, String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        return http.withBasicAuth("ana", "demo").exchange("/api/message-templates/" + path, HttpMethod.PUT,
            new HttpEntity<>(text, headers), JsonNode.class);
    }

    @Test
    void shouldKeepAcceptingAnAutoReplyWrittenWithTheOlderNameOfItsPromise() throws IOException {
        String file = "auto-reply/en.mustache";
        String shipped = Files.readString(Path.of("messages", file));
        assertThat(shipped).as("the shipped template names the promise replyBy").contains("{{replyBy}}").doesNotContain("{{replyDueAt}}");
        assertThat(templates.check(file, shipped.replace("{{replyBy}}", "{{replyDueAt}}"))).as("written before replyBy").isEmpty();
        assertThat(templates.check(file, shipped.replace("{{replyBy}}", "{{replyAt}}"))).isNotEmpty().first()
            .satisfies(p -> assertThat(p.message()).contains("unknown placeholder {{replyAt}}", "replyBy", "replyDueAt"));
    }

    /** A greeting may write an opening line for its language (German gains one here); a kind's template may not. */
    @Test
    void shouldAcceptAnOpeningLineInAGreetingOnlyAndNameThePartsAFileMayHave() throws IOException {
        String shipped = Files.readString(Path.of("messages", "greeting/de.mustache"));
        assertThat(shipped).as("the shipped German greeting has no opening line").doesNotContain("--- opening ---");
        String greeting = shipped
            .replace("--- closing ---", "--- opening ---\n{{#sender}}{{sender}} schreibt Ihnen.{{/sender}}\n--- closing ---");
        assertThat(greeting).contains("--- opening ---");
        assertThat(templates.check("greeting/de.mustache", greeting)).isEmpty();
        assertThat(templates.check("greeting/de.mustache", greeting.replace("--- opening ---", "--- opener ---"))).isNotEmpty().first()
            .satisfies(p -> assertThat(p.message()).isEqualTo("unknown part 'opener' (this file has binding, closing, opening, salutation, team)"));
        String quote = Files.readString(Path.of("messages", "quote/fr.mustache")).replace("--- html ---", "--- opening ---\nBonjour\n--- html ---");
        assertThat(templates.check("quote/fr.mustache", quote)).isNotEmpty().first()
            .satisfies(p -> assertThat(p.message()).isEqualTo("unknown part 'opening' (this file has html, subject, text)"));
    }

    @Test
    void shouldRefuseHtmlThatIsNotWellFormed() throws IOException {
        String file = "quote/fr.mustache";
        String bad = Files.readString(Path.of("messages", file)).replace("<p>{{closing}}</p>", "<p>{{closing}}<br></p>");
        // named once, where every scenario client got the same problem (15 for one <br>)
        assertThat(templates.check(file, bad)).singleElement()
            .satisfies(p -> assertThat(p.message()).contains("not well-formed", "\"br\""));
    }

    /**
     * A server that stored the templates of an earlier release puts a shipped template changed since in force at its
     * next start, as a new version by "file", and keeps the earlier one; a template of the earlier release that is still
     * in force (an analyst's, say) names the client's zone as its reader does, as the new ones do.
     */
    @Test
    void shouldPutAShippedTemplateChangedSinceTheStoredVersionsInForceAtTheNextStart(@TempDir Path folder)
        throws IOException {
        String file = "auto-reply/ja.mustache";
        String shipped = Files.readString(Path.of("messages", file));
        // the earlier release's Japanese auto-reply: the zone in half-width brackets after an ISO moment
        String earlier = shipped.replace("（{{clientZone}}）", " ({{clientZone}})");
        assertThat(earlier).as("the shipped template changed since").isNotEqualTo(shipped);
        DriverManagerDataSource db = new DriverManagerDataSource(
            "jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = JdbcClient.create(db);
        String migration = new String(getClass().getResourceAsStream("/db/migration/V8_1__client_messages.sql").readAllBytes(),
            StandardCharsets.UTF_8);
        int table = migration.indexOf("create table message_template_version");
        jdbc.sql(migration.substring(table, migration.indexOf(";", table))).update();
        TemplateVersionRepository stored = new TemplateVersionRepository(jdbc,
            new DataSourceTransactionManager(db));
        stored.store(file, earlier, MessageTemplates.checksum(earlier), "machine translation", MessageTemplates.FILE_AUTHOR,
            Instant.now());
        try (Stream<Path> files = Files.walk(Path.of("messages"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = folder.resolve(Path.of("messages").relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        MessageTemplates started = new MessageTemplates(stored, new MessageSettings(folder, Duration.ofSeconds(5),
            Duration.ofSeconds(1), "", false), etiquette, json);

        started.afterPropertiesSet();

        assertThat(started.find(file).orElseThrow().version()).as("the shipped template in force").isEqualTo(2);
        assertThat(started.versions(file)).extracting(MessageTemplates.Version::author, MessageTemplates.Version::active)
            .containsExactly(Tuple.tuple("file", false), Tuple.tuple("file", true));
        Addressee kenji = Addressee.of("kenji@example.com", "Hoshino Trading", "Kenji Sato", "Kenji", "Sato", "MR", null, "ja", null,
            etiquette.decide("JP", Instant.now(), Tier.A));
        Map<String, Object> values = new HashMap<>(SampleValues.of(MessageKind.AUTO_REPLY));
        assertThat(started.renderer().render(MessageKind.AUTO_REPLY, kenji, values, List.of("ja", "en")).text())
            .contains("（日本時間）", "(Japan Time)").doesNotContain("Asia/Tokyo");

        started.activate(file, 1, "ana");
        assertThat(started.renderer().render(MessageKind.AUTO_REPLY, kenji, values, List.of("ja", "en")).text())
            .as("the earlier release's template, rolled back to").contains(" (日本時間)").doesNotContain("Asia/Tokyo");
        MessageTemplates again = new MessageTemplates(stored, new MessageSettings(folder, Duration.ofSeconds(5),
            Duration.ofSeconds(1), "", false), etiquette, json);
        again.afterPropertiesSet();
        assertThat(again.find(file).orElseThrow().version()).as("a later start keeps the version put back in force").isEqualTo(1);
        assertThat(again.versions(file)).hasSize(2);
    }

    /**
     * The analysts keep messages/scenario-clients.json by hand: a field name they mistype (or a missing comma) is a
     * problem of the check naming the file, its line and the field, where every check and the template's workbench page
     * answered 500 "The server could not answer".
     */
    @Test
    void aScenarioClientsFileThatDoesNotReadIsAProblemOfTheCheckNamingItsLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(MessageTemplates.SCENARIO_CLIENTS), "[\n  {\"name\": \"PT\", \"country\": \"PT\",\n"
            + "   \"familyname\": \"Ferreira\"}\n]\n");
        MessageTemplates broken = new MessageTemplates(null, new MessageSettings(folder, Duration.ofSeconds(5),
            Duration.ofSeconds(1), "", false), etiquette, json);
        String file = "quote/en.mustache";

        assertThat(broken.check(file, templates.text(file).orElseThrow())).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("cannot read messages/scenario-clients.json (line 3, column ")
                .contains("\"familyname\"", "familyName", "none goes live until the file reads");
        });
        assertThat(broken.scenarioClientNames()).isEmpty();
    }

    private static int lineOf(String text, String what) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(what)) {
                return i + 1;
            }
        }
        return -1;
    }
}
