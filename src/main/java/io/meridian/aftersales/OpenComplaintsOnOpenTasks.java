package io.meridian.aftersales;

import java.time.ZoneId;
import java.util.Optional;

import io.meridian.complaint.ComplaintLedger;
import io.meridian.complaint.ComplaintOpened;
import io.meridian.complaint.ComplaintResolved;
import io.meridian.inquiry.ClientJourney;
import io.meridian.order.OrderFulfilment;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientVariables;
import io.meridian.process.TaskGuidance;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A complaint opened or resolved while the client's order or journey has open tasks reaches them, in the complaint's
 * transaction: their briefing's open complaints' paragraph ({@link ClientHistoryBriefing}) is written anew from the ledger,
 * so that the order desk about to send a cheerful stock-ready notice reads of the crisis complaint opened an hour ago, and
 * no longer of one the client has confirmed resolved. The rest of each briefing stays as it is.
 */
@Component
class OpenComplaintsOnOpenTasks {

    private static final Logger log = LoggerFactory.getLogger(OpenComplaintsOnOpenTasks.class);
    /** More open tasks than one client ever has; a guard, not a page size anyone reaches. */
    private static final int MAX_OPEN_TASKS = 1000;

    private final TaskService tasks;
    private final EngineReads engine;
    private final ComplaintLedger complaints;
    private final ClientClocks clocks;

    OpenComplaintsOnOpenTasks(TaskService tasks, EngineReads engine, ComplaintLedger complaints, ClientClocks clocks) {
        this.tasks = tasks;
        this.engine = engine;
        this.complaints = complaints;
        this.clocks = clocks;
    }

    @EventListener
    void opened(ComplaintOpened opened) {
        rewrite(opened.clientId(), opened.complaintId());
    }

    @EventListener
    void resolved(ComplaintResolved resolved) {
        complaints.byId(resolved.complaintId()).ifPresent(c -> rewrite(c.clientId(), c.id()));
    }

    private void rewrite(String clientId, String complaintId) {
        // the opening day in the clock the tasks were written on: the client's desk's, else the team's
        ZoneId teamZone = clocks.teamOf(clientId).zone();
        Optional<String> paragraph = ClientHistoryBriefing.openComplaints(complaints.openOfClient(clientId), teamZone);
        // the server keeps its own tasks consistent, as the system: whoever opened the complaint may not read the order's tasks
        int rewritten = engine.asSystem(() -> {
            int n = 0;
            for (Task task : tasks.createTaskQuery().processDefinitionKeyIn(OrderFulfilment.KEY, ClientJourney.KEY)
                .processVariableValueEquals(ClientClocks.CLIENT_ID, clientId).listPage(0, MAX_OPEN_TASKS)) {
                if (tasks.getVariableLocal(task.getId(), ClientVariables.BRIEFING) instanceof String briefing && !briefing.isBlank()) {
                    String anew = TaskGuidance.cut(ClientHistoryBriefing.withOpenComplaints(briefing, paragraph));
                    if (!anew.equals(briefing)) {
                        tasks.setVariableLocal(task.getId(), ClientVariables.BRIEFING, anew);
                        n++;
                    }
                }
            }
            return n;
        });
        log.info("Complaint {} of client {}: the open complaints written anew on {} open task(s)", complaintId, clientId, rewritten);
    }
}
