package io.meridian.order;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.meridian.desk.DeskAccess;
import io.meridian.system.AllowedGroups;
import io.meridian.system.Groups;
import io.meridian.system.OpenToDesks;
import io.meridian.system.ReadsRecords;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Orders")
@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final OrderService orders;
    private final DeskAccess desks;

    OrderController(OrderService orders, DeskAccess desks) {
        this.orders = orders;
        this.desks = desks;
    }

    @Operation(summary = "An order",
        description = "The order with its status, amounts, payments so far and the steps its fulfilment waits on. "
            + "An order whose fulfilment or journey was cancelled (Cockpit, DELETE /engine-rest/process-instance/{id}) is CANCELLED, "
            + "with cancelledAt and cancellationReason (what was cancelled and the reason given, if any); its client emails still "
            + "waiting were withdrawn, and every event for it (payment, stock forecast, shipment, delivery, problem, milestone) is a 409 "
            + "naming the cancellation. One whose process was deleted without its listeners (Cockpit's \"Skip Custom Listeners\", "
            + "skipCustomListeners=true) is CANCELLED when the server notices: just before a client email about it goes out, when an event about it is posted "
            + "(the 409 names the cancellation, which is kept), at the periodic check of running orders (every 5 minutes) or at the start; cancellationReason then says which process was "
            + "deleted when, the reason given, and when and how it was noticed. A desk's member reads their own desk's clients' orders.")
    @GetMapping("/{id}")
    @ReadsRecords
    @OpenToDesks
    OrderService.OrderView get(@PathVariable String id) {
        OrderService.OrderView view = orders.view(id);
        desks.check(view.order().clientId(), "order '" + id + "'");
        return view;
    }

    @Operation(summary = "Record a payment",
        description = "Adds a payment to the order ledger. A payment that leaves an amount open is PARTIAL and asks the order desk to review it; the order moves on only once paid in full.")
    @PostMapping("/{id}/payment")
    @AllowedGroups(Groups.INTEGRATIONS)
    OrderService.PaymentAccepted payment(@PathVariable String id, @RequestBody OrderRequests.Payment request) {
        // checked by the service, with the fields that need the order, so that one 400 names them all
        return orders.payment(id, request);
    }

    @Operation(summary = "Report the stock forecast",
        description = "The date the goods are expected complete; a date after the promised delivery opens a review for the order desk.")
    @PostMapping("/{id}/stock-forecast")
    @AllowedGroups(Groups.INTEGRATIONS)
    OrderService.EventAccepted stockForecast(@PathVariable String id, @Valid @RequestBody OrderRequests.StockForecast request) {
        return orders.stockForecast(id, request);
    }

    @Operation(summary = "Report the shipment",
        description = "Carrier and tracking number; the client is sent the tracking number in their working hours. Refused (409) before customs are cleared."
            + " Between the shipment and the delivery, a tracking number with \"corrects\" (the number sent before) corrects it: the"
            + " client is sent the right one, naming the number it replaces. Reported by a system, or by logistics, who hear"
            + " the numbers from the forwarder.")
    @PostMapping("/{id}/shipment")
    @AllowedGroups({Groups.INTEGRATIONS, Groups.LOGISTICS})
    OrderService.EventAccepted shipment(@PathVariable String id, @Valid @RequestBody OrderRequests.Shipment request) {
        return orders.shipment(id, request);
    }

    @Operation(summary = "Report the delivery",
        description = "Ends the fulfilment and starts after-sales (a check-in with the client on a working day of theirs). The body may be left out: delivered now.")
    @PostMapping("/{id}/delivery")
    @AllowedGroups(Groups.INTEGRATIONS)
    OrderService.EventAccepted delivery(@PathVariable String id,
                                        @Valid @RequestBody(required = false) OrderRequests.Delivery request) {
        // every field is optional (delivered now), so a request without a body is one
        return orders.delivery(id, request != null ? request : new OrderRequests.Delivery(null));
    }

    @Operation(summary = "Report a fulfilment problem",
        description = "A production delay or logistics hold: opens the emergency plan beside the fulfilment (the supplier talk, the"
            + " client's exception notice with cause, solution and expected recovery, and the fix). Reported by a system, or by the"
            + " order desk or logistics, who hear of it from the factory or the forwarder.")
    @PostMapping("/{id}/exceptions")
    @AllowedGroups({Groups.INTEGRATIONS, Groups.ORDER_DESK, Groups.LOGISTICS})
    OrderService.EventAccepted exception(@PathVariable String id, @Valid @RequestBody OrderRequests.FulfilmentProblem request) {
        return orders.exception(id, request);
    }
}
