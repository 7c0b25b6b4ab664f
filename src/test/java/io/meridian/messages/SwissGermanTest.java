package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.etiquette.Tier;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * A Swiss client read German with ß ("Mit freundlichen Grüßen", "maßgeblich"), which Swiss Standard German does not
 * write: ss in its place (Amtliches Regelwerk der deutschen Rechtschreibung, § 25 E2; the Swiss Federal Chancellery's
 * Schreibweisungen). Switzerland's etiquette row names de-CH, and the German templates serve it with ss.
 */
@RunsBeside
class SwissGermanTest {

    private static final Instant AT = Instant.parse("2027-03-01T08:00:00Z");

    @Test
    void shouldWriteSsForEszettToASwissClient() throws IOException {
        Addressee swiss = client("CH", null);
        assertThat(swiss.countryLanguage()).as("Switzerland's row").isEqualTo("de-CH");
        List<String> languages = List.of("de", "en");

        RenderedEmail quote = ShippedTemplates.renderer(MessageKind.QUOTE, languages).render(MessageKind.QUOTE, swiss,
            SampleValues.of(MessageKind.QUOTE), languages);

        String german = quote.text().split("\n-{40}\n")[0];
        assertThat(german).contains("Mit freundlichen Grüssen", "die englische Fassung massgeblich").doesNotContain("ß");
        assertThat(quote.html()).contains("Mit freundlichen Grüssen").doesNotContain("ß");
        RenderedEmail order = ShippedTemplates.renderer(MessageKind.ORDER_CONFIRMATION, languages).render(MessageKind.ORDER_CONFIRMATION,
            client("CH", "de"), SampleValues.of(MessageKind.ORDER_CONFIRMATION), languages);
        assertThat(order.subject() + order.text()).as("a Swiss record that names plain German").doesNotContain("ß");
    }

    @Test
    void shouldKeepEszettForGermanyAndAustria() throws IOException {
        List<String> languages = List.of("de", "en");
        for (String country : List.of("DE", "AT")) {
            RenderedEmail quote = ShippedTemplates.renderer(MessageKind.QUOTE, languages).render(MessageKind.QUOTE, client(country, null),
                SampleValues.of(MessageKind.QUOTE), languages);
            assertThat(quote.text()).as(country).contains("Mit freundlichen Grüßen");
        }
    }

    private static Addressee client(String country, String language) {
        return Addressee.of("lea@example.ch", "Licht AG", "Lea Keller", "Lea", "Keller", "MS", null, language, null,
            EtiquetteFixture.decideAfresh(country, AT, Tier.B));
    }
}
