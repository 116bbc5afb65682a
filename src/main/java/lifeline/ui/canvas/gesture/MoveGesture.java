package lifeline.ui.canvas.gesture;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import lifeline.edit.MoveNodes;
import lifeline.model.Node;
import lifeline.model.Position;
import lifeline.model.Scenario;

/**
 * Drags cards: each frame is a MoveNodes of every dragged node (snapped to the grid when that is on) with
 * one gesture number, so the command stack merges the whole drag into one undo step. Escape puts the cards
 * back, which the stack folds into nothing.
 */
final class MoveGesture implements Gesture {
    private final CanvasContext ctx;
    private final Point2D pressWorld;
    private final Map<String, Position> starts = new LinkedHashMap<>();
    private final long gesture = GestureIds.next();
    private Map<String, Position> last;

    MoveGesture(CanvasContext ctx, Point2D pressWorld, Collection<String> ids) {
        this.ctx = ctx;
        this.pressWorld = pressWorld;
        Scenario s = ctx.doc().current();
        for (String id : ids) {
            s.node(id).map(Node::position).ifPresent(p -> starts.put(id, p));
        }
        ctx.setCursor(Cursor.MOVE);
    }

    @Override
    public void drag(MouseEvent e) {
        Point2D delta = ctx.toWorld(e.getX(), e.getY()).subtract(pressWorld);
        Map<String, Position> to = new LinkedHashMap<>();
        starts.forEach((id, p) -> to.put(id, Snap.position(ctx, p.x() + delta.getX(), p.y() + delta.getY())));
        if (!to.equals(last)) {
            last = to;
            ctx.doc().execute(new MoveNodes(to, gesture));
        }
    }

    @Override
    public void release(MouseEvent e) {
        ctx.setCursor(null);
    }

    @Override
    public void cancel() {
        if (last != null) {
            ctx.doc().execute(new MoveNodes(starts, gesture));
        }
        ctx.setCursor(null);
    }
}
