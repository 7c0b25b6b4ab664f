package io.meridian.system;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses a BPMN that carries a script anywhere: a script task, a script listener or
 * input/output mapping ({@code camunda:script}), or a condition written in a script language.
 * Logic belongs in Spring beans and Drools tables, where it is reviewed and tested; a script
 * in a model is code that anyone able to deploy can run inside the server.
 */
class ScriptRefusal extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        refuseScripts(processElement);
    }

    private static void refuseScripts(Element element) {
        String tag = element.getTagName();
        if ("scriptTask".equals(tag)) {
            throw refusal("script task '" + element.attribute("id") + "' is not allowed: use a service task with a Spring bean", element);
        }
        if ("script".equals(tag)) {
            throw refusal("scripts are not allowed (listeners, input/output mappings): use a Spring bean or an expression", element);
        }
        if (element.attribute("language") != null || element.attribute("scriptFormat") != null) {
            throw refusal("'" + tag + "' in a script language is not allowed: use an expression such as ${approved}", element);
        }
        for (Element child : element.elements()) {
            refuseScripts(child);
        }
    }

    private static BpmnParseException refusal(String message, Element element) {
        return new BpmnParseException(message, element);
    }
}
