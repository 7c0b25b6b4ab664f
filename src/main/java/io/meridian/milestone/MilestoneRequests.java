package io.meridian.milestone;

import java.util.List;

import io.meridian.system.IsoDate;
import io.meridian.system.Text;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/** Bodies of the milestone endpoints, checked once by Bean Validation; what needs the order and the clocks {@link MilestoneService} checks. */
final class MilestoneRequests {

    /** Items a checklist may hold, and the length of one: together they fit the ledger's 4000 characters. */
    static final int MAX_ITEMS = 12;
    static final int MAX_ITEM = 300;
    static final String CHECKLIST = "what the client is asked to confirm, one item each (e.g. \"Samples approved in writing\")";

    private MilestoneRequests() {
    }

    /**
     * A key milestone: its name, the day it falls on (in the client's calendar: the milestone is the opening
     * of the client's business that day) and what the client is asked to confirm, one item each.
     */
    record NewMilestone(@Text(required = true, max = 200) String name,
                        @NotBlank(message = "[field] is required (ISO-8601 date, e.g. 2027-03-10)") @IsoDate String dueOn,
                        // its items are checked with the order's other checks (MilestoneService.checklist), described here
                        @NotEmpty(message = "[field] is required: " + CHECKLIST) @ArraySchema(minItems = 1, maxItems = MAX_ITEMS,
                            schema = @Schema(minLength = 1, maxLength = MAX_ITEM)) List<String> checklist) {
    }

    /** The client confirmed the checklist: who confirmed (the client's person) and anything they added. */
    record Confirmation(@Text(max = 200) String confirmedBy, @Text(max = 4000) String note) {
    }
}
