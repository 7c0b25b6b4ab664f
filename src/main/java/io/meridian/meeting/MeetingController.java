package io.meridian.meeting;

import java.util.List;

import io.meridian.system.AllowedGroups;
import io.meridian.system.Groups;
import io.meridian.system.OpenToDesks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Negotiation talks on a journey: {@code POST /api/inquiries/{id}/meetings} records one (the minutes
 * task opens, due 24 hours after the talk), {@code POST .../meetings/{meetingId}/minutes} writes the
 * minutes (emailed to the client; each next action a task on its date), {@code GET .../meetings}
 * lists them. 404 unknown inquiry or meeting, 400 bad input (past action dates, no actions, a talk in
 * the future), 409 a lost inquiry or minutes already written. A desk's member works the talks of their own desk's
 * clients; another desk's client is a 403 naming its desk.
 */
@Tag(name = "Negotiation meetings")
@RestController
@AllowedGroups({Groups.SALES, Groups.MANAGERS, Groups.INTEGRATIONS})
@OpenToDesks
class MeetingController {

    private final MeetingService service;

    MeetingController(MeetingService service) {
        this.service = service;
    }

    @Operation(summary = "Record a negotiation call or meeting on a journey",
        description = "kind CALL (default), VIDEO or MEETING; heldAt (ISO-8601 with offset, e.g. 2026-12-06T17:00:00+01:00, or without one, e.g. 2026-12-06 17:00 or 2026-12-06T17:00:00, in the clock of the team that works the client (its desk's); default now, not in the future); participants. "
            + "Opens the task \"Write the minutes\" for sales, due 24 hours after the talk.")
    @PostMapping("/api/inquiries/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    Meetings.Meeting record(@PathVariable String id, @RequestBody(required = false) MeetingService.MeetingRequest request) {
        return service.record(id, request);
    }

    @Operation(summary = "Write the minutes of a talk",
        description = "needs, points and at least one action {\"dueOn\": \"yyyy-mm-dd\", \"text\"} on a day that has not passed. "
            + "Completes the minutes task: the minutes go to the client by email and each action becomes a task on its date.")
    @PostMapping("/api/inquiries/{id}/meetings/{meetingId}/minutes")
    Meetings.Meeting minutes(@PathVariable String id, @PathVariable String meetingId,
                             @RequestBody(required = false) MeetingService.MinutesRequest request) {
        return service.minutes(id, meetingId, request);
    }

    @Operation(summary = "The talks recorded on a journey, oldest first, with their minutes and next actions")
    @GetMapping("/api/inquiries/{id}/meetings")
    List<Meetings.Meeting> list(@PathVariable String id) {
        return service.list(id);
    }
}
