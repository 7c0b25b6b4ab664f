package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.testsupport.MeridianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client whose language names a region (pt-BR, es-MX, de-AT, fr-CA) reads the templates of their language when the
 * region has none of its own, where they got English only; traditional Chinese never gets the simplified templates.
 */
@MeridianTest
class RegionalLanguageTest {

    @Autowired
    ClientMessages messages;
    @Autowired
    EtiquetteService etiquette;

    private Addressee client(String country, String language) {
        return Addressee.of("buyer@example.com", "Buyer Ltda.", "Ana Souza", "Ana", "Souza", "MS", null, language, null,
            etiquette.decide(country, Instant.parse("2027-01-12T02:00:00Z"), Tier.B));
    }

    @Test
    void shouldWriteToARegionalLanguageInItsLanguagesTemplates() {
        assertThat(messages.languages(MessageKind.COMPLAINT_RECEIVED, client("BR", "pt-BR"))).containsExactly("pt", "en");
        assertThat(messages.languages(MessageKind.QUOTE, client("MX", "es-MX"))).containsExactly("es", "en");
        assertThat(messages.languages(MessageKind.ORDER_CONFIRMATION, client("AT", "de-AT"))).containsExactly("de", "en");
        assertThat(messages.languages(MessageKind.QUOTE, client("CA", "fr-CA"))).containsExactly("fr", "en");
        assertThat(messages.languages(MessageKind.QUOTE, client("CN", "zh-CN"))).containsExactly("zh", "en");

        RenderedEmail email = messages.render(MessageKind.COMPLAINT_RECEIVED, client("BR", "pt-BR"),
            SampleValues.of(MessageKind.COMPLAINT_RECEIVED));
        assertThat(email.languages()).containsExactly("pt", "en");
        assertThat(email.html()).contains("lang=\"pt\"");
    }

    @Test
    void shouldNotWriteSimplifiedChineseToAReaderOfTraditionalChinese() {
        for (String traditional : List.of("zh-TW", "zh-HK", "zh-MO", "zh-Hant")) {
            assertThat(messages.languages(MessageKind.QUOTE, client("TW", traditional))).as(traditional).containsExactly("en");
        }
        assertThat(messages.languages(MessageKind.QUOTE, client("SG", "zh-Hans-SG"))).containsExactly("zh", "en");
    }

    @Test
    void shouldKeepEnglishOnlyForALanguageWithoutTemplates() {
        assertThat(messages.languages(MessageKind.QUOTE, client("IT", "it-IT"))).containsExactly("en");
        assertThat(messages.languages(MessageKind.QUOTE, client("IT", "it"))).containsExactly("en");
    }
}
