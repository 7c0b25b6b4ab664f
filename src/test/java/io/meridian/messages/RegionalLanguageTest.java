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

    /**
     * A client in Portugal reads European Portuguese (the etiquette's pt-PT, or a record's plain pt read with the
     * country's region), a client in Brazil the Brazilian pt templates: they read the same Brazilian text before.
     */
    @Test
    void shouldWriteEuropeanPortugueseToPortugalAndBrazilianPortugueseToBrazil() {
        Addressee lisbon = Addressee.of("compras@luz.example.pt", "Luz do Norte, Lda.", "João Silva", "João", "Silva", "MR", null, null, null,
            etiquette.decide("PT", Instant.parse("2027-01-12T02:00:00Z"), Tier.B));
        assertThat(lisbon.countryLanguage()).as("the etiquette's language of Portugal").isEqualTo("pt-PT");
        for (Addressee portugal : List.of(lisbon, client("PT", "pt"), client("PT", "pt-PT"))) {
            assertThat(messages.languages(MessageKind.COMPLAINT_RECEIVED, portugal)).containsExactly("pt-PT", "en");
        }
        assertThat(messages.languages(MessageKind.COMPLAINT_RECEIVED, client("BR", "pt"))).containsExactly("pt", "en");
        assertThat(messages.languages(MessageKind.COMPLAINT_RECEIVED, client("BR", "pt-BR"))).containsExactly("pt", "en");

        RenderedEmail portugal = messages.render(MessageKind.COMPLAINT_RECEIVED, client("PT", "pt"), SampleValues.of(MessageKind.COMPLAINT_RECEIVED));
        assertThat(portugal.html()).contains("lang=\"pt-PT\"");
        assertThat(portugal.subject()).contains("] Recebemos a sua reclamação / ");
        assertThat(portugal.text()).contains("Exma. Senhora Ana Souza,", "Um membro da nossa equipa vai analisá-la", "A sua referência:",
            "Com os melhores cumprimentos,").doesNotContain("Prezada", "equipe", "Sua referência");

        RenderedEmail brazil = messages.render(MessageKind.COMPLAINT_RECEIVED, client("BR", "pt"), SampleValues.of(MessageKind.COMPLAINT_RECEIVED));
        assertThat(brazil.subject()).contains("] Recebemos sua reclamação / ");
        assertThat(brazil.text()).contains("Prezada Sra. Souza,", "Um membro da nossa equipe vai analisá-la", "Sua referência:",
            "Atenciosamente,").doesNotContain("Exma.", "equipa");
    }

    @Test
    void shouldKeepSimplifiedChineseForATaiwaneseClientWhoAskedForZh() {
        assertThat(messages.languages(MessageKind.QUOTE, client("TW", "zh"))).containsExactly("zh", "en");
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
