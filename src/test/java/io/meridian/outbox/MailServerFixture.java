package io.meridian.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real SMTP server (GreenMail) for one test, and the outbox relay pointed at it, on the test's
 * Spring context and database. The application itself keeps running without an SMTP host (the
 * test configuration sets none and polls nothing), so no test context needs mail properties of
 * its own: a test plans messages through the application as usual, then calls
 * {@link #deliverDue()} where a node's poller would run, and asserts on what arrived.
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
 * class ComplaintMailTest {
 *     @RegisterExtension
 *     final MailServerFixture mail = new MailServerFixture();
 *
 *     @Test
 *     void shouldMailTheAcknowledgement() {
 *         ... // drive the process; it plans an email to client@example.com
 *         mail.deliverDue();
 *         assertThat(mail.receivedBy("client@example.com")).singleElement()
 *             .satisfies(m -> assertThat(m.subject()).contains("complaint"));
 *     }
 * }
 * }</pre>
 *
 * Only messages due at Camunda's {@code ClockUtil} time go out, so a test controls "now" as it
 * does for timers. The database is shared by the test run: the relay sends every due message, also
 * those other tests left behind, so assert on recipients of your own rather than on totals.
 */
public final class MailServerFixture implements BeforeEachCallback, AfterEachCallback {

    private static final String HOST = "127.0.0.1";

    private final int port = freePort();
    private GreenMail server;
    private ApplicationContext context;

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = SpringExtension.getApplicationContext(extension);
        startServer();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        stopServer();
    }

    /**
     * Runs relay rounds until nothing due is left to try, as the poller of one node would.
     *
     * @return how many messages were tried (sent, or failed for a later retry)
     */
    public int deliverDue() {
        OutboxRelay relay = relay();
        int tried = 0;
        for (int round = 0; round < 1000; round++) {
            int now = relay.relayDue();
            if (now == 0) {
                return tried;
            }
            tried += now;
        }
        return fail("the outbox never ran dry: 1,000 relay rounds each found a message due (a message planned again at once"
            + " every round?)");
    }

    /** Every mail the server received since the test started, in order of arrival. */
    public List<ReceivedMail> received() {
        return server == null ? List.of() : Arrays.stream(server.getReceivedMessages()).map(ReceivedMail::of).toList();
    }

    /** The mails received for one address. */
    public List<ReceivedMail> receivedBy(String recipient) {
        return received().stream().filter(m -> m.to().contains(recipient)).toList();
    }

    /** The SMTP server goes away: connections are refused until {@link #startServer()}. */
    public void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The SMTP server (back) on its port; it has received nothing yet. */
    public void startServer() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
            server.start();
            assertThat(server.getSmtp().isRunning()).as("GreenMail's SMTP server on %s:%d", HOST, port).isTrue();
        }
    }

    /** A sender to this server, as Spring Boot would build it from {@code spring.mail.host} and {@code port}. */
    public JavaMailSender sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(HOST);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }

    /** A relay of its own (another node, say) on the test's database, sending to this server. */
    OutboxRelay relay() {
        return relay(context.getBean(OutboxSettings.class));
    }

    OutboxRelay relay(OutboxSettings settings) {
        return new OutboxRelay(context.getBean(OutboxQueue.class), sender(), settings, context.getBean(MailSettings.class),
            context.getBean(FailedMessages.class),
            context.getBean(ClientEmailChecks.class));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
