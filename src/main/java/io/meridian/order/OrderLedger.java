package io.meridian.order;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.meridian.client.ClientSummary;
import io.meridian.system.ListQuery;
import io.meridian.system.Page;
import io.meridian.system.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The order ledger, written in the transaction of the step or event that changes an order. */
@Repository
public class OrderLedger {

    private final JdbcClient jdbc;

    public OrderLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OrderRecord o) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", o.id());
        p.put("orderNumber", o.orderNumber());
        p.put("inquiryId", o.inquiryId());
        p.put("clientId", o.clientId());
        p.put("amount", o.amount());
        p.put("currency", o.currency());
        p.put("paymentStatus", o.paymentStatus().name());
        p.put("status", o.status().name());
        p.put("createdAt", Timestamp.from(o.createdAt()));
        jdbc.sql("""
                insert into customer_order (id, order_number, inquiry_id, client_id, amount, currency, payment_status, status, created_at)
                values (:id, :orderNumber, :inquiryId, :clientId, :amount, :currency, :paymentStatus, :status, :createdAt)""")
            .params(p)
            .update();
    }

    public boolean numberTaken(String number) {
        return jdbc.sql("select count(*) from customer_order where order_number = :n").param("n", number)
            .query(Long.class).single() > 0;
    }

    public Optional<OrderRecord> byId(String id) {
        return jdbc.sql("select * from customer_order where id = :id").param("id", id).query(OrderLedger::map).optional();
    }

    /**
     * The 404 for an order id that names no order; when it is an order's number (the {@code MO-…} of the emails and the
     * team's messages), it says that order's id, which the API takes.
     */
    public NotFoundException notFound(String id) {
        Optional<String> numbered = id == null ? Optional.empty() : jdbc.sql("select id from customer_order where order_number = :number")
            .param("number", id.trim().toUpperCase(java.util.Locale.ROOT)).query(String.class).optional();
        return NotFoundException.byId("order", "/api/orders", id, numbered);
    }

    /** One order of a list, with whom it is for. */
    @Schema(name = "OrderListItem")
    public record Listed(
        @Schema(description = "the order") OrderRecord order,
        @Schema(description = "whom the order is for") ClientSummary client) {
    }

    /** Orders matching the filters (time: when the order was opened), newest first. */
    public Page<Listed> list(ListQuery<OrderRecord.Status> q) {
        return q.run(jdbc, "o.*, " + ClientSummary.COLUMNS, "customer_order o join client c on c.id = o.client_id", "o",
            "created_at", (rs, n) -> new Listed(map(rs, n), ClientSummary.read(rs)));
    }

    /**
     * The orders an outbox message's reference is about: the order itself, or the orders grown out of an inquiry (by the
     * index on {@code inquiry_id}, migration V22_1). Empty for a complaint, a client or anything else.
     */
    public List<OrderRecord> about(String reference) {
        return jdbc.sql("select * from customer_order where id = :ref or inquiry_id = :ref order by created_at, id")
            .param("ref", reference).query(OrderLedger::map).list();
    }

    /** Every order of the client, oldest first, cancelled ones too. */
    public List<OrderRecord> ofClient(String clientId) {
        return jdbc.sql("select * from customer_order where client_id = :client order by created_at, id")
            .param("client", clientId).query(OrderLedger::map).list();
    }

    /**
     * Locks the order's row until the transaction ends, so that two payments at once add up, and a milestone planned while
     * the delivery commits waits for it and sees the order delivered (the delivery's update holds the row as long).
     */
    public Optional<OrderRecord> byIdForUpdate(String id) {
        return jdbc.sql("select * from customer_order where id = :id for update").param("id", id).query(OrderLedger::map).optional();
    }

    public void recordPayment(OrderPayment p) {
        jdbc.sql("""
                insert into order_payment (id, order_id, amount, currency, received_at, recorded_by, recorded_at)
                values (:id, :orderId, :amount, :currency, :receivedAt, :recordedBy, :recordedAt)""")
            .param("id", p.id()).param("orderId", p.orderId()).param("amount", p.amount()).param("currency", p.currency())
            .param("receivedAt", Timestamp.from(p.receivedAt())).param("recordedBy", p.recordedBy())
            .param("recordedAt", Timestamp.from(p.recordedAt()))
            .update();
    }

    public List<OrderPayment> payments(String orderId) {
        return jdbc.sql("select * from order_payment where order_id = :id order by received_at, recorded_at")
            .param("id", orderId)
            .query((rs, row) -> new OrderPayment(rs.getString("id"), rs.getString("order_id"),
                Money.of(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("currency"), instant(rs, "received_at"),
                rs.getString("recorded_by"), instant(rs, "recorded_at")))
            .list();
    }

    /** The payment status; the order counts as paid (status PAID) only when the amount due is covered. */
    public void paymentStatus(String id, OrderRecord.PaymentStatus paymentStatus) {
        jdbc.sql("""
                update customer_order set payment_status = :ps,
                  status = case when :ps = 'PAID' and status = 'AWAITING_PAYMENT' then 'PAID' else status end
                where id = :id""")
            .param("ps", paymentStatus.name()).param("id", id).update();
    }

    public void shortfallAccepted(String id, Shortfall shortfall) {
        jdbc.sql("""
                update customer_order set payment_status = 'SHORTFALL_ACCEPTED', status = 'PAID', shortfall_reason = :r,
                  shortfall_accepted_by = :by, shortfall_accepted_at = :at
                where id = :id""")
            .param("r", shortfall.reason()).param("by", shortfall.acceptedBy()).param("at", Timestamp.from(shortfall.acceptedAt()))
            .param("id", id).update();
    }

    public Optional<Shortfall> shortfall(String id) {
        return jdbc.sql("select shortfall_reason, shortfall_accepted_by, shortfall_accepted_at from customer_order where id = :id"
                + " and shortfall_accepted_at is not null")
            .param("id", id)
            .query((rs, row) -> new Shortfall(rs.getString(1), rs.getString(2), instant(rs, "shortfall_accepted_at")))
            .optional();
    }

    public void deliveryDate(String id, LocalDate deliveryDate) {
        jdbc.sql("update customer_order set delivery_date = :d where id = :id")
            .param("d", Date.valueOf(deliveryDate)).param("id", id).update();
    }

    public void confirmed(String id, LocalDate deliveryDate, String shippingMethod) {
        jdbc.sql("update customer_order set delivery_date = :d, shipping_method = :m, status = 'CONFIRMED' where id = :id")
            .param("d", Date.valueOf(deliveryDate)).param("m", shippingMethod).param("id", id).update();
    }

    public void stockForecast(String id, LocalDate stockReadyOn) {
        jdbc.sql("update customer_order set stock_ready_on = :d where id = :id")
            .param("d", Date.valueOf(stockReadyOn)).param("id", id).update();
    }

    public void shipped(String id, String carrier, String trackingNumber, Instant shippedAt) {
        shipped(id, carrier, trackingNumber, List.of(), shippedAt);
    }

    /** As {@link #shipped(String, String, String, Instant)} for a shipment in several parts: the numbers beside the first. */
    public void shipped(String id, String carrier, String trackingNumber, List<String> additionalTrackingNumbers, Instant shippedAt) {
        jdbc.sql("""
                update customer_order set carrier = :c, tracking_number = :t, additional_tracking_numbers = :a, shipped_at = :s,
                status = 'SHIPPED' where id = :id""")
            .param("c", carrier).param("t", trackingNumber).param("a", TrackingNumbers.join(additionalTrackingNumbers))
            .param("s", Timestamp.from(shippedAt)).param("id", id).update();
    }

    public void delivered(String id, Instant deliveredAt) {
        jdbc.sql("update customer_order set delivered_at = :d, status = 'DELIVERED' where id = :id")
            .param("d", Timestamp.from(deliveredAt)).param("id", id).update();
    }

    /**
     * The order is CANCELLED, at {@code at}, for {@code reason}; false when it was delivered or cancelled already (the first
     * cancellation's time and reason stay: cancelling the fulfilment ends the journey that called it too).
     */
    public boolean cancelled(String id, Instant at, String reason) {
        return jdbc.sql("""
                update customer_order set status = 'CANCELLED', cancelled_at = :at, cancellation_reason = :reason
                where id = :id and status not in ('DELIVERED', 'CANCELLED')""")
            .param("at", Timestamp.from(at)).param("reason", reason).param("id", id).update() == 1;
    }

    private static OrderRecord map(ResultSet rs, int row) throws SQLException {
        return new OrderRecord(rs.getString("id"), rs.getString("order_number"), rs.getString("inquiry_id"),
            rs.getString("client_id"), Money.of(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("currency"),
            date(rs, "delivery_date"),
            rs.getString("shipping_method"), OrderRecord.PaymentStatus.valueOf(rs.getString("payment_status")),
            OrderRecord.Status.valueOf(rs.getString("status")), date(rs, "stock_ready_on"), rs.getString("carrier"),
            rs.getString("tracking_number"), instant(rs, "shipped_at"), instant(rs, "delivered_at"), instant(rs, "created_at"),
            instant(rs, "cancelled_at"), rs.getString("cancellation_reason"),
            TrackingNumbers.split(rs.getString("additional_tracking_numbers")));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
