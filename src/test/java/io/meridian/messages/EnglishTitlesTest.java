package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * British English, the emails' English, writes an abbreviated title as it writes "Mr" and "Ms", without a full stop
 * (GOV.UK style guide; the Guardian and Observer style guide): a record's title "Dr." gave "Dear Dr. Weber" beside
 * "Dear Mr Weber". German keeps the stop its abbreviation takes ("Herr Dr. Weber").
 */
@RunsBeside
class EnglishTitlesTest {

    @Test
    void shouldWriteTheRecordsTitleWithoutAFullStopInEnglishAsItWritesMr() throws IOException {
        Renderer renderer = ShippedTemplates.renderer(MessageKind.ORDER_CONFIRMATION, List.of("de", "en"));
        Addressee weber = new Addressee("jan@example.com", "Weber GmbH", "Jan Weber", "Jan", "Weber", "MR", "Dr.", "de",
            ZoneId.of("Europe/Berlin"), "de", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", true, "FORMAL", true);

        RenderedEmail email = renderer.render(MessageKind.ORDER_CONFIRMATION, weber,
            SampleValues.of(MessageKind.ORDER_CONFIRMATION), List.of("de", "en"));

        assertThat(email.text()).contains("Sehr geehrter Herr Dr. Weber,", "Dear Dr Weber,").doesNotContain("Dear Dr. Weber");
    }

    @Test
    void shouldDropOnlyTheFullStopsThatCloseAnAbbreviationInEnglish() {
        assertThat(GreetingData.title("Prof. Dr.", "en")).isEqualTo("Prof Dr");
        assertThat(GreetingData.title("Engr.", "en-GB")).isEqualTo("Engr");
        assertThat(GreetingData.title("Chief", "en")).isEqualTo("Chief");
        assertThat(GreetingData.title("Dr.", "de")).isEqualTo("Dr.");
        assertThat(GreetingData.title("Dr.", "pt")).isEqualTo("Dr.");
    }
}
