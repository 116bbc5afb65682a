package lifeline.ui.canvas;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * Words next to the pointer, in screen space: the hint that follows a connection drag ("fd 3" or why not)
 * and the refusal that stays a few seconds where a connection was refused. Confined to the FX thread.
 */
final class PointerMessages {
    static final Duration REFUSAL_SHOWN = Duration.seconds(4);
    private static final PseudoClass LEGAL = PseudoClass.getPseudoClass("legal");
    private static final double OFFSET = 14;
    private static final double WIDTH = 380;

    private final Group layer = new Group();
    private final Label hint = new Label();
    private final Label refusal = new Label();
    private final Viewport viewport;
    private final SequentialTransition fading;

    PointerMessages(Viewport viewport) {
        this.viewport = viewport;
        layer.setMouseTransparent(true);
        layer.setManaged(false);
        hint.getStyleClass().add("connect-hint");
        hint.setId("connect-hint");
        refusal.getStyleClass().add("refusal-toast");
        refusal.setId("refusal-toast");
        for (Label l : new Label[] {hint, refusal}) {
            l.setWrapText(true);
            l.setMaxWidth(WIDTH);
            l.setVisible(false);
        }
        layer.getChildren().addAll(hint, refusal);
        FadeTransition fade = new FadeTransition(Duration.millis(400), refusal);
        fade.setFromValue(1);
        fade.setToValue(0);
        fading = new SequentialTransition(new PauseTransition(REFUSAL_SHOWN), fade);
        fading.setOnFinished(e -> refusal.setVisible(false));
    }

    Group layer() {
        return layer;
    }

    void showHint(String text, boolean legal, double sx, double sy) {
        hint.setText(text);
        hint.pseudoClassStateChanged(LEGAL, legal);
        hint.setVisible(true);
        place(hint, sx, sy);
    }

    void hideHint() {
        hint.setVisible(false);
    }

    void showRefusal(String text, double sx, double sy) {
        hideHint();
        fading.stop();
        refusal.setText(text);
        refusal.setOpacity(1);
        refusal.setVisible(true);
        place(refusal, sx, sy);
        fading.playFromStart();
    }

    /** Below and right of the pointer, kept inside the view. */
    private void place(Label l, double sx, double sy) {
        l.applyCss();
        double w = Math.min(WIDTH, l.prefWidth(-1));
        double h = l.prefHeight(w);
        l.resize(w, h);
        double x = Math.max(4, Math.min(sx + OFFSET, viewport.widthProperty().get() - w - 4));
        double y = sy + OFFSET + h > viewport.heightProperty().get() ? sy - OFFSET - h : sy + OFFSET;
        l.relocate(x, Math.max(4, y));
    }
}
