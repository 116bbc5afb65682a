package lifeline.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lifeline.edit.Edge;
import lifeline.edit.EdgeKind;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.FdLink;
import lifeline.model.ProcessNode;
import lifeline.model.Node;
import lifeline.model.Position;
import lifeline.model.Scenario;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The automatic layout of a scenario, by Eclipse ELK's layered algorithm: processes and hooks on the left,
 * the files they hold in the next layers, epolls before the files they watch, devices on the right; lines
 * routed orthogonally between the cards and their labels placed where nothing else is. Deterministic: the
 * same scenario and sizes give the same arrangement. Pure Java (ELK has no user interface); the canvas
 * measures the cards and labels and draws the result.
 */
public final class AutoLayout {
    /** Where the drawing starts, so that it does not touch the view's edge. */
    public static final double ORIGIN = 40;
    private static final double BETWEEN_LAYERS = 70;
    /** Cards of one layer stand this far apart: room for a trace's callout under a card. */
    private static final double BETWEEN_CARDS = 48;
    private static final double LINE_TO_CARD = 16;
    private static final double LINE_TO_LINE = 12;
    private static final double LABEL_TO_LINE = 3;

    private AutoLayout() {
    }

    /**
     * Loads ELK and its option registry with a layout of two cards: the first layout in a JVM costs one to
     * two seconds of class loading on this machine, the next ones about a tenth of a second (the larger
     * scenario). The app calls it on a background thread once its window is up.
     */
    public static void warmUp() {
        Scenario two = Scenario.empty()
                .withProcesses(List.of(new ProcessNode("P1", "", 1, true, List.of(), Position.ORIGIN)))
                .withFiles(List.of(new DriverFile("F1", "", "P1", Driver.plain("d"), Position.ORIGIN)))
                .withFds(List.of(new FdLink("P1", 3, "F1")));
        Size card = new Size(100, 60);
        arrange(two, Map.of("P1", card, "F1", card), Map.of(new Line(EdgeKind.FD, "P1", "F1"), new Size(30, 14)));
    }

    /**
     * Arranges every node of s. cards gives each node's card size; labels each line's label size (a line
     * without an entry has no label). A node without a size is laid out as a small square.
     */
    public static Arrangement arrange(Scenario s, Map<String, Size> cards, Map<Line, Size> labels) {
        Arrangement atTail = arrange(s, cards, labels, EdgeLabelPlacement.TAIL);
        return Labels.clear(atTail, cards, labels) ? atTail : arrange(s, cards, labels, EdgeLabelPlacement.CENTER);
    }

    /**
     * One run of ELK. Labels at the tail ("fd 3" beside the process that holds it, "watch" beside the epoll)
     * read best, but ELK spreads them only as far as the card is tall; in the middle of the line they get
     * room of their own, so {@link #arrange} falls back to the middle when tail labels would overlap.
     */
    private static Arrangement arrange(Scenario s, Map<String, Size> cards, Map<Line, Size> labels,
            EdgeLabelPlacement placement) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, BETWEEN_LAYERS);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, BETWEEN_CARDS);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, LINE_TO_CARD);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, LINE_TO_CARD);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, LINE_TO_LINE);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, LINE_TO_LINE);
        graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, LABEL_TO_LINE);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        // Every source (processes, hooks, the kworker) in the first layer, the rest as far left as it can go.
        graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH_SOURCE);
        graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        Map<String, ElkNode> boxes = new LinkedHashMap<>();
        for (Node n : s.nodes()) {
            ElkNode box = ElkGraphUtil.createNode(graph);
            Size size = cards.getOrDefault(n.id(), new Size(60, 60));
            box.setDimensions(size.width(), size.height());
            box.setIdentifier(n.id());
            boxes.put(n.id(), box);
        }
        Map<Line, ElkEdge> wires = new LinkedHashMap<>();
        for (Edge e : Edge.all(s)) {
            Line line = Line.of(e);
            if (wires.containsKey(line) || !boxes.containsKey(line.from()) || !boxes.containsKey(line.to())
                    || line.from().equals(line.to())) {
                continue;
            }
            ElkEdge wire = ElkGraphUtil.createSimpleEdge(boxes.get(line.from()), boxes.get(line.to()));
            Size label = labels.get(line);
            if (label != null) {
                ElkLabel l = ElkGraphUtil.createLabel(line.kind().label(), wire);
                l.setDimensions(label.width(), label.height());
                l.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, placement);
            }
            wires.put(line, wire);
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        return read(boxes, wires);
    }

    private static Arrangement read(Map<String, ElkNode> boxes, Map<Line, ElkEdge> wires) {
        Map<String, Position> positions = new LinkedHashMap<>();
        boxes.forEach((id, box) -> positions.put(id, at(box.getX(), box.getY())));
        Map<Line, Route> routes = new HashMap<>();
        wires.forEach((line, wire) -> {
            if (wire.getSections().isEmpty()) {
                return;
            }
            ElkEdgeSection section = wire.getSections().get(0);
            List<Position> points = new java.util.ArrayList<>();
            points.add(at(section.getStartX(), section.getStartY()));
            for (ElkBendPoint b : section.getBendPoints()) {
                points.add(at(b.getX(), b.getY()));
            }
            points.add(at(section.getEndX(), section.getEndY()));
            ElkLabel l = wire.getLabels().isEmpty() ? null : wire.getLabels().get(0);
            Position label = l == null ? null : at(l.getX() + l.getWidth() / 2, l.getY() + l.getHeight() / 2);
            routes.put(line, new Route(line, points, label));
        });
        return new Arrangement(positions, routes);
    }

    private static Position at(double x, double y) {
        return new Position(ORIGIN + x, ORIGIN + y);
    }
}
