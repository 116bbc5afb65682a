package lifeline.ui.canvas.gesture;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lifeline.edit.MoveNodes;
import lifeline.model.Node;
import lifeline.model.Position;
import lifeline.model.Scenario;

/**
 * Arrow keys move the selection one grid step (one pixel without snapping; Shift moves five steps or ten
 * pixels). Each press is one MoveNodes of the whole selection; the repeats of a held key share a gesture
 * number, so holding an arrow is one undo step.
 */
final class NudgeGesture {
    private static final int LARGE_GRID_STEPS = 5;
    private static final int LARGE_PIXELS = 10;

    private final CanvasContext ctx;
    private long gesture = MoveNodes.NO_GESTURE;

    NudgeGesture(CanvasContext ctx) {
        this.ctx = ctx;
    }

    /** Moves the selection by (dx, dy) steps; false when nothing is selected. */
    boolean nudge(int dx, int dy, boolean large) {
        Set<String> ids = ctx.doc().selection().snapshot();
        if (ids.isEmpty()) {
            return false;
        }
        double step = ctx.snapToGrid() ? ctx.gridStep() * (large ? LARGE_GRID_STEPS : 1) : large ? LARGE_PIXELS : 1;
        if (gesture == MoveNodes.NO_GESTURE) {
            gesture = GestureIds.next();
        }
        Scenario s = ctx.doc().current();
        Map<String, Position> to = new LinkedHashMap<>();
        for (String id : ids) {
            s.node(id).map(Node::position).ifPresent(p ->
                    to.put(id, Snap.position(ctx, p.x() + dx * step, p.y() + dy * step)));
        }
        ctx.doc().execute(new MoveNodes(to, gesture));
        return true;
    }

    /** The arrow key went up: the next press is a new undo step. */
    void end() {
        gesture = MoveNodes.NO_GESTURE;
    }
}
