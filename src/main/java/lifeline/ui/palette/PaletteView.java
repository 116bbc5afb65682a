package lifeline.ui.palette;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import lifeline.edit.AddNode;
import lifeline.edit.NodeKind;
import lifeline.model.Position;
import lifeline.ui.canvas.CanvasView;
import lifeline.ui.document.DocumentModel;

/**
 * The palette: one item per kind of object, dragged onto the canvas to create it there, or clicked to create
 * it at the centre of the canvas's view. Confined to the FX application thread.
 */
public class PaletteView extends VBox {
    private static final String CSS = "/lifeline/ui/palette/palette.css";
    /** Where a click adds a node when no canvas is showing. */
    private static final Position NO_CANVAS = new Position(100, 100);

    private final DocumentModel doc;

    public PaletteView(DocumentModel doc) {
        this.doc = doc;
        getStyleClass().addAll("palette", "palette-view");
        getStylesheets().addAll(PaletteView.class.getResource(CanvasView.KINDS_CSS).toExternalForm(),
                PaletteView.class.getResource(CSS).toExternalForm());
        Label title = new Label("Objects");
        title.getStyleClass().add("palette-title");
        Label hint = new Label("Drag onto the canvas, or click to add at the centre.");
        hint.getStyleClass().add("palette-hint");
        hint.setWrapText(true);
        getChildren().addAll(title, hint);
        PaletteModel model = new PaletteModel(doc);
        for (NodeKind k : NodeKind.values()) {
            getChildren().add(new PaletteItem(k, model, () -> add(k)));
        }
    }

    /** Adds through the canvas in the same window, so the node lands in view and gets selected. */
    private void add(NodeKind kind) {
        Node canvas = getScene() == null ? null : getScene().lookup("#lifeline-canvas");
        if (canvas instanceof CanvasView) {
            ((CanvasView) canvas).addAtVisibleCentre(kind);
            return;
        }
        AddNode add = new AddNode(kind, NO_CANVAS);
        String id = add.newId(doc.current());
        if (doc.execute(add)) {
            doc.selection().select(id);
        }
    }
}
