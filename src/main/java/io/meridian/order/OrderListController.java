package io.meridian.order;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

import io.meridian.desk.DeskAccess;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.PlannedMessage;
import io.meridian.system.ListQuery;
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
 * The order list and the emails planned and sent for one order, for whoever may read orders; a desk's member
 * lists their own desk's clients' orders and reads their emails (another desk's: 403 naming its desk).
 */
@Tag(name = "Orders")
@RestController
@RequestMapping("/api/orders")
@ReadsRecords
@OpenToDesks
class OrderListController {

    private final OrderLedger ledger;
    private final Outbox outbox;
    private final DeskAccess desks;

    OrderListController(OrderLedger ledger, Outbox outbox, DeskAccess desks) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.desks = desks;
    }

    @Operation(summary = "List orders",
        description = "Newest first, filtered by status (AWAITING_PAYMENT, PAID, CONFIRMED, SHIPPED, DELIVERED or CANCELLED), country, "
            + "client (id or email) and creation time, one page at a time. "
            + "A desk's member sees the orders of their own desk's clients.")
    @GetMapping
    Page<OrderLedger.Listed> list(@RequestParam MultiValueMap<String, String> query) {
        return ledger.list(desks.narrow(ListQuery.parse(query, OrderRecord.Status.class)));
    }

    @Operation(summary = "An order's client emails",
        description = "Every email the outbox planned or sent for this order, with its status and planned time; a cancelled "
            + "order's emails that had not gone out are WITHDRAWN, lastError saying why.")
    @GetMapping("/{id}/messages")
    List<PlannedMessage> messages(@PathVariable String id) {
        OrderRecord record = ledger.byId(id).orElseThrow(() -> ledger.notFound(id));
        desks.check(record.clientId(), "order '" + id + "'");
        return outbox.plannedFor(id);
    }
}
