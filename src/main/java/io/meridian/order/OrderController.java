package io.meridian.order;

import io.meridian.system.AllowedGroups;
import io.meridian.system.Groups;
import io.meridian.system.ReadsRecords;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping("/{id}")
    @ReadsRecords
    OrderService.OrderView get(@PathVariable String id) {
        return orders.view(id);
    }

    @PostMapping("/{id}/payment")
    @AllowedGroups(Groups.INTEGRATIONS)
    OrderService.PaymentAccepted payment(@PathVariable String id, @RequestBody OrderRequests.Payment request) {
        return orders.payment(id, request);
    }

    @PostMapping("/{id}/stock-forecast")
    @AllowedGroups(Groups.INTEGRATIONS)
    OrderService.EventAccepted stockForecast(@PathVariable String id, @RequestBody OrderRequests.StockForecast request) {
        return orders.stockForecast(id, request);
    }

    @PostMapping("/{id}/shipment")
    @AllowedGroups(Groups.INTEGRATIONS)
    OrderService.EventAccepted shipment(@PathVariable String id, @RequestBody OrderRequests.Shipment request) {
        return orders.shipment(id, request);
    }

    @PostMapping("/{id}/delivery")
    @AllowedGroups(Groups.INTEGRATIONS)
    OrderService.EventAccepted delivery(@PathVariable String id, @RequestBody OrderRequests.Delivery request) {
        return orders.delivery(id, request);
    }

    @PostMapping("/{id}/exceptions")
    @AllowedGroups(Groups.INTEGRATIONS)
    OrderService.EventAccepted exception(@PathVariable String id, @RequestBody OrderRequests.FulfilmentProblem request) {
        return orders.exception(id, request);
    }
}
