package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** The tests' reader of the shipped templates finds what it is asked for, and fails rather than hand back nothing. */
@RunsBeside
class ShippedTemplatesTest {

    @Test
    void findsTheLanguageTemplatesOfAKindWithoutItsGreetingsOrTheLayout() throws Exception {
        List<Path> quotes = ShippedTemplates.of(MessageKind.QUOTE);

        assertThat(quotes).contains(Path.of("messages", "quote", "ja.mustache"), Path.of("messages", "quote", "pt-PT.mustache"))
            .allSatisfy(f -> assertThat(f.getParent()).isEqualTo(Path.of("messages", "quote")))
            .isSorted();
    }

    @Test
    void failsWhenNothingShippedMatchesRatherThanCheckNoFileAtAll() {
        assertThatThrownBy(() -> ShippedTemplates.files(f -> f.toString().contains("no-such-kind")))
            .isInstanceOf(AssertionError.class).hasMessageContaining("shipped templates under messages/");
    }

    @Test
    void rendersAKindInTheLanguagesAskedForWithTheShippedGreetingAndLayout() throws Exception {
        Renderer renderer = ShippedTemplates.renderer(MessageKind.QUOTE, List.of("de", "en"));
        Addressee weber = new Addressee("weber@example.com", "Weber GmbH", "Jonas Weber", "Jonas", "Weber", "MR", null, "de",
            java.time.ZoneId.of("Europe/Berlin"), "de", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true);
        Map<String, Object> values = new java.util.HashMap<>(SampleValues.of(MessageKind.QUOTE));
        values.put(ClientMessages.WRITER, "Sam Demo");

        RenderedEmail email = renderer.render(MessageKind.QUOTE, weber, values, List.of("de", "en"));

        assertThat(email.languages()).containsExactly("de", "en");
        assertThat(email.text()).contains("Sehr geehrter Herr Weber", "Dear Mr Weber");
        assertThat(email.html()).contains("lang=\"de\"");
        assertThatThrownBy(() -> ShippedTemplates.renderer(MessageKind.QUOTE, List.of("xx")))
            .as("a language no template ships in").isInstanceOf(java.io.IOException.class);
    }
}
