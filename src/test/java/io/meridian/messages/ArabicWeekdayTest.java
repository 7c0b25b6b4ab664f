package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * An Arabic date opens with its weekday ("الاثنين، 7 ديسمبر 2026"); after a preposition Arabic names the day with
 * "يوم" ("متوقع يوم الاثنين، …", as the United Nations' Arabic records write "المعقودة يوم الاثنين، …"), where the
 * progress report read "متوقع في الاثنين".
 */
@RunsBeside
class ArabicWeekdayTest {

    private static final Pattern WEEKDAY_AFTER_A_PREPOSITION = Pattern.compile(
        "(?<!\\p{L})(في|قبل|بعد|حتى|منذ|أقصاه)\\s+(<bdi>)?(الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)");

    private final Addressee karim = new Addressee("karim@example.com", "Gulf Lighting", "Karim Haddad", "Karim", "Haddad", "MR",
        null, "ar", ZoneId.of("Asia/Dubai"), "ae", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", true, "FORMAL", true);

    @Test
    void shouldNameTheDayWithYawmAfterAPrepositionInEveryArabicEmail() throws IOException {
        int weekdays = 0;
        for (MessageKind kind : MessageKind.values()) {
            Renderer renderer = ShippedTemplates.renderer(kind, List.of("ar"));
            for (Map<String, Object> values : List.of(SampleValues.of(kind), withFlagsTurned(SampleValues.of(kind)))) {
                RenderedEmail email = renderer.render(kind, karim, values, List.of("ar"));
                for (String part : List.of(email.subject(), email.html(), email.text())) {
                    assertThat(WEEKDAY_AFTER_A_PREPOSITION.matcher(part).find()).as("%s: %s", kind, part).isFalse();
                    weekdays += part.contains("يوم ") ? 1 : 0;
                }
            }
        }
        assertThat(weekdays).as("parts naming a day with يوم").isGreaterThan(3);
    }

    /** The other branch of every yes/no section, so that a date shown only then (stock not yet complete) is read too. */
    private static Map<String, Object> withFlagsTurned(Map<String, Object> values) {
        Map<String, Object> turned = new HashMap<>(values);
        values.forEach((name, value) -> {
            if (value instanceof Boolean flag) {
                turned.put(name, !flag);
            }
        });
        return turned;
    }
}
