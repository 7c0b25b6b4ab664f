package io.meridian.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.etiquette.Tier;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** What "how to deal with this client" says, decided by the shipped etiquette workbook. */
@RunsBeside
class TaskGuidanceTest {

    private static final Instant WINTER = Instant.parse("2027-01-12T03:00:00Z");

    private static Etiquette decide(String country) {
        return EtiquetteFixture.etiquetteService().decide(country, WINTER, Tier.B);
    }

    @Test
    void shouldPutTheClientsOwnPreferredChannelFirstAndTheCountrysUsualOneAsContext() {
        Etiquette germany = decide("DE");
        assertThat(germany.quickChannel()).as("the table's channel for Germany").isEqualTo("WHATSAPP");
        assertThat(TaskGuidance.guidance(germany, "EMAIL"))
            .contains("**Channel:** email, the client's stated preference: use it. For context: WhatsApp is the usual day-to-day"
                + " channel in Germany.")
            .doesNotContain("day to day WHATSAPP").doesNotContain("WHATSAPP").doesNotContain("EMAIL");
    }

    @Test
    void shouldSayConfirmationsGoInWritingByEmailWhateverTheChannel() {
        assertThat(TaskGuidance.guidance(decide("DE"), "WHATSAPP"))
            .contains("**Channel:** WhatsApp, the client's stated preference and the usual day-to-day channel in Germany")
            .contains("**Confirmations:** in writing by email, whatever channel you use day to day: quotes, order confirmations and"
                + " changes, payment terms and liability statements. Anything important agreed on another channel goes to the client"
                + " again in an email marked \"Confirmed items\".");
    }

    /**
     * A Brazilian client's briefing states one rule for the documents' language, the one its emails follow (Portuguese
     * first, English alongside), with its source in the workbook (Código Civil art. 224); it said "in both languages",
     * "in Spanish or Portuguese" and "in Portuguese, not Spanish" at once.
     */
    @Test
    void shouldGiveBrazilOneRuleForTheLanguageOfItsDocuments() {
        Etiquette brazil = decide("BR");

        assertThat(brazil.bilingualDocuments()).isTrue();
        assertThat(brazil.language()).isEqualTo("pt");
        assertThat(TaskGuidance.guidance(brazil, null))
            .contains("important documents in both languages, professionally checked")
            .contains("\n- Send important documents in Portuguese with the English version alongside, professionally checked;"
                + " never in Spanish.")
            .doesNotContain("Spanish or Portuguese").doesNotContain("Send documents in Portuguese, not Spanish.");
    }

    @Test
    void shouldUseTheCountrysUsualChannelWhenTheClientStatedNone() {
        assertThat(TaskGuidance.guidance(decide("CN"), null))
            .contains("**Channel:** WeChat, the usual day-to-day channel in China (the client has stated no preference)");
        assertThat(TaskGuidance.guidance(decide("CN"), "TRADE_SHOW"))
            .contains("**Channel:** WeChat, the usual day-to-day channel in China (the client's record names trade shows as preferred,"
                + " which is no way to write to them)");
    }

    @Test
    void shouldWriteEachToneValueAsAPhraseOfWhatToDo() {
        assertThat(TaskGuidance.guidance(decide("JP"), "EMAIL"))
            .contains("**Tone:**\n- directness: indirect — raise problems gently, and listen for what is not said outright\n")
            .contains("\n- hierarchy: strict — address the senior person at equal rank; decisions take several internal rounds\n")
            .contains("\n- context: high — much is left unsaid; read tone, pauses and who is in the room\n")
            .contains("\n- pace: slow — be patient, do not push for quick decisions\n")
            .doesNotContain("hierarchical hierarchy").doesNotContain(" context;").doesNotContain("relationship first,")
            .doesNotContain("persuasion data driven");
        assertThat(TaskGuidance.guidance(decide("US"), null))
            .contains("\n- opening: business first — go straight to product, price and lead time\n")
            .contains("\n- time: strict — keep to the agenda and the times agreed\n");
    }

    @Test
    void shouldNameMeetingsInWords() {
        assertThat(TaskGuidance.guidance(decide("US"), null)).contains("**Meetings:** by video call").doesNotContain("VIDEO");
    }

    /** A German client meets by video call: the note on arriving early speaks of a meeting in person, not of the call. */
    @Test
    void shouldKeepTheArrivalNoteToMeetingsInPerson() {
        assertThat(TaskGuidance.guidance(decide("DE"), null)).contains("**Meetings:** by video call",
            "\n- At a meeting in person, arrive 15 minutes early.").doesNotContain("- Arrive 15 minutes early.");
    }
}
