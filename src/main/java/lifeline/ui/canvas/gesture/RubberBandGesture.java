package lifeline.ui.canvas.gesture;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * A drag on empty space: selects the cards the band touches, added to the selection with Shift or Ctrl. A
 * plain click on empty space clears the selection; Escape restores the one before the drag.
 */
final class RubberBandGesture implements Gesture {
    private final CanvasContext ctx;
    private final Point2D pressWorld;
    private final Set<String> before;
    private final Set<String> base;
    private final Rectangle band = new Rectangle();
    private Set<String> lastHits = Set.of();

    private RubberBandGesture(CanvasContext ctx, MouseEvent press, boolean additive) {
        this.ctx = ctx;
        this.pressWorld = ctx.toWorld(press.getX(), press.getY());
        this.before = ctx.doc().selection().snapshot();
        this.base = additive ? before : Set.of();
        band.getStyleClass().add("rubber-band");
        band.setStrokeWidth(1 / ctx.zoom());
        band.setVisible(false);
        ctx.worldOverlay().getChildren().add(band);
        if (!additive) {
            ctx.doc().selection().clear();
        }
    }

    static Gesture start(CanvasContext ctx, MouseEvent press, Hit hit) {
        if (press.getButton() != MouseButton.PRIMARY || hit.onCard()) {
            return null;
        }
        return new RubberBandGesture(ctx, press, press.isShiftDown() || press.isShortcutDown());
    }

    @Override
    public void drag(MouseEvent e) {
        Point2D p = ctx.toWorld(e.getX(), e.getY());
        Rectangle2D r = new Rectangle2D(Math.min(p.getX(), pressWorld.getX()), Math.min(p.getY(), pressWorld.getY()),
                Math.abs(p.getX() - pressWorld.getX()), Math.abs(p.getY() - pressWorld.getY()));
        band.setX(r.getMinX());
        band.setY(r.getMinY());
        band.setWidth(r.getWidth());
        band.setHeight(r.getHeight());
        band.setVisible(true);
        Set<String> hits = ctx.idsIn(r);
        if (!hits.equals(lastHits)) {
            lastHits = hits;
            Set<String> all = new LinkedHashSet<>(base);
            all.addAll(hits);
            ctx.doc().selection().selectAll(all);
        }
    }

    @Override
    public void release(MouseEvent e) {
        ctx.worldOverlay().getChildren().remove(band);
    }

    @Override
    public void cancel() {
        ctx.worldOverlay().getChildren().remove(band);
        ctx.doc().selection().selectAll(before);
    }
}
