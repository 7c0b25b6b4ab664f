package io.meridian.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meridian.moments.TeamToday;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** The next actions as the minutes email writes them: each day with the colon its language writes after it. */
@RunsBeside
class NextActionTest {

    private final List<NextAction> actions = List.of(new NextAction(LocalDate.of(2026, 12, 9), "Call on the report"),
        new NextAction(LocalDate.of(2026, 12, 8), "Send the comparison report"));

    @Test
    void shouldWriteAFullWidthColonAfterTheDayInJapaneseAndChinese() {
        assertThat(NextAction.forClient(actions).in("ja"))
            .isEqualTo("2026年12月8日（火）：Send the comparison report\n2026年12月9日（水）：Call on the report");
        assertThat((String) NextAction.forClient(actions).in("zh")).startsWith("2026年12月8日（星期二）：Send the comparison report\n")
            .doesNotContain(": ");
        assertThat(NextAction.forClient(actions).in("en"))
            .isEqualTo("Tuesday, 8 December 2026: Send the comparison report\nWednesday, 9 December 2026: Call on the report");
        assertThat((String) NextAction.forClient(actions).in("fr")).startsWith("mardi 8 décembre 2026\u00a0: Send the comparison report");
        // Arabic has its own comma (the date's "،") but no colon of its own: the common colon, a space after it
        assertThat((String) NextAction.forClient(actions).in("ar")).startsWith("الثلاثاء، 8 ديسمبر 2026: Send the comparison report\n");
    }

    @Test
    void shouldNameEveryBadLineOfTheFormInOneMessage() {
        Map<String, String> errors = new LinkedHashMap<>();
        TeamToday today = TeamToday.at(Instant.parse("2027-01-12T09:00:00Z"), ZoneId.of("Asia/Shanghai"));

        List<NextAction> actions = NextAction.parseLines("actions", "tomorrow: send samples\n2027-01-18: send two samples by air\n\n"
            + "2027-01-01: call back\n2027-01-19:", today, ActionDays.ANY, errors);

        assertThat(actions).extracting(NextAction::text).containsExactly("send two samples by air");
        assertThat(errors).containsOnlyKeys("actions");
        assertThat(errors.get("actions")).isEqualTo("actions has 3 lines to correct:"
            + " line 1: 'tomorrow' is not a date yyyy-mm-dd; write each action as 'yyyy-mm-dd: what';"
            + " line 4: 2027-01-01 is in the past (" + today.said() + ");"
            + " line 5: say what is to be done on 2027-01-19");
    }

    @Test
    void shouldRefuseAFormLineHoldingAControlCharacterAsTheApiRefusesAnAction() {
        Map<String, String> errors = new LinkedHashMap<>();
        TeamToday today = TeamToday.at(Instant.parse("2027-01-12T09:00:00Z"), ZoneId.of("Asia/Shanghai"));

        List<NextAction> actions = NextAction.parseLines("actions", "2027-01-18: send two\u0000samples", today, ActionDays.ANY, errors);

        assertThat(actions).isEmpty();
        assertThat(errors.get("actions")).startsWith("actions (line 1): the action holds the control character U+0000");
    }

    @Test
    void shouldNameTheOneBadLineAsBefore() {
        Map<String, String> errors = new LinkedHashMap<>();
        TeamToday today = TeamToday.at(Instant.parse("2027-01-12T09:00:00Z"), ZoneId.of("Asia/Shanghai"));

        NextAction.parseLines("actions", "2027-01-18: send two samples\ntomorrow: send samples", today, ActionDays.ANY, errors);

        assertThat(errors).containsExactly(Map.entry("actions",
            "actions (line 2): 'tomorrow' is not a date yyyy-mm-dd; write each action as 'yyyy-mm-dd: what'"));
    }

    @Test
    void shouldListTheSameLinesForTheHtmlPart() {
        assertThat(NextAction.listForClient(actions).in("ja")).isEqualTo(List.of(
            Map.of("action", "2026年12月8日（火）：Send the comparison report"), Map.of("action", "2026年12月9日（水）：Call on the report")));
    }
}
