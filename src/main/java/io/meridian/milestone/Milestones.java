package io.meridian.milestone;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.meridian.milestone.OrderMilestone.State;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The milestone ledger ({@code order_milestone}), written in the transaction of the request or step that changes it. */
@Repository
class Milestones {

    /** A key milestone of an order; {@code state} as of the moment it was read. */
    record Milestone(
        @Schema(description = "the milestone's id") String id,
        @Schema(description = "the order") String orderId,
        @Schema(description = "the milestone, e.g. Pre-shipment inspection") String name,
        @Schema(description = "the day it is due, as planned") LocalDate dueOn,
        @Schema(description = "the moment it is due") Instant dueAt,
        @Schema(description = "when the client is asked to confirm it") Instant askAt,
        @Schema(description = "what the client confirms") List<String> checklist,
        @Schema(description = "when the client was asked; null until then") @Nullable Instant askedAt,
        @Schema(description = "when the client confirmed; null until then") @Nullable Instant confirmedAt,
        @Schema(description = "who recorded the confirmation; null until confirmed") @Nullable String confirmedBy,
        @Schema(description = "the note with the confirmation; null when none") @Nullable String confirmationNote,
        @Schema(description = "when it was planned") Instant createdAt,
        @Schema(description = "when it was withdrawn; null unless withdrawn") @Nullable Instant withdrawnAt,
        @Schema(description = "why (the order shipped, was delivered or ended first); null unless withdrawn") @Nullable String withdrawalReason,
        @Schema(description = "PLANNED, ASKED, OVERDUE, CONFIRMED or WITHDRAWN") State state) {
    }

    private final JdbcClient jdbc;

    Milestones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String orderId, String name, LocalDate dueOn, Instant dueAt, Instant askAt, List<String> checklist,
                String recordedBy, Instant now) {
        jdbc.sql("""
                insert into order_milestone (id, order_id, name, due_on, due_at, ask_at, checklist, recorded_by, created_at)
                values (:id, :order, :name, :dueOn, :dueAt, :askAt, :checklist, :by, :now)""")
            .param("id", id).param("order", orderId).param("name", name).param("dueOn", Date.valueOf(dueOn))
            .param("dueAt", Timestamp.from(dueAt)).param("askAt", Timestamp.from(askAt))
            .param("checklist", String.join("\n", checklist)).param("by", recordedBy).param("now", Timestamp.from(now)).update();
    }

    void asked(String id, Instant at) {
        jdbc.sql("update order_milestone set asked_at = :at where id = :id and asked_at is null")
            .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void confirmed(String id, Instant at, String by, String note) {
        jdbc.sql("update order_milestone set confirmed_at = :at, confirmed_by = :by, confirmation_note = :note where id = :id")
            .param("at", Timestamp.from(at)).param("by", by).param("note", note).param("id", id).update();
    }

    /**
     * Withdraws every milestone of the order the client has not confirmed (nor withdrawn before): the order shipped, was
     * delivered or ended without a delivery. Returns how many.
     */
    int withdrawOpen(String orderId, Instant at, String reason) {
        return jdbc.sql("""
                update order_milestone set withdrawn_at = :at, withdrawal_reason = :reason
                where order_id = :order and confirmed_at is null and withdrawn_at is null""")
            .param("at", Timestamp.from(at)).param("reason", reason).param("order", orderId).update();
    }

    Optional<Milestone> byId(String id, Instant now) {
        return jdbc.sql("select * from order_milestone where id = :id").param("id", id)
            .query((rs, row) -> map(rs, now)).optional();
    }

    List<Milestone> ofOrder(String orderId, Instant now) {
        return jdbc.sql("select * from order_milestone where order_id = :order order by due_at, created_at").param("order", orderId)
            .query((rs, row) -> map(rs, now)).list();
    }

    private static Milestone map(ResultSet rs, Instant now) throws SQLException {
        Instant dueAt = instant(rs, "due_at");
        Instant askedAt = instant(rs, "asked_at");
        Instant confirmedAt = instant(rs, "confirmed_at");
        Instant withdrawnAt = instant(rs, "withdrawn_at");
        State state = confirmedAt != null ? State.CONFIRMED : withdrawnAt != null ? State.WITHDRAWN : !now.isBefore(dueAt) ? State.OVERDUE
            : askedAt != null ? State.ASKED : State.PLANNED;
        return new Milestone(rs.getString("id"), rs.getString("order_id"), rs.getString("name"), rs.getDate("due_on").toLocalDate(),
            dueAt, instant(rs, "ask_at"), Arrays.asList(rs.getString("checklist").split("\n")), askedAt, confirmedAt,
            rs.getString("confirmed_by"), rs.getString("confirmation_note"), instant(rs, "created_at"),
            withdrawnAt, rs.getString("withdrawal_reason"), state);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
