package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * The shipped templates' lists as the client reads them: the minutes' next actions a bulleted list in the HTML part
 * (they came in a {@code <pre>} block, in a typewriter font), and the milestone checklist's text part with a blank line
 * after the list before the next paragraph.
 */
@RunsBeside
class ListsInEmailsTest {

    private static final List<String> LANGUAGES = List.of("en", "zh", "ja", "ko", "de", "fr", "es", "pt", "ar");

    private final Addressee kenji = new Addressee("kenji@example.com", "Hoshino Trading", "Kenji Sato", "Kenji", "Sato", "MR", null,
        "ja", ZoneId.of("Asia/Tokyo"), "ja", "FAMILY_FIRST", "FAMILY_NAME_HONORIFIC", true, "FORMAL", true);

    @Test
    void shouldListTheMinutesNextActionsInTheHtmlPartOfEveryLanguage() throws IOException {
        Renderer renderer = renderer(MessageKind.MEETING_MINUTES);
        Map<String, Object> values = new HashMap<>(SampleValues.of(MessageKind.MEETING_MINUTES));
        values.put("actionList", List.of(Map.of("action", "First action"), Map.of("action", "Second action")));
        for (String language : LANGUAGES) {
            RenderedEmail email = renderer.render(MessageKind.MEETING_MINUTES, kenji, values, List.of(language));
            assertThat(email.html()).as(language).doesNotContain("<pre>")
                .containsPattern("<ul><li>(<bdi>)?First action(</bdi>)?</li><li>(<bdi>)?Second action(</bdi>)?</li></ul>");
            assertThat(MessageTemplates.wellFormed(email.html())).as(language).isNull();
        }
    }

    @Test
    void shouldLeaveABlankLineAfterTheChecklistInTheTextPartOfEveryLanguage() throws IOException {
        Renderer renderer = renderer(MessageKind.MILESTONE_CHECKLIST);
        Map<String, Object> values = new HashMap<>(SampleValues.of(MessageKind.MILESTONE_CHECKLIST));
        values.put("checklist", List.of(Map.of("item", "First point"), Map.of("item", "Last point")));
        for (String language : LANGUAGES) {
            String text = renderer.render(MessageKind.MILESTONE_CHECKLIST, kenji, values, List.of(language)).text();
            assertThat(text).as(language).containsPattern("Last point\\n\\n\\S");
        }
    }

    private static Renderer renderer(MessageKind kind) throws IOException {
        return ShippedTemplates.renderer(kind, LANGUAGES);
    }
}
