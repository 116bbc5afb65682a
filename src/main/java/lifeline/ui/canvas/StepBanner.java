package lifeline.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import lifeline.trace.StepPicture;

/**
 * The banner over the canvas's corner that names the trace step the drawing shows. A click on it is its own:
 * it opens a folded step in place or folds it back (what {@link #setOnClick} says), and no press or click
 * reaches the gestures of the drawing under it. Confined to the FX application thread.
 */
final class StepBanner {
    private final Label label = new Label();
    private Runnable onClick = () -> { };

    StepBanner() {
        label.getStyleClass().add("trace-banner");
        label.setId("trace-banner");
        label.setVisible(false);
        label.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        label.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        label.addEventHandler(MouseEvent.MOUSE_DRAGGED, MouseEvent::consume);
        label.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            e.consume();
            if (e.getButton() == MouseButton.PRIMARY) {
                onClick.run();
            }
        });
    }

    Label node() {
        return label;
    }

    /** Shows the caption of a step (hidden for {@link StepPicture#NONE} or no caption); ▸ and ◂ are clickable. */
    void show(StepPicture step, String caption) {
        label.setText(caption);
        label.setCursor(caption != null && (caption.contains("\u25B8") || caption.contains("\u25C2"))
                ? Cursor.HAND : Cursor.DEFAULT);
        label.setVisible(step != StepPicture.NONE && caption != null && !caption.isEmpty());
    }

    void setOnClick(Runnable action) {
        onClick = action;
    }
}
