package lifeline.ui.inspector;

import java.util.function.Predicate;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;

/**
 * A check box bound to one flag of the model: a click runs one command, and the box shows the model's
 * value again when the command is refused. Confined to the FX application thread.
 */
final class CheckField {
    private final CheckBox box;
    private final Predicate<Boolean> commit;
    private boolean value;
    private boolean quiet;

    /** @param commit runs the command for the new flag; whether the model changed */
    CheckField(String id, String text, String tooltip, Predicate<Boolean> commit) {
        this.commit = commit;
        box = new CheckBox(text);
        box.setId(id);
        box.setWrapText(true);
        box.setMnemonicParsing(false);
        box.setTooltip(new Tooltip(tooltip));
        box.selectedProperty().addListener((o, was, now) -> clicked(now));
    }

    CheckBox view() {
        return box;
    }

    void show(boolean modelValue) {
        value = modelValue;
        quiet = true;
        try {
            box.setSelected(modelValue);
        } finally {
            quiet = false;
        }
    }

    void setDisable(boolean disable) {
        box.setDisable(disable);
    }

    private void clicked(boolean now) {
        if (quiet || now == value) {
            return;
        }
        if (!commit.test(now)) {
            show(value);
        }
    }
}
