package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** The signature's lines as a properties file or an environment variable gives them, and what is refused. */
@RunsBeside
class MessageSettingsTest {

    private static MessageSettings signed(String signature, boolean required) {
        return new MessageSettings(Path.of("messages"), Duration.ofSeconds(5), Duration.ofSeconds(1), signature, required);
    }

    @Test
    void shouldSplitTheSignatureAtLineBreaksAndAtAnEnvironmentVariablesBackslashN() {
        assertThat(signed("\n  Acme Export Ltd.\r\nNo. 8 Harbour Road  \n\n", false).signatureLines())
            .containsExactly("Acme Export Ltd.", "No. 8 Harbour Road");
        assertThat(signed("Acme Export Ltd.\\nExport sales\\n+86 21 5555 0100", false).signatureLines())
            .containsExactly("Acme Export Ltd.", "Export sales", "+86 21 5555 0100");
        assertThat(signed("  ", false).signatureLines()).isEmpty();
    }

    @Test
    void shouldRefuseNoSignatureWhereOneIsRequiredAndALetterheadAnywhere() {
        assertThatThrownBy(() -> signed(" \n ", true)).hasMessageContaining("meridian.messages.signature is empty")
            .hasMessageContaining("MERIDIAN_SIGNATURE");
        assertThat(signed("Acme Export Ltd.", true).signatureLines()).containsExactly("Acme Export Ltd.");
        assertThatThrownBy(() -> signed("1\n2\n3\n4\n5\n6\n7\n8\n9", false)).hasMessageContaining("has 9 lines; at most 8");
        assertThatThrownBy(() -> signed("Acme " + "x".repeat(200), false)).hasMessageContaining("a line of 205 characters; at most 200");
    }
}
