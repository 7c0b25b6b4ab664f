package io.meridian.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.meridian.desk.DeskAccess;
import io.meridian.system.AllowedGroups;
import io.meridian.system.Groups;
import io.meridian.system.OpenToDesks;
import io.meridian.system.ReadsRecords;
import io.meridian.system.InvalidInputException;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Complaints from other systems (a CRM, the web shop) and from the support desk. */
@Tag(name = "Complaints")
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final ComplaintService complaints;
    private final DeskAccess desks;

    ComplaintController(ComplaintService complaints, DeskAccess desks) {
        this.complaints = complaints;
        this.desks = desks;
    }

    @Operation(summary = "Open a complaint",
        description = "Classified by the complaint-handling table (severity, clocks for acknowledgement, interim solution and root cause) and handled by support. 201 with the complaint's GET path in Location. "
            + "A desk's member opens complaints for their own desk's recorded clients (by orderId, inquiryId or the client's email).")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No order or inquiry with the `orderId` or `inquiryId` given; `detail` names it")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedGroups({Groups.INTEGRATIONS, Groups.SUPPORT, Groups.SALES, Groups.MANAGERS})
    @OpenToDesks
    ResponseEntity<ComplaintService.Opened> open(@Valid @RequestBody ComplaintRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "a complaint is required");
        }
        ComplaintService.Opened opened = complaints.open(request);
        // a relative reference (RFC 9110, 10.2.2): right behind any proxy, whatever host the caller used
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/complaints/{id}").buildAndExpand(opened.id()).encode().toUri())
            .body(opened);
    }

    @Operation(summary = "A complaint",
        description = "The complaint with its classification, current steps and due times. "
            + "A desk's member reads their own desk's clients' complaints.")
    @GetMapping("/{id}")
    @ReadsRecords
    @OpenToDesks
    ComplaintService.ComplaintView get(@PathVariable String id) {
        ComplaintService.ComplaintView view = complaints.view(id);
        desks.check(view.complaint().clientId(), "complaint '" + id + "'");
        return view;
    }

    @Operation(summary = "Record the client's verdict",
        description = "Satisfied closes the complaint; not satisfied sends it back for another fix. Refused (409) unless the complaint waits for it, "
            + "while the root-cause fix email still waits for the client's business hours (the 409 says when it goes out), "
            + "and while that email is not delivered and the team has not settled it (the 409 names the failure).")
    @PostMapping("/{id}/client-confirmation")
    @AllowedGroups({Groups.INTEGRATIONS, Groups.SUPPORT, Groups.MANAGERS})
    ComplaintService.Confirmed confirm(@PathVariable String id, @Valid @RequestBody ComplaintConfirmationRequest request) {
        if (request == null) {
            throw new InvalidInputException("satisfied", "satisfied is required (true or false)");
        }
        return complaints.confirm(id, request.satisfied(), request.comment());
    }
}
