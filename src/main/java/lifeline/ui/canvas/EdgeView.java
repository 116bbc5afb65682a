package lifeline.ui.canvas;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import lifeline.edit.Edge;
import lifeline.layout.Route;
import lifeline.model.Position;
import lifeline.ui.canvas.skin.NodeSkin;

/**
 * One line between two cards with an arrow and a label, styled by its kind (edge-fd, edge-watch...). It
 * follows its two cards by listening to their bounds, so a drag moves only the lines of the dragged cards.
 * The label lives in a layer over the cards, so no card hides it: in the middle of the line when the gap
 * between the cards holds it, else beside the line, so it covers neither the line nor its arrow.
 * Once routed (by the automatic layout, or around the cards where they are) the line follows its route,
 * label where the route puts it, for as long as both its cards are where the route starts and ends; else it
 * is straight (a card being dragged). Confined to the FX application thread.
 */
final class EdgeView extends Group {
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass GONE = PseudoClass.getPseudoClass("gone");
    private static final double ARROW_LENGTH = 9;
    private static final double ARROW_HALF_WIDTH = 4;
    private static final double GAP = 3;
    private static final double LABEL_SPACE = 4;
    /** Where along the line a label may go, best first: the middle, then away from cards in the way. */
    private static final double[] LABEL_AT = {0.5, 0.35, 0.65, 0.2, 0.8};

    private final EdgeKey key;
    private final NodeSkin<?, ?> from;
    private final NodeSkin<?, ?> to;
    private final NodeLayer cards;
    private final Line hitArea = new Line();
    private final Line line = new Line();
    private final Polyline bent = new Polyline();
    private final Polyline bentHitArea = new Polyline();
    private final Polygon arrow = new Polygon();
    private final Text text = new Text();
    private final StackPane label = new StackPane(text);
    private final InvalidationListener follow = o -> update();
    private List<Edge> edges = List.of();
    private String editingText = "";
    private String stepText;
    private Route route;
    /** The route and label size last drawn along (null: drawn straight since): a card's callout moves nothing. */
    private List<Object> drawnFor;

    EdgeView(EdgeKey key, NodeSkin<?, ?> from, NodeSkin<?, ?> to, Group labels, NodeLayer cards) {
        this.key = key;
        this.cards = cards;
        this.from = from;
        this.to = to;
        setId(key.nodeId());
        getStyleClass().addAll("edge", "edge-" + key.kind().name().toLowerCase().replace('_', '-'));
        hitArea.getStyleClass().add("edge-hit-area");
        line.getStyleClass().add("edge-line");
        bent.getStyleClass().addAll("edge-line", "edge-route");
        bentHitArea.getStyleClass().add("edge-hit-area");
        arrow.getStyleClass().add("edge-arrow");
        label.getStyleClass().add("edge-label");
        text.getStyleClass().add("edge-label-text");
        getChildren().addAll(hitArea, bentHitArea, line, bent, arrow);
        label.getStyleClass().addAll("edge-label-" + key.kind().name().toLowerCase().replace('_', '-'));
        label.setId(key.nodeId() + "-label");
        labels.getChildren().add(label);
        from.boundsInParentProperty().addListener(follow);
        to.boundsInParentProperty().addListener(follow);
        label.layoutBoundsProperty().addListener(follow);
        update();
    }

    EdgeKey key() {
        return key;
    }

    boolean joins(NodeSkin<?, ?> a, NodeSkin<?, ?> b) {
        return from == a && to == b;
    }

    /** The model edges this line stands for (several fds of one process on one file). */
    List<Edge> edges() {
        return edges;
    }

    void setEdges(List<Edge> edges, EdgeText text) {
        this.edges = List.copyOf(edges);
        editingText = text.text();
        showText();
        pseudoClassStateChanged(WARN, text.warn());
        label.pseudoClassStateChanged(WARN, text.warn());
    }

    /**
     * Shows a step of a trace on the line: stepText replaces the label (null brings back the editing one),
     * gone draws the line faded and dashed (every fd slot it stands for closed, or its epitem removed).
     */
    void setStep(String stepText, boolean gone) {
        this.stepText = stepText;
        showText();
        pseudoClassStateChanged(GONE, gone);
        label.pseudoClassStateChanged(GONE, gone);
    }

    private void showText() {
        String shown = stepText == null ? editingText : stepText;
        if (!shown.equals(text.getText())) {
            text.setText(shown);
        }
    }

    /** The route of an automatic layout, or null for a straight line. */
    void setRoute(Route r) {
        if (r != route) {
            route = r;
            update();
        }
    }

    /** The route the line follows while its cards are where it starts and ends; null for a straight line. */
    Route route() {
        return route;
    }

    /** Moves the label of the route to a new centre (placed again around a trace step's callouts). */
    void placeLabelAt(Position at) {
        if (route != null && !at.equals(route.label())) {
            route = new Route(route.line(), route.points(), at);
            update();
        }
    }

    /** Whether the line is drawn along its route now (its cards are where the route starts and ends). */
    boolean routed() {
        return bent.isVisible();
    }

    /** The points the line is drawn through now, in the coordinates of the drawing. */
    List<Point2D> points() {
        if (routed()) {
            List<Double> xy = bent.getPoints();
            List<Point2D> out = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < xy.size(); i += 2) {
                out.add(new Point2D(xy.get(i), xy.get(i + 1)));
            }
            return out;
        }
        return List.of(new Point2D(line.getStartX(), line.getStartY()), new Point2D(line.getEndX(), line.getEndY()));
    }

    /** The label: a Text in a pane with the canvas's colour behind it. */
    Node label() {
        return label;
    }

    String text() {
        return text.getText();
    }

    /** Stops following the cards and takes the label out of the label layer. */
    void dispose() {
        from.boundsInParentProperty().removeListener(follow);
        to.boundsInParentProperty().removeListener(follow);
        if (label.getParent() instanceof Group) {
            ((Group) label.getParent()).getChildren().remove(label);
        }
    }

    private void update() {
        // Reading the bounds validates them, so that the next change notifies again.
        from.getBoundsInParent();
        to.getBoundsInParent();
        Rectangle2D a = NodeLayer.cardBounds(from);
        Rectangle2D b = NodeLayer.cardBounds(to);
        boolean follow = route != null && onBorder(a, route.points().get(0))
                && onBorder(b, route.points().get(route.points().size() - 1));
        line.setVisible(!follow);
        hitArea.setVisible(!follow);
        bent.setVisible(follow);
        bentHitArea.setVisible(follow);
        if (follow) {
            setVisible(true);
            label.setVisible(true);
            drawRoute();
            return;
        }
        drawnFor = null;
        Point2D ca = centre(a);
        Point2D cb = centre(b);
        Point2D start = border(a, ca, cb.subtract(ca), GAP);
        Point2D end = border(b, cb, ca.subtract(cb), GAP);
        Point2D dir = end.subtract(start);
        boolean visible = from.getWidth() > 0 && to.getWidth() > 0 && dir.dotProduct(cb.subtract(ca)) > 0
                && dir.magnitude() > ARROW_LENGTH;
        setVisible(visible);
        label.setVisible(visible);
        if (!visible) {
            return;
        }
        Point2D u = dir.normalize();
        Point2D base = end.subtract(u.multiply(ARROW_LENGTH));
        Point2D n = new Point2D(-u.getY(), u.getX()).multiply(ARROW_HALF_WIDTH);
        set(line, start, base.add(u));
        set(hitArea, start, end);
        arrow.getPoints().setAll(end.getX(), end.getY(), base.getX() + n.getX(), base.getY() + n.getY(),
                base.getX() - n.getX(), base.getY() - n.getY());
        placeLabel(start, base, u);
    }

    /** Along the route: the arrow on its last piece, the label where the layout put it. */
    private void drawRoute() {
        List<Object> now = List.of(route, label.getWidth(), label.getHeight());
        if (now.equals(drawnFor)) {
            return;
        }
        drawnFor = now;
        List<Position> ps = route.points();
        Point2D end = point(ps.get(ps.size() - 1));
        Point2D u = end.subtract(point(ps.get(ps.size() - 2))).normalize();
        Point2D base = end.subtract(u.multiply(ARROW_LENGTH));
        Point2D n = new Point2D(-u.getY(), u.getX()).multiply(ARROW_HALF_WIDTH);
        Double[] xy = new Double[ps.size() * 2];
        for (int i = 0; i < ps.size(); i++) {
            xy[2 * i] = ps.get(i).x();
            xy[2 * i + 1] = ps.get(i).y();
        }
        bentHitArea.getPoints().setAll(xy);
        xy[xy.length - 2] = base.getX() + u.getX();
        xy[xy.length - 1] = base.getY() + u.getY();
        bent.getPoints().setAll(xy);
        arrow.getPoints().setAll(end.getX(), end.getY(), base.getX() + n.getX(), base.getY() + n.getY(),
                base.getX() - n.getX(), base.getY() - n.getY());
        Position at = route.label() != null ? route.label() : ps.get(ps.size() / 2);
        label.relocate(at.x() - label.getWidth() / 2, at.y() - label.getHeight() / 2);
    }

    private static Point2D point(Position p) {
        return new Point2D(p.x(), p.y());
    }

    /** Whether p lies on the border of r (within a pixel), where a route starts or ends. */
    private static boolean onBorder(Rectangle2D r, Position p) {
        double slack = 1.5;
        boolean inX = p.x() >= r.getMinX() - slack && p.x() <= r.getMaxX() + slack;
        boolean inY = p.y() >= r.getMinY() - slack && p.y() <= r.getMaxY() + slack;
        boolean onX = Math.abs(p.x() - r.getMinX()) <= slack || Math.abs(p.x() - r.getMaxX()) <= slack;
        boolean onY = Math.abs(p.y() - r.getMinY()) <= slack || Math.abs(p.y() - r.getMaxY()) <= slack;
        return inX && inY && (onX || onY);
    }

    /**
     * On the line where it covers no other card (the middle if it can) when the line is long enough to show
     * around it, else beside the middle of the line.
     */
    private void placeLabel(Point2D start, Point2D base, Point2D u) {
        double w = label.getWidth();
        double h = label.getHeight();
        Point2D mid = start.midpoint(base);
        double along = Math.abs(u.getX()) * w + Math.abs(u.getY()) * h;
        if (start.distance(base) >= along + 2 * ARROW_LENGTH) {
            Point2D at = mid;
            for (double t : LABEL_AT) {
                Point2D p = start.add(base.subtract(start).multiply(t));
                if (!cards.covers(new Rectangle2D(p.getX() - w / 2, p.getY() - h / 2, w, h), from, to)) {
                    at = p;
                    break;
                }
            }
            label.relocate(at.getX() - w / 2, at.getY() - h / 2);
        } else if (Math.abs(u.getX()) >= Math.abs(u.getY())) {
            label.relocate(mid.getX() - w / 2, mid.getY() + LABEL_SPACE);
        } else {
            label.relocate(mid.getX() + LABEL_SPACE, mid.getY() - h / 2);
        }
    }

    private static void set(Line l, Point2D a, Point2D b) {
        l.setStartX(a.getX());
        l.setStartY(a.getY());
        l.setEndX(b.getX());
        l.setEndY(b.getY());
    }

    private static Point2D centre(Rectangle2D r) {
        return new Point2D(r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2);
    }

    /** Where a ray from the centre c of r in direction d leaves r, pushed out by gap. */
    static Point2D border(Rectangle2D r, Point2D c, Point2D d, double gap) {
        double halfW = r.getWidth() / 2 + gap;
        double halfH = r.getHeight() / 2 + gap;
        double tx = d.getX() == 0 ? Double.POSITIVE_INFINITY : halfW / Math.abs(d.getX());
        double ty = d.getY() == 0 ? Double.POSITIVE_INFINITY : halfH / Math.abs(d.getY());
        double t = Math.min(tx, ty);
        return Double.isInfinite(t) ? c : c.add(d.multiply(t));
    }
}
