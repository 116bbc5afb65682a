package lifeline.ui.inspector;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import lifeline.edit.EditCommand;
import lifeline.model.Node;
import lifeline.model.Problem;
import lifeline.model.Scenario;
import lifeline.ui.document.DocumentModel;

/**
 * The inspector's view model: what is inspected, derived from the document's scenario and selection, and
 * the named ways the inspector changes the document. Confined to the FX application thread.
 */
final class InspectorModel {
    /** The scenario and the selected nodes that exist in it, in the order they were selected. */
    record Subject(Scenario scenario, List<String> ids) {
        Optional<Node> single() {
            return ids.size() == 1 ? scenario.node(ids.get(0)) : Optional.empty();
        }

        /** Equal for two subjects one panel can show: the scenario, one node (of one kind), or these nodes. */
        String panelKey() {
            if (ids.isEmpty()) {
                return "scenario";
            }
            return single().map(n -> "node " + n.id() + " " + n.getClass().getName())
                    .orElse("nodes " + String.join(" ", ids));
        }
    }

    private final DocumentModel doc;
    /** Held here: the unmodifiable view listens to the selection weakly and would be collected. */
    private final ObservableSet<String> selected;
    private final ReadOnlyObjectWrapper<Subject> subject = new ReadOnlyObjectWrapper<>(this, "subject");

    InspectorModel(DocumentModel doc) {
        this.doc = doc;
        this.selected = doc.selection().ids();
        doc.scenarioProperty().addListener((o, was, now) -> refresh());
        selected.addListener((SetChangeListener<String>) change -> refresh());
        refresh();
    }

    ReadOnlyObjectProperty<Subject> subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    Subject subject() {
        return subject.get();
    }

    Scenario scenario() {
        return doc.current();
    }

    /** The validator's problems of the document's scenario, as the document found them. */
    List<Problem> problems() {
        return doc.problemsProperty().get();
    }

    /** Runs one edit; a refusal's reason goes to the status bar. Whether the scenario changed. */
    boolean execute(EditCommand command) {
        return doc.execute(command);
    }

    /** Makes the node the only selected one, as a click on it on the canvas would. */
    void select(String id) {
        if (scenario().node(id).isPresent()) {
            doc.selection().select(id);
        }
    }

    /** Says something in the status bar. */
    void tell(String message) {
        doc.statusProperty().set(message);
    }

    DocumentModel document() {
        return doc;
    }

    private void refresh() {
        Scenario s = doc.current();
        List<String> ids = selected.stream().filter(id -> s.node(id).isPresent()).toList();
        subject.set(new Subject(s, ids));
    }
}
