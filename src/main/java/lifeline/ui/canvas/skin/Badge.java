package lifeline.ui.canvas.skin;

import javafx.scene.control.Label;
import javafx.scene.text.Text;

/** A small rounded tag on a node, coloured by what it means for the object's lifetime. */
public final class Badge {
    /** How a badge is coloured: a known bug pattern, the fix, or plain information. */
    public enum Tone { WARN, OK, INFO }

    private Badge() {}

    public static Label of(String text, Tone tone) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", "badge-" + tone.name().toLowerCase());
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    public static Label warn(String text) {
        return of(text, Tone.WARN);
    }

    public static Label ok(String text) {
        return of(text, Tone.OK);
    }

    public static Label info(String text) {
        return of(text, Tone.INFO);
    }

    /** A plain line of text in a node's body (a Text: far cheaper to style than a Label). */
    public static Text line(String text, String... styleClasses) {
        Text t = new Text(text);
        t.getStyleClass().add("node-line");
        t.getStyleClass().addAll(styleClasses);
        return t;
    }
}
