package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import io.meridian.client.Channel;
import io.meridian.order.OrderFulfilment;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * A value from a fixed list reaches the client in words: every constant has its flag among the kind's placeholders,
 * and every shipped language template words it in its HTML and its text instead of showing the code.
 */
@RunsBeside
class WordedFlagsTest {

    @Test
    void shouldNameFlagsInCamelCaseAndSetOnlyTheGivenOne() {
        assertThat(Flags.name("via", Channel.TRADE_SHOW)).isEqualTo("viaTradeShow");
        assertThat(Flags.of("by", OrderFulfilment.ShippingMethod.class, OrderFulfilment.ShippingMethod.AIR))
            .containsEntry("byAir", true).containsEntry("bySea", false).hasSize(OrderFulfilment.ShippingMethod.values().length);
    }

    @Test
    void shouldWordEveryShippingMethodChannelAndKindOfTalkInEveryShippedLanguage() throws IOException, ClassNotFoundException {
        assertThat(wordsEvery(MessageKind.ORDER_CONFIRMATION, "by", OrderFulfilment.ShippingMethod.values(), "shippingMethod", 2))
            .as("5 shipping methods in 10 languages (pt-PT beside pt)").isEqualTo(5 * 10);
        assertThat(wordsEvery(MessageKind.CONFIRMED_ITEMS, "via", Channel.values(), "channel", 2)).as("8 channels in 10 languages")
            .isEqualTo(8 * 10);
        // the kind of talk is in the minutes' subject only (the meeting module keeps its kinds to itself: read by name)
        assertThat(wordsEvery(MessageKind.MEETING_MINUTES, "kind", (Enum<?>[]) Class.forName("io.meridian.meeting.NegotiationMeeting$Kind")
            .getEnumConstants(), "meetingKind", 1)).as("3 kinds of talk in 10 languages").isEqualTo(3 * 10);
    }

    /** Checks every constant's flag in every language template of {@code kind}; answers how many pairs it checked. */
    private static int wordsEvery(MessageKind kind, String prefix, Enum<?>[] constants, String code, int times) throws IOException {
        int checked = 0;
        List<Path> templates = ShippedTemplates.of(kind);
        assertThat(templates).as("the shipped languages of %s", kind).hasSizeGreaterThanOrEqualTo(9);
        for (Enum<?> constant : constants) {
            String flag = Flags.name(prefix, constant);
            assertThat(kind.placeholders()).as("a placeholder for %s", constant).contains(flag);
            for (Path template : templates) {
                String text = Files.readString(template);
                assertThat(text.split(Pattern.quote("{{#" + flag + "}}"), -1)).as("%s words %s where it shows it", template, constant)
                    .hasSize(times + 1);
                assertThat(text).as("%s shows no code", template).doesNotContain("{{" + code + "}}");
                checked++;
            }
        }
        return checked;
    }
}
