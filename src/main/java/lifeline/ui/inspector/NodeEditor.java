package lifeline.ui.inspector;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lifeline.edit.EditCommand;
import lifeline.edit.NodeKind;
import lifeline.edit.Rename;
import lifeline.model.Node;
import lifeline.model.Problem;
import lifeline.model.Scenario;

/**
 * The editor of one node: a header, the name, the sections of its kind, and the problems the validator finds
 * with it. One subclass per kind of node; each edit is one command on this node.
 */
abstract class NodeEditor<T extends Node> extends Panel {
    protected final String id;
    private final Class<T> type;
    private final Label kind = header("");
    private final Label idLabel = new Label();
    private final CommitField name;
    private final Form main = new Form();
    private final VBox body = new VBox();
    private final Label problemsTitle = Form.title("Problems", "What keeps this scenario from being checked");
    private final ProblemList problems;

    NodeEditor(InspectorModel model, String id, Class<T> type) {
        super(model);
        this.id = id;
        this.type = type;
        idLabel.getStyleClass().add("inspector-id");
        idLabel.setTooltip(new Tooltip("The object's id: stable across renames, used in files and traces"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, kind, gap, idLabel);
        header.getStyleClass().add("inspector-header");
        name = track(CommitField.line(model, "name", "name",
                "The name traces and reports show for this object; Enter or leaving the field renames it",
                t -> Inputs.name(model.scenario(), id, t), t -> edit(new Rename(id, t))));
        main.field("Name", "The name traces and reports show for this object", name.view());
        body.getStyleClass().add("inspector-body");
        problems = new ProblemList(model, null);
        getChildren().addAll(header, main, body, problemsTitle, problems);
    }

    /** The form under the name, for the fields of this kind. */
    protected final Form main() {
        return main;
    }

    /** A titled section below the main form. */
    @Override
    protected final Form section(String title, String tooltip) {
        Form form = new Form();
        body.getChildren().addAll(Form.title(title, tooltip), form);
        return form;
    }

    @Override
    final void show(Scenario s) {
        Optional<T> node = s.node(id).filter(type::isInstance).map(type::cast);
        if (node.isEmpty()) {
            return;
        }
        if (kind.getText().isEmpty()) {
            NodeKind k = NodeKind.of(node.get());
            kind.setText(k.label());
            kind.setTooltip(new Tooltip(k.tooltip()));
            idLabel.setText(id);
        }
        name.show(node.get().name());
        showNode(s, node.get());
        showProblems(s);
    }

    /** Shows the node's values in this kind's fields. */
    protected abstract void showNode(Scenario s, T node);

    /** The node as the scenario has it now, for commands built from its current values. */
    protected final T current() {
        return type.cast(model.scenario().node(id).orElseThrow());
    }

    /** Runs one edit of this node, unless an undo or delete took the node away meanwhile. */
    protected final boolean edit(EditCommand command) {
        return model.scenario().node(id).isPresent() && model.execute(command);
    }

    private void showProblems(Scenario s) {
        List<Problem> mine = model.problems().stream()
                .filter(p -> ProblemTargets.target(s, p).filter(id::equals).isPresent()).toList();
        problemsTitle.setVisible(!mine.isEmpty());
        problemsTitle.setManaged(!mine.isEmpty());
        problems.show(s, mine);
    }
}
