package io.meridian.order;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import io.meridian.moments.TeamMoments;
import io.meridian.process.ClientClocks;
import io.meridian.system.ConflictException;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * Raises a production delay or logistics hold on a running fulfilment: the message {@code FulfilmentException} with the
 * kind and the description, which opens the emergency plan beside the fulfilment. One way for every reporter, so that a
 * hold reported by a system over the API and one reported on "Check delivery" open the same plan with the same records,
 * and are refused alike ({@link HoldOpenAlready}) when the same hold (the same place and reason) is still open: its plan
 * runs, and a second would send the client a second notice that the goods are held.
 */
@Component
class FulfilmentExceptions {

    /** What a hold from "Check delivery" says after its place and reason ({@link LogisticsHoldFromDeliveryCheck#description}). */
    private static final String CARRIER_EXPECTS = "; the carrier expects:";
    /** More exceptions than one order ever has open; a guard, not a page size anyone reaches. */
    private static final int MAX_OPEN = 100;

    private final RuntimeService runtime;
    private final HistoryService history;
    private final EngineReads engine;
    private final ClientClocks clocks;

    FulfilmentExceptions(RuntimeService runtime, HistoryService history, EngineReads engine, ClientClocks clocks) {
        this.runtime = runtime;
        this.history = history;
        this.engine = engine;
        this.clocks = clocks;
    }

    /** The same logistics hold reported again while its emergency plan still runs: a 409, and a form error on "Check delivery". */
    static class HoldOpenAlready extends ConflictException {
        HoldOpenAlready(String message) {
            super(message);
        }
    }

    /**
     * Raises {@code kind} with {@code description} on the fulfilment instance {@code fulfilmentId}, which must wait for it;
     * a logistics hold at the same place for the same reason as one still open is refused ({@link HoldOpenAlready}).
     */
    void raise(String fulfilmentId, OrderFulfilment.ExceptionKind kind, String description) {
        // the order desk and logistics report it too, who may not read or correlate the fulfilment in the engine: past the
        // caller's own check (the endpoint's groups, the task's candidate group), the server opens the plan as its own work
        engine.asSystem(() -> {
            if (kind == OrderFulfilment.ExceptionKind.LOGISTICS_HOLD) {
                sameHoldOpen(fulfilmentId, description).ifPresent(open -> {
                    throw new HoldOpenAlready(refusal(fulfilmentId, open));
                });
            }
            return runtime.createMessageCorrelation(OrderFulfilment.Message.FULFILMENT_EXCEPTION).processInstanceId(fulfilmentId)
                .setVariableLocal(OrderFulfilment.Var.EXCEPTION_KIND, kind.name())
                .setVariableLocal(OrderFulfilment.Var.EXCEPTION_DESCRIPTION, description.trim())
                .correlateWithResult();
        });
    }

    /** An open logistics hold: its description, and when it was raised (null when the history keeps no record of it). */
    record OpenHold(String description, Instant raisedAt) {
    }

    /** The logistics hold of the fulfilment whose plan still runs (its scope holds the kind) at the place and for the reason given. */
    private Optional<OpenHold> sameHoldOpen(String fulfilmentId, String description) {
        for (VariableInstance kind : runtime.createVariableInstanceQuery().processInstanceIdIn(fulfilmentId)
            .variableName(OrderFulfilment.Var.EXCEPTION_KIND).listPage(0, MAX_OPEN)) {
            if (!OrderFulfilment.ExceptionKind.LOGISTICS_HOLD.name().equals(kind.getValue())) {
                continue;
            }
            VariableInstance open = runtime.createVariableInstanceQuery().processInstanceIdIn(fulfilmentId)
                .executionIdIn(kind.getExecutionId()).variableName(OrderFulfilment.Var.EXCEPTION_DESCRIPTION).singleResult();
            if (open != null && open.getValue() != null && sameHold(open.getValue().toString(), description)) {
                HistoricVariableInstance raised = history.createHistoricVariableInstanceQuery().variableId(kind.getId()).singleResult();
                Date at = raised == null ? null : raised.getCreateTime();
                return Optional.of(new OpenHold(open.getValue().toString(), at == null ? null : at.toInstant()));
            }
        }
        return Optional.empty();
    }

    /**
     * The same hold: the same place and reason, whatever the carrier now expects ("Held at Port of Ningbo: the port is closed
     * by a typhoon" of a report from "Check delivery"), or the same words of a description posted without that form.
     */
    static boolean sameHold(String open, String reported) {
        return holdOf(open).equals(holdOf(reported));
    }

    private static String holdOf(String description) {
        String where = description;
        int expects = where.indexOf(CARRIER_EXPECTS);
        if (expects >= 0) {
            where = where.substring(0, expects);
        }
        String words = where.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return words.endsWith(".") ? words.substring(0, words.length() - 1).strip() : words;
    }

    private String refusal(String fulfilmentId, OpenHold open) {
        Object clientId = runtime.getVariable(fulfilmentId, ClientClocks.CLIENT_ID);
        ZoneId team = clientId == null ? clocks.clocks().team().zone() : clocks.teamOf(clientId.toString()).zone();
        return "this logistics hold is open already: \"" + open.description() + "\""
            + (open.raisedAt() == null ? "" : ", raised " + TeamMoments.withZone(open.raisedAt(), team))
            + ", and its emergency plan still runs: the client hears of it in that plan's exception notice. Reported again, the"
            + " client would get a second notice that the goods are held: note what the carrier says now without reporting a"
            + " hold, or report a hold at another place or for another reason";
    }
}
