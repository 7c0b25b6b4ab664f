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
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What Camunda Modeler shows of every diagram in {@code processes/} (issue 17): no label written
 * over another label, over a task, event or gateway other than its own, or across a sequence flow,
 * and no label whose text runs out of its box (the Modeler writes 11 px Arial, about
 * {@value #CHARACTER_WIDTH} px a character, {@value #LINE_HEIGHT} px a line, breaking at spaces).
 * (Labels in a pool, lane or expanded sub-process are meant to be inside it.) Every named event, gateway and
 * sequence flow has its label's bounds in the diagram, as the Modeler writes them when it saves:
 * without them it places the label itself, where this check cannot see it. bpmnlint checks the
 * model, not the drawing; {@code .ci/run} runs it.
 */
@RunsBeside
class DiagramLabelsTest {

    /** A label on the edge of another reads as touching, not as covering it. */
    private static final double TOUCH = 1.0;
    static final double CHARACTER_WIDTH = 7.0;
    static final double LINE_HEIGHT = 14.0;

    record Box(String owner, double x, double y, double width, double height) {

        static Box of(String owner, Bounds bounds) {
            return new Box(owner, bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        }

        /** Whether the segment from (x1, y1) to (x2, y2) runs through the inside of this box. */
        boolean crossedBy(double x1, double y1, double x2, double y2) {
            for (int step = 0; step <= 100; step++) {
                double px = x1 + (x2 - x1) * step / 100;
                double py = y1 + (y2 - y1) * step / 100;
                if (px > x + TOUCH && px < x + width - TOUCH && py > y + TOUCH && py < y + height - TOUCH) {
                    return true;
                }
            }
            return false;
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
        BpmnModelInstance model = read(diagram);
        assertThat(unplaced(model)).as("%s: named elements whose label has no bounds", diagram).isEmpty();
        assertThat(overlaps(model)).as(diagram).isEmpty();
    }

    /** A label put across the flow that leaves its event, too narrow for its text, is found twice over. */
    @Test
    void aFlowThroughALabelAndATextTooLongForItsBoxAreFound() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("crossed").startEvent("start").name("Inquiry received")
            .userTask("reply").name("Reply").endEvent("end").done();
        BpmnShape start = shape(new ArrayList<>(model.getModelElementsByType(BpmnShape.class)), "start");
        Bounds event = start.getBounds();
        label(model, start, event.getX() + event.getWidth() + 5, event.getY() + event.getHeight() / 2 - 7, 40, 14);
        assertThat(overlaps(model)).hasSize(2)
            .anySatisfy(problem -> assertThat(problem).startsWith("the flow").contains("crosses the label of start"))
            .anySatisfy(problem -> assertThat(problem).contains("'Inquiry received'", "runs out of its box"));
        assertThat(lines("Inquiry received", 120)).isEqualTo(1);
        assertThat(lines("Inquiry received", 100)).isEqualTo(2);
        assertThat(lines("accepted", 50)).as("a word wider than its box is broken").isEqualTo(2);
    }

    /** The fluent builder draws no labels: each named event, gateway and flow of its model is reported, the task not. */
    @Test
    void aNamedElementWhoseLabelHasNoBoundsIsFound() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("unplaced").startEvent("start").name("Inquiry received")
            .userTask("reply").name("Reply").exclusiveGateway("decide").name("Client decides?")
            .sequenceFlowId("yes").condition("yes", "${true}").endEvent("won").name("Won")
            .moveToLastGateway().sequenceFlowId("no").condition("no", "${false}").endEvent("lost").name("Lost").done();
        assertThat(unplaced(model)).containsExactlyInAnyOrder("start", "decide", "yes", "won", "no", "lost");
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
        Bounds onTheTask = label(model, start, 0, 0, 120, 14);
        label(model, decide, 0, 0, 120, 14);
        assertThat(overlaps(model)).singleElement().asString().contains("start", "decide");

        onTheTask.setX(reply.getBounds().getX() + 10);
        onTheTask.setY(reply.getBounds().getY() + 10);
        assertThat(overlaps(model)).singleElement().asString().contains("start", "reply");
    }

    /** The named events, gateways and sequence flows drawn without their label's bounds. */
    static List<String> unplaced(BpmnModelInstance model) {
        List<String> unplaced = new ArrayList<>();
        for (DiagramElement element : model.getModelElementsByType(DiagramElement.class)) {
            BaseElement owner = owner(element);
            boolean labelled = owner instanceof Event || owner instanceof Gateway || owner instanceof SequenceFlow;
            String name = owner instanceof FlowElement flowElement ? flowElement.getName() : null;
            BpmnLabel label = element instanceof BpmnShape shape ? shape.getBpmnLabel()
                : element instanceof BpmnEdge edge ? edge.getBpmnLabel() : null;
            if (labelled && name != null && !name.isBlank() && (label == null || label.getBounds() == null)) {
                unplaced.add(owner.getId());
            }
        }
        return unplaced;
    }

    static List<String> overlaps(BpmnModelInstance model) {
        List<Box> labels = new ArrayList<>();
        List<Box> shapes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<double[]> segments = new ArrayList<>();
        List<String> segmentOwners = new ArrayList<>();
        for (DiagramElement element : model.getModelElementsByType(DiagramElement.class)) {
            BaseElement owner = owner(element);
            String name = owner == null ? element.getId() : owner.getId();
            BpmnLabel label = element instanceof BpmnShape shape ? shape.getBpmnLabel()
                : element instanceof BpmnEdge edge ? edge.getBpmnLabel() : null;
            if (label != null && label.getBounds() != null) {
                Box box = Box.of(name, label.getBounds());
                labels.add(box);
                String text = owner instanceof FlowElement flowElement ? flowElement.getName() : null;
                if (text != null && lines(text, box.width()) * LINE_HEIGHT > box.height() + 2 * TOUCH) {
                    problems.add("the text of " + box + ", '" + text + "', takes " + lines(text, box.width())
                        + " lines of " + LINE_HEIGHT + " px: it runs out of its box");
                }
            }
            if (element instanceof BpmnShape shape && owner instanceof FlowNode && !(owner instanceof SubProcess)) {
                shapes.add(Box.of(name, shape.getBounds()));
            }
            if (element instanceof BpmnEdge edge) {
                List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
                for (int i = 0; i + 1 < points.size(); i++) {
                    segments.add(new double[] {points.get(i).getX(), points.get(i).getY(), points.get(i + 1).getX(), points.get(i + 1).getY()});
                    segmentOwners.add(name);
                }
            }
        }
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
            for (int j = 0; j < segments.size(); j++) {
                double[] segment = segments.get(j);
                if (label.crossedBy(segment[0], segment[1], segment[2], segment[3])) {
                    problems.add("the flow " + segmentOwners.get(j) + " crosses the label of " + label);
                }
            }
        }
        return problems;
    }

    /** The lines a text takes in a box this wide, broken at spaces as the Modeler breaks it. */
    static int lines(String text, double width) {
        int lines = 0;
        for (String paragraph : text.split("\n")) {
            double line = 0;
            int count = 1;
            for (String word : paragraph.trim().split("\\s+")) {
                double wide = word.length() * CHARACTER_WIDTH;
                double longer = line == 0 ? wide : line + CHARACTER_WIDTH + wide;
                if (longer > width && line > 0) {
                    count++;
                    line = wide;
                } else {
                    line = longer;
                }
                if (wide > width) {
                    // a word wider than the box is broken, as the Modeler breaks it
                    count += (int) Math.ceil(wide / width) - 1;
                    line = wide % width;
                }
            }
            lines += count;
        }
        return lines;
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
