package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.meridian.calendar.TeamCalendar;
import io.meridian.desk.Desk;
import io.meridian.desk.Desks;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.links.WebappLinks;
import io.meridian.staffmail.StaffMail;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A reminder about a task tells its due and creation times on the clock of the desk that works the task's client
 * (README "Desks": everything for a client follows the desk's clock), naming the zone; the team's clock without a desk.
 */
class EscalationActionsClockTest {

    /** Sun 6 Dec 2026 19:20 UTC: Sunday 20:20 in Berlin, Monday 03:20 in Shanghai. */
    static final Instant DUE = Instant.parse("2026-12-06T19:20:00Z");
    static final Instant CREATED = DUE.minusSeconds(2 * 3600);
    static final Instant NOW = DUE.minusSeconds(1800);

    final StaffMail mail = mock(StaffMail.class);
    final Desks desks = mock(Desks.class);
    final WebappLinks links = mock(WebappLinks.class);
    final Recipients recipients = mock(Recipients.class);
    final TaskService tasks = mock(TaskService.class);

    @Test
    void shouldTellAnEmeaDesksTaskInBerlinTime() {
        String body = remind("emea");

        assertThat(subject).isEqualTo("Reminder: Inform the client — Kraus GmbH (DE, A) is due Sun 6 Dec 2026 20:20 (Europe/Berlin)");
        assertThat(body).startsWith("Inform the client — Kraus GmbH (DE, A) is due Sun 6 Dec 2026 20:20 (Europe/Berlin).\n")
            .contains("created Sun 6 Dec 2026 18:20 (Europe/Berlin).").doesNotContain("Asia/Shanghai");
    }

    @Test
    void shouldTellATaskWithoutADeskInTheTeamsTime() {
        String body = remind(null);

        assertThat(subject).endsWith("is due Mon 7 Dec 2026 03:20 (Asia/Shanghai)");
        assertThat(body).contains("created Mon 7 Dec 2026 01:20 (Asia/Shanghai).");
    }

    @Test
    void shouldSayAFollowUpsTimeCountsFromWhenTheClientIsBackFromTheirClosure() {
        String body = remind(null, CREATED.plusSeconds(3600));

        assertThat(body).contains("It has used 75 % of its time (7×24) since the client is back from their closure on"
            + " Mon 7 Dec 2026 02:20 (Asia/Shanghai); the task was made on Mon 7 Dec 2026 01:20 (Asia/Shanghai).");
    }

    String subject;

    private String remind(String desk) {
        return remind(desk, null);
    }

    private String remind(String desk, Instant clientBackAt) {
        TeamCalendar team = calendar("Asia/Shanghai");
        TeamCalendar emea = calendar("Europe/Berlin");
        when(desks.byName(any())).thenReturn(Optional.empty());
        when(desks.byName("emea")).thenReturn(Optional.of(new Desk("emea", "sales-emea", "EMEA", emea, "emil")));
        when(desks.calendar(any())).thenAnswer(i -> ((Optional<Desk>) i.getArgument(0)).map(Desk::calendar).orElse(team));
        when(links.task(anyString())).thenReturn(Optional.empty());
        when(recipients.ofUser("emil")).thenReturn(Optional.of("emil@meridian.example"));
        when(tasks.getIdentityLinksForTask(anyString())).thenReturn(List.of());
        when(mail.to(any(), any(), any(), any(), any(), any(), any()))
            .thenReturn(new StaffMail.Sent(List.of("emil@meridian.example"), List.of(), "the assignee emil", ""));

        OpenTask task = new OpenTask("t1", "Inform the client — Kraus GmbH (DE, A)", "sendExceptionNotice", "p1", "emil",
            CREATED, DUE, "A", null, 0, desk, false, null, null, clientBackAt);
        EscalationDecision decision = new EscalationDecision("sendExceptionNotice", Tier.A, null, 0.75, "URGENT", 1,
            List.of(new EscalationAction(EscalationAction.Kind.REMIND, EscalationAction.ASSIGNEE, 1)), List.of(), "3");
        new EscalationActions(mail, desks, links, mock(EtiquetteService.class)).apply(tasks, recipients, new DueEscalation(task, 0.75, decision, ShareClock.ELAPSED), NOW);

        ArgumentCaptor<String> subjects = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<String> bodies = ArgumentCaptor.forClass(String.class);
        verify(mail).to(any(), any(), any(), any(), subjects.capture(), bodies.capture(), any());
        subject = subjects.getValue();
        return bodies.getValue();
    }

    private static TeamCalendar calendar(String zone) {
        TeamCalendar calendar = mock(TeamCalendar.class);
        when(calendar.zone()).thenReturn(ZoneId.of(zone));
        return calendar;
    }
}
