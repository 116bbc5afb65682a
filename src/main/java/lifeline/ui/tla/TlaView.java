package lifeline.ui.tla;

import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import lifeline.ui.document.DocumentModel;

/** The generated TLA+ of the current scenario, read-only. (Stub: being built.) */
public class TlaView extends StackPane {
    public TlaView(DocumentModel doc) {
        TextArea text = new TextArea();
        text.setEditable(false);
        getChildren().add(text);
    }
}
