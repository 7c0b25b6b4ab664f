package io.meridian.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.meridian.messages.MessageKind;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** The order confirmation words its shipping method in the client's language: a flag per method, each worded in every template. */
@RunsBeside
class OrderConfirmationWordingTest {

    @Test
    void shouldWordEveryShippingMethodInEveryShippedLanguage() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(Path.of("messages", MessageKind.ORDER_CONFIRMATION.folder()))) {
            templates = files.filter(f -> f.toString().endsWith(".mustache")).sorted().toList();
        }
        assertThat(templates).as("the shipped languages").hasSizeGreaterThanOrEqualTo(9);
        for (OrderFulfilment.ShippingMethod method : OrderFulfilment.ShippingMethod.values()) {
            String flag = SendOrderConfirmationDelegate.shippingFlag(method);
            assertThat(MessageKind.ORDER_CONFIRMATION.placeholders()).as("a placeholder for %s", method).contains(flag);
            for (Path template : templates) {
                String text = Files.readString(template);
                assertThat(text.split(java.util.regex.Pattern.quote("{{#" + flag + "}}"), -1))
                    .as("%s words %s in its HTML and its text", template, method).hasSize(3);
                assertThat(text).as("%s shows no method code", template).doesNotContain("{{shippingMethod}}");
            }
        }
    }
}
