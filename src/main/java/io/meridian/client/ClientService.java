package io.meridian.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.desk.ClientMovedDesk;
import io.meridian.desk.Desks;
import io.meridian.outbox.Outbox;
import io.meridian.system.ConflictException;
import io.meridian.system.InvalidInputException;
import io.meridian.system.NotFoundException;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a client with its history and changes it on purpose. */
@Service
class ClientService {

    static final String PATCH_SOURCE = "PATCH /api/clients";
    private static final Logger log = LoggerFactory.getLogger(ClientService.class);

    private final ClientLedger clients;
    private final Validator validator;
    private final Desks desks;
    private final ApplicationEventPublisher events;
    private final Outbox outbox;

    ClientService(ClientLedger clients, Validator validator, Desks desks, ApplicationEventPublisher events, Outbox outbox) {
        this.clients = clients;
        this.validator = validator;
        this.desks = desks;
        this.events = events;
        this.outbox = outbox;
    }

    ClientView view(String id) {
        Client client = clients.byId(id).orElseThrow(() -> notFound(id));
        return ClientView.of(client, clients.history(id));
    }

    /**
     * Validates the whole body first, then changes the locked row and keeps each change, all in one transaction.
     * A client moved to another desk takes its open tasks along ({@link ClientMovedDesk}), in the same transaction;
     * a client with a new email gets the emails still planned for the old one there, as a corrected address after a
     * bounce does ({@link Outbox#redirectPlanned}); a client with a new time zone gets its running work on that clock
     * ({@link ClientZoneChanged}), and the answer says what followed.
     */
    @Transactional
    ClientView change(String id, JsonNode body, String by, Instant now) {
        ClientPatch patch = ClientPatch.from(body, validator);
        if (patch.values().containsKey(ClientField.DESK)) {
            checkDesk(patch.values().get(ClientField.DESK));
        }
        Client current = clients.lockById(id).orElseThrow(() -> notFound(id));
        String email = patch.values().get(ClientField.EMAIL);
        if (email != null) {
            clients.byEmail(email).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw emailTaken(email, other.id());
            });
        }
        try {
            Client changed = clients.change(current, patch.values(), by, PATCH_SOURCE, now);
            if (!Objects.equals(current.desk(), changed.desk())) {
                events.publishEvent(new ClientMovedDesk(id, current.desk(), changed.desk()));
            }
            if (current.email() != null && !Objects.equals(current.email(), changed.email())) {
                int planned = outbox.redirectPlanned(current.email(), changed.email());
                events.publishEvent(new ClientEmailChanged(id, current.email(), changed.email()));
                log.info("Client {} email changed from {} to {} by {}: {} planned email(s) now go to {}", id, current.email(),
                    changed.email(), by, planned, changed.email());
            }
            List<String> updated = null;
            if (!Objects.equals(current.timeZone(), changed.timeZone())) {
                ClientZoneChanged zone = new ClientZoneChanged(current, changed, now);
                events.publishEvent(zone);
                updated = List.copyOf(zone.updated());
                log.info("Client {} time zone changed from {} to {} by {}: {}", id, current.timeZone(), changed.timeZone(), by, updated);
            }
            return ClientView.of(changed, clients.history(id), updated);
        } catch (DuplicateKeyException e) {
            // another client took the email between the check and the update
            throw emailTaken(email, "another client");
        }
    }

    private void checkDesk(String desk) {
        if (!desks.configured()) {
            throw new InvalidInputException(ClientField.DESK.apiName(),
                "the team has no desks (meridian.team.desks): there is no desk to move the client to");
        }
        if (desk == null) {
            throw new InvalidInputException(ClientField.DESK.apiName(),
                "desk cannot be removed: every client belongs to one of the desks " + desks.names());
        }
        if (desks.byName(desk).isEmpty()) {
            throw new InvalidInputException(ClientField.DESK.apiName(), "unknown desk '" + desk + "': the desks are " + desks.names());
        }
    }

    private static ConflictException emailTaken(String email, String other) {
        return new ConflictException("email '" + email + "' belongs to client " + other + " already");
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no client with id '" + id + "'");
    }
}
