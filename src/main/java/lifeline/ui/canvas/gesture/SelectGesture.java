package lifeline.ui.canvas.gesture;

import java.util.List;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import lifeline.ui.document.Selection;

/**
 * A press on a card: a click selects it (Shift or Ctrl toggles it); dragging past a few pixels moves the
 * selection, with the card in it, through a {@link MoveGesture}.
 */
final class SelectGesture implements Gesture {
    /** How far the pointer must travel, in screen pixels, before a click becomes a drag. */
    static final double DRAG_THRESHOLD = 4;

    private final CanvasContext ctx;
    private final String id;
    private final boolean toggle;
    private final double pressX;
    private final double pressY;
    private MoveGesture move;

    private SelectGesture(CanvasContext ctx, String id, boolean toggle, MouseEvent press) {
        this.ctx = ctx;
        this.id = id;
        this.toggle = toggle;
        this.pressX = press.getX();
        this.pressY = press.getY();
    }

    static Gesture start(CanvasContext ctx, MouseEvent press, Hit hit) {
        if (press.getButton() != MouseButton.PRIMARY || !hit.onCard()) {
            return null;
        }
        String id = hit.skin().nodeId();
        boolean toggle = press.isShiftDown() || press.isShortcutDown();
        if (!toggle && !ctx.doc().selection().contains(id)) {
            ctx.doc().selection().select(id);
        }
        return new SelectGesture(ctx, id, toggle, press);
    }

    @Override
    public void drag(MouseEvent e) {
        if (move == null) {
            if (Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
                return;
            }
            Selection sel = ctx.doc().selection();
            if (!sel.contains(id)) {
                sel.add(List.of(id));
            }
            move = new MoveGesture(ctx, ctx.toWorld(pressX, pressY), sel.snapshot());
        }
        move.drag(e);
    }

    @Override
    public void release(MouseEvent e) {
        if (move != null) {
            move.release(e);
        } else if (toggle) {
            ctx.doc().selection().toggle(id);
        } else {
            ctx.doc().selection().select(id);
        }
    }

    @Override
    public void cancel() {
        if (move != null) {
            move.cancel();
        }
    }
}
