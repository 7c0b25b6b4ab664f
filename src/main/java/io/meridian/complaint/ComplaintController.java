package io.meridian.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.system.AllowedGroups;
import io.meridian.system.Groups;
import io.meridian.system.ReadsRecords;
import io.meridian.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Complaints from other systems (a CRM, the web shop) and from the support desk. */
@Tag(name = "Complaints")
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private static final Set<String> CLIENT_FIELDS = Set.of(Var.COMPANY, Var.CONTACT_NAME, Var.EMAIL, Var.COUNTRY,
        Var.TIME_ZONE, Var.LANGUAGE, Var.TIER, Var.PREFERRED_CHANNEL, Var.MAIN_CATEGORY);

    private final ComplaintService complaints;

    ComplaintController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Operation(summary = "Open a complaint",
        description = "Classified by the complaint-handling table (severity, clocks for acknowledgement, interim solution and root cause) and handled by support.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedGroups({Groups.INTEGRATIONS, Groups.SUPPORT, Groups.SALES, Groups.MANAGERS})
    ComplaintService.Opened open(@RequestBody ComplaintRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "a complaint is required");
        }
        return complaints.open(variables(request), v -> CLIENT_FIELDS.contains(v) ? "client." + v : v);
    }

    @Operation(summary = "A complaint",
        description = "The complaint with its classification, current steps and due times.")
    @GetMapping("/{id}")
    @ReadsRecords
    ComplaintService.ComplaintView get(@PathVariable String id) {
        return complaints.view(id);
    }

    @Operation(summary = "Record the client's verdict",
        description = "Satisfied closes the complaint; not satisfied sends it back for another fix. Refused (409) unless the complaint waits for it.")
    @PostMapping("/{id}/client-confirmation")
    @AllowedGroups({Groups.INTEGRATIONS, Groups.SUPPORT, Groups.MANAGERS})
    ComplaintService.Confirmed confirm(@PathVariable String id, @RequestBody ComplaintConfirmationRequest request) {
        return complaints.confirm(id, request == null ? null : request.satisfied(), request == null ? null : request.comment());
    }

    private static Map<String, Object> variables(ComplaintRequest r) {
        Map<String, Object> v = new HashMap<>();
        ComplaintRequest.ClientPart c = r.client();
        if (c != null) {
            v.put(Var.COMPANY, c.company());
            v.put(Var.CONTACT_NAME, c.contactName());
            v.put(Var.EMAIL, c.email());
            v.put(Var.COUNTRY, c.country());
            v.put(Var.TIME_ZONE, c.timeZone());
            v.put(Var.LANGUAGE, c.language());
            v.put(Var.TIER, c.tier());
            v.put(Var.PREFERRED_CHANNEL, c.preferredChannel());
            v.put(Var.MAIN_CATEGORY, c.mainCategory());
        }
        v.put(Var.ORDER_ID, r.orderId());
        v.put(Var.INQUIRY_ID, r.inquiryId());
        v.put(Var.CATEGORY, r.category());
        v.put(Var.WORDING, r.wording());
        v.put(Var.DESCRIPTION, r.description());
        v.put(Var.RECEIVED_AT, r.receivedAt());
        return v;
    }
}
