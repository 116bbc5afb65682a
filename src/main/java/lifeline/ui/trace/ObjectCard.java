package lifeline.ui.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lifeline.trace.Change;
import lifeline.trace.ObjectView;

/**
 * One kernel object at the selected step: its fields, those the step changed highlighted with the
 * value before. Updated in place from step to step; long values wrap.
 */
final class ObjectCard extends VBox {
    static final double WIDTH = 270;

    private final String key;
    private final Label title = new Label();
    private final Label kind = new Label();
    private final ToggleButton pin = new ToggleButton("Pin");
    private final VBox rows = new VBox(1);
    private final List<Row> pool = new ArrayList<>();

    private static final class Row extends HBox {
        final Label name = new Label();
        final Label value = new Label();
        final Label was = new Label();

        Row() {
            name.getStyleClass().add("field-name");
            name.setWrapText(true);
            value.getStyleClass().add("field-value");
            value.setWrapText(true);
            was.getStyleClass().add("field-was");
            was.setWrapText(true);
            VBox v = new VBox(value, was);
            HBox.setHgrow(v, Priority.ALWAYS);
            v.setMinWidth(0);
            getChildren().addAll(name, v);
            setSpacing(6);
        }
    }

    ObjectCard(String key, Runnable onPin, Runnable onSelect) {
        this.key = key;
        getStyleClass().add("object-card");
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        title.getStyleClass().add("object-title");
        kind.getStyleClass().addAll("object-kind", "muted");
        pin.getStyleClass().add("pin");
        pin.setTooltip(new Tooltip("Pin: keep this object in view with the \"Only pinned\" filter"));
        pin.setFocusTraversable(false);
        pin.setOnAction(e -> onPin.run());
        HBox head = new HBox(6, title, kind, spacer(), pin);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(head, rows);
        setOnMouseClicked(e -> onSelect.run());
    }

    private static HBox spacer() {
        HBox h = new HBox();
        HBox.setHgrow(h, Priority.ALWAYS);
        return h;
    }

    String key() {
        return key;
    }

    /** Shows the object as it is after the step; changes maps field name to the step's change of it. */
    void update(ObjectView view, Map<String, Change> changes, boolean pinned, boolean selected) {
        title.setText(view.label());
        kind.setText(view.kind());
        pin.setSelected(pinned);
        toggle("selected", selected);
        toggle("changed", !changes.isEmpty());
        int i = 0;
        for (Map.Entry<String, String> f : view.fields().entrySet()) {
            Row row = row(i++);
            Change c = changes.get(f.getKey());
            row.name.setText(f.getKey());
            row.value.setText(f.getValue().isEmpty() ? "\u2014" : f.getValue());
            toggle(row.value, "changed", c != null);
            boolean showWas = c != null;
            row.was.setText(showWas ? "was " + (c.before().isEmpty() ? "\u2014" : c.before()) : "");
            row.was.setVisible(showWas);
            row.was.setManaged(showWas);
        }
        for (Change c : changes.values()) {
            if (!view.fields().containsKey(c.field())) {
                Row row = row(i++);
                row.name.setText(c.field());
                row.value.setText("(gone)");
                toggle(row.value, "changed", true);
                row.was.setText("was " + c.before());
                row.was.setVisible(true);
                row.was.setManaged(true);
            }
        }
        if (i == 0) {
            Row row = row(i++);
            row.name.setText("(none)");
            row.value.setText("");
            toggle(row.value, "changed", false);
            row.was.setVisible(false);
            row.was.setManaged(false);
        }
        for (int j = i; j < pool.size(); j++) {
            pool.get(j).setVisible(false);
            pool.get(j).setManaged(false);
        }
    }

    private Row row(int i) {
        while (pool.size() <= i) {
            Row r = new Row();
            pool.add(r);
            rows.getChildren().add(r);
        }
        Row r = pool.get(i);
        r.setVisible(true);
        r.setManaged(true);
        return r;
    }

    /** The value label of a field, for tests and the canvas: null when the object has no such field shown. */
    Label valueLabel(String field) {
        for (Row r : pool) {
            if (r.isVisible() && r.name.getText().equals(field)) {
                return r.value;
            }
        }
        return null;
    }

    private void toggle(String style, boolean on) {
        toggle(this, style, on);
    }

    private static void toggle(javafx.scene.Node n, String style, boolean on) {
        boolean has = n.getStyleClass().contains(style);
        if (on && !has) {
            n.getStyleClass().add(style);
        } else if (!on && has) {
            n.getStyleClass().remove(style);
        }
    }
}
