package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tracking email names the carrier when the shipment did, and leaves the line out when it did not (DESIGN's shipment
 * asks only for the tracking number), in every language the templates ship: no label followed by nothing, no blank line
 * or empty table row where it stood.
 */
@RunsBeside
class TrackingEmailTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Carrier", "de, Spediteur", "fr, Transporteur", "es, Transportista", "pt, Transportadora",
        "pt-PT, Transportadora", "ja, 運送業者", "ko, 운송사", "zh, 承运人", "ar, شركة الشحن"})
    void shouldNameTheCarrierOnlyWhenTheShipmentNamedOne(String language, String label) throws IOException {
        Renderer renderer = ShippedTemplates.renderer(MessageKind.TRACKING_NUMBER, List.of(language));
        Addressee client = new Addressee("pat@example.com", "Acme", "Pat Doe", "Pat", "Doe", "MR", null, language,
            ZoneId.of("UTC"), language, "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true);
        Map<String, Object> named = new HashMap<>(SampleValues.of(MessageKind.TRACKING_NUMBER));
        Map<String, Object> unnamed = new HashMap<>(named);
        unnamed.put("carrier", "");

        RenderedEmail withCarrier = renderer.render(MessageKind.TRACKING_NUMBER, client, named, List.of(language));
        RenderedEmail without = renderer.render(MessageKind.TRACKING_NUMBER, client, unnamed, List.of(language));

        assertThat(withCarrier.text()).contains(label).contains("Maersk").contains("MAEU1234567");
        assertThat(withCarrier.html()).contains(label).contains("Maersk");
        assertThat(without.text()).contains("MAEU1234567").contains("ORD-2027-0001").doesNotContain(label);
        assertThat(without.html()).contains("MAEU1234567").doesNotContain(label).doesNotContain("<td></td>");
        assertThat(MessageTemplates.wellFormed(without.html())).isNull();
        // the line is gone, not left blank: the lines around it are as they were, one line fewer
        List<String> lines = withCarrier.text().lines().toList();
        assertThat(without.text().lines().toList())
            .isEqualTo(lines.stream().filter(l -> !l.contains(label)).toList());
    }
}
