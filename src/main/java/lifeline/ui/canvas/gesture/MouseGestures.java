package lifeline.ui.canvas.gesture;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Turns the mouse events of the canvas into gestures: on a press, the first gesture that wants it (pan,
 * connect from a handle, select or move a card, rubber band on empty space) runs until the release. New
 * gestures join the list; the canvas itself never switches on what was pressed. Confined to the FX thread.
 */
public final class MouseGestures {
    private static final List<Gesture.Starter> STARTERS = List.of(PanGesture::start, ConnectGesture::start,
            SelectGesture::start, RubberBandGesture::start);
    /** How close to the view's edge, in pixels, a drag starts scrolling the view. */
    private static final double EDGE = 16;
    /** The most the view scrolls for one drag event. */
    private static final double MAX_SCROLL = 24;

    private final CanvasContext ctx;
    private Gesture active;

    public MouseGestures(CanvasContext ctx) {
        this.ctx = ctx;
    }

    public void install(Node target) {
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressed(target, e));
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(Node target, MouseEvent e) {
        target.requestFocus();
        if (active != null) {
            return;
        }
        Hit hit = Hit.of(e);
        if (e.getButton() == MouseButton.SECONDARY && hit.onCard()
                && !ctx.doc().selection().contains(hit.skin().nodeId())) {
            ctx.doc().selection().select(hit.skin().nodeId());
        }
        for (Gesture.Starter s : STARTERS) {
            active = s.start(ctx, e, hit);
            if (active != null) {
                e.consume();
                return;
            }
        }
    }

    private void dragged(MouseEvent e) {
        if (active != null) {
            if (!(active instanceof PanGesture)) {
                scrollNearEdges(e);
            }
            active.drag(e);
            e.consume();
        }
    }

    /** A drag held at or past the edge of the view scrolls it, so cards and bands can go beyond. */
    private void scrollNearEdges(MouseEvent e) {
        double dx = push(e.getX(), ctx.viewWidth());
        double dy = push(e.getY(), ctx.viewHeight());
        if (dx != 0 || dy != 0) {
            ctx.panBy(dx, dy);
        }
    }

    private static double push(double at, double size) {
        if (size <= 4 * EDGE) {
            return 0;
        } else if (at < EDGE) {
            return Math.min(MAX_SCROLL, EDGE - at);
        } else if (at > size - EDGE) {
            return -Math.min(MAX_SCROLL, at - (size - EDGE));
        }
        return 0;
    }

    private void released(MouseEvent e) {
        if (active != null) {
            Gesture g = active;
            active = null;
            g.release(e);
            e.consume();
        }
    }

    /** Escape: cancels the gesture in progress; false when there is none. */
    public boolean cancel() {
        if (active == null) {
            return false;
        }
        Gesture g = active;
        active = null;
        g.cancel();
        return true;
    }

    public boolean active() {
        return active != null;
    }
}
