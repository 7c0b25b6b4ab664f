package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** The academic titles a contact name opens with, as a salutation names them. */
@RunsBeside
class LeadingTitleTest {

    @Test
    void shouldTakeTheDoctorateAndProfessorshipAContactNameOpensWith() {
        assertThat(ClientNames.leadingTitle("Dr. Hans Müller")).isEqualTo("Dr.");
        assertThat(ClientNames.leadingTitle("Dr Hans Müller")).isEqualTo("Dr.");
        assertThat(ClientNames.leadingTitle("Prof. Dr. Anna Weber")).isEqualTo("Prof. Dr.");
        assertThat(ClientNames.leadingTitle("Professorin Anna Weber")).isEqualTo("Prof.");
        assertThat(ClientNames.leadingTitle("Dr.-Ing. Jens Maier")).as("the faculty is not named").isEqualTo("Dr.");
        assertThat(ClientNames.leadingTitle("Dr. rer. nat. Jens Maier")).isEqualTo("Dr.");
    }

    @Test
    void shouldTakeNothingElse() {
        assertThat(ClientNames.leadingTitle("Hans Müller")).isNull();
        assertThat(ClientNames.leadingTitle("Dipl.-Ing. Jens Maier")).as("no salutation names a diploma").isNull();
        assertThat(ClientNames.leadingTitle("Drew Barrymore")).isNull();
        assertThat(ClientNames.leadingTitle("Dr.")).as("a title alone is no name").isNull();
        assertThat(ClientNames.leadingTitle("Hans Müller, Dr.")).isNull();
        assertThat(ClientNames.leadingTitle(null)).isNull();
    }
}
