package io.meridian.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ShortNumbersTest {

    @Test
    void shouldTakeTheRandomEndOfAnIdNotItsMoment() {
        assertThat(ShortNumbers.digitsOf("019ae5c4-2f3b-7a41-9c3e-5b8d0e2f4a61")).isEqualTo("0E2F4A61");
        assertThat(ShortNumbers.digitsOf("abc")).isEqualTo("ABC");
        List<String> digits = IntStream.range(0, 200).mapToObj(i -> ShortNumbers.randomDigits()).toList();
        assertThat(digits).doesNotHaveDuplicates().allMatch(d -> d.matches("[0-9A-F]{8}"), "eight upper-case hex digits");
    }

    @Test
    void shouldDrawAgainWhileTheLedgerHasTheNumberAndGiveUpAfterTenTries() {
        assertThat(ShortNumbers.free("C-", "1A2B3C4D", n -> false, "complaint")).isEqualTo("C-1A2B3C4D");
        assertThat(ShortNumbers.free("C-", "1A2B3C4D", "C-1A2B3C4D"::equals, "complaint"))
            .matches("C-[0-9A-F]{8}").isNotEqualTo("C-1A2B3C4D");

        int[] asked = {0};
        assertThatThrownBy(() -> ShortNumbers.free("C-", "1A2B3C4D", n -> ++asked[0] > 0, "complaint"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("no free complaint number after 10 attempts, the last C-");
        assertThat(asked[0]).as("numbers tried").isEqualTo(10);
    }
}
