package lifeline.ui.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lifeline.trace.Change;
import lifeline.trace.ObjectKey;
import lifeline.trace.ObjectView;

/**
 * One kernel object at the selected step: its fields, those the step changed highlighted with the
 * value before. Updated in place from step to step; long values wrap.
 */
final class ObjectCard extends VBox {
    static final double WIDTH = 270;
    /** Texts longer than these (in characters) wrap; shorter ones skip the cost of wrapping on every layout. */
    private static final int NAME_WRAP = 17;
    private static final int VALUE_WRAP = 18;
    private static final int WAS_WRAP = 22;
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass LEAKED = PseudoClass.getPseudoClass("leaked");

    private final ObjectKey key;
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
            value.getStyleClass().add("field-value");
            was.getStyleClass().add("field-was");
            VBox v = new VBox(value, was);
            HBox.setHgrow(v, Priority.ALWAYS);
            v.setMinWidth(0);
            getChildren().addAll(name, v);
            setSpacing(6);
        }

        /** A field and its value; before is the value before the step when the step changed it, else null. */
        void show(String field, String text, String before) {
            name.setText(field);
            name.setWrapText(field.length() > NAME_WRAP);
            value.setText(text);
            value.setWrapText(text.length() > VALUE_WRAP);
            value.pseudoClassStateChanged(CHANGED, before != null);
            was.setText(before == null ? "" : "was " + before);
            was.setWrapText(was.getText().length() > WAS_WRAP);
            was.setVisible(before != null);
            was.setManaged(before != null);
        }

        /** Marks the value as a leak the violation reports; says so under it unless the step changed it. */
        void leaked(boolean on) {
            value.pseudoClassStateChanged(LEAKED, on);
            if (on) {
                was.setText(was.getText().isEmpty() ? "leaked: nothing can free it" : was.getText() + "; leaked");
                was.setWrapText(was.getText().length() > WAS_WRAP);
                was.setVisible(true);
                was.setManaged(true);
            }
        }
    }

    ObjectCard(ObjectKey key, Runnable onPin, Runnable onSelect) {
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
        // A bitmap per card: a step repaints the cards it changed, and the others are copied.
        setCache(true);
    }

    private static HBox spacer() {
        HBox h = new HBox();
        HBox.setHgrow(h, Priority.ALWAYS);
        return h;
    }

    ObjectKey key() {
        return key;
    }

    /** Shows the object as it is after the step; changes maps field name to the step's change of it. */
    void update(ObjectView view, Map<String, Change> changes, Set<String> leaked, boolean pinned, boolean selected) {
        title.setText(view.label());
        kind.setText(view.kind().word());
        pin.setSelected(pinned);
        pseudoClassStateChanged(SELECTED, selected);
        int i = 0;
        for (Map.Entry<String, String> f : view.fields().entrySet()) {
            Change c = changes.get(f.getKey());
            Row row = row(i++);
            row.show(f.getKey(), blankAsDash(f.getValue()), c == null ? null : blankAsDash(c.before()));
            row.leaked(leaked.contains(f.getKey()));
        }
        for (Change c : changes.values()) {
            if (!view.fields().containsKey(c.field())) {
                Row row = row(i++);
                row.show(c.field(), "(gone)", blankAsDash(c.before()));
                row.leaked(false);
            }
        }
        if (i == 0) {
            Row row = row(i++);
            row.show("(none)", "", null);
            row.leaked(false);
        }
        for (int j = i; j < pool.size(); j++) {
            pool.get(j).setVisible(false);
            pool.get(j).setManaged(false);
        }
    }

    private static String blankAsDash(String s) {
        return s.isEmpty() ? "\u2014" : s;
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

    boolean leaked(String field) {
        Label v = valueLabel(field);
        return v != null && v.getPseudoClassStates().contains(LEAKED);
    }

    /** Whether the value of field is shown as changed. */
    boolean changed(String field) {
        Label v = valueLabel(field);
        return v != null && v.getPseudoClassStates().contains(CHANGED);
    }
}
