package io.meridian.undelivered;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.RefusingSmtpServer;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.LedgerFixture;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Reach the client: email not delivered" asks the team to reach the client another way, often by phone: on a day the client
 * works it is due inside a call window, as a follow-up is, not one team working day on at 03:00 in Berlin; and its "Due:"
 * line says why.
 */
@MeridianTest
class ReachClientInCallWindowTest {

    /** Tue 12 Jan 2027, 10:00 in Shanghai (03:00 in Berlin, Mon 21:00 in New York). */
    static final Instant TUESDAY = Instant.parse("2027-01-12T02:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(TUESDAY);

    @Autowired
    TaskService tasks;
    @Autowired
    Outbox outbox;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBounceForABerlinClientIsDueWhenTodaysCallWindowEndsNotAtTheirNight() throws Exception {
        Task task = bounced("DE", "Europe/Berlin", "bounce-berlin");

        // one team working day on is Wed 10:00 in Shanghai, 03:00 in Berlin; Tuesday's window ends at 22:00 (15:00 in Berlin)
        assertThat(task.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-12T14:00:00Z"));
        assertThat((String) tasks.getVariableLocal(task.getId(), "briefing")).contains("**Due:** Tue 12 Jan 2027 22:00 team time"
            + " (Asia/Shanghai) = Tue 12 Jan 2027 15:00 client time (Europe/Berlin), earlier than the team's own rule gives (Wed 13 Jan"
            + " 2027 10:00, 03:00 in Berlin): that is outside their business hours, so it is due when today's call window ends");
    }

    @Test
    void aBounceForANewYorkClientIsDueWhenTheirTuesdaysCallWindowEnds() throws Exception {
        Task task = bounced("US", "America/New_York", "bounce-new-york");

        // one team working day on is Wed 10:00 in Shanghai, Tue 21:00 in New York; their Tuesday's last window (the team's early
        // stretch hours, 06:00-08:00 in Shanghai) ends when they close, 18:00 in New York
        assertThat(task.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-12T23:00:00Z"));
        assertThat((String) tasks.getVariableLocal(task.getId(), "briefing")).contains("= Tue 12 Jan 2027 18:00 client time"
            + " (America/New_York), earlier than the team's own rule gives (Wed 13 Jan 2027 10:00, Tue 21:00 in New York): that is"
            + " outside their business hours");
    }

    private Task bounced(String country, String zone, String name) throws Exception {
        String address = name + "-" + System.nanoTime() + "@example.com";
        LedgerFixture.ClientWithOrder order = LedgerFixture.germanClient(jdbc, address, TUESDAY.minusSeconds(86_400), "CONFIRMED");
        jdbc.sql("update client set country = :country, time_zone = :zone where id = :id")
            .param("country", country).param("zone", zone).param("id", order.clientId()).update();
        OutboxMessage email = outbox.planEmail(address, "Order confirmation", "Your order.\n", TUESDAY, order.orderId());
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(address, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);
        }
        return tasks.createTaskQuery().processInstanceBusinessKey(email.id()).singleResult();
    }
}
