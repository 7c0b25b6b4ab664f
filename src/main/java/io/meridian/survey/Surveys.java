package io.meridian.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.meridian.client.Client;
import io.meridian.complaint.ComplaintHandling;
import io.meridian.complaint.ComplaintLedger;
import io.meridian.complaint.ComplaintRecord;
import io.meridian.complaint.DetractorComplaintOpened;
import io.meridian.complaint.DetractorComplaints;
import io.meridian.complaint.Wording;
import io.meridian.ids.Ids;
import io.meridian.process.ClientClocks;
import io.meridian.survey.SatisfactionSurvey.Source;
import io.meridian.survey.SatisfactionSurvey.Var;
import io.meridian.system.Caller;
import io.meridian.system.EngineReads;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey ledger ({@code client_survey}) and what follows every evaluation, in the recording
 * transaction: a detractor's complaint (in the category recorded) where the caller does not open it
 * itself, and the improvement report (process {@code improvementReport}), due 72 hours after the
 * evaluation (seed 003) in the working time of the client's desk (or the team).
 */
@Service
public class Surveys {

    /** Seed 003: after an evaluation, an analysis with improvement measures and a timetable within 72 hours. */
    public static final Duration REPORT_WITHIN = Duration.ofHours(72);

    /** One row of the ledger. */
    public record Evaluation(
        @Schema(description = "the evaluation's id") String id,
        @Schema(description = "the client") String clientId,
        @Schema(description = "the order it is about; null when none") @Nullable String orderId,
        @Schema(description = "where the scores came from: CHECK_IN, QUARTERLY (survey) or API") Source source,
        @Schema(description = "the quarter of a quarterly survey, e.g. 2027-Q1; null otherwise") @Nullable String quarter,
        @Schema(description = "how likely the client recommends us, 0-10") int nps,
        @Schema(description = "how satisfied the client is, 1-5") int csat,
        @Schema(description = "how easy it was for the client, 1-7") int ces,
        @Schema(description = "the client's comment; null when none") @Nullable String comment,
        @Schema(description = "what a detractor complained of; null when none") @Nullable String complaintCategory,
        @Schema(description = "true when the scores are a detractor's (a complaint is opened)") boolean detractor,
        @Schema(description = "the complaint a detractor's scores opened, or the client's complaint about the same order that was open already and took them; null when none") @Nullable String complaintId,
        @Schema(description = "the user who recorded the scores") String recordedBy,
        @Schema(description = "when they were recorded") Instant recordedAt,
        @Schema(description = "by when the team owes the client a report on the measures taken") Instant reportDueAt,
        @Schema(description = "when that report went out; null until then") @Nullable Instant reportSentAt,
        @Schema(description = "the measures reported; null until then") @Nullable String reportMeasures,
        @Schema(description = "why the scores say opposite things (very satisfied beside a detractor's NPS, or very dissatisfied"
            + " beside a promoter's), for the team to ask the client which holds; the scores are kept and act as given; null when"
            + " they agree") @Nullable String scoresDisagree) {
    }

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final EngineReads engine;
    private final IdentityService identity;
    private final DetractorComplaints complaints;
    private final ClientClocks clocks;
    private final ComplaintLedger ledger;

    Surveys(JdbcClient jdbc, RuntimeService runtime, EngineReads engine, IdentityService identity, DetractorComplaints complaints,
            ClientClocks clocks, ComplaintLedger ledger) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.engine = engine;
        this.identity = identity;
        this.complaints = complaints;
        this.clocks = clocks;
    }

    /**
     * Keeps the evaluation and starts its improvement report; opens the detractor's complaint when
     * {@code openComplaint} (the journey's check-in opens its own, in its model).
     */
    @Transactional
    public Evaluation record(Client client, String orderId, Source source, String quarter, Scores scores, Instant now,
                             boolean openComplaint) {
        String id = Ids.next();
        String by = Caller.id(identity);
        // the team's own work: 72 hours held to the working time of the desk that works the client (or the team's), so
        // that it falls due while they work, not at night or on their weekend (TeamCalendar#dueInWorkingTime)
        Instant due = clocks.teamOf(client.id()).dueInWorkingTime(now, now.plus(REPORT_WITHIN));
        String complaintId = null;
        boolean openAlready = false;
        if (scores.detractor() && openComplaint) {
            DetractorComplaints.Handled handled = openComplaint(client, orderId, scores, now);
            complaintId = handled.id();
            openAlready = handled.openAlready();
        }
        jdbc.sql("""
                insert into client_survey (id, client_id, order_id, source, quarter, nps, csat, ces, comment, complaint_category,
                                           detractor, complaint_id, recorded_by, recorded_at, report_due_at)
                values (:id, :clientId, :orderId, :source, :quarter, :nps, :csat, :ces, :comment, :category, :detractor,
                        :complaintId, :by, :at, :due)""")
            .param("id", id).param("clientId", client.id()).param("orderId", orderId).param("source", source.name())
            .param("quarter", quarter).param("nps", scores.nps()).param("csat", scores.csat()).param("ces", scores.ces())
            .param("comment", scores.comment()).param("category", scores.category() == null ? null : scores.category().name())
            .param("detractor", scores.detractor()).param("complaintId", complaintId).param("by", by)
            .param("at", Timestamp.from(now)).param("due", Timestamp.from(due))
            .update();
        Map<String, Object> v = new HashMap<>(client.variables());
        v.put(Var.CLIENT_ID, client.id());
        v.put(Var.EVALUATION_ID, id);
        v.put(Var.NPS, scores.nps());
        v.put(Var.CSAT, scores.csat());
        v.put(Var.CES, scores.ces());
        v.put(Var.COMMENT, scores.comment());
        v.put(Var.DETRACTOR, scores.detractor());
        v.put(Var.COMPLAINT_CATEGORY, scores.category() == null ? null : scores.category().name());
        v.put(Var.COMPLAINT_ID, complaintId);
        v.put(Var.COMPLAINT_OPEN_ALREADY, openAlready);
        // the report's form previews its email, which names the complaint by its number
        v.put(Var.COMPLAINT_NUMBER, complaintId == null ? null
            : ledger.byId(complaintId).map(ComplaintRecord::complaintNumber).orElse(null));
        v.put(Var.EVALUATED_AT, Date.from(now));
        v.put(Var.REPORT_DUE_AT, Date.from(due));
        if (orderId != null) {
            v.put(Var.ORDER_ID, orderId);
        }
        engine.asSystem(() -> runtime.startProcessInstanceByKey(SatisfactionSurvey.IMPROVEMENT_REPORT_KEY, id, v));
        return byId(id).orElseThrow();
    }

    private DetractorComplaints.Handled openComplaint(Client client, String orderId, Scores scores, Instant now) {
        Map<String, Object> v = new HashMap<>();
        if (orderId != null) {
            v.put(ComplaintHandling.Var.ORDER_ID, orderId);
        } else {
            v.put(ComplaintHandling.Var.CLIENT_ID, client.id());
        }
        v.put(ComplaintHandling.Var.CATEGORY, scores.category().name());
        v.put(ComplaintHandling.Var.WORDING, Wording.ofDetractorScore(scores.nps()).name());
        v.put(ComplaintHandling.Var.DESCRIPTION, "Satisfaction survey: NPS " + scores.nps() + " of 10, CSAT " + scores.csat()
            + " of 5, CES " + scores.ces() + " of 7." + (scores.comment() == null ? " The client left no comment."
                : " The client said: " + scores.comment()));
        return complaints.open(v, now);
    }

    public List<Evaluation> ofClient(String clientId) {
        return jdbc.sql("select * from client_survey where client_id = :id order by recorded_at, id").param("id", clientId)
            .query(Surveys::row).list();
    }

    public Optional<Evaluation> byId(String id) {
        return jdbc.sql("select * from client_survey where id = :id").param("id", id).query(Surveys::row).optional();
    }

    /**
     * The journey opened the complaint of a check-in's detractor score (the quarterly survey and the
     * API open theirs in {@link #record}): the evaluation names it, as GET /api/clients/{id}/surveys shows.
     */
    @EventListener
    void complaintOpened(DetractorComplaintOpened opened) {
        jdbc.sql("update client_survey set complaint_id = :complaintId where id = :id and complaint_id is null")
            .param("complaintId", opened.complaintId()).param("id", opened.evaluationId()).update();
    }

    /** The improvement report is due at {@code due} now (its client moved to another desk, {@link ReportOnAnotherDesk}). */
    void reportDue(String id, Instant due) {
        jdbc.sql("update client_survey set report_due_at = :due where id = :id and report_sent_at is null")
            .param("due", Timestamp.from(due)).param("id", id).update();
    }

    /** The improvement report went out: when, and the measures it promised. */
    void reportSent(String id, String measures, Instant at) {
        jdbc.sql("update client_survey set report_sent_at = :at, report_measures = :measures where id = :id")
            .param("at", Timestamp.from(at)).param("measures", measures).param("id", id).update();
    }

    private static Evaluation row(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("report_sent_at");
        return new Evaluation(rs.getString("id"), rs.getString("client_id"), rs.getString("order_id"),
            Source.valueOf(rs.getString("source")), rs.getString("quarter"), rs.getInt("nps"), rs.getInt("csat"), rs.getInt("ces"),
            rs.getString("comment"), rs.getString("complaint_category"), rs.getBoolean("detractor"), rs.getString("complaint_id"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), rs.getTimestamp("report_due_at").toInstant(),
            sent == null ? null : sent.toInstant(), rs.getString("report_measures"),
            Scores.disagreement(rs.getInt("nps"), rs.getInt("csat"), rs.getInt("ces")));
    }
}
