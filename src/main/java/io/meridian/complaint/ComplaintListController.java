package io.meridian.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

import io.meridian.desk.DeskAccess;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.PlannedMessage;
import io.meridian.system.ListQuery;
import io.meridian.system.OpenToDesks;
import io.meridian.system.Page;
import io.meridian.system.ReadsRecords;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complaint list and the emails planned and sent for one complaint, for whoever may read complaints; a desk's member
 * lists their own desk's clients' complaints and reads their emails (another desk's: 403 naming its desk).
 */
@Tag(name = "Complaints")
@RestController
@RequestMapping("/api/complaints")
@ReadsRecords
@OpenToDesks
class ComplaintListController {

    private final ComplaintLedger ledger;
    private final Outbox outbox;
    private final DeskAccess desks;

    ComplaintListController(ComplaintLedger ledger, Outbox outbox, DeskAccess desks) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.desks = desks;
    }

    @Operation(summary = "List complaints",
        description = "Newest first, filtered by status, country, client (id or email) and opening time, one page at a time. "
            + "A desk's member sees the complaints of their own desk's clients.")
    @GetMapping
    Page<ComplaintLedger.Listed> list(@RequestParam MultiValueMap<String, String> query) {
        return ledger.list(desks.narrow(ListQuery.parse(query, ComplaintRecord.Status.class)));
    }

    @Operation(summary = "A complaint's client emails",
        description = "Every email the outbox planned or sent for this complaint, with its status and planned time.")
    @GetMapping("/{id}/messages")
    List<PlannedMessage> messages(@PathVariable String id) {
        ComplaintRecord record = ledger.byId(id).orElseThrow(() -> ledger.notFound(id));
        desks.check(record.clientId(), "complaint '" + id + "'");
        return outbox.plannedFor(id);
    }
}
