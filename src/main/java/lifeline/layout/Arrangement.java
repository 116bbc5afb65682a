package lifeline.layout;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import lifeline.edit.ArrangeNodes;
import lifeline.model.Node;
import lifeline.model.Position;
import lifeline.model.Scenario;

/**
 * The result of an automatic layout: where each card goes and how each line runs between them. The routes
 * hold as long as every card is where the arrangement put it ({@link #holdsFor}).
 */
public record Arrangement(Map<String, Position> positions, Map<Line, Route> routes) {
    public Arrangement {
        positions = Map.copyOf(positions);
        routes = Map.copyOf(routes);
    }

    /** The undoable edit that moves the cards to their places (one step of the history). */
    public ArrangeNodes command() {
        return new ArrangeNodes(positions);
    }

    /** Whether every node of s sits where this arrangement put it, and no node was added: the routes hold. */
    public boolean holdsFor(Scenario s) {
        List<Node> nodes = s.nodes();
        if (nodes.size() != positions.size()) {
            return false;
        }
        for (Node n : nodes) {
            if (!Objects.equals(positions.get(n.id()), n.position())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether s has no layout of its own: two or more nodes and all of them at one place (a file written
     * without positions reads them all as the origin).
     */
    public static boolean lacksLayout(Scenario s) {
        List<Node> nodes = s.nodes();
        return nodes.size() > 1 && nodes.stream().map(Node::position).distinct().count() == 1;
    }
}
