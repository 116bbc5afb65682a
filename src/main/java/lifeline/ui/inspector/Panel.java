package lifeline.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import lifeline.model.Scenario;

/** What the inspector shows for one subject: the scenario, one node, or several. */
abstract class Panel extends VBox {
    protected final InspectorModel model;
    private final List<Runnable> closers = new ArrayList<>();

    Panel(InspectorModel model) {
        this.model = model;
        getStyleClass().add("inspector-panel");
    }

    /** Shows the scenario's values; called after every change of the scenario while the panel is shown. */
    abstract void show(Scenario s);

    /** The panel is being replaced: commits what the user typed and can be committed, then takes no edits. */
    final void close() {
        closers.forEach(Runnable::run);
    }

    protected final CommitField track(CommitField field) {
        closers.add(field::close);
        return field;
    }

    protected final void onClose(Runnable closer) {
        closers.add(closer);
    }

    /** A titled section, added to the panel; its form is where the section's rows go. */
    protected Form section(String title, String tooltip) {
        Form form = new Form();
        getChildren().addAll(Form.title(title, tooltip), form);
        return form;
    }

    static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-kind");
        return l;
    }
}
