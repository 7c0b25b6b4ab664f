package io.meridian.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

@RunsBeside
class WebappLinksTest {

    @Test
    void shouldLinkToTheTaskFromTheServersPublicAddress() {
        assertThat(new WebappLinks("https://meridian.example.com/", "/camunda").task("t-1"))
            .contains("https://meridian.example.com/camunda/app/tasklist/default/#/?task=t-1");
        assertThat(new WebappLinks(" https://example.com/workflow ", "bpm/").task("t-2"))
            .contains("https://example.com/workflow/bpm/app/tasklist/default/#/?task=t-2");
    }

    @Test
    void shouldLinkToAUsersProfileAndAGroupsMembersInAdmin() {
        WebappLinks links = new WebappLinks("https://meridian.example.com", "/camunda");
        assertThat(links.userProfile("max")).contains("https://meridian.example.com/camunda/app/admin/default/#/users/max?tab=profile");
        assertThat(links.groupMembers("managers")).contains("https://meridian.example.com/camunda/app/admin/default/#/groups/managers?tab=users");
        assertThat(links.userProfile("a b/c")).as("escaped").contains("https://meridian.example.com/camunda/app/admin/default/#/users/a%20b%2Fc?tab=profile");
    }

    @Test
    void shouldMakeNoLinkWithoutAPublicAddress() {
        WebappLinks none = new WebappLinks("", "/camunda");
        assertThat(none.task("t-1")).isEmpty();
        assertThat(none.userProfile("max")).isEmpty();
        assertThat(none.groupMembers("managers")).isEmpty();
    }

    @Test
    void shouldRefuseAPublicAddressThatIsNoHttpAddressNamingTheProperty() {
        // the start-up report names the property, its value and the reason, without a stack trace
        assertThatThrownBy(() -> new WebappLinks("meridian.example.com", "/camunda"))
            .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> {
                assertThat(e.getName()).isEqualTo("meridian.public-url");
                assertThat(e.getValue()).isEqualTo("meridian.example.com");
                assertThat(e.getReason()).isEqualTo("MERIDIAN_PUBLIC_URL is not an http or https address such as"
                    + " https://meridian.example.com: the links in staff emails are made from it");
            });
        assertThatThrownBy(() -> new WebappLinks("https://exa mple.com", "/camunda")).hasMessageContaining("is not an http or https address");
        assertThatThrownBy(() -> new WebappLinks("ftp://example.com", "/camunda")).hasMessageContaining("is not an http or https address");
    }
}
