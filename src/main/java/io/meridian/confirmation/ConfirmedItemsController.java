package io.meridian.confirmation;

import io.meridian.system.AllowedGroups;
import io.meridian.system.Caller;
import io.meridian.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/inquiries/{id}/messages} and {@code /api/orders/{id}/messages}: content agreed
 * on an instant channel, mirrored to the client by email as "Confirmed items" (DESIGN.md). 201
 * with the record and the planned email; an unknown id is a 404, a missing text or channel a 400.
 */
@RestController
@AllowedGroups({Groups.SALES, Groups.ORDER_DESK, Groups.MANAGERS, Groups.INTEGRATIONS})
class ConfirmedItemsController {

    private final ConfirmedItems items;
    private final IdentityService identity;

    ConfirmedItemsController(ConfirmedItems items, IdentityService identity) {
        this.items = items;
        this.identity = identity;
    }

    @PostMapping("/api/inquiries/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    ConfirmedItems.Confirmed inquiry(@PathVariable String id, @RequestBody(required = false) ConfirmedItemsRequest request) {
        return items.forInquiry(id, request, Caller.id(identity));
    }

    @PostMapping("/api/orders/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    ConfirmedItems.Confirmed order(@PathVariable String id, @RequestBody(required = false) ConfirmedItemsRequest request) {
        return items.forOrder(id, request, Caller.id(identity));
    }
}
