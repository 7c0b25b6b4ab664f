package io.meridian.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.meridian.client.ClientSummary;
import io.meridian.system.ListQuery;
import io.meridian.system.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inquiries received, written in the transaction of the process step that changes them. */
@Repository
public class InquiryLedger {

    private final JdbcClient jdbc;

    public InquiryLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(InquiryRecord r) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", r.id());
        p.put("clientId", r.clientId());
        p.put("product", r.product());
        p.put("quantity", r.quantity());
        p.put("message", r.message());
        p.put("receivedAt", Timestamp.from(r.receivedAt()));
        p.put("channel", r.channel());
        p.put("externalRef", r.externalRef());
        p.put("status", r.status().name());
        p.put("replyDueAt", Timestamp.from(r.replyDueAt()));
        p.put("processInstanceId", r.processInstanceId());
        p.put("createdAt", Timestamp.from(r.createdAt()));
        jdbc.sql("""
                insert into inquiry (id, client_id, product, quantity, message, received_at, channel, external_ref,
                                     status, reply_due_at, process_instance_id, created_at)
                values (:id, :clientId, :product, :quantity, :message, :receivedAt, :channel, :externalRef,
                        :status, :replyDueAt, :processInstanceId, :createdAt)""")
            .params(p)
            .update();
    }

    /**
     * Keeps the etiquette decided at the start of inquiry {@code id} (JSON, as {@code POST /api/inquiries}
     * answers it); the inquiry must be recorded.
     */
    public void recordEtiquette(String id, String etiquetteJson) {
        int updated = jdbc.sql("update inquiry set etiquette = :etiquette where id = :id")
            .param("etiquette", etiquetteJson).param("id", id).update();
        if (updated != 1) {
            throw new IllegalStateException("no inquiry '" + id + "' to keep its etiquette with");
        }
    }

    /** The etiquette decided at the start of inquiry {@code id}; empty for an inquiry started before the ledger kept it. */
    public Optional<String> etiquette(String id) {
        return jdbc.sql("select etiquette from inquiry where id = :id").param("id", id).query(String.class).optional();
    }

    /** The inquiries of a client still waiting for the team's reply (NEW). */
    List<InquiryRecord> awaitingReply(String clientId) {
        return jdbc.sql("select * from inquiry where client_id = :clientId and status = :status").param("clientId", clientId)
            .param("status", InquiryRecord.Status.NEW.name()).query(InquiryLedger::map).list();
    }

    /** The reply's due time anew (its client moved to another desk). */
    void replyDue(String id, Instant due) {
        jdbc.sql("update inquiry set reply_due_at = :due where id = :id").param("due", Timestamp.from(due)).param("id", id).update();
    }

    public Optional<InquiryRecord> byId(String id) {
        return jdbc.sql("select * from inquiry where id = :id").param("id", id).query(InquiryLedger::map).optional();
    }

    public Optional<InquiryRecord> byExternalRef(String externalRef) {
        return jdbc.sql("select * from inquiry where external_ref = :ref").param("ref", externalRef)
            .query(InquiryLedger::map).optional();
    }

    /**
     * One inquiry of a list, with whom it is for, the order it grew into (null: none) and the deletion of its journey before
     * any order (null: none).
     */
    @Schema(name = "InquiryListItem")
    public record Listed(
        @Schema(description = "the inquiry") InquiryRecord inquiry,
        @Schema(description = "whom the inquiry is for") ClientSummary client,
        @Schema(description = "the order it grew into; null when none") @Nullable OrderState order,
        @Schema(description = "how its journey ended when it was deleted before any order (the inquiry is then LOST); null for"
            + " every other inquiry") @Nullable JourneyDeletion journeyDeleted) {
    }

    /**
     * The client journey of an inquiry was deleted before any order (Cockpit, {@code DELETE /engine-rest/process-instance/{id}}):
     * the inquiry is {@code LOST}, as one the client never answered, and this says how it ended.
     *
     * @param at        when the journey was deleted
     * @param by        who deleted it, as Camunda's user operation log has it; null for a program without a user
     * @param reason    the reason given to the deletion; null for none
     * @param noticedAt when the server recorded it: {@code at} when the journey's listeners ran, later when they were skipped
     */
    @Schema(name = "JourneyDeletion")
    public record JourneyDeletion(
        @Schema(description = "when the journey was deleted") Instant at,
        @Schema(description = "who deleted it, as Camunda's user operation log has it; null for a program without a user") @Nullable String by,
        @Schema(description = "the reason given to the deletion; null for none") @Nullable String reason,
        @Schema(description = "when the server recorded it: the deletion's moment when the journey's listeners ran, later when"
            + " they were skipped") Instant noticedAt) {

        /** "the client journey of inquiry … was deleted by demo at … (reason) before any order", and when noticed if later. */
        public String said(String inquiryId) {
            return "the client journey of inquiry " + inquiryId + " was deleted" + (by == null ? "" : " by " + by) + " at " + at
                + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")") + " before any order"
                + (noticedAt == null || noticedAt.equals(at) ? "" : "; noticed at " + noticedAt);
        }
    }

    /** The statuses of an inquiry someone still works: a journey deleted in one of them makes it {@code LOST}. */
    static final List<String> WORKED = List.of("NEW", "QUOTED", "DECLINED");

    /**
     * Keeps the deletion of inquiry {@code id}'s journey before any order and makes it {@code LOST}; false (nothing changed)
     * for an inquiry that has an order, is over already or is unknown.
     */
    boolean journeyDeleted(String id, JourneyDeletion deletion) {
        return jdbc.sql("""
                update inquiry set status = 'LOST', journey_deleted_at = :at, journey_deleted_by = :by,
                                   journey_delete_reason = :reason, journey_deletion_noticed_at = :noticedAt
                where id = :id and order_id is null and status in (:worked)""")
            .param("at", Timestamp.from(deletion.at())).param("by", deletion.by())
            .param("reason", deletion.reason() == null ? null : abbreviate(deletion.reason().strip(), 1000))
            .param("noticedAt", Timestamp.from(deletion.noticedAt())).param("id", id).param("worked", WORKED)
            .update() == 1;
    }

    /** The deletion of inquiry {@code id}'s journey before any order, empty when none was recorded. */
    Optional<JourneyDeletion> journeyDeletion(String id) {
        return jdbc.sql("select * from inquiry where id = :id").param("id", id)
            .query((rs, n) -> Optional.ofNullable(journeyDeletion(rs))).optional().flatMap(d -> d);
    }

    /** The inquiries someone would still work whose journey ran: those to look at when journeys may have been deleted. */
    List<InquiryRecord> worked() {
        return jdbc.sql("select * from inquiry where order_id is null and process_instance_id is not null and status in (:worked)")
            .param("worked", WORKED).query(InquiryLedger::map).list();
    }

    private static JourneyDeletion journeyDeletion(ResultSet rs) throws SQLException {
        Instant at = instant(rs, "journey_deleted_at");
        return at == null ? null : new JourneyDeletion(at, rs.getString("journey_deleted_by"), rs.getString("journey_delete_reason"),
            instant(rs, "journey_deletion_noticed_at"));
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * The order an inquiry grew into, as it stands now: the inquiry stays {@code ORDERED} once the client accepted (it did
     * become an order), and this says whether the order is still on ({@code status} as the order's, e.g. {@code CANCELLED}
     * with when and why).
     */
    @Schema(name = "InquiryOrder")
    public record OrderState(
        @Schema(description = "the order's id") String id,
        @Schema(description = "the order number") String orderNumber,
        @Schema(description = "the order's status now, e.g. CANCELLED") String status,
        @Schema(description = "when the order was cancelled; null unless cancelled") @Nullable Instant cancelledAt,
        @Schema(description = "why it was cancelled; null unless cancelled") @Nullable String cancellationReason) {
    }

    /**
     * The statuses an order takes (the order module's {@code OrderRecord.Status}, which this module cannot name: the order
     * module builds on it), for the list's {@code orderStatus} filter.
     */
    static final List<String> ORDER_STATUSES = List.of("AWAITING_PAYMENT", "PAID", "CONFIRMED", "SHIPPED", "DELIVERED", "CANCELLED");

    /** The list's filter on the status of the order an inquiry grew into ({@code orderStatus=CANCELLED}). */
    static final ListQuery.Filter ORDER_STATUS = new ListQuery.Filter("orderStatus", "o.status", ORDER_STATUSES);

    private static final String ORDER_COLUMNS = "o.id as order_state_id, o.order_number as order_state_number, o.status as order_state_status,"
        + " o.cancelled_at as order_state_cancelled_at, o.cancellation_reason as order_state_reason";
    private static final String ORDER_JOIN = " left join customer_order o on o.id = i.order_id";

    /** Inquiries matching the filters (time: when received), newest first. */
    public Page<Listed> list(ListQuery<InquiryRecord.Status> q) {
        return q.run(jdbc, "i.*, " + ClientSummary.COLUMNS + ", " + ORDER_COLUMNS, "inquiry i join client c on c.id = i.client_id" + ORDER_JOIN,
            "i", "received_at", (rs, n) -> new Listed(map(rs, n), ClientSummary.read(rs), orderState(rs), journeyDeletion(rs)));
    }

    /** The order the inquiry grew into, empty when none (or the inquiry is unknown). */
    public Optional<OrderState> order(String inquiryId) {
        return jdbc.sql("select " + ORDER_COLUMNS + " from inquiry i" + ORDER_JOIN + " where i.id = :id").param("id", inquiryId)
            .query((rs, n) -> Optional.ofNullable(orderState(rs))).optional().flatMap(o -> o);
    }

    private static OrderState orderState(ResultSet rs) throws SQLException {
        String id = rs.getString("order_state_id");
        if (id == null) {
            return null;
        }
        Timestamp cancelledAt = rs.getTimestamp("order_state_cancelled_at");
        return new OrderState(id, rs.getString("order_state_number"), rs.getString("order_state_status"),
            cancelledAt == null ? null : cancelledAt.toInstant(), rs.getString("order_state_reason"));
    }

    public void quoted(String id, String quote) {
        jdbc.sql("update inquiry set status = 'QUOTED', quote = :quote where id = :id")
            .param("quote", quote).param("id", id).update();
    }

    public void declined(String id, String objection) {
        jdbc.sql("update inquiry set status = 'DECLINED', objection = :objection where id = :id")
            .param("objection", objection).param("id", id).update();
    }

    public void ordered(String id, String orderId) {
        jdbc.sql("update inquiry set status = 'ORDERED', order_id = :orderId where id = :id")
            .param("orderId", orderId).param("id", id).update();
    }

    public void lost(String id) {
        jdbc.sql("update inquiry set status = 'LOST' where id = :id").param("id", id).update();
    }

    private static InquiryRecord map(ResultSet rs, int row) throws SQLException {
        return new InquiryRecord(rs.getString("id"), rs.getString("client_id"), rs.getString("product"),
            rs.getInt("quantity"), rs.getString("message"), instant(rs, "received_at"), rs.getString("channel"),
            rs.getString("external_ref"), InquiryRecord.Status.valueOf(rs.getString("status")),
            instant(rs, "reply_due_at"), rs.getString("process_instance_id"), rs.getString("quote"),
            rs.getString("objection"), rs.getString("order_id"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
