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
