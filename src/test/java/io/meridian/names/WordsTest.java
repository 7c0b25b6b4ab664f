package io.meridian.names;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void shouldWriteAnEnumerationsValueInLowerCaseWords() {
        assertThat(Words.of("DELIVERY_DELAY")).isEqualTo("delivery delay");
        assertThat(Words.of(" QUALITY ")).isEqualTo("quality");
        assertThat(Words.of(DayOfWeek.MONDAY)).isEqualTo("monday");
        assertThat(Words.of((String) null)).isNull();
        assertThat(Words.of((Enum<?>) null)).isNull();
    }
}
