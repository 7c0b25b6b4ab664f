package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.meridian.messages.Localized;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** The quote email writes its counts as each language part groups digits, as it writes its amounts: not "10000". */
@RunsBeside
class QuoteTemplateValuesTest {

    @Test
    void shouldGroupTheQuantityAndTheMinimumOrderAsEachLanguageDoes() {
        QuoteTemplate quote = new QuoteTemplate("60x60 cm", 2500, 25, "30% deposit", "Ningbo", new BigDecimal("12.50"), "EUR",
            LocalDate.of(2027, 3, 31));

        Map<String, Object> values = quote.values("LED panel 60x60", 10_000, "INQ-1", false, "DE");

        assertThat(((Localized) values.get("quantity")).in("de")).isEqualTo("10.000");
        assertThat(((Localized) values.get("quantity")).in("en")).isEqualTo("10,000");
        assertThat(((Localized) values.get("moq")).in("en")).isEqualTo("2,500");
        assertThat(((Localized) values.get("total")).in("de")).isEqualTo("125.000,00");
    }

    /** Indian English groups in lakhs and crores (CLDR en_IN: #,##,##0.###): the quote to a client in India reads so. */
    @Test
    void shouldWriteTheFiguresOfAQuoteToAClientInIndiaInLakhs() {
        QuoteTemplate quote = new QuoteTemplate("60x60 cm", 250_000, 25, "30% deposit", "Ningbo", new BigDecimal("12.50"), "INR",
            LocalDate.of(2027, 3, 31));

        Map<String, Object> values = quote.values("LED panel 60x60", 1_000_000, "INQ-1", false, "IN");

        assertThat(((Localized) values.get("quantity")).in("en")).isEqualTo("10,00,000");
        assertThat(((Localized) values.get("moq")).in("en")).isEqualTo("2,50,000");
        assertThat(((Localized) values.get("unitPrice")).in("en")).isEqualTo("12.50");
        assertThat(((Localized) values.get("total")).in("en")).isEqualTo("1,25,00,000.00");
        assertThat(((Localized) values.get("total")).in("de")).as("German keeps its own grouping").isEqualTo("12.500.000,00");
    }

    /**
     * A Swiss client read 6.250,00 in German and 6,250.00 in English: Swiss usage groups with an apostrophe and writes a
     * decimal point, 6’250.00 (Unicode CLDR de_CH, it_CH, en_CH: group ’, decimal .), in every part of the email alike;
     * French keeps CLDR's fr_CH (a narrow no-break space and a decimal comma).
     */
    @Test
    void shouldWriteTheFiguresOfAQuoteToAClientInSwitzerlandAsSwissUsageDoes() {
        QuoteTemplate quote = new QuoteTemplate("60x60 cm", 2500, 25, "30% deposit", "Ningbo", new BigDecimal("12.50"), "CHF",
            LocalDate.of(2027, 3, 31));

        Map<String, Object> values = quote.values("LED panel 60x60", 500, "INQ-1", false, "CH");

        assertThat(((Localized) values.get("total")).in("de")).isEqualTo("6\u2019250.00");
        assertThat(((Localized) values.get("total")).in("en")).isEqualTo("6\u2019250.00");
        assertThat(((Localized) values.get("moq")).in("de")).isEqualTo("2\u2019500");
        assertThat(((Localized) values.get("unitPrice")).in("de")).isEqualTo("12.50");
        assertThat(((Localized) values.get("total")).in("fr")).isEqualTo("6\u202f250,00");
        assertThat(((Localized) values.get("total")).in("ja")).as("a language not written in Switzerland keeps its own")
            .isEqualTo("6,250.00");
        Map<String, Object> liechtenstein = quote.values("LED panel 60x60", 500, "INQ-1", false, "LI");
        assertThat(((Localized) liechtenstein.get("total")).in("de")).isEqualTo("6\u2019250.00");
    }
}
