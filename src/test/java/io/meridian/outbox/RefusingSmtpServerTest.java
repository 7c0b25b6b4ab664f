package io.meridian.outbox;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefusingSmtpServerTest {

    @Test
    void shouldRefuseTheAddressItIsToldToTakeTheRestAndFailOnACommandItDoesNotSpeak() throws Exception {
        RefusingSmtpServer server = new RefusingSmtpServer();
        server.refuse("nobody@example.com", "550 5.1.1 <nobody@example.com>: User unknown");
        try (Socket socket = new Socket("127.0.0.1", server.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII), true)) {
            assertThat(in.readLine()).startsWith("220 ");
            assertThat(say(out, in, "EHLO test")).startsWith("250 ");
            assertThat(say(out, in, "MAIL FROM:<meridian@localhost>")).startsWith("250 ");
            assertThat(say(out, in, "RCPT TO:<nobody@example.com>")).isEqualTo("550 5.1.1 <nobody@example.com>: User unknown");
            assertThat(say(out, in, "RCPT TO:<somebody@example.com>")).startsWith("250 ");
            assertThat(say(out, in, "DATA")).startsWith("354 ");
            assertThat(say(out, in, "Subject: x\r\n\r\nbody\r\n.")).startsWith("250 ");
            assertThat(say(out, in, "STARTTLS")).startsWith("502 ");
            assertThat(say(out, in, "QUIT")).startsWith("221 ");
        }
        assertThat(server.delivered()).containsExactly("somebody@example.com");
        assertThatThrownBy(server::close).isInstanceOf(AssertionError.class).hasMessageContaining("STARTTLS");
    }

    private static String say(PrintWriter out, BufferedReader in, String line) throws Exception {
        out.print(line + "\r\n");
        out.flush();
        return in.readLine();
    }
}
