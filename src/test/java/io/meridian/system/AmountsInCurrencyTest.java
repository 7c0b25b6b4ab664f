package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** An amount has at most its currency's decimals (ISO 4217), whatever the field it comes in. */
@RunsBeside
class AmountsInCurrencyTest {

    @Test
    void shouldRefuseAnAmountFinerThanItsCurrencyNamingFieldValueAndTheCurrencysDecimals() {
        assertThatThrownBy(() -> Inputs.inCurrency("unitPrice", new BigDecimal("12.5"), "JPY"))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("unitPrice");
                assertThat(e.getMessage()).isEqualTo("unitPrice 12.5 has 1 decimal, JPY has none (ISO 4217)");
            });
        assertThatThrownBy(() -> Inputs.inCurrency("amount", new BigDecimal("1000.1"), "KRW"))
            .hasMessage("amount 1000.1 has 1 decimal, KRW has none (ISO 4217)");
        assertThatThrownBy(() -> Inputs.inCurrency("amount", new BigDecimal("1.2345"), "BHD"))
            .hasMessage("amount 1.2345 has 4 decimals, BHD has 3 (ISO 4217)");
        assertThatThrownBy(() -> Inputs.inCurrency("amount", new BigDecimal("0.0001"), "KWD"))
            .hasMessage("amount 0.0001 has 4 decimals, KWD has 3 (ISO 4217)");
        assertThatThrownBy(() -> Inputs.inCurrency("amount", new BigDecimal("12.345"), "USD"))
            .hasMessage("amount 12.345 has 3 decimals, USD has 2 (ISO 4217)");
    }

    @Test
    void shouldAcceptTheCurrencysDecimalsAndTrailingZeros() {
        assertThat(Inputs.inCurrency("amount", new BigDecimal("1250.00"), "JPY")).isEqualByComparingTo("1250");
        assertThat(Inputs.inCurrency("amount", new BigDecimal("1E+3"), "KRW")).isEqualByComparingTo("1000");
        assertThat(Inputs.inCurrency("amount", new BigDecimal("1.234"), "BHD")).isEqualByComparingTo("1.234");
        assertThat(Inputs.inCurrency("amount", new BigDecimal("1.2340"), "KWD")).isEqualByComparingTo("1.234");
        assertThat(Inputs.inCurrency("amount", new BigDecimal("12.50"), "USD")).isEqualByComparingTo("12.5");
        assertThat(Inputs.inCurrency("amount", new BigDecimal("0.1234"), "CLF")).as("four decimals in Chile's UF")
            .isEqualByComparingTo("0.1234");
        assertThat(Inputs.inCurrency("amount", new BigDecimal("0.125"), "XAU")).as("no minor units: the currency's own check refuses it")
            .isEqualByComparingTo("0.125");
    }
}
