package lifeline.ui.canvas.gesture;

import javafx.scene.input.MouseEvent;

/** One mouse gesture in progress, from the press that started it to the release (or Escape) that ends it. */
public interface Gesture {
    void drag(MouseEvent e);

    void release(MouseEvent e);

    /** Escape: undo whatever the gesture did so far and end it. */
    void cancel();

    /** Starts a gesture on a press, or returns null when the press is not this gesture's. */
    @FunctionalInterface
    interface Starter {
        Gesture start(CanvasContext ctx, MouseEvent press, Hit hit);
    }
}
