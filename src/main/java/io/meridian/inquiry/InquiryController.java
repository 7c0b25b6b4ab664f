package io.meridian.inquiry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import io.meridian.system.AllowedGroups;
import io.meridian.desk.DeskAccess;
import io.meridian.system.Groups;
import io.meridian.system.OpenToDesks;
import io.meridian.system.ReadsRecords;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@Tag(name = "Inquiries")
@RestController
@RequestMapping("/api/inquiries")
class InquiryController {

    private final InquiryService inquiries;
    private final DeskAccess desks;

    InquiryController(InquiryService inquiries, DeskAccess desks) {
        this.inquiries = inquiries;
        this.desks = desks;
    }

    @Operation(summary = "Start a client journey",
        description = "Records the client (matched by email) and the inquiry and starts the journey inquiry → quote → order → fulfilment → after-sales. 201 for a new inquiry, with its GET path in Location; 200 with the first answer when an inquiry with the same externalRef is sent again.")
    @PostMapping
    @AllowedGroups(Groups.INTEGRATIONS)
    ResponseEntity<InquiryService.Started> start(@Valid @RequestBody InquiryRequest request) {
        InquiryService.Started started = inquiries.start(NewInquiry.of(request, InquiryService.now()));
        if (!started.created()) {
            return ResponseEntity.ok(started);
        }
        // a relative reference (RFC 9110, 10.2.2): right behind any proxy, whatever host the caller used
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/inquiries/{id}").buildAndExpand(started.id()).encode().toUri())
            .body(started);
    }

    @Operation(summary = "An inquiry and its journey",
        description = "The inquiry, its client, the order it grew into as it stands now (null: none), the journey's current steps "
            + "and the etiquette that guides them. An inquiry whose journey was deleted before any order (Cockpit, "
            + "DELETE /engine-rest/process-instance/{id}) is LOST, and journeyDeleted says when, by whom, the reason given and "
            + "when the server noticed (at once with the journey's listeners; without them before a client email about it goes "
            + "out, at the periodic check or at the start); null for every other inquiry.")
    @GetMapping("/{id}")
    @ReadsRecords
    @OpenToDesks
    InquiryService.InquiryView get(@PathVariable String id) {
        InquiryService.InquiryView view = inquiries.view(id);
        desks.check(view.inquiry().clientId(), "inquiry '" + id + "'");
        return view;
    }

    @Operation(summary = "Record the client's answer to the quote",
        description = "ACCEPTED opens the order, DECLINED with an objection asks sales to handle it; refused (409) unless the journey waits for the answer. "
            + "While the quote email has not gone out (it waits for the client's business hours, or is due and goes with the "
            + "outbox's next round), quoteEmail says when it goes out (the emails about the order go after it).")
    @PostMapping("/{id}/client-response")
    @AllowedGroups(Groups.INTEGRATIONS)
    InquiryService.ClientResponded clientResponse(@PathVariable String id, @Valid @RequestBody ClientResponseRequest request) {
        return inquiries.clientResponse(id, request);
    }
}
