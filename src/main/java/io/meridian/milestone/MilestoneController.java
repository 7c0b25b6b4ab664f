package io.meridian.milestone;

import java.util.List;

import io.meridian.system.AllowedGroups;
import io.meridian.system.Groups;
import io.meridian.system.OpenToDesks;
import io.meridian.system.ReadsRecords;
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
 * Key milestones of an order: {@code POST /api/orders/{id}/milestones} plans one (the checklist goes to the
 * client three of their working days before, with a task for the order desk due at the milestone),
 * {@code POST .../milestones/{milestoneId}/confirmation} records the client's confirmation (completes the task),
 * {@code GET .../milestones} lists them with their state. 404 unknown order or milestone, 400 bad input (a day
 * that has passed for the client, an empty name or checklist item), 409 a delivered order (naming the day of the
 * delivery), an order that ended without a delivery, a milestone confirmed or withdrawn already. The delivery withdraws the
 * milestones still waiting ({@link WithdrawMilestonesOnDelivery}), as does a cancelled fulfilment or journey
 * ({@link WithdrawMilestonesOnOrderEnd}).
 */
@Tag(name = "Order milestones")
@RestController
@AllowedGroups({Groups.ORDER_DESK, Groups.SALES, Groups.MANAGERS, Groups.INTEGRATIONS})
@OpenToDesks
class MilestoneController {

    private final MilestoneService service;

    MilestoneController(MilestoneService service) {
        this.service = service;
    }

    @Operation(summary = "Plan a key milestone of an order",
        description = "name, dueOn (the day, in the client's calendar: the milestone is the opening of their business that day) and "
            + "checklist (what the client confirms, one item each). Three of the client's working days before the milestone the checklist goes to the client by "
            + "email and the order desk gets the task \"Confirm the milestone\", due at the milestone; without a confirmation it "
            + "escalates like any late task. A day the client does not work (their weekend, a public holiday closing them) is a 400; "
            + "a delivered order a 409 naming the day of the delivery (the delivery withdraws the milestones still waiting; a "
            + "milestone sent while the delivery is written waits for it), an order that ended without a delivery (its fulfilment "
            + "or journey cancelled) a 409 naming the cancellation (one deleted without its listeners and not noticed yet is CANCELLED "
            + "then, for good).")
    @PostMapping("/api/orders/{id}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    Milestones.Milestone add(@PathVariable String id, @RequestBody MilestoneRequests.NewMilestone request) {
        // no @Valid: the service checks the fields and what needs the order's client (the day) together, in one answer
        return service.add(id, request);
    }

    @Operation(summary = "Record the client's confirmation of a milestone's checklist",
        description = "Completes the order desk's task; before the checklist went out, no checklist is sent. 409 after a confirmation, "
            + "for a milestone withdrawn at the delivery or at its order's end without a delivery (the answer names it; an order whose "
            + "process was deleted without its listeners is CANCELLED then, for good), or on a delivered order.")
    @PostMapping("/api/orders/{id}/milestones/{milestoneId}/confirmation")
    Milestones.Milestone confirm(@PathVariable String id, @PathVariable String milestoneId,
                                 @Valid @RequestBody(required = false) MilestoneRequests.Confirmation request) {
        return service.confirm(id, milestoneId, request);
    }

    @Operation(summary = "The key milestones of an order, by date, with their state (PLANNED, ASKED, OVERDUE, CONFIRMED, "
        + "WITHDRAWN: the order was delivered or ended without a delivery first, withdrawalReason says when and how)")
    @GetMapping("/api/orders/{id}/milestones")
    @ReadsRecords
    List<Milestones.Milestone> list(@PathVariable String id) {
        return service.list(id);
    }
}
