package io.meridian.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.meridian.inquiry.InquiryLedger;
import io.meridian.inquiry.InquiryRecord;
import io.meridian.meeting.NegotiationMeeting.Kind;
import io.meridian.meeting.NegotiationMeeting.Var;
import io.meridian.moments.TeamMoments;
import io.meridian.moments.TeamToday;
import io.meridian.system.ConflictException;
import io.meridian.system.Inputs;
import io.meridian.system.NotFoundException;
import io.meridian.system.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The meeting ledger ({@code journey_meeting}, {@code meeting_action}) and the checks every entry
 * point shares (the API, a start from Tasklist, the minutes task): a meeting is recorded on a
 * journey that is not lost, when it has happened; its minutes carry needs, points and at least one
 * next action on a day that has not passed.
 */
@Service
class Meetings {

    static final int MAX_TEXT = 4000;

    /** One meeting as the API shows it. */
    public record Meeting(
        @Schema(description = "the talk's id") String id,
        @Schema(description = "the journey it belongs to") String inquiryId,
        @Schema(description = "CALL, VIDEO or MEETING") Kind kind,
        @Schema(description = "when it was held") Instant heldAt,
        @Schema(description = "who took part; null when not given") @Nullable String participants,
        @Schema(description = "who recorded it") String recordedBy,
        @Schema(description = "by when its minutes are owed to the client") Instant minutesDueAt,
        @Schema(description = "the client's needs, from the minutes; null until written") @Nullable String needs,
        @Schema(description = "the points agreed, from the minutes; null until written") @Nullable String points,
        @Schema(description = "when the minutes went to the client; null until sent") @Nullable Instant minutesSentAt,
        @Schema(description = "true when the minutes went out after minutesDueAt, or are still unsent past it") boolean late,
        @Schema(description = "the process that follows the minutes up; null when none") @Nullable String processInstanceId,
        @Schema(description = "the next actions agreed, by due day") List<NextAction> actions) {
    }

    /** A meeting to record, checked. */
    record NewMeeting(InquiryRecord inquiry, Kind kind, Instant heldAt, String participants) {
    }

    /** Minutes, checked. */
    record Minutes(String needs, String points, List<NextAction> actions) {
    }

    private final JdbcClient jdbc;
    private final InquiryLedger inquiries;

    Meetings(JdbcClient jdbc, InquiryLedger inquiries) {
        this.jdbc = jdbc;
        this.inquiries = inquiries;
    }

    /** 404 for an unknown inquiry, 409 for a lost one, 400 for a bad kind or a time that has not come or precedes the inquiry. */
    NewMeeting check(String inquiryId, Object kind, Object heldAt, Object participants, Instant now) {
        return check(inquiryId, kind, heldAt, participants, now, null);
    }

    /**
     * A time of day with no offset, as Tasklist's start form takes it: "2026-12-06 17:00" (or with a T, or ISO-8601's
     * local "2026-12-06T17:00:00" with seconds, as an API caller writes it).
     */
    private static final Pattern LOCAL_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?");

    /**
     * The same, and a {@code heldAt} given as a local "yyyy-MM-dd HH:mm" (Tasklist's start form) read in the clock
     * {@code localClock} gives for the inquiry (the team's that works its client, for the API and the form alike); null:
     * ISO-8601 with offset only.
     */
    NewMeeting check(String inquiryId, Object kind, Object heldAt, Object participants, Instant now,
                     Function<InquiryRecord, ZoneId> localClock) {
        // the id, or the shop's reference, which a task's briefing shows beside it (a talk recorded in Tasklist)
        InquiryRecord inquiry = inquiries.byId(inquiryId).or(() -> inquiries.byExternalRef(inquiryId))
            .orElseThrow(() -> new NotFoundException("no inquiry with id or shop reference '" + inquiryId + "'"));
        if (inquiry.status() == InquiryRecord.Status.LOST) {
            throw new ConflictException("inquiry " + inquiryId + " is closed as lost: record the talk on a new inquiry");
        }
        Object given = heldAt;
        ZoneId localZone = null;
        if (localClock != null && heldAt instanceof String local && LOCAL_TIME.matcher(local.strip()).matches()) {
            localZone = localClock.apply(inquiry);
            given = Date.from(LocalDateTime.parse(local.strip().replace(' ', 'T')).atZone(localZone).toInstant());
        }
        Object heldAtGiven = given;
        Map<String, String> errors = new LinkedHashMap<>();
        Kind k = Inputs.collect(errors, "kind", () -> Inputs.enumValue("kind", kind == null ? null : kind.toString(), Kind.class, Kind.CALL));
        Instant held = Inputs.collect(errors, "heldAt", () -> Inputs.happened("heldAt", heldAtGiven instanceof Date d ? d.toInstant()
            : Inputs.instant("heldAt", heldAtGiven == null ? null : heldAtGiven.toString(), now), now, inquiry.receivedAt(), "the inquiry"));
        if (localClock != null && heldAtGiven instanceof String written && errors.getOrDefault("heldAt", "").contains("ISO-8601")) {
            // either shape a caller may write, the team's clock first (as the form's label writes it)
            errors.put("heldAt", "heldAt '" + written + "' is not a date and time: write yyyy-mm-dd hh:mm in the team's clock"
                + " (e.g. 2026-12-06 17:00), or ISO-8601 with offset (e.g. 2026-12-06T17:00:00+08:00)");
        }
        if (localZone != null && heldAtGiven instanceof Date at && errors.containsKey("heldAt")) {
            // written in the team's clock ("2026-12-09 10:00", as the form asks): refused in it too, not in UTC
            String written = "heldAt " + heldAt.toString().strip();
            String zone = " in the team's time zone " + localZone.getId();
            errors.put("heldAt", at.toInstant().isAfter(now)
                ? written + " lies in the future (now is " + TeamMoments.at(now, localZone) + zone + ")"
                : written + " lies before the inquiry (received " + TeamMoments.at(inquiry.receivedAt(), localZone) + zone + ")");
        }
        String who = participants == null || participants.toString().isBlank() ? null : participants.toString().strip();
        String unreadable = who == null ? null : Text.Check.unreadable("participants", who);
        if (who != null && who.length() > 1000) {
            errors.put("participants", "participants is longer than 1000 characters");
        } else if (unreadable != null) {
            errors.put("participants", unreadable);
        }
        Inputs.throwIfAny(errors);
        return new NewMeeting(inquiry, k, held, who);
    }

    /**
     * Needs and points are required; the actions come as the form's lines, each on a day not before today in
     * {@code teamZone}, the clock of the team that works the client, and one that the client and the team both work ({@code days}).
     */
    Minutes checkMinutes(Object needs, Object points, Object actionLines, Instant now, ZoneId teamZone, ActionDays days,
                         Map<String, String> names) {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = text(names.get("needs"), needs, "what the client needs", errors);
        String p = text(names.get("points"), points, "the points discussed", errors);
        List<NextAction> actions = NextAction.parseLines(names.get("actions"), actionLines, TeamToday.at(now, teamZone), days, errors);
        Inputs.throwIfAny(errors);
        return new Minutes(n, p, actions);
    }

    /** The same, with the API's list of actions. */
    Minutes checkMinutes(Object needs, Object points, List<Map<String, Object>> actions, Instant now, ZoneId teamZone, ActionDays days) {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = text("needs", needs, "what the client needs", errors);
        String p = text("points", points, "the points discussed", errors);
        List<NextAction> list = NextAction.parseList("actions", actions, TeamToday.at(now, teamZone), days, errors);
        Inputs.throwIfAny(errors);
        return new Minutes(n, p, list);
    }

    private static String text(String field, Object value, String what, Map<String, String> errors) {
        String t = value == null ? "" : value.toString().strip();
        if (t.isEmpty()) {
            errors.put(field, field + " is required: " + what);
        } else if (t.length() > MAX_TEXT) {
            errors.put(field, field + " is longer than " + MAX_TEXT + " characters");
        } else {
            Optional.ofNullable(Text.Check.unreadable(field, t)).ifPresent(problem -> errors.put(field, problem));
        }
        return t;
    }

    String insert(NewMeeting m, String id, String recordedBy, String processInstanceId, Instant minutesDue, Instant now) {
        jdbc.sql("""
                insert into journey_meeting (id, inquiry_id, kind, held_at, participants, recorded_by, minutes_due_at,
                                             process_instance_id, created_at)
                values (:id, :inquiry, :kind, :held, :participants, :by, :due, :pi, :now)""")
            .param("id", id).param("inquiry", m.inquiry().id()).param("kind", m.kind().name()).param("held", Timestamp.from(m.heldAt()))
            .param("participants", m.participants()).param("by", recordedBy)
            .param("due", Timestamp.from(minutesDue)).param("pi", processInstanceId)
            .param("now", Timestamp.from(now)).update();
        return id;
    }

    /** The minutes as written, kept when the minutes task is completed (the email goes out after, in a job of its own). */
    void minutesWritten(String meetingId, Minutes minutes) {
        jdbc.sql("update journey_meeting set needs = :needs, points = :points where id = :id")
            .param("needs", minutes.needs()).param("points", minutes.points()).param("id", meetingId)
            .update();
        jdbc.sql("delete from meeting_action where meeting_id = :id").param("id", meetingId).update();
        int position = 0;
        for (NextAction a : minutes.actions()) {
            jdbc.sql("insert into meeting_action (meeting_id, position, due_on, text) values (:id, :pos, :due, :text)")
                .param("id", meetingId).param("pos", position++).param("due", a.dueOn()).param("text", a.text()).update();
        }
    }

    /** The minutes' email is planned for the client. */
    void minutesSent(String meetingId, Instant at) {
        jdbc.sql("update journey_meeting set minutes_sent_at = :at where id = :id").param("at", Timestamp.from(at)).param("id", meetingId)
            .update();
    }

    public Optional<Meeting> byId(String id) {
        return jdbc.sql("select * from journey_meeting where id = :id").param("id", id).query(this::row).optional();
    }

    public List<Meeting> ofInquiry(String inquiryId) {
        return jdbc.sql("select * from journey_meeting where inquiry_id = :id order by held_at, id").param("id", inquiryId)
            .query(this::row).list();
    }

    List<NextAction> actions(String meetingId) {
        return jdbc.sql("select due_on, text from meeting_action where meeting_id = :id order by position").param("id", meetingId)
            .query((rs, n) -> new NextAction(rs.getDate("due_on").toLocalDate(), rs.getString("text"))).list();
    }

    NextAction action(String meetingId, int position) {
        return jdbc.sql("select due_on, text from meeting_action where meeting_id = :id and position = :pos")
            .param("id", meetingId).param("pos", position)
            .query((rs, n) -> new NextAction(rs.getDate("due_on").toLocalDate(), rs.getString("text"))).single();
    }

    private Meeting row(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("minutes_sent_at");
        Instant due = rs.getTimestamp("minutes_due_at").toInstant();
        Instant now = ClockUtil.now().toInstant();
        boolean late = sent == null ? now.isAfter(due) : sent.toInstant().isAfter(due);
        String id = rs.getString("id");
        return new Meeting(id, rs.getString("inquiry_id"), Kind.valueOf(rs.getString("kind")), rs.getTimestamp("held_at").toInstant(),
            rs.getString("participants"), rs.getString("recorded_by"), due, rs.getString("needs"), rs.getString("points"),
            sent == null ? null : sent.toInstant(), late, rs.getString("process_instance_id"), actions(id));
    }

    /** The variable names of the minutes task's form, for its errors. */
    static final Map<String, String> FORM_NAMES = Map.of("needs", Var.NEEDS, "points", Var.POINTS, "actions", Var.ACTIONS);
}
