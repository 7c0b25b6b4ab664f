package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** Amounts in client emails: the currency's decimals, the language's grouping, Latin digits, nothing rounded. */
@RunsBeside
class AmountsTest {

    private static String in(String language, String amount, String currency) {
        return String.valueOf(Amounts.of(new BigDecimal(amount), currency).in(language));
    }

    @Test
    void shouldShowTheCurrencysDecimalsAndGroupTheThousandsAsTheLanguageDoes() {
        assertThat(in("en", "3750.0", "USD")).isEqualTo("3,750.00");
        assertThat(in("en", "12.5", "USD")).isEqualTo("12.50");
        assertThat(in("ja", "3750", "USD")).isEqualTo("3,750.00");
        assertThat(in("de", "3750", "EUR")).isEqualTo("3.750,00");
        assertThat(in("es", "1234567.5", "EUR")).isEqualTo("1.234.567,50");
        assertThat(in("en", "3750.00", "JPY")).as("the yen has no decimals").isEqualTo("3,750");
        assertThat(in("en", "1000", "KWD")).as("the Kuwaiti dinar has three").isEqualTo("1,000.000");
    }

    @Test
    void shouldNeverRoundAUnitPriceAndWriteArabicInLatinDigits() {
        assertThat(in("en", "0.125", "USD")).isEqualTo("0.125");
        assertThat(in("de", "37.5125", "EUR")).isEqualTo("37,5125");
        assertThat(in("ar", "3750", "SAR")).as("Latin digits, as trade documents use").matches("3.750.00")
            .doesNotContainPattern("[\\u0660-\\u0669]");
        assertThat(in("fr", "3750", "EUR")).as("French groups with a narrow no-break space").isEqualTo("3\u202f750,00");
    }

    /**
     * Indian English writes lakhs and crores: Unicode CLDR's en_IN (and hi) decimal pattern is #,##,##0.###, the last three
     * digits and then every two; the client's country or the language tag's region (en-IN) says India.
     */
    @Test
    void shouldGroupInLakhsAndCroresForAClientInIndia() {
        assertThat(Amounts.of(new BigDecimal("1234567"), "INR", "IN").in("en")).isEqualTo("12,34,567.00");
        assertThat(Amounts.of(new BigDecimal("12345678.5"), "USD", "IN").in("en")).isEqualTo("1,23,45,678.50");
        assertThat(Amounts.of(new BigDecimal("999.125"), "INR", "IN").in("en")).isEqualTo("999.125");
        assertThat(Amounts.of(new BigDecimal("1234.5"), "INR", "IN").in("en")).isEqualTo("1,234.50");
        assertThat(Amounts.of(new BigDecimal("1234567"), "INR", null).in("en-IN")).as("the tag's region").isEqualTo("12,34,567.00");
        assertThat(Amounts.of(new BigDecimal("1234567"), "INR", "US").in("en")).isEqualTo("1,234,567.00");
        assertThat(Amounts.of(new BigDecimal("1234567"), "EUR", "IN").in("de")).as("German writes German grouping")
            .isEqualTo("1.234.567,00");
        assertThat(Amounts.count(100_000, "IN").in("en")).isEqualTo("1,00,000");
        assertThat(Amounts.count(100_000, "GB").in("en")).isEqualTo("100,000");
    }

    /** A count of pieces is grouped as the language groups digits, as the amounts beside it are: not "10000". */
    @Test
    void shouldGroupACountOfPiecesAsTheLanguageDoes() {
        assertThat(String.valueOf(Amounts.count(10_000).in("en"))).isEqualTo("10,000");
        assertThat(String.valueOf(Amounts.count(10_000).in("de"))).isEqualTo("10.000");
        assertThat(String.valueOf(Amounts.count(10_000).in("ja"))).isEqualTo("10,000");
        assertThat(String.valueOf(Amounts.count(500).in("fr"))).isEqualTo("500");
        assertThat(String.valueOf(Amounts.count(10_000).in("ar"))).as("Latin digits").matches("10.000");
    }
}
