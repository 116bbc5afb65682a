package lifeline.ui.canvas.gesture;

import java.util.Map;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard of the focused canvas: arrows nudge the selection, Escape cancels the gesture in progress or
 * clears the selection, Space held turns a left drag into a pan. Confined to the FX application thread.
 */
public final class CanvasKeys {
    private static final Map<KeyCode, int[]> ARROWS = Map.of(KeyCode.LEFT, new int[] {-1, 0},
            KeyCode.RIGHT, new int[] {1, 0}, KeyCode.UP, new int[] {0, -1}, KeyCode.DOWN, new int[] {0, 1},
            KeyCode.KP_LEFT, new int[] {-1, 0}, KeyCode.KP_RIGHT, new int[] {1, 0},
            KeyCode.KP_UP, new int[] {0, -1}, KeyCode.KP_DOWN, new int[] {0, 1});

    private final CanvasContext ctx;
    private final MouseGestures mouse;
    private final NudgeGesture nudge;
    private boolean space;

    public CanvasKeys(CanvasContext ctx, MouseGestures mouse) {
        this.ctx = ctx;
        this.mouse = mouse;
        this.nudge = new NudgeGesture(ctx);
    }

    public void install(Node target) {
        target.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        target.addEventHandler(KeyEvent.KEY_RELEASED, this::released);
        target.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                space = false;
                nudge.end();
            }
        });
    }

    private void pressed(KeyEvent e) {
        int[] arrow = ARROWS.get(e.getCode());
        if (arrow != null && !e.isShortcutDown() && !e.isAltDown()) {
            nudge.nudge(arrow[0], arrow[1], e.isShiftDown());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (!mouse.cancel()) {
                ctx.doc().selection().clear();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.SPACE) {
            if (!space && !mouse.active()) {
                ctx.setCursor(Cursor.OPEN_HAND);
            }
            space = true;
            e.consume();
        }
    }

    private void released(KeyEvent e) {
        if (ARROWS.containsKey(e.getCode())) {
            nudge.end();
        } else if (e.getCode() == KeyCode.SPACE) {
            space = false;
            if (!mouse.active()) {
                ctx.setCursor(null);
            }
            e.consume();
        }
    }

    public boolean spaceDown() {
        return space;
    }
}
