package io.meridian.undelivered;

import java.util.List;

import io.meridian.client.ClientEmailChanged;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code email} variable of the running processes that hold a client's old address (a complaint copies it when it
 * starts, and plans its later emails to it): set to the new one, whether the team corrected an address that bounced or
 * changed the client's record. The server keeps its own state consistent, as the system: the user may not read the
 * client's other processes.
 */
@Component
class RunningProcessEmails {

    private static final Logger log = LoggerFactory.getLogger(RunningProcessEmails.class);
    private static final int MAX_RUNNING = 1000;

    private final RuntimeService runtime;
    private final EngineReads engine;

    RunningProcessEmails(RuntimeService runtime, EngineReads engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    /** A changed record's address, in the change's transaction. */
    @EventListener
    void changed(ClientEmailChanged change) {
        int moved = redirect(change.from(), change.to(), null);
        log.info("Client {} email changed: {} running process(es) now hold {}", change.clientId(), moved, change.to());
    }

    /**
     * Sets {@code address} where a running process other than {@code except} (may be null) holds {@code old}, in any case
     * (the record keeps addresses in lower case; a process started over engine-rest keeps what it was given); how many.
     */
    int redirect(String old, String address, String except) {
        return engine.asSystem(() -> {
            List<VariableInstance> held = runtime.createVariableInstanceQuery().variableName(UndeliveredEmail.Var.EMAIL)
                .variableValueEquals(UndeliveredEmail.Var.EMAIL, old).matchVariableValuesIgnoreCase().listPage(0, MAX_RUNNING);
            int moved = 0;
            for (VariableInstance variable : held) {
                if (!variable.getProcessInstanceId().equals(except)) {
                    runtime.setVariable(variable.getExecutionId(), UndeliveredEmail.Var.EMAIL, address);
                    moved++;
                }
            }
            return moved;
        });
    }
}
