package lifeline.ui.inspector;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lifeline.ui.document.DocumentModel;

/**
 * The inspector: every switch of the selected object, or of the scenario when nothing is selected. It shows
 * one panel per subject and keeps it while the subject stays, so a refresh never rebuilds what the user is
 * typing in. Confined to the FX application thread.
 */
public class InspectorView extends VBox {
    private static final String CSS = InspectorView.class.getResource("/lifeline/ui/inspector/inspector.css")
            .toExternalForm();

    private final InspectorModel model;
    private final ScrollPane scroll = new ScrollPane();
    private Panel panel;
    private String key;

    public InspectorView(DocumentModel doc) {
        getStyleClass().add("inspector");
        getStylesheets().add(CSS);
        model = new InspectorModel(doc);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("inspector-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        model.subjectProperty().addListener((o, was, now) -> show(now));
        show(model.subject());
    }

    private void show(InspectorModel.Subject subject) {
        String k = subject.panelKey();
        if (!k.equals(key)) {
            Panel old = panel;
            key = k;
            panel = create(subject);
            scroll.setContent(panel);
            scroll.setVvalue(0);
            if (old != null) {
                old.close();
            }
        }
        panel.show(model.scenario());
    }

    private Panel create(InspectorModel.Subject subject) {
        if (subject.ids().isEmpty()) {
            return new ScenarioPanel(model);
        }
        return subject.single().<Panel>map(n -> Editors.of(model, n))
                .orElseGet(() -> new SelectionPanel(model, subject.ids()));
    }

    /** The view model, for tests in this package. */
    InspectorModel model() {
        return model;
    }
}
