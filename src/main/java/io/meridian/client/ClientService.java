package io.meridian.client;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.system.ConflictException;
import io.meridian.system.NotFoundException;
import jakarta.validation.Validator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a client with its history and changes it on purpose. */
@Service
class ClientService {

    static final String PATCH_SOURCE = "PATCH /api/clients";

    private final ClientLedger clients;
    private final Validator validator;

    ClientService(ClientLedger clients, Validator validator) {
        this.clients = clients;
        this.validator = validator;
    }

    ClientView view(String id) {
        Client client = clients.byId(id).orElseThrow(() -> notFound(id));
        return ClientView.of(client, clients.history(id));
    }

    /** Validates the whole body first, then changes the locked row and keeps each change, all in one transaction. */
    @Transactional
    ClientView change(String id, JsonNode body, String by, Instant now) {
        ClientPatch patch = ClientPatch.from(body, validator);
        Client current = clients.lockById(id).orElseThrow(() -> notFound(id));
        String email = patch.values().get(ClientField.EMAIL);
        if (email != null) {
            clients.byEmail(email).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw emailTaken(email, other.id());
            });
        }
        try {
            Client changed = clients.change(current, patch.values(), by, PATCH_SOURCE, now);
            return ClientView.of(changed, clients.history(id));
        } catch (DuplicateKeyException e) {
            // another client took the email between the check and the update
            throw emailTaken(email, "another client");
        }
    }

    private static ConflictException emailTaken(String email, String other) {
        return new ConflictException("email '" + email + "' belongs to client " + other + " already");
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no client with id '" + id + "'");
    }
}
