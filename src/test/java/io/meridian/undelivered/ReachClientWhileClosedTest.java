package io.meridian.undelivered;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.RefusingSmtpServer;
import io.meridian.process.ClientBackAt;
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
 * "Reach the client: email not delivered" asks the team to reach the client, as a follow-up does: not due on a day the
 * client is closed, when nobody there answers and the escalation would reach the managers, but when the call window of
 * their first working day back ends, and its form says why. It had been due one team working day after the bounce, in the
 * middle of a Chinese client's Spring Festival closure.
 */
@MeridianTest
class ReachClientWhileClosedTest {

    /** Thu 4 Feb 2027, 10:00 in Shanghai: the Chinese client's last day before Chinese New Year (5 to 12 February). */
    static final Instant BEFORE_SPRING_FESTIVAL = Instant.parse("2027-02-04T02:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(BEFORE_SPRING_FESTIVAL);

    @Autowired
    TaskService tasks;
    @Autowired
    Outbox outbox;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBounceBeforeTheChineseClientsSpringFestivalIsDueWhenTheyAreBack() throws Exception {
        String address = "spring-festival-bounce-" + System.nanoTime() + "@ningbo-lamps.example";
        LedgerFixture.ClientWithOrder order = LedgerFixture.germanClient(jdbc, address, BEFORE_SPRING_FESTIVAL.minusSeconds(86_400), "CONFIRMED");
        jdbc.sql("update client set country = 'CN', time_zone = 'Asia/Shanghai', language = 'zh' where id = :id")
            .param("id", order.clientId()).update();
        OutboxMessage email = outbox.planEmail(address, "Order confirmation", "Your order.\n", BEFORE_SPRING_FESTIVAL, order.orderId());
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(address, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);
        }

        Task task = tasks.createTaskQuery().processInstanceBusinessKey(email.id()).singleResult();

        // one team working day is Tue 9 Feb 10:00 (the team keeps China's holidays, 5 to 8 February); the client's closure
        // runs to Fri 12 Feb: due when Mon 15 Feb's call window ends, 18:00 in Shanghai
        assertThat(task.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-02-15T10:00:00Z"));
        assertThat((String) tasks.getVariableLocal(task.getId(), "briefing")).contains("**Due:** Mon 15 Feb 2027 18:00 team and client"
            + " time (Asia/Shanghai), later than the team's own rule gives (Tue 9 Feb 2027 10:00): the client is closed then (Chinese New"
            + " Year, Fri 5 Feb 2027 to Fri 12 Feb 2027) and cannot answer");
        assertThat(tasks.getVariableLocal(task.getId(), ClientBackAt.VARIABLE)).as("its escalation counts from when they are back")
            .isEqualTo(Date.from(Instant.parse("2027-02-15T01:00:00Z")));
    }
}
