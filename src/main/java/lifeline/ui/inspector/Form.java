package lifeline.ui.inspector;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The rows of a panel: a caption above each control, so long kernel words fit the narrow inspector. */
final class Form extends VBox {
    Form() {
        getStyleClass().add("inspector-form");
    }

    /** A caption with the control under it, both with the tooltip. */
    Form field(String caption, String tooltip, Region control) {
        Label label = caption(caption, tooltip);
        label.setLabelFor(control);
        control.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(label, control);
        box.getStyleClass().add("inspector-field");
        getChildren().add(box);
        return this;
    }

    /** A read-only fact on one line: "f_count at start   2". */
    Form fact(String caption, String tooltip, Label value) {
        Label label = caption(caption, tooltip);
        value.getStyleClass().add("fact-value");
        value.setTooltip(new Tooltip(tooltip));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(6, label, gap, value);
        row.getStyleClass().add("inspector-fact");
        getChildren().add(row);
        return this;
    }

    /** Any other row, such as a check box or a list. */
    Form row(javafx.scene.Node node) {
        getChildren().add(node);
        return this;
    }

    static Label caption(String text, String tooltip) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setTooltip(new Tooltip(tooltip));
        return label;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setTooltip(new Tooltip(text));
        return label;
    }

    static Label title(String text, String tooltip) {
        Label label = new Label(text.toUpperCase(java.util.Locale.ROOT));
        label.getStyleClass().add("inspector-section");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setTooltip(new Tooltip(tooltip));
        return label;
    }
}
