package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * In a right-to-left part every value the server inserts sits in a bidi isolate ({@code <bdi>}): a Latin
 * value that starts or ends with a digit or a sign ("30% deposit, 70% before shipment", "46.875") would
 * otherwise be reordered by the Arabic text around it ("deposit, 70% before shipment 30%").
 */
@RunsBeside
class RightToLeftTemplatesTest {

    private static final Pattern VALUE = Pattern.compile("\\{\\{(\\w+)}}");

    @Test
    void shouldIsolateEveryValueInTheHtmlOfEveryArabicTemplate() throws IOException {
        List<Path> arabic = ShippedTemplates.files(f -> f.getFileName().toString().equals("ar.mustache")
            && !f.getParent().endsWith("greeting"));
        assertThat(arabic).as("an Arabic template per kind").hasSize(MessageKind.values().length);
        for (Path file : arabic) {
            String content = Files.readString(file);
            String html = content.substring(content.indexOf("--- html ---"), content.indexOf("--- text ---"));
            Matcher value = VALUE.matcher(html);
            int values = 0;
            while (value.find()) {
                values++;
                assertThat(html.substring(Math.max(0, value.start() - 5), value.start())).as("%s: {{%s}} in a <bdi>", file, value.group(1))
                    .isEqualTo("<bdi>");
                assertThat(html.startsWith("</bdi>", value.end())).as("%s: {{%s}} closes its <bdi>", file, value.group(1)).isTrue();
            }
            assertThat(values).as("%s inserts values", file).isPositive();
        }
    }
}
