package io.meridian.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.meridian.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The minutes' texts, checked by hand rather than by a request record's constraints, refuse what no person typed as every
 * other text of the API does: a NUL in the needs or an escape in an action was kept (and PostgreSQL cannot store a NUL).
 */
class MinutesTextTest {

    private static final Instant NOW = Instant.parse("2027-01-12T09:00:00Z");

    @Test
    void shouldNameAControlCharacterInTheNeedsPointsAndActions() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> new Meetings(null, null).checkMinutes(
            "500 panels\u0000", "Unit price", List.of(Map.of("dueOn", "2027-01-18", "text", "Call \u001B back")), NOW,
            ZoneId.of("Asia/Shanghai"), ActionDays.ANY));

        assertThat(refused.fields()).containsExactly(
            Map.entry("needs", "needs holds the control character U+0000 at character 11: send the text without it"),
            Map.entry("actions[0].text", "actions[0].text holds the control character U+001B at character 6: send the text without it"));
    }

    @Test
    void shouldTakeMinutesWithLineBreaks() {
        Meetings.Minutes minutes = new Meetings(null, null).checkMinutes("500 panels,\n4000 K", "Unit price;\r\nlead time",
            List.of(Map.of("dueOn", "2027-01-18", "text", "Send the report")), NOW, ZoneId.of("Asia/Shanghai"), ActionDays.ANY);

        assertThat(minutes.needs()).isEqualTo("500 panels,\n4000 K");
        assertThat(minutes.actions()).extracting(NextAction::text).containsExactly("Send the report");
    }
}
