package lifeline.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * A drop-down bound to one value of the model: the user's choice runs one command, and the box shows the
 * model's value again when the command is refused. Items are shown in the kernel's words, each with a
 * tooltip. Confined to the FX application thread.
 */
final class ChoiceField<T> {
    private final ComboBox<T> box = new ComboBox<>();
    private final Function<T, String> words;
    private final Function<T, String> hint;
    private final Predicate<T> commit;
    private T value;
    private List<String> shownWords = List.of();
    private boolean quiet;

    /**
     * @param words the item in the kernel's words
     * @param hint the item's tooltip
     * @param commit runs the command for a chosen item; whether the model changed
     */
    ChoiceField(String id, String tooltip, Function<T, String> words, Function<T, String> hint, Predicate<T> commit) {
        this.words = words;
        this.hint = hint;
        this.commit = commit;
        box.setId(id);
        box.setTooltip(new Tooltip(tooltip));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new Words());
        box.setCellFactory(list -> new Cell());
        box.valueProperty().addListener((o, was, now) -> chosen(now));
    }

    ComboBox<T> view() {
        return box;
    }

    /** The model's choices and value now. */
    void show(List<T> items, T modelValue) {
        quiet = true;
        try {
            List<String> itemWords = items.stream().map(words).toList();
            if (!box.getItems().equals(items) || !itemWords.equals(shownWords)) {
                // The words follow the model too (an opener's name): new cells and a new button text.
                box.getItems().setAll(items);
                box.setConverter(new Words());
                shownWords = itemWords;
            }
            value = modelValue;
            box.setValue(modelValue);
        } finally {
            quiet = false;
        }
    }

    void setDisable(boolean disable) {
        box.setDisable(disable);
    }

    private void chosen(T now) {
        if (quiet || now == null || Objects.equals(now, value)) {
            return;
        }
        if (commit.test(now)) {
            value = now;
        } else {
            show(List.copyOf(box.getItems()), value);
        }
    }

    private final class Words extends StringConverter<T> {
        @Override
        public String toString(T item) {
            return item == null ? "" : words.apply(item);
        }

        @Override
        public T fromString(String s) {
            return box.getItems().stream().filter(i -> words.apply(i).equals(s)).findFirst().orElse(null);
        }
    }

    /** A list cell with the item's words and its tooltip. */
    private final class Cell extends ListCell<T> {
        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : words.apply(item));
            setTooltip(empty || item == null ? null : new Tooltip(hint.apply(item)));
        }
    }
}
