package io.meridian.client;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.system.AllowedGroups;
import io.meridian.system.ReadsRecords;
import io.meridian.system.Caller;
import io.meridian.system.CallerDesks;
import io.meridian.system.ForbiddenException;
import io.meridian.desk.DeskAccess;
import io.meridian.system.Groups;
import io.meridian.system.OpenToDesks;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A client record with its history, and the explicit update of it (an inquiry or complaint only fills blanks). */
@Tag(name = "Clients")
@RestController
@RequestMapping("/api/clients")
class ClientController {

    private final ClientService clients;
    private final IdentityService identity;
    private final DeskAccess desks;

    ClientController(ClientService clients, IdentityService identity, DeskAccess desks) {
        this.clients = clients;
        this.identity = identity;
        this.desks = desks;
    }

    @ReadsRecords
    @OpenToDesks
    @Operation(summary = "A client record",
        description = "The client with its tier, language, time zone and history of changes. A desk's member reads their own desk's clients.")
    @GetMapping("/{id}")
    ClientView get(@PathVariable String id) {
        ClientView view = clients.view(id);
        desks.check(id, null);
        return view;
    }

    /**
     * JSON merge patch; {@code application/merge-patch+json} or plain JSON. A desk's member keeps their own clients' records
     * as sales does, but does not move a client to another desk: that hands the client to a team that has no say in it.
     */
    @Operation(summary = "Change a client record",
        description = "JSON merge patch (RFC 7396) of the fields to change; every change is kept with who made it and when. "
            + "A desk's member changes their own desk's clients; moving a client to another desk (`desk`) is for sales and managers.")
    @PatchMapping(value = "/{id}", consumes = {"application/json", "application/merge-patch+json"})
    @AllowedGroups({Groups.SALES, Groups.MANAGERS})
    @OpenToDesks
    ClientView change(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        if (CallerDesks.groups().isPresent()) {
            ClientView current = clients.view(id);
            desks.check(id, null);
            JsonNode desk = body == null ? null : body.get(ClientField.DESK.apiName());
            if (desk != null && !(desk.isTextual() && desk.asText().strip().equalsIgnoreCase(current.desk()))) {
                throw new ForbiddenException("moving client " + id + " from desk '" + current.desk() + "' to another desk is for "
                    + Groups.SALES + " and " + Groups.MANAGERS + "; a desk's member changes their own clients' other fields");
            }
        }
        return clients.change(id, body, Caller.id(identity), ClockUtil.now().toInstant());
    }
}
