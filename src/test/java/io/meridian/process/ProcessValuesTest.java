package io.meridian.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a person reads when a date field holds a date written another way (the forms check no pattern). */
class ProcessValuesTest {

    @Test
    void shouldSayWhichDayWasMeantWhenOnlyOneCanBe() {
        assertThat(ProcessValues.notADate("quoteValidUntil", "04.02.2027"))
            .isEqualTo("quoteValidUntil '04.02.2027' is not a date: write it as 2027-02-04 (yyyy-mm-dd)");
        assertThat(ProcessValues.notADate("deliveryDate", "13/02/2027"))
            .isEqualTo("deliveryDate '13/02/2027' is not a date: write it as 2027-02-13 (yyyy-mm-dd)");
        assertThat(ProcessValues.notADate("deliveryDate", "2/13/2027"))
            .isEqualTo("deliveryDate '2/13/2027' is not a date: write it as 2027-02-13 (yyyy-mm-dd)");
    }

    @Test
    void shouldSayHowToWriteADateWhenTheDayIsNotClear() {
        // 04/02/2027 is the 4th of February in Germany and the 2nd of April in the US
        assertThat(ProcessValues.notADate("deliveryDate", "04/02/2027"))
            .isEqualTo("deliveryDate '04/02/2027' is not a date: write it as yyyy-mm-dd, e.g. 2027-02-10");
        assertThat(ProcessValues.notADate("deliveryDate", "31.02.2027"))
            .isEqualTo("deliveryDate '31.02.2027' is not a date: write it as yyyy-mm-dd, e.g. 2027-02-10");
        assertThat(ProcessValues.notADate("deliveryDate", "next week"))
            .isEqualTo("deliveryDate 'next week' is not a date: write it as yyyy-mm-dd, e.g. 2027-02-10");
    }
}
