package io.meridian.undelivered;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.messages.MessageKind;
import io.meridian.outbox.ClientEmailFailed;
import io.meridian.outbox.OutboxMessage;
import io.meridian.system.EngineReads;
import io.meridian.system.Groups;
import io.meridian.undelivered.UndeliveredEmail.Var;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens "Reach the client: email not delivered" for each client email the outbox gave up on, in the
 * transaction that marks it FAILED. The task goes to the team that signed the email (the one the client knows: the order
 * desk for the confirmed items Olivia recorded, logistics for a complaint it handles), else to the team whose kind of email
 * it was, with the client's
 * fields from the client ledger: found by the address, as the ledger keeps one client per email, else by the record
 * the email was for (an address the client has changed since), so that the client's desk works it on its clock.
 */
@Component
class UndeliveredEmails {

    private final RuntimeService runtime;
    private final ClientLedger clients;
    private final EngineReads engine;
    private final JdbcClient jdbc;
    private final IdentityService identity;

    UndeliveredEmails(RuntimeService runtime, ClientLedger clients, EngineReads engine, JdbcClient jdbc, IdentityService identity) {
        this.identity = identity;
        this.runtime = runtime;
        this.clients = clients;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @EventListener
    void failed(ClientEmailFailed failed) {
        OutboxMessage message = failed.message();
        Map<String, Object> v = new HashMap<>();
        v.put(Var.MESSAGE_ID, message.id());
        v.put(Var.RECIPIENT, message.recipient());
        v.put(Var.SUBJECT, message.subject());
        v.put(Var.MESSAGE_KIND, message.content().messageKind());
        v.put(Var.REFERENCE, message.reference());
        about(message.reference()).ifPresent(about -> v.put(Var.ABOUT, about));
        v.put(Var.MAIL_ERROR, failed.error());
        v.put(Var.ATTEMPTS, failed.attempts());
        v.put(Var.PLANNED_AT, Date.from(message.plannedAt()));
        v.put(Var.TEAM, signedBy(message).orElseGet(() -> team(message.content().messageKind())));
        clients.byEmail(message.recipient()).or(() -> clients.ofRecord(message.reference())).ifPresent(client -> {
            client.variables().forEach((name, value) -> {
                if (value != null) {
                    v.put(name, value);
                }
            });
            v.put(Var.CLIENT_ID, client.id());
        });
        engine.asSystem(() -> runtime.startProcessInstanceByKey(UndeliveredEmail.KEY, message.id(), v));
    }


    /**
     * The record an email was for as the team and the client name it (the other tasks' names, the emails): a complaint by
     * its number, an order by its number, an inquiry by the shop's reference or else its product; none for a client's own
     * record (a survey's: the card names the client) or a reference that names no record.
     */
    Optional<String> about(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select 'complaint ' || complaint_number from complaint where id = :ref
                union all select 'order ' || order_number from customer_order where id = :ref
                union all select case when external_ref is null then 'inquiry for ' || product else 'inquiry ' || external_ref end
                  from inquiry where id = :ref""")
            .param("ref", reference).query(String.class).list().stream().findFirst();
    }

    /**
     * The team that signed an email not signed by its kind's team: confirmed items by the team of who recorded them
     * ({@link MessageKind#signingGroup}, by their groups now), a complaint's emails by the complaint's handling team, as the
     * templates sign them. Empty for every other email, and for one whose record is gone.
     */
    private Optional<String> signedBy(OutboxMessage message) {
        Optional<MessageKind> kind = Optional.ofNullable(message.content().messageKind()).flatMap(MessageKind::byName);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (kind.get() == MessageKind.CONFIRMED_ITEMS) {
            return jdbc.sql("select recorded_by from confirmed_item where message_id = :id").param("id", message.id())
                .query(String.class).list().stream().findFirst()
                .map(user -> engine.asSystem(() -> identity.createGroupQuery().groupMember(user).list()).stream().map(Group::getId).toList())
                .map(groups -> kind.get().signingTeam(kind.get().signingGroup(groups).orElse(null)));
        }
        if (kind.get().name().startsWith("COMPLAINT_") && message.reference() != null) {
            return jdbc.sql("select team from complaint where id = :ref and team is not null").param("ref", message.reference())
                .query(String.class).list().stream().findFirst().map(kind.get()::signingTeam);
        }
        return Optional.empty();
    }

    /**
     * The team whose work the email was part of and that signs it (MessageKind's team): it knows what the email said and why
     * it matters, and the client knows it. Sales for a plain email without a template.
     */
    static String team(String messageKind) {
        return Optional.ofNullable(messageKind).flatMap(MessageKind::byName).map(k -> k.signingTeam(null)).orElse(Groups.SALES);
    }

}
