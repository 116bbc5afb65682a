package lifeline.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lifeline.model.Position;

/**
 * Where the labels of routed lines go: on their own line (the longest piece first, its middle first), else
 * just beside it, else one label's width or height further out, at the first place that covers no card (or
 * other obstacle) and no label placed before; a label with no such place goes to the middle of its longest
 * piece.
 */
final class LabelPlaces {
    /** Where along a piece a label may go, best first. */
    private static final double[] ALONG = {0.5, 0.3, 0.7, 0.15, 0.85};
    /** Room between a label beside its line and the line. */
    private static final double BESIDE = 3;
    /** Boxes may touch: only an overlap of more than this counts. */
    private static final double SLACK = 0.5;

    private LabelPlaces() {
    }

    /** The centre of each label of a line in routes that has a size in sizes. */
    static Map<Line, Position> place(Map<Line, List<Position>> routes, Map<Line, Size> sizes, Collection<Box> cards) {
        List<Box> taken = new ArrayList<>(cards);
        Map<Line, Position> out = new LinkedHashMap<>();
        routes.forEach((line, points) -> {
            Size size = sizes.get(line);
            if (size == null) {
                return;
            }
            Position at = firstClear(points, size, taken);
            taken.add(Box.around(at, size));
            out.put(line, at);
        });
        return out;
    }

    private static Position firstClear(List<Position> points, Size size, List<Box> taken) {
        List<Integer> pieces = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            pieces.add(i);
        }
        pieces.sort(Comparator.comparingDouble((Integer i) -> -length(points.get(i), points.get(i + 1))));
        // Nearest the line first: on it anywhere, then just beside it, then one label further out.
        for (int away = 0; away < 5; away++) {
            for (int i : pieces) {
                Position a = points.get(i);
                Position b = points.get(i + 1);
                boolean across = Math.abs(b.x() - a.x()) >= Math.abs(b.y() - a.y());
                double aside = across ? size.height() / 2 + BESIDE : size.width() / 2 + BESIDE;
                double further = aside + (across ? size.height() : size.width()) + BESIDE;
                double shift = new double[] {0, aside, -aside, further, -further}[away];
                for (double t : ALONG) {
                    Position on = new Position(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
                    Position p = across ? new Position(on.x(), on.y() + shift) : new Position(on.x() + shift, on.y());
                    if (clear(Box.around(p, size), taken)) {
                        return p;
                    }
                }
            }
        }
        Position a = points.get(pieces.get(0));
        Position b = points.get(pieces.get(0) + 1);
        return new Position((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private static boolean clear(Box box, List<Box> taken) {
        for (Box t : taken) {
            if (box.overlaps(t, SLACK)) {
                return false;
            }
        }
        return true;
    }

    private static double length(Position a, Position b) {
        return Math.abs(b.x() - a.x()) + Math.abs(b.y() - a.y());
    }
}
