package lifeline.layout;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lifeline.model.Position;

/** What the layout tests check of a drawing: cards that overlap, lines through cards, labels on each other. */
public final class LayoutGeometry {
    /** How far inside a card a line or label must reach to count as crossing it (the routes end on borders). */
    private static final double TOLERANCE = 1;

    private LayoutGeometry() {
    }

    /** The pairs of cards (by id) that overlap. */
    public static List<String> overlappingCards(Map<String, Rectangle2D> cards) {
        List<String> out = new ArrayList<>();
        List<String> ids = new ArrayList<>(cards.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (inner(cards.get(ids.get(i))).intersects(cards.get(ids.get(j)))) {
                    out.add(ids.get(i) + " and " + ids.get(j));
                }
            }
        }
        return out;
    }

    /** The cards other than its ends that a polyline passes through, as "line -> card". */
    public static List<String> cardsCrossed(String name, List<Position> points, String from, String to,
            Map<String, Rectangle2D> cards) {
        List<String> out = new ArrayList<>();
        cards.forEach((id, r) -> {
            if (id.equals(from) || id.equals(to)) {
                return;
            }
            for (int i = 0; i + 1 < points.size(); i++) {
                Position a = points.get(i);
                Position b = points.get(i + 1);
                if (inner(r).intersectsLine(a.x(), a.y(), b.x(), b.y())) {
                    out.add(name + " -> " + id);
                    return;
                }
            }
        });
        return out;
    }

    /** Pairs of rectangles (labels, or a label and a card) that overlap, by name. */
    public static List<String> overlaps(Map<String, Rectangle2D> a, Map<String, Rectangle2D> b) {
        List<String> out = new ArrayList<>();
        a.forEach((x, ra) -> b.forEach((y, rb) -> {
            if (!x.equals(y) && (a != b || x.compareTo(y) < 0) && inner(ra).intersects(rb)) {
                out.add(x + " and " + y);
            }
        }));
        return out;
    }

    private static Rectangle2D inner(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + TOLERANCE, r.getY() + TOLERANCE,
                Math.max(0, r.getWidth() - 2 * TOLERANCE), Math.max(0, r.getHeight() - 2 * TOLERANCE));
    }
}
