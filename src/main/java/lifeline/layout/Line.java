package lifeline.layout;

import lifeline.edit.Edge;
import lifeline.edit.EdgeKind;

/** One line of the drawing: every edge of one kind between two nodes (fds 3 and 4 of a process on a file). */
public record Line(EdgeKind kind, String from, String to) {
    public static Line of(Edge e) {
        return new Line(e.kind(), e.from(), e.to());
    }
}
