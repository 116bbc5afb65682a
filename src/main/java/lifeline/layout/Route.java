package lifeline.layout;

import java.util.List;
import lifeline.model.Position;

/**
 * Where the automatic layout draws one line: from its first point on the border of the card it starts at,
 * through its bends, to its last point on the border of the card it ends at, in horizontal and vertical
 * pieces; and where its label goes (the label's centre, or null for a line without one).
 */
public record Route(Line line, List<Position> points, Position label) {
    public Route {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a route has a start and an end");
        }
    }
}
