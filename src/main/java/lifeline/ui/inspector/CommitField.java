package lifeline.ui.inspector;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A text field bound to one value of the model. It checks the text as the user types (a red outline and a
 * message under it), commits on Enter or focus loss as one command, reverts on Escape, on a refusal and on
 * focus loss with a text it cannot commit. A refresh of the model keeps what the user is typing unless the
 * value of this very field changed. Confined to the FX application thread.
 */
final class CommitField {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final TextInputControl input;
    private final Label message = new Label();
    private VBox view;
    private final String what;
    private final Function<String, String> check;
    private final Predicate<String> commit;
    private final InspectorModel model;
    private String value = "";
    private boolean edited;
    private boolean quiet;
    private boolean closed;

    /**
     * @param what the value in a sentence, such as "tgid", for the status bar
     * @param check the reason a text cannot be committed, or null
     * @param commit runs the command for a text that passed the check; whether the model changed
     */
    private CommitField(TextInputControl input, InspectorModel model, String id, String what, String tooltip,
                        Function<String, String> check, Predicate<String> commit) {
        this.input = input;
        this.model = model;
        this.what = what;
        this.check = check;
        this.commit = commit;
        input.setId(id);
        input.setTooltip(new Tooltip(tooltip));
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setId(id + "-error");
        showError(null);
        input.textProperty().addListener((o, was, now) -> typed());
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                focusLost();
            }
        });
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    static CommitField line(InspectorModel model, String id, String what, String tooltip,
                            Function<String, String> check, Predicate<String> commit) {
        return new CommitField(new TextField(), model, id, what, tooltip, check, commit);
    }

    /** A multi-line field: Enter is a line break, Ctrl+Enter or focus loss commits. */
    static CommitField area(InspectorModel model, String id, String what, String tooltip,
                            Function<String, String> check, Predicate<String> commit) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        return new CommitField(area, model, id, what, tooltip, check, commit);
    }

    /** The field with its message under it, for a form. */
    VBox view() {
        if (view == null) {
            view = new VBox(2, input, message);
            view.getStyleClass().add("commit-field");
        }
        return view;
    }

    TextInputControl input() {
        return input;
    }

    /** The message that says why the text cannot be committed, for a layout of its own. */
    Label message() {
        return message;
    }

    /** The model's value now; the user's typing survives a refresh that did not change it. */
    void show(String modelValue) {
        String v = modelValue == null ? "" : modelValue;
        boolean changed = !Objects.equals(v, value);
        value = v;
        if (edited && input.isFocused() && !changed) {
            return;
        }
        reset();
    }

    void setDisable(boolean disable) {
        input.setDisable(disable);
    }

    /** Commits what the user typed if it can be committed; then the field takes no more edits. */
    void close() {
        if (edited && !closed && check.apply(input.getText()) == null) {
            commitText();
        }
        closed = true;
    }

    private void typed() {
        if (quiet) {
            return;
        }
        edited = true;
        showError(check.apply(input.getText()));
    }

    private void key(KeyEvent e) {
        if (UNDO.match(e) || REDO.match(e)) {
            undoKey(e);
        } else if (e.getCode() == KeyCode.ESCAPE && edited) {
            reset();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && (input instanceof TextField || e.isShortcutDown())) {
            commitTyped();
            e.consume();
        }
    }

    /**
     * Ctrl+Z and Ctrl+Shift+Z undo and redo the field's own typing while it has some, else the
     * document's last edit, as they do everywhere else in the window.
     */
    private void undoKey(KeyEvent e) {
        if (edited && !input.getText().equals(value)) {
            return;
        }
        e.consume();
        if (UNDO.match(e)) {
            model.document().undo();
        } else {
            model.document().redo();
        }
    }

    private void commitTyped() {
        if (!edited || closed) {
            return;
        }
        String error = check.apply(input.getText());
        if (error != null) {
            showError(error);
        } else {
            commitText();
        }
    }

    private void focusLost() {
        if (!edited || closed) {
            return;
        }
        String error = check.apply(input.getText());
        if (error == null) {
            commitText();
        } else {
            model.tell("Kept " + what + " " + quote(value) + ": " + error);
            reset();
        }
    }

    private void commitText() {
        String text = input.getText();
        edited = false;
        if (text.equals(value) || !commit.test(text)) {
            reset();
        }
    }

    private void reset() {
        quiet = true;
        try {
            if (!input.getText().equals(value)) {
                input.setText(value);
            }
        } finally {
            quiet = false;
        }
        edited = false;
        showError(null);
    }

    private void showError(String error) {
        boolean bad = error != null;
        input.pseudoClassStateChanged(ERROR, bad);
        message.setText(bad ? error : "");
        message.setVisible(bad);
        message.setManaged(bad);
    }

    private static String quote(String s) {
        return s.isEmpty() ? "(empty)" : "\"" + s + "\"";
    }
}
