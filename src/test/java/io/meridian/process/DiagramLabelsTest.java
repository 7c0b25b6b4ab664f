package io.meridian.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What Camunda Modeler shows of every diagram in {@code processes/} (issue 17): no label written
 * over another label, and no label over a task, event or gateway other than its own. (Labels in a
 * pool, lane or expanded sub-process are meant to be inside it.) bpmnlint checks the model, not
 * the drawing; {@code .ci/run} runs it.
 */
@RunsBeside
class DiagramLabelsTest {

    /** A label on the edge of another reads as touching, not as covering it. */
    private static final double TOUCH = 1.0;

    record Box(String owner, double x, double y, double width, double height) {

        static Box of(String owner, Bounds bounds) {
            return new Box(owner, bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        }

        boolean covers(Box other) {
            return x + TOUCH < other.x + other.width && other.x + TOUCH < x + width
                && y + TOUCH < other.y + other.height && other.y + TOUCH < y + height;
        }

        @Override
        public String toString() {
            return "%s (x %.0f, y %.0f, %.0f × %.0f)".formatted(owner, x, y, width, height);
        }
    }

    static Stream<String> diagrams() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:processes/*.bpmn");
        assertThat(found).as("the diagrams of processes/").hasSizeGreaterThan(5);
        return Arrays.stream(found).map(Resource::getFilename).sorted();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void noLabelCoversAnotherLabelOrAnotherElement(String diagram) {
        List<String> problems = overlaps(read(diagram));
        assertThat(problems).as(diagram).isEmpty();
    }

    /** The check itself finds a label moved onto another one and onto another element's shape. */
    @Test
    void aLabelMovedOverAnotherLabelOrAShapeIsFound() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("labels").startEvent("start").name("Inquiry received")
            .userTask("reply").name("Reply").exclusiveGateway("decide").name("Client decides?")
            .endEvent("end").name("Done").done();
        List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
        assertThat(overlaps(model)).as("the generated layout").isEmpty();

        BpmnShape start = shape(shapes, "start");
        BpmnShape decide = shape(shapes, "decide");
        BpmnShape reply = shape(shapes, "reply");
        Bounds onTheTask = label(model, start, 0, 0, 80, 14);
        label(model, decide, 0, 0, 80, 14);
        assertThat(overlaps(model)).singleElement().asString().contains("start", "decide");

        onTheTask.setX(reply.getBounds().getX() + 10);
        onTheTask.setY(reply.getBounds().getY() + 10);
        assertThat(overlaps(model)).singleElement().asString().contains("start", "reply");
    }

    static List<String> overlaps(BpmnModelInstance model) {
        List<Box> labels = new ArrayList<>();
        List<Box> shapes = new ArrayList<>();
        for (DiagramElement element : model.getModelElementsByType(DiagramElement.class)) {
            BaseElement owner = owner(element);
            String name = owner == null ? element.getId() : owner.getId();
            BpmnLabel label = element instanceof BpmnShape shape ? shape.getBpmnLabel()
                : element instanceof BpmnEdge edge ? edge.getBpmnLabel() : null;
            if (label != null && label.getBounds() != null) {
                labels.add(Box.of(name, label.getBounds()));
            }
            if (element instanceof BpmnShape shape && owner instanceof FlowNode && !(owner instanceof SubProcess)) {
                shapes.add(Box.of(name, shape.getBounds()));
            }
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Box label = labels.get(i);
            for (Box other : labels.subList(i + 1, labels.size())) {
                if (label.covers(other)) {
                    problems.add("the label of " + label + " covers the label of " + other);
                }
            }
            for (Box shape : shapes) {
                if (!shape.owner().equals(label.owner()) && label.covers(shape)) {
                    problems.add("the label of " + label + " covers the shape of " + shape);
                }
            }
        }
        return problems;
    }

    private static BaseElement owner(DiagramElement element) {
        if (element instanceof BpmnShape shape) {
            return shape.getBpmnElement();
        }
        return element instanceof BpmnEdge edge ? edge.getBpmnElement() : null;
    }

    private static BpmnModelInstance read(String diagram) {
        try (InputStream in = DiagramLabelsTest.class.getClassLoader().getResourceAsStream("processes/" + diagram)) {
            return Bpmn.readModelFromStream(Objects.requireNonNull(in, diagram));
        } catch (IOException e) {
            throw new IllegalStateException(diagram, e);
        }
    }

    private static BpmnShape shape(List<BpmnShape> shapes, String element) {
        return shapes.stream().filter(s -> s.getBpmnElement().getId().equals(element)).findFirst().orElseThrow();
    }

    /** Gives the shape a label at these bounds (the generated layout has none). */
    private static Bounds label(BpmnModelInstance model, BpmnShape shape, double x, double y, double width, double height) {
        BpmnLabel label = model.newInstance(BpmnLabel.class);
        Bounds bounds = model.newInstance(Bounds.class);
        bounds.setX(x);
        bounds.setY(y);
        bounds.setWidth(width);
        bounds.setHeight(height);
        label.setBounds(bounds);
        shape.setBpmnLabel(label);
        return bounds;
    }
}
