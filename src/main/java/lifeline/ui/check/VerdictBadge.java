package lifeline.ui.check;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The verdict badge over the canvas: what checking as you edit says of the scenario as drawn (no violation,
 * the violated property, checking, too big, why there is no verdict). A click on a verdict with a trace opens
 * it in the player. Hidden while there is nothing to say.
 */
public final class VerdictBadge extends Button {
    /** The tooltip's widest, in pixels: a verdict's first report line, and a sentence more for a known one. */
    private static final double TIP_WIDTH = 480;
    private final LiveCheck live;
    private final Tooltip tip = new Tooltip();

    /** A badge for live; opened runs after a click has put the badge's trace in the player. */
    public VerdictBadge(LiveCheck live, Runnable opened) {
        this.live = live;
        setId("verdict-badge");
        CheckStyles.addTo(this, "verdict-badge");
        setFocusTraversable(false);
        tip.setWrapText(true);
        tip.setMaxWidth(TIP_WIDTH);
        setTooltip(tip);
        setOnAction(e -> {
            if (live.openTrace()) {
                opened.run();
            }
        });
        live.verdictProperty().addListener((o, was, v) -> show(v));
        show(live.verdictProperty().get());
    }

    private void show(LiveVerdict v) {
        setText(v.badge());
        tip.setText(v.detail());
        // Pseudo-classes, not style classes: a changed style class makes JavaFX set the badge's CSS up anew,
        // twice an edit (checking, then the verdict).
        for (LiveVerdict.State s : LiveVerdict.State.values()) {
            pseudoClassStateChanged(pseudoClass(s), s == v.state());
        }
        setVisible(v.state() != LiveVerdict.State.NONE);
    }

    /** ":verdict-pass", ":verdict-too-big": one per state. */
    static PseudoClass pseudoClass(LiveVerdict.State s) {
        return PseudoClass.getPseudoClass("verdict-" + s.name().toLowerCase().replace('_', '-'));
    }

    /** Puts the badge in the canvas's holder, over the canvas at its top right, out of the way of the cards. */
    public void placeOver(StackPane canvasHolder) {
        StackPane.setAlignment(this, Pos.TOP_RIGHT);
        StackPane.setMargin(this, new javafx.geometry.Insets(10, 14, 0, 0));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        canvasHolder.getChildren().add(this);
    }

    public LiveCheck live() {
        return live;
    }
}
