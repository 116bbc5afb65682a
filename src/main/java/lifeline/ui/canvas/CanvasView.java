package lifeline.ui.canvas;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import lifeline.ui.document.DocumentModel;

/** The drawing of a scenario: nodes and edges, zoom and pan, gestures. (Stub: being built.) */
public class CanvasView extends StackPane {
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);

    public CanvasView(DocumentModel doc) {
        getStyleClass().add("canvas");
        getChildren().add(new Label("canvas"));
    }

    public DoubleProperty zoomProperty() { return zoom; }
    public BooleanProperty snapToGridProperty() { return snapToGrid; }

    public void zoomIn() { zoom.set(zoom.get() * 1.25); }
    public void zoomOut() { zoom.set(zoom.get() / 1.25); }
    public void zoomReset() { zoom.set(1.0); }
    public void zoomToFit() { zoom.set(1.0); }

    /** The whole drawing as an image, for Export Image. */
    public WritableImage snapshotDrawing() {
        return snapshot(null, null);
    }
}
