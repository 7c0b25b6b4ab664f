package io.meridian.outbox;

import java.util.Date;
import java.util.Map;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessagePreparator;

/**
 * The SMTP connection of one relay round: opened for the first message the round sends, used for
 * the next ones, opened again when the server has dropped it, closed when the round ends. One
 * connect, greeting, EHLO (and STARTTLS and login where configured) per round rather than per
 * message; a round that sends nothing connects to nothing.
 *
 * <p>Each message is still sent on its own, between its claim and its mark in the database, and a
 * failure reads as {@link JavaMailSender#send} words it: this does per message what
 * {@link JavaMailSenderImpl} does for a batch (check the connection, reconnect, send). A sender
 * other than Spring's SMTP sender sends each message with its own {@code send}.
 */
final class SmtpRound implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpRound.class);
    private static final String MESSAGE_ID = "Message-ID";

    private final JavaMailSender sender;
    private Transport transport;

    SmtpRound(JavaMailSender sender) {
        this.sender = sender;
    }

    /** Sends one message over the round's connection; a {@link MailException} when it did not go out. */
    void send(MimeMessagePreparator preparator) throws MailException {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            sender.send(preparator);
            return;
        }
        MimeMessage mime = prepare(preparator);
        Transport connected = connected(smtp, mime);
        try {
            if (mime.getSentDate() == null) {
                mime.setSentDate(new Date());
            }
            String messageId = mime.getMessageID();
            mime.saveChanges();
            if (messageId != null) {
                mime.setHeader(MESSAGE_ID, messageId);
            }
            connected.sendMessage(mime, mime.getAllRecipients());
        } catch (Exception e) {
            throw new MailSendException(Map.of(mime, e));
        }
    }

    private MimeMessage prepare(MimeMessagePreparator preparator) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            preparator.prepare(mime);
            return mime;
        } catch (MailException e) {
            throw e;
        } catch (MessagingException e) {
            throw new MailParseException(e);
        } catch (Exception e) {
            throw new MailPreparationException(e);
        }
    }

    /** The open connection (a NOOP checks it is still there, as Spring's batch send does), else a new one. */
    private Transport connected(JavaMailSenderImpl smtp, MimeMessage mime) {
        if (transport != null && transport.isConnected()) {
            return transport;
        }
        close();
        try {
            transport = connect(smtp);
            return transport;
        } catch (AuthenticationFailedException e) {
            throw new MailAuthenticationException(e);
        } catch (Exception e) {
            throw new ServerUnavailable(e, Map.of(mime, e));
        }
    }

    /** The mail server could not be reached: no connection, no greeting, no EHLO (or STARTTLS) answered. */
    static final class ServerUnavailable extends MailSendException {
        ServerUnavailable(Exception cause, Map<Object, Exception> failed) {
            super("Mail server connection failed", cause, failed);
        }
    }

    /** As {@code JavaMailSenderImpl.connectTransport()} (protected there): its protocol, host, port and credentials. */
    private static Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
        String username = smtp.getUsername();
        String password = smtp.getPassword();
        if ("".equals(username)) {
            username = null;
            if ("".equals(password)) {
                password = null;
            }
        }
        String protocol = smtp.getProtocol();
        if (protocol == null) {
            protocol = smtp.getSession().getProperty("mail.transport.protocol");
        }
        Transport opened = smtp.getSession().getTransport(protocol != null ? protocol : JavaMailSenderImpl.DEFAULT_PROTOCOL);
        opened.connect(smtp.getHost(), smtp.getPort(), username, password);
        return opened;
    }

    /** Closes the connection, if any; the messages it carried are sent and marked already. */
    @Override
    public void close() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            log.debug("Closing the SMTP connection failed: {}", e.toString());
        }
        transport = null;
    }
}
