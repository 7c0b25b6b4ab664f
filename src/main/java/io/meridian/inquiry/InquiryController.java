package io.meridian.inquiry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import io.meridian.system.AllowedGroups;
import io.meridian.system.Groups;
import io.meridian.system.ReadsRecords;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Inquiries")
@RestController
@RequestMapping("/api/inquiries")
class InquiryController {

    private static final java.util.Set<String> CLIENT_FIELDS = java.util.Set.of(Var.COMPANY, Var.CONTACT_NAME, Var.EMAIL,
        Var.COUNTRY, Var.TIME_ZONE, Var.LANGUAGE, Var.TIER, Var.PREFERRED_CHANNEL, Var.MAIN_CATEGORY, Var.PURCHASE_CYCLE, Var.GIVEN_NAME, Var.FAMILY_NAME, Var.SALUTATION, Var.TITLE);

    private final InquiryService inquiries;

    InquiryController(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @Operation(summary = "Start a client journey",
        description = "Records the client (matched by email) and the inquiry and starts the journey inquiry → quote → order → fulfilment → after-sales. 201 for a new inquiry; 200 with the first answer when an inquiry with the same externalRef is sent again.")
    @PostMapping
    @AllowedGroups(Groups.INTEGRATIONS)
    ResponseEntity<InquiryService.Started> start(@RequestBody InquiryRequest request) {
        Map<String, String> missing = new java.util.LinkedHashMap<>();
        if (request.client() == null) {
            missing.put("client", "client is required (company, contactName, email, country, ...)");
        }
        if (request.inquiry() == null) {
            missing.put("inquiry", "inquiry is required (product, quantity, ...)");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        NewInquiry inquiry = NewInquiry.from(variables(request),
            v -> (CLIENT_FIELDS.contains(v) ? "client." : "inquiry.") + v, InquiryService.now());
        InquiryService.Started started = inquiries.start(inquiry);
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started);
    }

    @Operation(summary = "An inquiry and its journey",
        description = "The inquiry, its client, the journey's current steps and the etiquette that guides them.")
    @GetMapping("/{id}")
    @ReadsRecords
    InquiryService.InquiryView get(@PathVariable String id) {
        return inquiries.view(id);
    }

    @Operation(summary = "Record the client's answer to the quote",
        description = "ACCEPTED opens the order, DECLINED with an objection asks sales to handle it; refused (409) unless the journey waits for the answer.")
    @PostMapping("/{id}/client-response")
    @AllowedGroups(Groups.INTEGRATIONS)
    InquiryService.ClientResponded clientResponse(@PathVariable String id, @RequestBody ClientResponseRequest request) {
        return inquiries.clientResponse(id, request);
    }

    private static Map<String, Object> variables(InquiryRequest r) {
        InquiryRequest.ClientPart c = r.client();
        InquiryRequest.InquiryPart i = r.inquiry();
        Map<String, Object> v = new HashMap<>();
        v.put(Var.COMPANY, c.company());
        v.put(Var.CONTACT_NAME, c.contactName());
        v.put(Var.EMAIL, c.email());
        v.put(Var.COUNTRY, c.country());
        v.put(Var.TIME_ZONE, c.timeZone());
        v.put(Var.LANGUAGE, c.language());
        v.put(Var.TIER, c.tier());
        v.put(Var.PREFERRED_CHANNEL, c.preferredChannel());
        v.put(Var.MAIN_CATEGORY, c.mainCategory());
        v.put(Var.PURCHASE_CYCLE, c.purchaseCycle());
        v.put(Var.GIVEN_NAME, c.givenName());
        v.put(Var.FAMILY_NAME, c.familyName());
        v.put(Var.SALUTATION, c.salutation());
        v.put(Var.TITLE, c.title());
        v.put(Var.PRODUCT, i.product());
        v.put(Var.QUANTITY, i.quantity());
        v.put(Var.MESSAGE, i.message());
        v.put(Var.RECEIVED_AT, i.receivedAt());
        v.put(Var.CHANNEL, i.channel());
        v.put(Var.EXTERNAL_REF, i.externalRef());
        return v;
    }
}
