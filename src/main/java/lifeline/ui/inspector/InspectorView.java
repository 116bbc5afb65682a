package lifeline.ui.inspector;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import lifeline.ui.document.DocumentModel;

/** The inspector: every switch of the selected object. (Stub: being built.) */
public class InspectorView extends VBox {
    public InspectorView(DocumentModel doc) {
        getStyleClass().add("inspector");
        getChildren().add(new Label("Inspector"));
    }
}
