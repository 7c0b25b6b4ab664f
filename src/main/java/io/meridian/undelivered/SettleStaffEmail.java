package io.meridian.undelivered;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.process.ProcessValues;
import io.meridian.system.InvalidInputException;
import io.meridian.system.StaffDirectory;
import io.meridian.undelivered.UndeliveredStaffEmail.Outcome;
import io.meridian.undelivered.UndeliveredStaffEmail.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On completion of "Fix a staff address: email not delivered", in the completion's transaction (a refused
 * answer is a 400 and the task stays open): the email planned again at once to the address the user has now,
 * which must differ from the one the mail server refused, or left as it is; either way settled, with who did it.
 */
@Component("settleStaffEmail")
class SettleStaffEmail implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(SettleStaffEmail.class);

    private final Outbox outbox;
    private final StaffDirectory staff;

    SettleStaffEmail(Outbox outbox, StaffDirectory staff) {
        this.outbox = outbox;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        Answer<Outcome> answer = Answer.of(task, outbox, Var.OUTCOME, Outcome.class, Var.MESSAGE_ID,
            "fix-staff-address.form");
        OutboxMessage message = answer.message();
        if (answer.outcome() == Outcome.LEAVE) {
            outbox.settle(message.id(), answer.settlement("left as it is"));
            log.info("Undelivered staff email {} to {} left as it is by {}", message.id(), message.recipient(), answer.by());
            return;
        }
        List<String> users = users(task);
        if (users.isEmpty()) {
            throw new InvalidInputException(Var.OUTCOME, "no user had " + message.recipient() + " when the email failed: there is no"
                + " corrected address to send it to; choose Leave it (LEAVE)");
        }
        String refused = message.recipient().trim().toLowerCase(Locale.ROOT);
        Optional<String> corrected = users.stream().map(staff::emailOf).flatMap(Optional::stream)
            .filter(address -> !address.trim().toLowerCase(Locale.ROOT).equals(refused)).findFirst();
        if (corrected.isEmpty()) {
            throw new InvalidInputException(Var.OUTCOME, "the address of " + String.join(", ", users) + " is still " + message.recipient()
                + " (or none): correct it in Camunda Admin (Users, the user, Profile) first, or choose Leave it (LEAVE)");
        }
        outbox.sendAgain(message.id(), corrected.get(),
            answer.settlement("sent again to " + corrected.get() + " (corrected from " + message.recipient() + ")"));
        log.info("Undelivered staff email {} sent again to {} (corrected from {}) by {}", message.id(), corrected.get(), message.recipient(),
            answer.by());
    }

    private static List<String> users(DelegateTask task) {
        String users = ProcessValues.text(task, Var.STAFF_USERS);
        return users == null ? List.of() : Arrays.stream(users.split(",")).map(String::trim).filter(u -> !u.isEmpty()).toList();
    }
}
