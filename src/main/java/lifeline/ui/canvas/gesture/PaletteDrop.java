package lifeline.ui.canvas.gesture;

import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import lifeline.edit.AddNode;
import lifeline.edit.NodeKind;
import lifeline.model.Position;

/**
 * Palette items dropped on the canvas: a drag carries the NodeKind's name in {@link #NODE_KIND}, and the
 * drop runs AddNode where it landed and selects the new node. A click on a palette item goes through the
 * same {@link #addAt}. A kind AddNode refuses (a second kworker) is not accepted and says why.
 */
public final class PaletteDrop {
    /** The drag-and-drop content of a palette item: {@link NodeKind#name()}. */
    public static final DataFormat NODE_KIND = format("application/x-lifeline-node-kind");
    /** Where the drop point falls on the new card, so that the card appears under the pointer. */
    static final Point2D GRAB = new Point2D(60, 22);

    private final CanvasContext ctx;

    public PaletteDrop(CanvasContext ctx) {
        this.ctx = ctx;
    }

    private static DataFormat format(String id) {
        DataFormat known = DataFormat.lookupMimeType(id);
        return known != null ? known : new DataFormat(id);
    }

    public void install(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() != target && kind(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<NodeKind> kind = kind(e.getDragboard());
            if (kind.isPresent()) {
                boolean added = addAt(kind.get(), ctx.toWorld(e.getX(), e.getY()));
                e.setDropCompleted(added);
                if (added) {
                    target.requestFocus();
                }
                e.consume();
            }
        });
    }

    private static Optional<NodeKind> kind(Dragboard db) {
        Object content = db.hasContent(NODE_KIND) ? db.getContent(NODE_KIND) : null;
        if (!(content instanceof String)) {
            return Optional.empty();
        }
        try {
            return Optional.of(NodeKind.valueOf((String) content));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Adds a node of the kind whose card sits under the world point (on the grid when snapping), selects it,
     * and returns whether it was added; a refusal shows at the point and in the status bar.
     */
    public boolean addAt(NodeKind kind, Point2D world) {
        Position p = Snap.position(ctx, world.getX() - GRAB.getX(), world.getY() - GRAB.getY());
        AddNode add = new AddNode(kind, p);
        String id = add.newId(ctx.doc().current());
        if (ctx.doc().execute(add)) {
            ctx.doc().selection().select(id);
            return true;
        }
        Point2D screen = ctx.toScreen(world);
        ctx.showRefusal(ctx.doc().statusProperty().get(), screen.getX(), screen.getY());
        return false;
    }

    /** Like {@link #addAt}, moved down a grid step at a time past cards that already sit there. */
    public boolean addNear(NodeKind kind, Point2D world) {
        Point2D at = world;
        for (int i = 0; i < 20 && occupied(at); i++) {
            at = at.add(ctx.gridStep() * 2, ctx.gridStep() * 2);
        }
        return addAt(kind, at);
    }

    private boolean occupied(Point2D world) {
        Position p = Snap.position(ctx, world.getX() - GRAB.getX(), world.getY() - GRAB.getY());
        return ctx.doc().current().nodes().stream().anyMatch(n -> n.position().equals(p));
    }
}
