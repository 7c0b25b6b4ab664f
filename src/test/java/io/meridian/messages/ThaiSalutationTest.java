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
 * A Thai client was greeted "Dear Mr Somchai", though Thailand's etiquette row says Thais are addressed by the given name
 * with Khun: "Dear Khun Somchai" (Wikipedia, "Thai name": people are addressed by the given name with the honorific
 * Khun, whatever their gender). Thailand's row names the salutation GIVEN_NAME_HONORIFIC, the English greeting words it.
 */
@RunsBeside
class ThaiSalutationTest {

    private static final Instant AT = Instant.parse("2027-03-01T08:00:00Z");

    @Test
    void shouldAddressAThaiClientAsKhunWithTheGivenName() throws IOException {
        List<String> languages = List.of("en");
        for (String salutation : new String[]{"MR", "MS", null}) {
            Addressee thai = Addressee.of("somchai@example.co.th", "Siam Lighting", "Somchai Jaidee", "Somchai", "Jaidee",
                salutation, null, null, null, EtiquetteFixture.decideAfresh("TH", AT, Tier.B));

            RenderedEmail quote = ShippedTemplates.renderer(MessageKind.QUOTE, languages).render(MessageKind.QUOTE, thai,
                SampleValues.of(MessageKind.QUOTE), languages);

            assertThat(quote.salutation()).as("salutation for %s", salutation).isEqualTo("Dear Khun Somchai,");
        }
    }

    @Test
    void shouldKeepMrWithTheGivenNameForAVietnameseClient() throws IOException {
        List<String> languages = List.of("en");
        Addressee vietnamese = Addressee.of("hung@example.vn", "Saigon Light", "Nguyen Van Hung", "Hung", "Nguyen", "MR", null,
            "en", null, EtiquetteFixture.decideAfresh("VN", AT, Tier.B));

        RenderedEmail quote = ShippedTemplates.renderer(MessageKind.QUOTE, languages).render(MessageKind.QUOTE, vietnamese,
            SampleValues.of(MessageKind.QUOTE), languages);

        assertThat(quote.salutation()).isEqualTo("Dear Mr Hung,");
    }
}
