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

    /**
     * A contact name that opens with an academic title ("Dr. Hans MÜLLER", as shops and signatures send it) with no title
     * on record: German business mail names the doctorate in the salutation ("Sehr geehrter Herr Dr. Müller", DIN 5008;
     * Duden), where the email read "Sehr geehrter Herr Müller". A country whose etiquette uses no titles keeps "Mr".
     */
    @Test
    void shouldAddressByTheTitleTheContactNameOpensWith() {
        Instant day = Instant.parse("2027-01-12T09:00:00Z");
        Addressee mueller = Addressee.of("buyer@example.com", "Müller GmbH", "Dr. Hans MÜLLER", null, null, "MR", null, null, null,
            etiquette.decide("DE", day, Tier.B));
        assertThat(mueller.title()).isEqualTo("Dr.");
        assertThat(messages.render(MessageKind.QUOTE, mueller, SampleValues.of(MessageKind.QUOTE)).text())
            .startsWith("Sehr geehrter Herr Dr. Müller,\n").contains("Dear Dr Müller,");
        Addressee weber = Addressee.of("buyer@example.com", "Weber AG", "Prof. Dr.-Ing. Anna Weber", "Anna", "Weber", "MS", null, null,
            null, etiquette.decide("DE", day, Tier.B));
        assertThat(messages.render(MessageKind.QUOTE, weber, SampleValues.of(MessageKind.QUOTE)).text())
            .startsWith("Sehr geehrte Frau Prof. Dr. Weber,\n");
        Addressee recorded = Addressee.of("buyer@example.com", "Müller GmbH", "Dr. Hans Müller", "Hans", "Müller", "MR", "Prof.", null,
            null, etiquette.decide("DE", day, Tier.B));
        assertThat(recorded.title()).as("the record's own title wins").isEqualTo("Prof.");
        Addressee smith = Addressee.of("buyer@example.com", "Smith Inc", "Dr. John SMITH", null, null, "MR", null, null, null,
            etiquette.decide("US", day, Tier.B));
        assertThat(messages.render(MessageKind.QUOTE, smith, SampleValues.of(MessageKind.QUOTE)).text())
            .as("the US row uses no titles").startsWith("Dear Mr Smith,\n");
    }

    /**
     * A task's preview of the email showed the first part's salutation only ("尊敬的王伟："), which a team member who does
     * not read the client's language cannot check: it shows the English part's beside it.
     */
    @Test
    void shouldPreviewTheEnglishSalutationBesideTheOneInTheClientsLanguage() {
        assertThat(messages.preview(MessageKind.QUOTE, client("DE", null), SampleValues.of(MessageKind.QUOTE), "now"))
            .contains("\n- Salutation: Sehr geehrter Herr Dr. Müller,\n- In English: Dear Dr Müller,\n- Languages: de + en\n");
        Addressee wang = Addressee.of("wei@example.cn", "Huaguang Lighting", "王伟", "Wei", "Wang", "MR", null, "zh", null,
            etiquette.decide("CN", Instant.parse("2027-01-12T09:00:00Z"), Tier.B));
        assertThat(messages.preview(MessageKind.QUOTE, wang, SampleValues.of(MessageKind.QUOTE), "now"))
            .contains("\n- Salutation: 尊敬的王伟：\n- In English: Dear Mr Wang,\n- Languages: zh + en\n");
        assertThat(messages.preview(MessageKind.QUOTE, wang, SampleValues.of(MessageKind.QUOTE), "now")).doesNotContain("- Name:");
        Addressee latinOnly = Addressee.of("wei@example.cn", "Huaguang Lighting", "Wang Wei", "Wei", "Wang", "MR", null, "zh", null,
            etiquette.decide("CN", Instant.parse("2027-01-12T09:00:00Z"), Tier.B));
        assertThat(messages.preview(MessageKind.QUOTE, latinOnly, SampleValues.of(MessageKind.QUOTE), "now"))
            .as("the record has the name in Latin letters only: the team is told how to put it right")
            .contains("\n- Salutation: 尊敬的Wang先生：\n- In English: Dear Mr Wang,\n- Name: in Latin letters only on the client"
                + " record, so the Chinese part addresses the client in them; if the client writes their name in Chinese script, put"
                + " it in the client's contact name (sales or a manager changes it: PATCH /api/clients/{id}, in the browser on the"
                + " API page /api/docs under \"Clients\") and the next emails use it\n- Languages: zh + en\n");
        assertThat(messages.preview(MessageKind.QUOTE, client("DE", "en"), SampleValues.of(MessageKind.QUOTE), "now"))
            .as("an English email: no second line").contains("\n- Salutation: Dear Dr Müller,\n- Languages: en\n")
            .doesNotContain("In English");
    }

    /**
     * Thailand's etiquette asks for important documents in Thai and English, professionally checked, and Meridian has no
     * Thai templates: the quote went out in English only and its preview said no more than "Languages: en", so nobody
     * knew the client's advice was not followed. The preview says so, for the important documents only.
     */
    @Test
    void shouldTellTheTeamWhenAnImportantDocumentGoesInEnglishOnlyWhereTheClientsEtiquetteAsksForTwoLanguages() {
        Addressee anong = Addressee.of("anong@example.co.th", "Siam Lighting", "Anong Srisuk", "Anong", "Srisuk", "MS", null, null,
            null, etiquette.decide("TH", Instant.parse("2027-01-12T09:00:00Z"), Tier.B));
        assertThat(anong.bilingualDocuments()).as("Thailand's row").isTrue();

        assertThat(messages.preview(MessageKind.QUOTE, anong, SampleValues.of(MessageKind.QUOTE), "now"))
            .contains("\n- Languages: en\n- Thai version: the client's etiquette asks for important documents in Thai and English,"
                + " professionally checked; there is no Thai template for this email, so it goes out in English only: send the"
                + " client a professionally checked Thai version beside it\n- Goes out: now");
        assertThat(messages.preview(MessageKind.TRACKING_NUMBER, anong, SampleValues.of(MessageKind.TRACKING_NUMBER), "now"))
            .as("no important document").doesNotContain("Thai version");
        assertThat(messages.preview(MessageKind.QUOTE, client("CN", null), SampleValues.of(MessageKind.QUOTE), "now"))
            .as("a Chinese part is there").doesNotContain(" version: ");
        assertThat(messages.preview(MessageKind.QUOTE, client("TH", "en"), SampleValues.of(MessageKind.QUOTE), "now"))
            .as("the client asked for English").doesNotContain(" version: ");
        assertThat(messages.preview(MessageKind.QUOTE, client("US", null), SampleValues.of(MessageKind.QUOTE), "now"))
            .doesNotContain(" version: ");
    }

    @Test
    void shouldKeepTheRecordsLanguageAndEnglishWhereTheCountryHasNoTemplates() {
        assertThat(messages.languages(MessageKind.QUOTE, client("DE", "en"))).as("the client asked for English").containsExactly("en");
        assertThat(messages.languages(MessageKind.QUOTE, client("US", null))).containsExactly("en");
        assertThat(messages.languages(MessageKind.QUOTE, client("IT", null))).as("no Italian templates").containsExactly("en");
    }
}
