package lifeline.ui.inspector;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Dragging an operation of a list in program order by its number, and dropping it on another row, moves it
 * there (one move, as the up and down buttons make). Confined to the FX application thread.
 */
final class OperationDrag {
    private static final PseudoClass DRAGGED = PseudoClass.getPseudoClass("dragged");
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("drop-target");

    private final List<Node> rows;
    private final BiConsumer<Integer, Integer> move;

    /**
     * @param rows the rows of the list, top first (the list's children, read when a drag happens)
     * @param move runs the move from one index to another
     */
    OperationDrag(List<Node> rows, BiConsumer<Integer, Integer> move) {
        this.rows = rows;
        this.move = move;
    }

    /** Makes {@code handle}, a part of the row at {@code index}, start a drag of that row. */
    void attach(Node handle, int index) {
        handle.setCursor(Cursor.MOVE);
        Tooltip.install(handle, new Tooltip("Drag to run this operation at another step"));
        handle.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                rows.get(index).pseudoClassStateChanged(DRAGGED, true);
                e.consume();
            }
        });
        handle.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            int to = indexAt(e.getSceneY());
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).pseudoClassStateChanged(TARGET, i == to && i != index);
            }
            e.consume();
        });
        handle.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            rows.forEach(r -> {
                r.pseudoClassStateChanged(DRAGGED, false);
                r.pseudoClassStateChanged(TARGET, false);
            });
            int to = indexAt(e.getSceneY());
            if (e.getButton() == MouseButton.PRIMARY && to != index) {
                move.accept(index, to);
            }
            e.consume();
        });
    }

    /** The row under a height of the scene: the first one whose bottom is below it, else the last. */
    private int indexAt(double sceneY) {
        for (int i = 0; i < rows.size(); i++) {
            Bounds b = rows.get(i).localToScene(rows.get(i).getBoundsInLocal());
            if (sceneY < b.getMaxY()) {
                return i;
            }
        }
        return rows.size() - 1;
    }
}
