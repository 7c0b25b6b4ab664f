package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** A task's email preview renders the subject and salutation alone, the same as the whole email has them. */
@RunsBeside
class RendererTest {

    private static final String KIND = """
        {{! checked-by: test }}
        --- subject ---
        Your inquiry, {{company}}
        --- html ---
        <p>{{salutation}}</p><p>{{body}}</p><p>{{closing}}</p>
        --- text ---
        {{salutation}}
        {{body}}
        {{closing}}
        """;

    /** A value that counts how often a template writes it out. */
    private static final class Counted {
        final AtomicInteger written = new AtomicInteger();

        @Override
        public String toString() {
            written.incrementAndGet();
            return "the body";
        }
    }

    private final Addressee to = new Addressee("kenji@example.com", "Hoshino Trading", "Kenji Sato", "Kenji", "Sato", "MR", null,
        "ja", ZoneId.of("Asia/Tokyo"), "ja", "FAMILY_FIRST", "FAMILY_NAME_HONORIFIC", true, "FORMAL", true);

    @Test
    void theHeadingRendersNoBodyAndSaysWhatTheWholeEmailSays() throws IOException {
        Renderer renderer = renderer(shipped("layout.mustache"));
        Counted body = new Counted();
        Map<String, Object> values = Map.of("body", body);
        List<String> languages = List.of("ja", "en");

        Renderer.Heading heading = renderer.heading(MessageKind.AUTO_REPLY, to, values, languages);
        int writtenForHeading = body.written.get();
        RenderedEmail email = renderer.render(MessageKind.AUTO_REPLY, to, values, languages);

        assertThat(writtenForHeading).as("bodies rendered for the heading").isZero();
        assertThat(body.written.get()).as("the whole email: html and text of both languages").isEqualTo(4);
        assertThat(heading.subject()).isEqualTo(email.subject()).isEqualTo("Your inquiry, Hoshino Trading / Your inquiry, Hoshino Trading");
        assertThat(heading.salutation()).isEqualTo(email.salutation()).isNotBlank();
        assertThat(email.text()).as("the salutation in the body").contains(heading.salutation());
        assertThat(heading.languages()).isEqualTo(email.languages()).containsExactly("ja", "en");
        assertThat(email.text()).contains("the body");
    }

    @Test
    void aLayoutWhoseSubjectReadsTheBodiesGetsThemInTheHeadingToo() throws IOException {
        String layout = shipped("layout.mustache").replace("{{#parts}}{{subject}}{{^-last}} / {{/-last}}{{/parts}}",
            "{{#parts}}{{subject}}: {{text}}{{/parts}}");
        assertThat(layout).as("the shipped layout's subject line, edited").contains("{{text}}{{/parts}}");
        Renderer renderer = renderer(layout);
        Map<String, Object> values = Map.of("body", "see the price list");

        Renderer.Heading heading = renderer.heading(MessageKind.AUTO_REPLY, to, values, List.of("en"));

        assertThat(heading.subject()).isEqualTo(renderer.render(MessageKind.AUTO_REPLY, to, values, List.of("en")).subject())
            .contains("see the price list");
    }

    @Test
    void eachLanguagePartEndsWithTheTeamsSignatureAfterItsClosing() throws IOException {
        Renderer renderer = renderer(shipped("layout.mustache"), List.of("Meridian Export & Sons Ltd.", "Room 1201, Shanghai"));

        RenderedEmail email = renderer.render(MessageKind.AUTO_REPLY, to, Map.of("body", "the body"), List.of("ja", "en"));

        String[] parts = email.text().split("\n-{40}\n");
        assertThat(parts).as("a Japanese and an English part").hasSize(2);
        assertThat(parts[0].strip()).as("the Japanese part: its closing, a blank line, the signature with the sending team")
            .endsWith("何卒よろしくお願い申し上げます。\n\nMeridian Export & Sons Ltd.\n海外営業部\nRoom 1201, Shanghai");
        assertThat(parts[1].strip()).as("the English part")
            .endsWith("Yours sincerely,\n\nMeridian Export & Sons Ltd.\nExport sales\nRoom 1201, Shanghai");
        for (String team : List.of("海外営業部", "Export sales")) {
            String signed = "<p class=\"signature\" dir=\"auto\">Meridian Export &amp; Sons Ltd.<br/>" + team + "<br/>Room 1201, Shanghai</p>";
            assertThat(email.html().split(java.util.regex.Pattern.quote(signed), -1)).as("the HTML signs each part, escaped").hasSize(2);
        }
        assertThat(MessageTemplates.wellFormed(email.html())).as("well-formed HTML").isNull();
    }

    @Test
    void anEmailWithoutASignatureEndsWithTheClosing() throws IOException {
        Renderer renderer = renderer(shipped("layout.mustache"), List.of());

        RenderedEmail email = renderer.render(MessageKind.AUTO_REPLY, to, Map.of("body", "the body"), List.of("en"));

        assertThat(email.text()).endsWith("the body\nYours sincerely,\n");
        assertThat(email.html()).doesNotContain("signature").containsPattern("<p>Yours sincerely,</p>\\s*</div>");
    }

    @Test
    void aRegionalPartWithoutAGreetingOfItsOwnGreetsAsItsLanguageDoes() throws IOException {
        Map<String, CompiledTemplate> files = new HashMap<>();
        put(files, TemplateFiles.LAYOUT, shipped("layout.mustache"));
        put(files, TemplateFiles.kindFile(MessageKind.AUTO_REPLY, "pt-PT"), KIND);
        put(files, TemplateFiles.greetingFile("pt"), shipped(TemplateFiles.greetingFile("pt")));
        put(files, TemplateFiles.greetingFile("en"), shipped(TemplateFiles.greetingFile("en")));
        Renderer renderer = new Renderer(file -> Optional.ofNullable(files.get(file)), List.of());
        Addressee silva = new Addressee("joao@example.pt", "Luz do Norte", "João Silva", "João", "Silva", "MR", null, "pt-PT",
            ZoneId.of("Europe/Lisbon"), "pt-PT", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true);

        RenderedEmail email = renderer.render(MessageKind.AUTO_REPLY, silva, Map.of("body", "the body"), List.of("pt-PT"));

        assertThat(email.salutation()).as("pt's greeting, where it was the English one").isEqualTo("Prezado Sr. Silva,");
    }

    private static Renderer renderer(String layout) throws IOException {
        return renderer(layout, List.of());
    }

    private static Renderer renderer(String layout, List<String> signature) throws IOException {
        Map<String, CompiledTemplate> files = new HashMap<>();
        put(files, TemplateFiles.LAYOUT, layout);
        for (String language : List.of("ja", "en")) {
            put(files, TemplateFiles.kindFile(MessageKind.AUTO_REPLY, language), KIND);
            put(files, TemplateFiles.greetingFile(language), shipped(TemplateFiles.greetingFile(language)));
        }
        return new Renderer(file -> Optional.ofNullable(files.get(file)), signature);
    }

    private static void put(Map<String, CompiledTemplate> files, String file, String content) {
        TemplateFile parsed = TemplateFile.parse(file, content);
        assertThat(parsed.problems()).as(file).isEmpty();
        files.put(file, CompiledTemplate.compile(parsed, 1, "test"));
    }

    private static String shipped(String file) throws IOException {
        return Files.readString(Path.of("messages", file));
    }
}
