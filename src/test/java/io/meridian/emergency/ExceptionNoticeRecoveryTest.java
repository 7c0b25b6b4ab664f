package io.meridian.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.meridian.process.ClientToday;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * The exception notice tells the client the day of recovery; a day already over in the client's clock is refused,
 * whatever the team's date: a Tokyo client's Monday begins while it is still Sunday evening in Shanghai, and a notice
 * written then had told the client "Expected recovery: Sunday, 6 December 2026" (found by a Tasklist tour).
 */
@RunsBeside
class ExceptionNoticeRecoveryTest {

    /** Sunday 6 December 2026, 23:30 in Shanghai; already Monday 7 December, 00:30, in Tokyo. */
    private static final Instant SUNDAY_NIGHT_IN_SHANGHAI = Instant.parse("2026-12-06T15:30:00Z");

    @Test
    void shouldRefuseARecoveryDayThatIsOverForTheClientThoughNotForTheTeam() {
        ClientToday tokyo = ClientToday.at(SUNDAY_NIGHT_IN_SHANGHAI, ZoneId.of("Asia/Tokyo"));

        String sunday = MailExceptionNoticeDelegate.passed(Instant.parse("2026-12-05T16:00:00Z"), LocalDate.of(2026, 12, 6),
            SUNDAY_NIGHT_IN_SHANGHAI, tokyo);
        String monday = MailExceptionNoticeDelegate.passed(Instant.parse("2026-12-06T16:00:00Z"), LocalDate.of(2026, 12, 7),
            SUNDAY_NIGHT_IN_SHANGHAI, tokyo);

        assertThat(sunday).isEqualTo("the expected recovery day 2026-12-06 has passed for the client (today is Mon 7 Dec 2026 in the"
            + " client's time zone Asia/Tokyo): give that day or a later one");
        assertThat(monday).as("the client's today is a recovery day still to come").isNull();
    }

    /**
     * A recovery more than a year away is a slip of the year, which the notice would have promised the client (found in
     * Tasklist: "2031-01-01" went through for a production delay of a German client's order due in March).
     */
    @Test
    void shouldRefuseARecoveryMoreThanAYearAwayAsASlipOfTheYear() {
        ClientToday tokyo = ClientToday.at(SUNDAY_NIGHT_IN_SHANGHAI, ZoneId.of("Asia/Tokyo"));

        assertThat(MailExceptionNoticeDelegate.tooFar(Instant.parse("2027-12-07T15:00:00Z"), LocalDate.of(2027, 12, 8), tokyo))
            .isEqualTo("the expected recovery day 2027-12-08 is more than a year away (today is Mon 7 Dec 2026 in the client's time"
                + " zone Asia/Tokyo; the latest is Tue 7 Dec 2027): check the year");
        assertThat(MailExceptionNoticeDelegate.tooFar(Instant.parse("2027-12-06T15:00:00Z"), LocalDate.of(2027, 12, 7), tokyo))
            .as("a year to the day is still a recovery to promise").isNull();
        assertThat(MailExceptionNoticeDelegate.tooFar(Instant.parse("2031-01-01T01:00:00Z"), null, tokyo))
            .as("a moment, in the client's clock").isEqualTo("the expected recovery time 2031-01-01T01:00:00Z is more than a year"
                + " away (today is Mon 7 Dec 2026 in the client's time zone Asia/Tokyo; the latest is Tue 7 Dec 2027): check the year");
    }

    /**
     * The cause and the solution go into the client's email as typed: a text longer than a paragraph or holding a control
     * character (a NUL pasted from another program) is refused naming the field (found by a Tasklist tour: neither had a
     * limit, where every other text of a form has one).
     */
    @Test
    void shouldRefuseACauseOrSolutionTheClientsEmailCannotCarry() {
        assertThat(MailExceptionNoticeDelegate.textProblem(EmergencyPlan.Var.CAUSE, "x".repeat(2001)))
            .isEqualTo("exceptionCause is 2001 characters long: at most 2000, a paragraph the client reads");
        assertThat(MailExceptionNoticeDelegate.textProblem(EmergencyPlan.Var.SOLUTION, "Air freight\u0000 from Ningbo"))
            .startsWith("exceptionSolution holds the control character U+0000");
        assertThat(MailExceptionNoticeDelegate.textProblem(EmergencyPlan.Var.CAUSE, "x".repeat(2000))).as("a paragraph").isNull();
        assertThat(MailExceptionNoticeDelegate.textProblem(EmergencyPlan.Var.SOLUTION, "Line one\nline two")).as("line breaks").isNull();
    }
}
