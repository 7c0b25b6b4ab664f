package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.testsupport.MeridianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client whose record names no language reads the language the etiquette table names for their country (its Language
 * column: "the client's language for emails; a client record's own language wins") first, where there are templates
 * in it, with the English alongside: a German client got English only, since Germany's row asks for no bilingual
 * documents.
 */
@MeridianTest
class CountryLanguageTest {

    @Autowired
    ClientMessages messages;
    @Autowired
    EtiquetteService etiquette;

    private Addressee client(String country, String language) {
        return Addressee.of("buyer@example.com", "Müller GmbH", "Hans Müller", "Hans", "Müller", "MR", "Dr.", language, null,
            etiquette.decide(country, Instant.parse("2027-01-12T09:00:00Z"), Tier.B));
    }

    @Test
    void shouldWriteInTheCountrysLanguageWhenTheRecordNamesNone() {
        assertThat(client("DE", null).countryLanguage()).as("Germany's row").isEqualTo("de");
        assertThat(etiquette.decide("DE", Instant.parse("2027-01-12T09:00:00Z"), Tier.B).bilingualDocuments())
            .as("Germany's row asks for no bilingual documents").isFalse();
        assertThat(messages.languages(MessageKind.QUOTE, client("DE", null))).containsExactly("de", "en");
        assertThat(messages.languages(MessageKind.ORDER_CONFIRMATION, client("AT", null))).containsExactly("de", "en");

        RenderedEmail quote = messages.render(MessageKind.QUOTE, client("DE", null), SampleValues.of(MessageKind.QUOTE));
        assertThat(quote.text()).startsWith("Sehr geehrter Herr Dr. Müller,\n").contains("Dear Dr Müller,");
    }

    @Test
    void shouldKeepTheRecordsLanguageAndEnglishWhereTheCountryHasNoTemplates() {
        assertThat(messages.languages(MessageKind.QUOTE, client("DE", "en"))).as("the client asked for English").containsExactly("en");
        assertThat(messages.languages(MessageKind.QUOTE, client("US", null))).containsExactly("en");
        assertThat(messages.languages(MessageKind.QUOTE, client("IT", null))).as("no Italian templates").containsExactly("en");
    }
}
