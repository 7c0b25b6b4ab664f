package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * A German email to a contact whose family name is not recorded (or whose gender is not known) opens with "Guten Tag" and
 * the name, set off by a comma as an address is (Amtliches Regelwerk der deutschen Rechtschreibung, § 79; Duden: "Guten Tag,
 * Frau Müller"): "Guten Tag, Anna Müller,", where it read "Guten Tag Anna Müller,". "Sehr geehrte Frau Müller," keeps none.
 */
@RunsBeside
class GermanSalutationTest {

    private static RenderedEmail confirmation(Addressee to) throws IOException {
        return ShippedTemplates.renderer(MessageKind.ORDER_CONFIRMATION, List.of("de"))
            .render(MessageKind.ORDER_CONFIRMATION, to, SampleValues.of(MessageKind.ORDER_CONFIRMATION), List.of("de"));
    }

    private static Addressee anna(String givenName, String familyName, String salutation) {
        return new Addressee("anna@example.de", "Müller GmbH", "Anna Müller", givenName, familyName, salutation, null, "de",
            ZoneId.of("Europe/Berlin"), "de", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", true, "FORMAL", false);
    }

    @Test
    void shouldSetTheFullNameOffByACommaWhenNoFamilyNameIsRecorded() throws IOException {
        assertThat(confirmation(anna(null, null, null)).text()).startsWith("Guten Tag, Anna Müller,\n")
            .doesNotContain("Guten Tag Anna");
    }

    @Test
    void shouldSetTheNameOffByACommaWhenTheGenderIsNotKnownAndKeepSehrGeehrteWithout() throws IOException {
        assertThat(confirmation(anna("Anna", "Müller", null)).text()).startsWith("Guten Tag, Anna Müller,\n");
        assertThat(confirmation(anna("Anna", "Müller", "MS")).text()).startsWith("Sehr geehrte Frau Müller,\n");
    }
}
