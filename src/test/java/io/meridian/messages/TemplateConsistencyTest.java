package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * Each language writes the same thing the same way in every template: the Korean templates wrote "02:43(대한민국 시간)의"
 * in some places where the others put a space before the parenthesis after a time ("09:00 (대한민국 시간)"), and the
 * French improvement report wrote "L’effort" beside "N'hésitez". French writes the typographic apostrophe ’ (Lexique des
 * règles typographiques en usage à l'Imprimerie nationale, "Apostrophe"), as the zone names CLDR puts into the same
 * emails do ("heure de l’Inde").
 */
@RunsBeside
class TemplateConsistencyTest {

    /** A placeholder's value followed by an opening parenthesis, with or without a space between. */
    private static final Pattern VALUE_THEN_PARENTHESIS = Pattern.compile("\\{\\{[A-Za-z]+}}( ?)\\(");
    /** An apostrophe between two letters (l'offre, L’effort). */
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})(['’])(?=\\p{L})");

    @Test
    void shouldWriteAParenthesisAfterAValueTheSameWayInEveryTemplateOfALanguage() throws IOException {
        Map<String, List<String>> spaced = new TreeMap<>();
        Map<String, List<String>> unspaced = new TreeMap<>();
        for (Path file : ShippedTemplates.files(f -> f.getFileName().toString().endsWith(".mustache"))) {
            for (String line : wording(file)) {
                Matcher m = VALUE_THEN_PARENTHESIS.matcher(line);
                while (m.find()) {
                    (m.group(1).isEmpty() ? unspaced : spaced).computeIfAbsent(language(file), l -> new ArrayList<>())
                        .add(file.getParent().getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(spaced).as("languages that put a space before the parenthesis").containsKeys("ko", "en", "fr");
        for (String language : spaced.keySet()) {
            assertThat(unspaced.getOrDefault(language, List.of())).as("%s writes \"{{value}} (\" elsewhere", language).isEmpty();
        }
    }

    @Test
    void shouldWriteOneKindOfApostropheInEveryTemplateOfALanguage() throws IOException {
        Map<String, Map<String, List<String>>> kinds = new TreeMap<>();
        for (Path file : ShippedTemplates.files(f -> f.getFileName().toString().endsWith(".mustache"))) {
            for (String line : wording(file)) {
                Matcher m = APOSTROPHE.matcher(line);
                while (m.find()) {
                    kinds.computeIfAbsent(language(file), l -> new TreeMap<>()).computeIfAbsent(m.group(1), k -> new ArrayList<>())
                        .add(file.getParent().getFileName().toString());
                }
            }
        }
        assertThat(kinds.get("fr")).as("French apostrophes").containsOnlyKeys("’");
        kinds.forEach((language, used) -> assertThat(used).as("apostrophes of %s", language).hasSize(1));
    }

    /** A mustache tag, the greeting's opening section, and a paragraph in brackets (the note that the team's words stay English). */
    private static final Pattern NOT_A_LEAD_IN = Pattern.compile("\\{\\{#opening}}.*?\\{\\{/opening}}|\\{\\{[^}]*}}|<[^>]*>|[(（][^)）]*[)）]",
        Pattern.DOTALL);

    /**
     * Each complaint email that answers the client opens with words of its own between the salutation (and the greeting's
     * opening) and the team's words, in every language: the acknowledgement had them, the diagnosis, the interim solution and
     * the root-cause fix went straight to the team's text.
     */
    @Test
    void shouldOpenEveryComplaintAnswerWithALeadInBeforeTheTeamsWords() throws IOException {
        List<String> bare = new ArrayList<>();
        for (String kind : List.of("complaint-acknowledged", "complaint-diagnosis", "complaint-interim-solution",
            "complaint-root-cause-fix")) {
            List<Path> files = ShippedTemplates.files(f -> f.getParent().getFileName().toString().equals(kind));
            assertThat(files).as(kind).hasSizeGreaterThanOrEqualTo(10);
            for (Path file : files) {
                String content = String.join("\n", wording(file));
                for (String section : content.split("--- (?:html|text) ---")) {
                    int salutation = section.indexOf("{{salutation}}");
                    // the team's words: their text, or the root cause they found
                    int text = Math.max(section.indexOf("{{text}}"), section.indexOf("{{rootCause}}"));
                    if (salutation >= 0 && text > salutation) {
                        // up to the line of the team's words, whose label ("Root cause:") is no lead-in
                        String between = NOT_A_LEAD_IN.matcher(section.substring(salutation, section.lastIndexOf('\n', text) + 1))
                            .replaceAll("");
                        if (!between.codePoints().anyMatch(Character::isLetter)) {
                            bare.add(kind + "/" + file.getFileName());
                        }
                    }
                }
            }
        }
        assertThat(bare).as("complaint answers that go from the salutation straight to the team's words").isEmpty();
    }

    /** The lines a client reads: not the {{! comments }}. */
    private static List<String> wording(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.startsWith("{{!")).toList();
    }

    private static String language(Path file) {
        return file.getFileName().toString().replace(".mustache", "");
    }
}
