package io.meridian.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import io.meridian.client.Client;
import io.meridian.complaint.ComplaintHandling.Var;

/**
 * A validated complaint: what the client complains about, and who the client is (known from the
 * order or inquiry named, or given with the complaint). Built by {@link ComplaintIntake}.
 *
 * @param client     the client as the ledger will keep it; {@code client.id()} is null for a new client
 * @param orderValue the amount of the order complained about, 0 when no order is named
 */
record NewComplaint(ComplaintCategory category, Wording wording, String description, Instant receivedAt,
                           Client client, String orderId, String inquiryId, BigDecimal orderValue,
                           ComplaintHandling.Source source) {

    /** The start variables of the complaint-handling process. */
    public Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<>();
        v.put(Var.CATEGORY, category.name());
        v.put(Var.WORDING, wording.name());
        v.put(Var.DESCRIPTION, description);
        v.put(Var.RECEIVED_AT, Date.from(receivedAt));
        v.put(Var.SOURCE, source.name());
        v.put(Var.ORDER_ID, orderId);
        v.put(Var.INQUIRY_ID, inquiryId);
        v.put(Var.ORDER_VALUE, orderValue.doubleValue());
        // the client's fields, and how to address a client the complaint brings: the registering step records them with the client
        v.putAll(client.variables());
        v.put(Var.CLIENT_ID, client.id());
        return v;
    }

    public ZoneId clientZone() {
        return client.timeZone() == null ? null : ZoneId.of(client.timeZone());
    }
}
