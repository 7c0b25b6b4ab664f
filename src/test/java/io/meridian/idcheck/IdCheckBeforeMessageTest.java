package io.meridian.idcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's entity manager writes out an entity for a refused id only when the id is refused, and
 * refuses the ids the engine refuses, with the engine's own message.
 */
@MeridianTest
class IdCheckBeforeMessageTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;

    /** An entity that counts how often it was written out: only a refusal's message needs it. */
    static final class Probe implements DbEntity {
        private String id;
        private int printed;

        Probe(String id) {
            this.id = id;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public void setId(String id) {
            this.id = id;
        }

        @Override
        public Object getPersistentState() {
            return id;
        }

        @Override
        public String toString() {
            printed++;
            return "Probe[" + id + "]";
        }
    }

    @Test
    void aValidIdIsNotWrittenOutForAMessage() {
        DbEntityManager manager = new IdCheckBeforeMessage.Manager(() -> "generated", null);
        Probe given = new Probe("a-valid-id");
        Probe generated = new Probe(null);
        manager.insert(given);
        manager.insert(generated);
        assertThat(manager.getCachedEntity(Probe.class, "a-valid-id")).as("inserted").isSameAs(given);
        assertThat(manager.getCachedEntity(Probe.class, "generated")).as("inserted with the id the engine made").isSameAs(generated);
        assertThat(given.printed + generated.printed).as("times the entities were written out").isZero();
        // Camunda's own manager writes the entity out for every insert
        Probe camundas = new Probe("a-valid-id");
        new DbEntityManager(() -> "generated", null).insert(camundas);
        assertThat(camundas.printed).as("times Camunda's manager wrote it out").isEqualTo(1);
    }

    @Test
    void theWildcardIsRefusedAsTheEngineRefusesIt() {
        ProcessEngineException ours = catchThrowableOfType(ProcessEngineException.class,
            () -> new IdCheckBeforeMessage.Manager(() -> "*", null).insert(new Probe("*")));
        ProcessEngineException camundas = catchThrowableOfType(ProcessEngineException.class,
            () -> new DbEntityManager(() -> "*", null).insert(new Probe("*")));
        assertThat(camundas).isNotNull();
        assertThat(ours).isNotNull().hasMessage(camundas.getMessage()).hasMessageContaining("Probe[*]", "reserved identifier");
        ProcessEngineException generated = catchThrowableOfType(ProcessEngineException.class,
            () -> new IdCheckBeforeMessage.Manager(() -> "*", null).insert(new Probe(null)));
        assertThat(generated).as("an id the generator made is checked too").hasMessageContaining("reserved identifier");
    }

    @Test
    void theEngineInsertsWithThisManager() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getSessionFactories().get(DbEntityManager.class)).isInstanceOf(IdCheckBeforeMessage.Factory.class);
        Command<DbEntityManager> open = context -> context.getDbEntityManager();
        assertThat(configuration.getCommandExecutorTxRequired().execute(open)).isInstanceOf(IdCheckBeforeMessage.Manager.class);
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("idCheck").count() == 0) {
            engine.getRepositoryService().createDeployment().name("idCheck").addModelInstance("idCheck.bpmn",
                Bpmn.createExecutableProcess("idCheck").camundaHistoryTimeToLive(1).startEvent().endEvent().done()).deploy();
        }
        String id = runtime.startProcessInstanceByKey("idCheck").getId();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).finished().count())
            .as("a start inserts its history through it").isEqualTo(1);
    }
}
