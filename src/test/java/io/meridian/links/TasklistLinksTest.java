package io.meridian.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

@RunsBeside
class TasklistLinksTest {

    @Test
    void shouldLinkToTheTaskFromTheServersPublicAddress() {
        assertThat(new TasklistLinks("https://meridian.example.com/", "/camunda").task("t-1"))
            .contains("https://meridian.example.com/camunda/app/tasklist/default/#/?task=t-1");
        assertThat(new TasklistLinks(" https://example.com/workflow ", "bpm/").task("t-2"))
            .contains("https://example.com/workflow/bpm/app/tasklist/default/#/?task=t-2");
    }

    @Test
    void shouldMakeNoLinkWithoutAPublicAddress() {
        assertThat(new TasklistLinks("", "/camunda").task("t-1")).isEmpty();
    }

    @Test
    void shouldRefuseAPublicAddressThatIsNoHttpAddressNamingTheProperty() {
        assertThatThrownBy(() -> new TasklistLinks("meridian.example.com", "/camunda"))
            .hasMessage("meridian.public-url (MERIDIAN_PUBLIC_URL) 'meridian.example.com' is not an http or https address such as"
                + " https://meridian.example.com: the links in staff emails are made from it");
        assertThatThrownBy(() -> new TasklistLinks("https://exa mple.com", "/camunda")).hasMessageContaining("is not an http or https address");
        assertThatThrownBy(() -> new TasklistLinks("ftp://example.com", "/camunda")).hasMessageContaining("is not an http or https address");
    }
}
