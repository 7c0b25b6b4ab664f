package io.meridian.survey;

import java.util.List;

import io.meridian.system.AllowedGroups;
import io.meridian.system.Groups;
import io.meridian.system.OpenToDesks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/clients/{id}/surveys}: every evaluation of a client, oldest first;
 * {@code POST /api/clients/{id}/surveys}: a score the client gave (e.g. through the shop's survey
 * form). 404 for an unknown client or order, 400 for a score out of range or a detractor without a
 * category, 409 for an order not yet delivered (naming the cancellation of a cancelled one) or rated already, or for scores about
 * no order when the client gave such scores this quarter or in the last 30 days; scores about an order whose after-sales check-in
 * is open are that check-in's answer.
 */
@Tag(name = "Satisfaction surveys")
@RestController
@AllowedGroups({Groups.SALES, Groups.ORDER_DESK, Groups.LOGISTICS, Groups.SUPPORT, Groups.MANAGERS, Groups.INTEGRATIONS})
@OpenToDesks
class SurveyController {

    private final SurveyAnswers answers;

    SurveyController(SurveyAnswers answers) {
        this.answers = answers;
    }

    @Operation(summary = "A client's evaluations (check-ins, quarterly surveys, scores sent over the API)",
        description = "Oldest first, each with its scores, the complaint a detractor opened, and when the improvement report is due and went out.")
    @GetMapping("/api/clients/{id}/surveys")
    List<Surveys.Evaluation> list(@PathVariable String id) {
        return answers.list(id);
    }

    @Operation(summary = "Record a client's scores (NPS 0-10, CSAT 1-5, CES 1-7)",
        description = "Kept in the survey ledger; a detractor (NPS 0-6) must name complaintCategory and opens a complaint in it; "
            + "an improvement report is due within 72 hours; an open quarterly survey of the client ends. An orderId must be the "
            + "client's and delivered: one not yet delivered is a 409, a cancelled one a 409 naming the cancellation. An order is rated "
            + "once: scores about an order whose after-sales check-in is open complete that check-in (endedCheckIn), and scores about an "
            + "order rated already are a 409 naming the first answer (its time as an instant, as recordedAt). Scores about no order "
            + "in particular are the quarter's: one such answer per client and quarter, 30 days apart at least; a second is a 409 "
            + "naming the first. One answer of a client is checked and kept at a time, so two sent at once are one 201 and one 409.")
    @PostMapping("/api/clients/{id}/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyAnswers.Recorded record(@PathVariable String id, @Valid @RequestBody(required = false) SurveyAnswers.SurveyRequest request) {
        return answers.record(id, request);
    }
}
