package it.cuffia.web.scripts;

import it.cuffia.scripts.domain.ScriptAnswer;
import it.cuffia.scripts.domain.ScriptStep;
import it.cuffia.scripts.domain.ScriptVersion;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.diagram.Connection;
import org.primefaces.model.diagram.DefaultDiagramModel;
import org.primefaces.model.diagram.Element;
import org.primefaces.model.diagram.connector.FlowChartConnector;
import org.primefaces.model.diagram.endpoint.BlankEndPoint;
import org.primefaces.model.diagram.endpoint.EndPoint;
import org.primefaces.model.diagram.endpoint.EndPointAnchor;
import org.primefaces.model.diagram.overlay.ArrowOverlay;
import org.primefaces.model.diagram.overlay.LabelOverlay;

/**
 * The step graph for p:diagram: one row per distance from the first step (unreachable steps in a
 * last row), arrows labelled with the answers that follow them.
 */
public final class ScriptDiagram {

    /** What a box shows. */
    public record Box(String title, String kind, boolean mandatory, String outcome) implements Serializable {
    }

    static final int ROW_EM = 7;
    static final int COLUMN_EM = 15;

    private ScriptDiagram() {
    }

    static DefaultDiagramModel of(ScriptVersion version, java.util.function.Function<String, String> outcomeLabel) {
        List<ScriptStep> steps = version.getSteps();
        Map<String, Integer> row = rows(steps);
        int unreachableRow = row.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        Map<Integer, Integer> used = new HashMap<>();
        DefaultDiagramModel model = new DefaultDiagramModel();
        model.setMaxConnections(-1);
        model.setConnectionsDetachable(false);
        FlowChartConnector connector = new FlowChartConnector();
        connector.setPaintStyle("{stroke:'#607d8b', strokeWidth:2}");
        model.setDefaultConnector(connector);
        Map<String, Element> elements = new HashMap<>();
        for (ScriptStep step : steps) {
            int r = row.getOrDefault(step.getKey(), unreachableRow);
            int column = used.merge(r, 1, Integer::sum) - 1;
            Element element = new Element(new Box(step.getTitle(), step.getKind().name(), step.isMandatory(),
                    step.isEnd() ? outcomeLabel.apply(step.getOutcome()) : null), (1 + column * COLUMN_EM) + "em", (1 + r * ROW_EM) + "em");
            element.setId("step-" + step.getKey());
            element.setStyleClass("script-box script-box-" + step.getKind() + (row.containsKey(step.getKey()) ? "" : " script-box-unreachable"));
            element.setDraggable(true);
            element.addEndPoint(new BlankEndPoint(EndPointAnchor.BOTTOM));
            element.addEndPoint(new BlankEndPoint(EndPointAnchor.TOP));
            element.addEndPoint(new BlankEndPoint(EndPointAnchor.RIGHT)); // loops back go round the side, not through the boxes
            model.addElement(element);
            elements.put(step.getKey(), element);
        }
        for (ScriptStep step : steps) {
            Element from = elements.get(step.getKey());
            int fromRow = row.getOrDefault(step.getKey(), unreachableRow);
            if (step.getNextKey() != null && elements.containsKey(step.getNextKey())) {
                model.connect(arrow(from, elements.get(step.getNextKey()), null,
                        row.getOrDefault(step.getNextKey(), unreachableRow) <= fromRow));
            }
            for (ScriptAnswer answer : step.getAnswers()) {
                if (elements.containsKey(answer.getNextKey())) {
                    model.connect(arrow(from, elements.get(answer.getNextKey()), answer.getLabel(),
                            row.getOrDefault(answer.getNextKey(), unreachableRow) <= fromRow));
                }
            }
        }
        return model;
    }

    /** Height of the drawing, in em. */
    static int height(ScriptVersion version) {
        Map<String, Integer> row = rows(version.getSteps());
        int rows = row.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1
                + (row.size() < version.getSteps().size() ? 1 : 0);
        return rows * ROW_EM + 2;
    }

    private static Connection arrow(Element from, Element to, String label, boolean back) {
        EndPoint source = from.getEndPoints().get(back ? 2 : 0);
        EndPoint target = to.getEndPoints().get(back ? 2 : 1);
        Connection connection = new Connection(source, target);
        connection.getOverlays().add(new ArrowOverlay(16, 16, 1, 1));
        if (label != null) {
            connection.getOverlays().add(new LabelOverlay(label, "script-arrow-label", 0.5));
        }
        return connection;
    }

    /** Distance of each reachable step from the first one. */
    private static Map<String, Integer> rows(List<ScriptStep> steps) {
        Map<String, ScriptStep> byKey = new HashMap<>();
        steps.forEach(s -> byKey.put(s.getKey(), s));
        Map<String, Integer> row = new HashMap<>();
        if (steps.isEmpty()) {
            return row;
        }
        Deque<String> open = new ArrayDeque<>(List.of(steps.get(0).getKey()));
        row.put(steps.get(0).getKey(), 0);
        while (!open.isEmpty()) {
            ScriptStep step = byKey.get(open.removeFirst());
            for (String target : step.targets()) {
                if (byKey.containsKey(target) && !row.containsKey(target)) {
                    row.put(target, row.get(step.getKey()) + 1);
                    open.addLast(target);
                }
            }
        }
        return row;
    }
}
