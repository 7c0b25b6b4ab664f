package io.meridian.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.messages.Localized;
import io.meridian.process.ClientVariables;
import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** The order confirmation writes its amount and quantity as the client reads figures where they are. */
@RunsBeside
class OrderConfirmationFiguresTest {

    private static Map<String, Object> valuesFor(String country) {
        VariableScope order = mock(VariableScope.class);
        when(order.getVariable(ClientVariables.COUNTRY)).thenReturn(country);
        when(order.getVariable(Var.QUANTITY)).thenReturn(150_000);
        when(order.getVariable(Var.PRODUCT)).thenReturn("LED panel 60x60");
        return SendOrderConfirmationDelegate.values(order, "ORD-1", new BigDecimal("1875000.00"), "INR",
            LocalDate.of(2027, 3, 31), "SEA");
    }

    /** Indian English groups in lakhs and crores (Unicode CLDR en_IN: #,##,##0.###). */
    @Test
    void shouldWriteAnIndianClientsAmountAndQuantityInLakhs() {
        Map<String, Object> values = valuesFor("IN");
        assertThat(((Localized) values.get("amount")).in("en")).isEqualTo("18,75,000.00");
        assertThat(((Localized) values.get("quantity")).in("en")).isEqualTo("1,50,000");
    }

    @Test
    void shouldWriteOtherClientsFiguresInThousands() {
        Map<String, Object> values = valuesFor("GB");
        assertThat(((Localized) values.get("amount")).in("en")).isEqualTo("1,875,000.00");
        assertThat(((Localized) values.get("quantity")).in("en")).isEqualTo("150,000");
    }
}
