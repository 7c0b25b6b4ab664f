package io.meridian.complaint;

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
import io.meridian.system.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The complaint ledger, written in the transaction of the process step that changes a complaint. */
@Repository
public class ComplaintLedger {

    private final JdbcClient jdbc;

    public ComplaintLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ComplaintRecord c) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", c.id());
        p.put("number", c.complaintNumber());
        p.put("clientId", c.clientId());
        p.put("orderId", c.orderId());
        p.put("inquiryId", c.inquiryId());
        p.put("source", c.source().name());
        p.put("category", c.category().name());
        p.put("wording", c.wording().name());
        p.put("description", c.description());
        p.put("receivedAt", Timestamp.from(c.receivedAt()));
        p.put("status", c.status().name());
        p.put("level", c.escalationLevel());
        p.put("pi", c.processInstanceId());
        p.put("createdAt", Timestamp.from(c.createdAt()));
        jdbc.sql("""
                insert into complaint (id, complaint_number, client_id, order_id, inquiry_id, source, category, wording,
                                       description, received_at, status, escalation_level, process_instance_id, created_at)
                values (:id, :number, :clientId, :orderId, :inquiryId, :source, :category, :wording,
                        :description, :receivedAt, :status, :level, :pi, :createdAt)""")
            .params(p)
            .update();
    }

    public Optional<ComplaintRecord> byId(String id) {
        return jdbc.sql("select * from complaint where id = :id").param("id", id).query(ComplaintLedger::map).optional();
    }

    /**
     * The 404 for a complaint id that names no complaint; when it is a complaint's number (the {@code C-…} reference of
     * every email), it says that complaint's id, which the API takes.
     */
    public NotFoundException notFound(String id) {
        Optional<String> numbered = id == null ? Optional.empty() : jdbc.sql("select id from complaint where complaint_number = :number")
            .param("number", id.trim().toUpperCase(java.util.Locale.ROOT)).query(String.class).optional();
        return NotFoundException.byId("complaint", "/api/complaints", id, numbered);
    }

    /** One complaint of a list, with whom it is for. */
    @Schema(name = "ComplaintListItem")
    public record Listed(
        @Schema(description = "the complaint") ComplaintRecord complaint,
        @Schema(description = "whom the complaint is from") ClientSummary client) {
    }

    /** Complaints matching the filters (time: when received), newest first. */
    public Page<Listed> list(ListQuery<ComplaintRecord.Status> q) {
        return q.run(jdbc, "k.*, " + ClientSummary.COLUMNS, "complaint k join client c on c.id = k.client_id", "k",
            "received_at", (rs, n) -> new Listed(map(rs, n), ClientSummary.read(rs)));
    }

    public boolean numberTaken(String number) {
        return jdbc.sql("select count(*) from complaint where complaint_number = :n").param("n", number)
            .query(Long.class).single() > 0;
    }

    public void classified(String id, ComplaintDecision d, Instant firstResponseDueAt) {
        jdbc.sql("""
                update complaint set severity = :severity, first_response_due_at = :due, team = :team,
                       senior_contact = :senior, crisis = :crisis, channel = :channel
                where id = :id""")
            .param("severity", d.severity().name())
            .param("due", Timestamp.from(firstResponseDueAt))
            .param("team", d.team())
            .param("senior", d.seniorContact())
            .param("crisis", d.crisis())
            .param("channel", d.channel())
            .param("id", id)
            .update();
    }

    /** The client's complaints about {@code orderId} not resolved yet, oldest first (by the client's index). */
    public List<ComplaintRecord> openAboutOrder(String clientId, String orderId) {
        return jdbc.sql("select * from complaint where client_id = :client and order_id = :order and status <> 'RESOLVED'"
                + " order by received_at, id")
            .param("client", clientId).param("order", orderId).query(ComplaintLedger::map).list();
    }

    /** The client's complaints about no order (the client in general, or an inquiry) not resolved yet, oldest first. */
    public List<ComplaintRecord> openWithoutOrder(String clientId) {
        return jdbc.sql("select * from complaint where client_id = :client and order_id is null and status <> 'RESOLVED'"
                + " order by received_at, id")
            .param("client", clientId).query(ComplaintLedger::map).list();
    }

    /** Every complaint of the client not resolved yet, about an order or not, oldest first (by the client's index). */
    public List<ComplaintRecord> openOfClient(String clientId) {
        return jdbc.sql("select * from complaint where client_id = :client and status <> 'RESOLVED' order by received_at, id")
            .param("client", clientId).query(ComplaintLedger::map).list();
    }

    public void status(String id, ComplaintRecord.Status status) {
        jdbc.sql("update complaint set status = :status where id = :id").param("status", status.name()).param("id", id).update();
    }

    public void reopened(String id, Severity severity, int level, boolean crisis) {
        jdbc.sql("update complaint set status = 'REOPENED', severity = :severity, escalation_level = :level, crisis = :crisis"
                + " where id = :id")
            .param("severity", severity.name()).param("level", level).param("crisis", crisis).param("id", id).update();
    }

    public void resolved(String id, Instant at) {
        jdbc.sql("update complaint set status = 'RESOLVED', resolved_at = :at where id = :id")
            .param("at", Timestamp.from(at)).param("id", id).update();
    }

    private static ComplaintRecord map(ResultSet rs, int n) throws SQLException {
        String severity = rs.getString("severity");
        return new ComplaintRecord(rs.getString("id"), rs.getString("complaint_number"), rs.getString("client_id"),
            rs.getString("order_id"), rs.getString("inquiry_id"), ComplaintHandling.Source.valueOf(rs.getString("source")),
            ComplaintCategory.valueOf(rs.getString("category")), Wording.valueOf(rs.getString("wording")),
            rs.getString("description"), instant(rs, "received_at"), severity == null ? null : Severity.valueOf(severity),
            instant(rs, "first_response_due_at"), rs.getString("team"), (Boolean) rs.getObject("senior_contact"),
            (Boolean) rs.getObject("crisis"), rs.getString("channel"), ComplaintRecord.Status.valueOf(rs.getString("status")),
            rs.getInt("escalation_level"), rs.getString("process_instance_id"), instant(rs, "resolved_at"),
            instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
