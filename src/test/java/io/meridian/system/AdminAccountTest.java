package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.testsupport.RunsBeside;

import org.junit.jupiter.api.Test;

@RunsBeside
class AdminAccountTest {

    @Test
    void shouldRefuseAMissingPassword() {
        assertThatThrownBy(() -> AdminAccount.check("admin", null)).isInstanceOf(AdminPasswordException.class)
            .hasMessageContaining("not set");
        assertThatThrownBy(() -> AdminAccount.check("admin", "  ")).hasMessageContaining("not set");
    }

    @Test
    void shouldRefuseThePasswordOfTheUserId() {
        assertThatThrownBy(() -> AdminAccount.check("chief", "Chief")).hasMessageContaining("same as the user id");
    }

    @Test
    void shouldRefuseADemoPassword() {
        assertThatThrownBy(() -> AdminAccount.check("chief", "demo")).hasMessageContaining("demo or default");
        assertThatThrownBy(() -> AdminAccount.check("chief", "Camunda")).hasMessageContaining("demo or default");
    }

    @Test
    void shouldAcceptASecretPassword() {
        assertThatCode(() -> AdminAccount.check("admin", "correct horse battery staple")).doesNotThrowAnyException();
    }
}
