package io.meridian.inquiry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

import io.meridian.desk.DeskAccess;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.PlannedMessage;
import io.meridian.system.ListQuery;
import io.meridian.system.NotFoundException;
import io.meridian.system.OpenToDesks;
import io.meridian.system.Page;
import io.meridian.system.ReadsRecords;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inquiry list and the emails planned and sent for one inquiry, for whoever may read inquiries; a desk's member
 * lists their own desk's clients' inquiries and reads their emails (another desk's: 403 naming its desk).
 */
@Tag(name = "Inquiries")
@RestController
@RequestMapping("/api/inquiries")
@ReadsRecords
@OpenToDesks
class InquiryListController {

    private final InquiryLedger ledger;
    private final Outbox outbox;
    private final DeskAccess desks;

    InquiryListController(InquiryLedger ledger, Outbox outbox, DeskAccess desks) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.desks = desks;
    }

    @Operation(summary = "List inquiries",
        description = "Newest first, filtered by status, country, client (id or email), receipt time and the status of the order "
            + "the inquiry grew into (orderStatus: e.g. CANCELLED for the inquiries whose order was called off), one page at a time. "
            + "Each item carries the order the inquiry grew into (null: none) and journeyDeleted (null unless its journey was "
            + "deleted before any order: the inquiry is then LOST). "
            + "A desk's member sees the inquiries of their own desk's clients.")
    @Parameter(name = "orderStatus", in = ParameterIn.QUERY, description = "one or more statuses of the order the inquiry grew into"
        + " (repeat the parameter, or separate them with commas); an inquiry without an order has none",
        array = @ArraySchema(schema = @Schema(type = "string",
            allowableValues = {"AWAITING_PAYMENT", "PAID", "CONFIRMED", "SHIPPED", "DELIVERED", "CANCELLED"})))
    @GetMapping
    Page<InquiryLedger.Listed> list(@RequestParam MultiValueMap<String, String> query) {
        return ledger.list(desks.narrow(ListQuery.parse(query, InquiryRecord.Status.class, InquiryLedger.ORDER_STATUS)));
    }

    @Operation(summary = "An inquiry's client emails",
        description = "Every email the outbox planned or sent for this journey, with its status and planned time.")
    @GetMapping("/{id}/messages")
    List<PlannedMessage> messages(@PathVariable String id) {
        InquiryRecord inquiry = ledger.byId(id).orElseThrow(() -> new NotFoundException("no inquiry with id '" + id + "'"));
        desks.check(inquiry.clientId(), "inquiry '" + id + "'");
        return outbox.plannedFor(id);
    }
}
