package io.meridian.order;

import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Raises a production delay or logistics hold on a running fulfilment: the message {@code FulfilmentException} with the
 * kind and the description, which opens the emergency plan beside the fulfilment. One way for every reporter, so that a
 * hold reported by a system over the API and one reported on "Check delivery" open the same plan with the same records.
 */
@Component
class FulfilmentExceptions {

    private final RuntimeService runtime;
    private final EngineReads engine;

    FulfilmentExceptions(RuntimeService runtime, EngineReads engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    /** Raises {@code kind} with {@code description} on the fulfilment instance {@code fulfilmentId}, which must wait for it. */
    void raise(String fulfilmentId, OrderFulfilment.ExceptionKind kind, String description) {
        // the order desk and logistics report it too, who may not read or correlate the fulfilment in the engine: past the
        // caller's own check (the endpoint's groups, the task's candidate group), the server opens the plan as its own work
        engine.asSystem(() -> runtime.createMessageCorrelation(OrderFulfilment.Message.FULFILMENT_EXCEPTION).processInstanceId(fulfilmentId)
            .setVariableLocal(OrderFulfilment.Var.EXCEPTION_KIND, kind.name())
            .setVariableLocal(OrderFulfilment.Var.EXCEPTION_DESCRIPTION, description.trim())
            .correlateWithResult());
    }
}
