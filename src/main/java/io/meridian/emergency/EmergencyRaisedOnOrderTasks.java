package io.meridian.emergency;

import io.meridian.process.ClientClocks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * An emergency raised on an order ({@code emergencyRaised}, the plan's start): every open task of the order names it at once in
 * its "Client last told" paragraph, no notice having gone yet, and who sends it. The order desk's "Update production progress",
 * made before the emergency, said nothing of it until the notice went, while the tasks made after it already did.
 */
@Component("emergencyRaisedOnOrderTasks")
class EmergencyRaisedOnOrderTasks implements ExecutionListener {

    private final ClientClocks clients;
    private final ClientToldOnOrderTasks told;

    EmergencyRaisedOnOrderTasks(ClientClocks clients, ClientToldOnOrderTasks told) {
        this.clients = clients;
        this.told = told;
    }

    @Override
    public void notify(DelegateExecution plan) {
        ClientClocks.Client client = clients.decide(plan, ClockUtil.now().toInstant());
        told.tellTheOrdersTasks(plan, client.teamZone(), client.zone());
    }
}
