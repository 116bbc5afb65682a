package lifeline.ui.palette;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import lifeline.edit.NodeKind;
import lifeline.ui.document.DocumentModel;

/** The palette: one entry per kind of object, dragged onto the canvas to create it. (Stub.) */
public class PaletteView extends VBox {
    public PaletteView(DocumentModel doc) {
        getStyleClass().add("palette");
        for (NodeKind k : NodeKind.values()) {
            getChildren().add(new Label(k.label()));
        }
    }
}
