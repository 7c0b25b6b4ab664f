package io.meridian.order;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

import io.meridian.outbox.Outbox;
import io.meridian.outbox.PlannedMessage;
import io.meridian.system.ListQuery;
import io.meridian.system.Page;
import io.meridian.system.ReadsRecords;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The order list and the emails planned and sent for one order, for whoever may read orders. */
@Tag(name = "Orders")
@RestController
@RequestMapping("/api/orders")
@ReadsRecords
class OrderListController {

    private final OrderLedger ledger;
    private final Outbox outbox;

    OrderListController(OrderLedger ledger, Outbox outbox) {
        this.ledger = ledger;
        this.outbox = outbox;
    }

    @Operation(summary = "List orders",
        description = "Newest first, filtered by status, country, client (id or email) and creation time, one page at a time.")
    @GetMapping
    Page<OrderLedger.Listed> list(@RequestParam MultiValueMap<String, String> query) {
        return ledger.list(ListQuery.parse(query, OrderRecord.Status.class));
    }

    @Operation(summary = "An order's client emails",
        description = "Every email the outbox planned or sent for this order, with its status and planned time.")
    @GetMapping("/{id}/messages")
    List<PlannedMessage> messages(@PathVariable String id) {
        if (ledger.byId(id).isEmpty()) {
            throw ledger.notFound(id);
        }
        return outbox.plannedFor(id);
    }
}
