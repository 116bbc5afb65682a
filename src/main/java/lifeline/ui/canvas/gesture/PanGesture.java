package lifeline.ui.canvas.gesture;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** A drag with the middle button, or with the left one while Space is held, scrolls the view. */
final class PanGesture implements Gesture {
    private final CanvasContext ctx;
    private double lastX;
    private double lastY;

    private PanGesture(CanvasContext ctx, MouseEvent press) {
        this.ctx = ctx;
        this.lastX = press.getX();
        this.lastY = press.getY();
        ctx.setCursor(Cursor.CLOSED_HAND);
    }

    static Gesture start(CanvasContext ctx, MouseEvent press, Hit hit) {
        boolean middle = press.getButton() == MouseButton.MIDDLE;
        boolean spaceDrag = press.getButton() == MouseButton.PRIMARY && ctx.spaceDown();
        return middle || spaceDrag ? new PanGesture(ctx, press) : null;
    }

    @Override
    public void drag(MouseEvent e) {
        ctx.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    public void release(MouseEvent e) {
        ctx.setCursor(ctx.spaceDown() ? Cursor.OPEN_HAND : null);
    }

    @Override
    public void cancel() {
        ctx.setCursor(null);
    }
}
