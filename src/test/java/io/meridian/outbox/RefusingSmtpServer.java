package io.meridian.outbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMTP server that refuses the recipients it is told to with the reply it is given and takes every
 * other message: what GreenMail cannot do. One connection at a time, on a daemon thread. Closing it fails
 * the test when the client sent a command it does not speak.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    private static final int MAX_ROUNDS = 1000;

    private final ServerSocket socket;
    private final Map<String, String> replies = new ConcurrentHashMap<>();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<String> unknown = new CopyOnWriteArrayList<>();

    public RefusingSmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        Thread thread = new Thread(this::serve, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    /** Answers {@code RCPT TO:<address>} with {@code reply}, e.g. {@code 550 5.1.1 ... User unknown}. */
    public void refuse(String address, String reply) {
        replies.put(address, reply);
    }

    /** The port it listens on, on 127.0.0.1. */
    int port() {
        return socket.getLocalPort();
    }

    /** The recipients of every message taken, in order. */
    public List<String> delivered() {
        return List.copyOf(delivered);
    }

    /** Runs relay rounds against this server on the test's database until nothing due is left to try. */
    public int deliverDue(ApplicationContext context) {
        OutboxRelay relay = relay(context, context.getBean(OutboxSettings.class));
        int tried = 0;
        int rounds = 0;
        for (int n = relay.relayDue(); n > 0; n = relay.relayDue()) {
            tried += n;
            assertThat(++rounds).as("relay rounds before the outbox ran dry").isLessThan(MAX_ROUNDS);
        }
        return tried;
    }

    OutboxRelay relay(ApplicationContext context, OutboxSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port());
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return new OutboxRelay(context.getBean(OutboxQueue.class), sender, settings, context.getBean(MailSettings.class),
            context.getBean(FailedMessages.class),
            context.getBean(ClientEmailChecks.class));
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client went away: wait for the next connection
            }
        }
    }

    private void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        var out = new PrintWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII), true);
        out.print("220 refusing-smtp ESMTP\r\n");
        out.flush();
        List<String> recipients = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            String reply = switch (command) {
                case "EHLO", "HELO" -> "250 refusing-smtp";
                case "MAIL", "NOOP" -> "250 2.0.0 OK";
                case "RSET" -> {
                    recipients.clear();
                    yield "250 2.0.0 OK";
                }
                case "RCPT" -> {
                    String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    String answer = replies.getOrDefault(address, "250 2.1.5 OK");
                    if (answer.startsWith("2")) {
                        recipients.add(address);
                    }
                    yield answer;
                }
                case "DATA" -> {
                    out.print("354 End data with <CR><LF>.<CR><LF>\r\n");
                    out.flush();
                    for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                        // the message itself is not kept
                    }
                    delivered.addAll(recipients);
                    recipients.clear();
                    yield "250 2.0.0 queued";
                }
                case "QUIT" -> "221 2.0.0 bye";
                default -> {
                    unknown.add(line);
                    yield "502 5.5.2 command not recognised";
                }
            };
            out.print(reply + "\r\n");
            out.flush();
            if (command.equals("QUIT")) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        // a client that needs more of SMTP than this server speaks (STARTTLS, AUTH) would test something else
        assertThat(unknown).as("SMTP commands this server does not speak").isEmpty();
    }
}
