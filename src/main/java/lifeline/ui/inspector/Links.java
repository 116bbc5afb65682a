package lifeline.ui.inspector;

import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import lifeline.model.Node;

/** Small controls the panels share: a link that selects a node, a button that removes a row. */
final class Links {
    private Links() {}

    /** The node's name as a link; a click selects it, as a click on the canvas would. */
    static Hyperlink to(InspectorModel model, Node n) {
        Hyperlink link = new Hyperlink(KernelWords.label(n));
        link.getStyleClass().add("node-link");
        link.setMnemonicParsing(false);
        link.setTooltip(new Tooltip("Select " + n.kindLabel() + " \"" + KernelWords.label(n) + "\" (" + n.id()
                + ")"));
        link.setOnAction(e -> model.select(n.id()));
        return link;
    }

    static Button remove(String id, String tooltip, Runnable action) {
        Button b = new Button("\u2715");
        b.setId(id);
        b.setMnemonicParsing(false);
        b.getStyleClass().add("remove-button");
        b.setTooltip(new Tooltip(tooltip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
