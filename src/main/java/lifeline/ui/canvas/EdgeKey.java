package lifeline.ui.canvas;

import lifeline.edit.Edge;
import lifeline.edit.EdgeKind;
import lifeline.layout.Line;

/** One line of the drawing: every edge of a kind between two nodes (fds 3 and 4 of one process on one file). */
record EdgeKey(EdgeKind kind, String from, String to) {
    static EdgeKey of(Edge e) {
        return new EdgeKey(e.kind(), e.from(), e.to());
    }

    /** The same line as the automatic layout names it. */
    Line line() {
        return new Line(kind, from, to);
    }

    /** The id tests look an edge up by, such as "edge-fd-P1-F1". */
    String nodeId() {
        return "edge-" + kind.name().toLowerCase().replace('_', '-') + "-" + from + "-" + to;
    }
}
