package io.meridian.inquiry;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers {@link JourneyFacts} with the BPMN parser, so every deployed step reads the facts from the ledgers. */
@Component
class JourneyFactsPlugin extends AbstractProcessEnginePlugin {

    private final JourneyFacts facts;

    JourneyFactsPlugin(JourneyFacts facts) {
        this.facts = facts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(JourneyFacts.parseListener(facts));
    }
}
