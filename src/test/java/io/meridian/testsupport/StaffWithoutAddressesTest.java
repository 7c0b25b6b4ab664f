package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The helper clears addresses and makes users for a test, puts every address back, and fails when it could not. */
@MeridianTest
class StaffWithoutAddressesTest {

    @Autowired
    IdentityService identity;

    @Test
    void shouldClearTheGroupsAddressesAndPutThemBack() {
        String before = email("max");
        String made;
        try (StaffWithoutAddresses staff = new StaffWithoutAddresses(identity).clear("managers")) {
            made = staff.user("ada", "{id}@meridian.example", "camunda-admin");
            assertThat(email("max")).as("cleared").isNull();
            assertThat(email(made)).isEqualTo(made + "@meridian.example");
            assertThat(identity.createUserQuery().userId(made).memberOfGroup("camunda-admin").count()).isOne();
        }
        assertThat(email("max")).as("put back").isEqualTo(before).isNotNull();
        assertThat(identity.createUserQuery().userId(made).count()).as("the user it made, deleted").isZero();
    }

    @Test
    void shouldFailWhenItCannotGiveAnAddressBack() {
        StaffWithoutAddresses staff = new StaffWithoutAddresses(identity);
        String vic = staff.user("vic", "{id}@meridian.example");
        staff.clearUser(vic);
        // the test deletes the user whose address was cleared: close() cannot give it back, and says so
        identity.deleteUser(vic);

        assertThatThrownBy(staff::close).isInstanceOf(AssertionError.class)
            .hasMessageContaining("the user " + vic + " whose address the test cleared, there to be given it back");
    }

    private String email(String user) {
        return identity.createUserQuery().userId(user).singleResult().getEmail();
    }
}
