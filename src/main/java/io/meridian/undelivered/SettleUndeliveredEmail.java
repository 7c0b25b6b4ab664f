package io.meridian.undelivered;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.meridian.client.Client;
import io.meridian.client.ClientField;
import io.meridian.client.ClientLedger;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.process.ProcessValues;
import io.meridian.system.InvalidInputException;
import io.meridian.undelivered.UndeliveredEmail.Outcome;
import io.meridian.undelivered.UndeliveredEmail.Var;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On completion of "Reach the client: email not delivered", in the transaction of the completion (a
 * refused answer is a 400 and the task stays open): the email planned again at once, or settled as
 * delivered another way, with who did it. A corrected address corrects the client record (kept in
 * its history), every client email still planned for the old address, and the address the client's
 * running processes hold.
 */
@Component("settleUndeliveredEmail")
class SettleUndeliveredEmail implements TaskListener {

    static final int MAX_NOTE = 2000;
    private static final Logger log = LoggerFactory.getLogger(SettleUndeliveredEmail.class);

    private final Outbox outbox;
    private final ClientLedger clients;
    private final RunningProcessEmails processes;

    SettleUndeliveredEmail(Outbox outbox, ClientLedger clients, RunningProcessEmails processes) {
        this.outbox = outbox;
        this.clients = clients;
        this.processes = processes;
    }

    @Override
    public void notify(DelegateTask task) {
        Answer<Outcome> answer = Answer.of(task, outbox, Var.OUTCOME, Outcome.class, Var.MESSAGE_ID,
            "reach-client.form");
        OutboxMessage message = answer.message();
        if (answer.outcome() == Outcome.REACHED_ANOTHER_WAY) {
            String how = ProcessValues.text(task, Var.HOW_REACHED);
            if (how == null) {
                throw new InvalidInputException(Var.HOW_REACHED, "say how the client got what the email said (e.g. read the quote to"
                    + " them on the phone and sent it by WhatsApp)");
            }
            if (how.length() > MAX_NOTE) {
                throw new InvalidInputException(Var.HOW_REACHED, Var.HOW_REACHED + " is longer than " + MAX_NOTE + " characters");
            }
            outbox.settle(message.id(), answer.settlement(how));
            log.info("Undelivered email {} (reference {}) settled by {}: {}", message.id(), message.reference(), answer.by(), how);
            return;
        }
        String recipient = corrected(task).filter(address -> !address.equals(ClientLedger.normaliseEmail(message.recipient())))
            .map(address -> correct(task, message.recipient(), address, answer.by(), answer.at()))
            .orElse(message.recipient());
        String note = recipient.equals(message.recipient()) ? "sent again to " + recipient
            : "sent again to " + recipient + " (corrected from " + message.recipient() + ")";
        outbox.sendAgain(message.id(), recipient, answer.settlement(note));
        log.info("Undelivered email {} (reference {}) {} by {}", message.id(), message.reference(), note, answer.by());
    }

    /** The corrected address, trimmed and in lower case as the client ledger keeps it; empty when none was given. */
    private static Optional<String> corrected(DelegateTask task) {
        String given = ProcessValues.text(task, Var.CORRECTED_EMAIL);
        if (given == null) {
            return Optional.empty();
        }
        String address = ClientLedger.normaliseEmail(given);
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!address.equals(parsed.getAddress()) || address.length() > 320 || address.indexOf('.', address.indexOf('@')) < 0) {
                throw new AddressException("not a single address of the form name@domain.tld");
            }
        } catch (AddressException e) {
            throw new InvalidInputException(Var.CORRECTED_EMAIL, Var.CORRECTED_EMAIL + " '" + given + "' is not an email address: "
                + e.getMessage());
        }
        return Optional.of(address);
    }

    /** The client record, the emails still planned and the running processes move to {@code address}. */
    private String correct(DelegateTask task, String old, String address, String by, Instant now) {
        String clientId = ProcessValues.text(task, Var.CLIENT_ID);
        if (clientId != null) {
            clients.byEmail(address).filter(other -> !other.id().equals(clientId)).ifPresent(other -> {
                throw new InvalidInputException(Var.CORRECTED_EMAIL, address + " is the address of another client (" + other.company()
                    + ", " + other.id() + "): one address belongs to one client");
            });
            Client current = clients.lockById(clientId).orElseThrow(() -> new IllegalStateException("client " + clientId + " is gone"));
            if (ClientLedger.normaliseEmail(old).equals(current.email())) {
                clients.change(current, Map.of(ClientField.EMAIL, address), by, "undelivered email " + task.getExecution()
                    .getProcessBusinessKey(), now);
            }
        }
        int planned = outbox.redirectPlanned(old, address);
        int running = processes.redirect(old, address, task.getProcessInstanceId());
        log.info("Client address {} corrected to {} by {}: {} planned email(s) and {} running process(es) follow", old, address, by,
            planned, running);
        return address;
    }

}
