package io.meridian.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTest {

    @Test
    void shouldNameTheCodeMeantForTheCodesTheEuWritesAndGiveAnExampleOtherwise() {
        assertThat(CountryCodes.isKnown("UK")).as("reserved, not assigned").isFalse();
        assertThat(CountryCodes.unknown("UK", "UK")).isEqualTo("unknown country code 'UK' (ISO 3166-1 alpha-2: GB for United Kingdom)");
        assertThat(CountryCodes.unknown(" el ", "el")).isEqualTo("unknown country code 'el' (ISO 3166-1 alpha-2: GR for Greece)");
        assertThat(CountryCodes.unknown("XX", "XX")).isEqualTo("unknown country code 'XX' (ISO 3166-1 alpha-2, e.g. JP)");
        assertThat(CountryCodes.isKnown("XK")).as("Kosovo, user-assigned, which the JDK lacks").isTrue();
    }

    @Test
    void shouldNameTheCodeOfACountryWrittenByItsName() {
        assertThat(CountryCodes.unknown("Germany", "Germany")).isEqualTo("unknown country code 'Germany' (ISO 3166-1 alpha-2: DE for Germany)");
        assertThat(CountryCodes.unknown(" vietnam ", "vietnam")).isEqualTo("unknown country code 'vietnam' (ISO 3166-1 alpha-2: VN for Vietnam)");
        assertThat(CountryCodes.unknown("Germania", "Germania")).as("no guessing beyond the names").endsWith(", e.g. JP)");
        assertThat(CountryCodes.unknown("PHL", "PHL")).as("the three-letter code").isEqualTo(
            "unknown country code 'PHL' (ISO 3166-1 alpha-2: PH for Philippines)");
    }

    @Test
    void shouldNameACountryInEnglishOrKeepTheCodeTheJdkHasNoNameFor() {
        assertThat(CountryCodes.englishName("DE")).isEqualTo("Germany");
        assertThat(CountryCodes.englishName(" jp ")).isEqualTo("Japan");
        assertThat(CountryCodes.englishName("QZ")).isEqualTo("QZ");
    }
}
