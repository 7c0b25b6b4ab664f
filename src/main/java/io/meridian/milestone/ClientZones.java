package io.meridian.milestone;

import java.time.Instant;
import java.time.ZoneId;

import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.etiquette.Tier;
import io.meridian.order.OrderRecord;
import io.meridian.process.ClientClocks;
import io.meridian.system.NotFoundException;
import org.springframework.stereotype.Component;

/** The time zone an order's client lives in (their own, else their country's), for the days a milestone's answers name. */
@Component
class ClientZones {

    private final ClientLedger clients;
    private final ClientClocks clocks;

    ClientZones(ClientLedger clients, ClientClocks clocks) {
        this.clients = clients;
        this.clocks = clocks;
    }

    ZoneId of(OrderRecord order, Instant now) {
        Client client = clients.byId(order.clientId()).orElseThrow(() -> new NotFoundException("no client for order '" + order.id() + "'"));
        return clocks.decide(client.country(), client.tier() == null ? Tier.B : client.tier(),
            client.timeZone() == null ? null : ZoneId.of(client.timeZone()), now).calendar().zone();
    }
}
