package lifeline.ui.canvas.gesture;

import javafx.scene.Node;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/** The wheel scrolls (Shift: sideways); Ctrl+wheel and a touchpad pinch zoom at the pointer. */
public final class WheelGesture {
    /** The zoom factor of one wheel notch (a delta of 40 pixels). */
    private static final double NOTCH_FACTOR = 1.1;
    private static final double NOTCH = 40;

    private final CanvasContext ctx;

    public WheelGesture(CanvasContext ctx) {
        this.ctx = ctx;
    }

    public void install(Node target) {
        target.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        target.addEventHandler(ZoomEvent.ZOOM, e -> {
            ctx.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            ctx.zoomAt(Math.pow(NOTCH_FACTOR, delta / NOTCH), e.getX(), e.getY());
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            ctx.panBy(e.getDeltaY(), 0);
        } else {
            ctx.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }
}
