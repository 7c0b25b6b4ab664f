package io.meridian.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import io.meridian.ids.Ids;
import org.junit.jupiter.api.Test;

class OrderNumberTest {

    private static final Instant NOW = Instant.parse("2027-01-14T09:30:00Z");
    /** A ledger without orders: the number is the id's own. */
    private static final Predicate<String> NONE_TAKEN = number -> false;

    @Test
    void shouldGiveOrdersOpenedInTheSameMinuteNumbersOfTheirOwn() {
        // time-ordered ids made one after the other share their first digits (the moment)
        List<String> numbers = IntStream.range(0, 200).mapToObj(i -> OpenOrderDelegate.freeNumber(Ids.next(), NOW, NONE_TAKEN)).toList();

        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("MO-2027-[0-9A-F]{8}"), "MO-year-8 hex digits");
    }

    @Test
    void shouldEndWithTheLastDigitsOfTheOrdersId() {
        assertThat(OpenOrderDelegate.freeNumber("019ae5c4-2f3b-7a41-9c3e-5b8d0e2f4a61", NOW, NONE_TAKEN)).isEqualTo("MO-2027-0E2F4A61");
    }

    @Test
    void shouldTakeOtherDigitsWhenAnotherOrderHasTheNumberAlready() {
        String id = "019ae5c4-2f3b-7a41-9c3e-5b8d0e2f4a61";
        Set<String> taken = Set.of("MO-2027-0E2F4A61");

        String number = OpenOrderDelegate.freeNumber(id, NOW, taken::contains);

        assertThat(number).matches("MO-2027-[0-9A-F]{8}").isNotEqualTo("MO-2027-0E2F4A61");
        assertThat(OpenOrderDelegate.freeNumber(id, NOW, n -> false)).isEqualTo("MO-2027-0E2F4A61");
        assertThatThrownBy(() -> OpenOrderDelegate.freeNumber(id, NOW, n -> true))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("no free order number after 10 attempts");
    }
}
