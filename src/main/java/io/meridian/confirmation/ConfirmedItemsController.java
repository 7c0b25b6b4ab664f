package io.meridian.confirmation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.meridian.system.AllowedGroups;
import io.meridian.system.Caller;
import io.meridian.system.Groups;
import io.meridian.system.OpenToDesks;
import org.camunda.bpm.engine.IdentityService;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/inquiries/{id}/messages} and {@code /api/orders/{id}/messages}: content agreed
 * on an instant channel, mirrored to the client by email as "Confirmed items" (DESIGN.md). 201
 * with the record and the planned email; an unknown id is a 404, a missing text or channel a 400, a CANCELLED order (or
 * its inquiry) or a LOST inquiry a 409 saying when and why it ended, with nothing recorded. A desk's member
 * confirms for their own desk's clients; another desk's client is a 403 naming its desk.
 */
@Tag(name = "Confirmed items")
@RestController
@AllowedGroups({Groups.SALES, Groups.ORDER_DESK, Groups.MANAGERS, Groups.INTEGRATIONS})
@OpenToDesks
class ConfirmedItemsController {

    private static final String TEXT_AS_AGREED = "The answer's `languages` are the email's parts (the client's language first, "
        + "English last); each repeats `text` word for word, untranslated, in the language it was agreed in, and says so.";

    private static final String OVER = " A CANCELLED order (or the inquiry it grew out of) or a LOST inquiry is a 409 saying when"
        + " and why it ended; nothing is recorded.";

    private final ConfirmedItems items;
    private final IdentityService identity;

    ConfirmedItemsController(ConfirmedItems items, IdentityService identity) {
        this.items = items;
        this.identity = identity;
    }

    @Operation(summary = "Confirm by email what was agreed on an instant channel (inquiry)",
        description = "Records the content agreed (channel, text, when, by whom) and plans an email to the client marked \"Confirmed items\" that repeats it, in their send window. "
            + TEXT_AS_AGREED + OVER)
    @PostMapping("/api/inquiries/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    ConfirmedItems.Confirmed inquiry(@PathVariable String id, @Valid @RequestBody(required = false) ConfirmedItemsRequest request) {
        return items.forInquiry(id, request, Caller.id(identity));
    }

    @Operation(summary = "Confirm by email what was agreed on an instant channel (order)",
        description = "Changes of the order, payment terms and liability statements agreed on WhatsApp, WeChat or a call: recorded and repeated to the client in an email marked \"Confirmed items\". "
            + TEXT_AS_AGREED + OVER)
    @PostMapping("/api/orders/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    ConfirmedItems.Confirmed order(@PathVariable String id, @Valid @RequestBody(required = false) ConfirmedItemsRequest request) {
        return items.forOrder(id, request, Caller.id(identity));
    }
}
